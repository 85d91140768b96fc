// The home-country rule (data/events/sites.tsv, the dateline): a state body or an office that
// names no country takes the country of the article's dateline, else of its news site.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "marsad/actors/actors.h"
#include "marsad/events/events.h"
#include "marsad/text/text.h"
#include "test_coder.h"

namespace marsad::events {
namespace {

class HomeCountryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ASSERT_TRUE(test::TestCoder().coder) << test::TestCoder().error;
    coder_ = &*test::TestCoder().coder;
  }
  // The source code of the first event with code `cameo`, or "(none)".
  // `place`, when given, is tagged as a place the dictionary does not code (as NER finds one).
  static std::string SourceOf(const std::string& text, const std::string& cameo,
                              std::optional<std::string> url,
                              std::optional<std::string> site = std::nullopt,
                              const std::string& place = "") {
    const std::u32string body = ToU32(text);
    const std::vector<Sentence> sentences = text::SplitSentences(body);
    std::vector<Entity> entities;
    if (const std::size_t at = body.find(ToU32(place));
        !place.empty() && at != std::u32string::npos) {
      entities.push_back({{at, at + ToU32(place).size()}, place, "LOC", ""});
    }
    for (const Event& e : coder_->Code({body, &sentences, &entities, std::nullopt, url, site})) {
      if (e.cameo == cameo) return e.source.code;
    }
    return "(none)";
  }
  // The target code of the first event with code `cameo`, or "(none)".
  static std::string TargetOf(const std::string& text, const std::string& cameo,
                              const std::string& url) {
    const std::u32string body = ToU32(text);
    const std::vector<Sentence> sentences = text::SplitSentences(body);
    const std::vector<Entity> entities;
    for (const Event& e :
         coder_->Code({body, &sentences, &entities, std::nullopt, url, std::nullopt})) {
      if (e.cameo == cameo) return e.target.code;
    }
    return "(none)";
  }
  static const EventCoder* coder_;
};
const EventCoder* HomeCountryTest::coder_ = nullptr;

struct Row {
  const char* text;
  const char* cameo;
  std::optional<std::string> url, site;
  const char* source;  // expected source code ("" = uncoded)
};

TEST_F(HomeCountryTest, StateBodiesTakeTheSiteOrDatelineCountry) {
  const std::vector<Row> rows = {
      // a country domain, a listed host under .com, a site name, www. and upper case ignored
      {"اعتقلت الشرطة ثلاثة أشخاص.", "173", "https://www.okaz.com.sa/news/1", std::nullopt,
       "SAUCOP"},
      {"اعتقلت الشرطة ثلاثة أشخاص.", "173", "http://WWW.Youm7.com/story/2", std::nullopt, "EGYCOP"},
      {"اعتقلت الشرطة ثلاثة أشخاص.", "173", std::nullopt, "alriyadh", "SAUCOP"},
      // an unlisted site, or no address: no guess
      {"اعتقلت الشرطة ثلاثة أشخاص.", "173", "https://news.example.org/a", std::nullopt, ""},
      {"اعتقلت الشرطة ثلاثة أشخاص.", "173", std::nullopt, std::nullopt, ""},
      // a country named in the sentence wins over the site (rule 2)
      {"اعتقلت الشرطة في تركيا ثلاثة أشخاص.", "173", "https://www.okaz.com.sa/news/1", std::nullopt,
       "TURCOP"},
      // an honorific and an office holder are state sides too
      {"هنأ سموه الفائزين بالجائزة.", "051", "https://www.alyaum.com/a/1", std::nullopt, "SAU"},
      // the dateline names where the story was filed
      {"القاهرة - اعتقلت الشرطة ثلاثة أشخاص.", "173", "https://www.okaz.com.sa/news/1",
       std::nullopt, "EGYCOP"},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(SourceOf(r.text, r.cameo, r.url, r.site), r.source)
        << r.text << " url=" << r.url.value_or("-") << " site=" << r.site.value_or("-");
  }
}

TEST_F(HomeCountryTest, CrowdsAndStoriesFromElsewhereTakeNoHomeCountry) {
  // Protesters and gunmen are no state body: a Saudi paper reports them from everywhere.
  EXPECT_EQ(SourceOf("تظاهر المحتجون أمام البرلمان.", "141", "https://www.okaz.com.sa/n/1"), "");
  // An uncoded place in the sentence says the story is elsewhere.
  EXPECT_EQ(SourceOf("اعتقلت الشرطة ثلاثة أشخاص في بروكلين.", "173", "https://www.okaz.com.sa/n/1",
                     std::nullopt, "بروكلين"),
            "");
  // An article about another country (its names outnumber the home country's) has no home.
  EXPECT_EQ(
      SourceOf("هاجمت تركيا مواقع في سوريا. وانتقدت تركيا القرار. واعتقلت الشرطة ثلاثة أشخاص.",
               "173", "https://www.okaz.com.sa/n/1"),
      "");
}

TEST_F(HomeCountryTest, AnOfficeHolderReceivingAForeignSideIsTheSitesOwn) {
  // The guest's country outnumbers the host's in a one-sentence story: the host is still the
  // site's office, and the phrase after the host's uncoded name is the guest.
  EXPECT_EQ(SourceOf("استقبل وكيل الوزارة للتعليم الدكتور سعد الفهيد في مكتبه سفير ماليزيا.", "043",
                     "https://www.al-jazirah.com/n/1"),
            "SAUGOV");
  EXPECT_EQ(TargetOf("استقبل وكيل الوزارة للتعليم الدكتور سعد الفهيد في مكتبه سفير ماليزيا.", "043",
                     "https://www.al-jazirah.com/n/1")
                .substr(0, 3),
            "MYS");
}

TEST_F(HomeCountryTest, TheOtherSidesCountryNamedAgainLendsTheDoerNothing) {
  // قطر twice, both the visited side's: the visiting minister is still the site's.
  EXPECT_EQ(SourceOf("زار الوزير قطر أمس ليشارك في احتفالات قطر باليوم الوطني.", "042",
                     "https://www.alyaum.com/a/1"),
            "SAUGOV");
}

TEST_F(HomeCountryTest, ResidentsActingOnAStateSideAreHomePeople) {
  const std::string okaz = "https://www.okaz.com.sa/n/1";
  // Residents demanding of or thanking a state body: home people.
  EXPECT_EQ(SourceOf("وطالب المواطنون الوزارة بإصلاح الطريق.", "1042", okaz), "SAU");
  EXPECT_EQ(SourceOf("وشكر أبناء المنطقة رجال الأمن على جهودهم.", "051", okaz), "SAU");
  // Not for violence, nor for crowds that are no residents (protesters come from anywhere).
  EXPECT_EQ(SourceOf("هاجم المواطنون مركز الشرطة.", "190", okaz), "");
  EXPECT_EQ(SourceOf("وتظاهر المحتجون أمام الوزارة.", "141", okaz), "");
}

// Events of a text whose listed names the pipeline resolved (NER type and actor code; a
// nisba is MISC, a place LOC).
struct Named {
  std::string text, type, code;
};
std::vector<Event> CodeWithEntities(const EventCoder& coder, const std::string& text,
                                    const std::vector<Named>& names) {
  const std::u32string body = ToU32(text);
  const std::vector<Sentence> sentences = text::SplitSentences(body);
  std::vector<Entity> entities;
  for (const Named& n : names) {
    const std::size_t at = body.find(ToU32(n.text));
    if (at != std::u32string::npos)
      entities.push_back({{at, at + ToU32(n.text).size()}, n.text, n.type, n.code});
  }
  std::sort(entities.begin(), entities.end(),
            [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
  return coder.Code({body, &sentences, &entities, std::nullopt, std::nullopt, std::nullopt});
}

TEST_F(HomeCountryTest, PlacesCoordinatedAfterFiAreWhereExceptWhereOneVisits) {
  // الأوضاع في سوريا واليمن ولبنان: the topic's places are no party to the talks.
  for (const Event& e :
       CodeWithEntities(*coder_, "وبحث الرئيس المصري الأوضاع في سوريا واليمن ولبنان.",
                        {{"المصري", "MISC", "EGY"},
                         {"سوريا", "LOC", "SYR"},
                         {"اليمن", "LOC", "YEM"},
                         {"لبنان", "LOC", "LBN"}})) {
    EXPECT_TRUE(e.target.code.empty() || e.target.code.starts_with("EGY"))
        << e.cameo << " -> " << e.target.code;
  }
  // توقف في الأردن وتركيا: where a visitor stops is the visited side.
  bool jordan = false;
  for (const Event& e : CodeWithEntities(
           *coder_, "زار الرئيس الأمريكي المنطقة وتوقف في الأردن وتركيا.",
           {{"الأمريكي", "MISC", "USA"}, {"الأردن", "LOC", "JOR"}, {"تركيا", "LOC", "TUR"}})) {
    jordan |= e.cameo == "042" && e.target.code == "JOR";
  }
  EXPECT_TRUE(jordan);
}

TEST_F(HomeCountryTest, ADefiniteViolentNounsOwnerWithLamIsItsDoer) {
  // الغارات الجوية للجيش الأمريكي على مواقع داعش: the army's strikes, not the sites' owner's.
  EXPECT_EQ(
      SourceOf("وانعقد البرلمان العراقي بينما تتواصل الغارات الجوية للجيش الأمريكي على مواقع داعش.",
               "195", std::nullopt)
          .substr(0, 3),
      "USA");
  EXPECT_EQ(
      SourceOf("وحذرت إيران من الرد اثر الهجوم الكاسح لداعش على المدينة.", "190", std::nullopt),
      "IMGMUSISI");
}

TEST_F(HomeCountryTest, TheKingdomIsTheSitesKingdomElseTheDefaultOne) {
  // المملكة is the site's country when that is a kingdom (words.tsv class kingdom), else Saudi
  // Arabia, whatever other country the sentence names.
  const std::string visit = "وصل وزير الخارجية المصري في زيارة للمملكة.";
  EXPECT_EQ(TargetOf(visit, "042", "https://www.okaz.com.sa/n/1"), "SAU");
  EXPECT_EQ(TargetOf(visit, "042", "https://www.alghad.com/n/1"), "JOR");
  EXPECT_EQ(TargetOf(visit, "042", "https://www.youm7.com/n/1"), "SAU");
  // A named kingdom keeps its own code.
  EXPECT_EQ(TargetOf("وصل وزير الخارجية المصري في زيارة لمملكة البحرين.", "042",
                     "https://www.okaz.com.sa/n/1"),
            "BHR");
}

}  // namespace
}  // namespace marsad::events
