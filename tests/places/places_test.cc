// The places stage: which place an event gets, from its sentence and the article's dateline.
// One row per rule: a sentence written for this test, the event's verb, and the place a reader
// would name (its words as written and its country), or none.
#include <gtest/gtest.h>

#include "marsad/places/places.h"
#include "marsad/text/text.h"

namespace marsad::places {
namespace {

const Gazetteer& TheGazetteer() {
  static const Gazetteer g = [] {
    auto loaded = Gazetteer::LoadDefault();
    EXPECT_TRUE(loaded.ok()) << loaded.error();
    return std::move(loaded).value();
  }();
  return g;
}

Span Find(const std::u32string& body, const std::string& words) {
  const std::u32string w = ToU32(words);
  const std::size_t at = body.find(w);
  EXPECT_NE(at, std::u32string::npos) << words;
  return at == std::u32string::npos ? Span{} : Span{at, at + w.size()};
}

struct Row {
  const char* why;
  const char* body;
  const char* verb;
  const char* source;       // the source actor's words, or ""
  const char* place;        // expected Place::text, or "" for none
  const char* country;      // expected alpha-3
  const char* from;         // "sentence" or "dateline"
};

const Row kRows[] = {
    {"a place after في", "اجتمع وزراء الخارجية العرب في القاهرة لبحث الأزمة.", "اجتمع", "", "القاهرة", "EGY", "sentence"},
    {"ب on the name", "انفجرت سيارة مفخخة ببغداد صباح اليوم.", "انفجرت", "", "بغداد", "IRQ", "sentence"},
    {"وفي before the name", "وفي بغداد تظاهر آلاف الطلاب أمام الوزارة.", "تظاهر", "", "بغداد", "IRQ", "sentence"},
    {"ب and the article", "التقى المبعوث الأممي قادة الأحزاب بالعاصمة الأردنية عمان.", "التقى", "", "عمان", "JOR", "sentence"},
    {"a multi-word country", "تعهد الوزير بزيادة الاستثمارات في المملكة العربية السعودية.", "تعهد", "", "المملكة العربية السعودية", "SAU", "sentence"},
    {"tashkeel on the name", "وَصَلَ الوَفْدُ إلى دِمَشْقَ أمس.", "وَصَلَ", "", "دِمَشْقَ", "SYR", "sentence"},
    {"the cue place over a bare name", "قالت روسيا إنها ستعقد محادثات في جنيف الشهر المقبل.", "ستعقد", "روسيا", "جنيف", "CHE", "sentence"},
    {"the nearest of two cue places", "بعد لقائه في باريس، وقع الرئيس اتفاقية تعاون في طوكيو.", "وقع", "", "طوكيو", "JPN", "sentence"},
    {"a destination (ل)", "أرسلت الحكومة مساعدات غذائية لليمن.", "أرسلت", "", "اليمن", "YEM", "sentence"},
    {"an actor's country is a place when nothing else is", "هاجمت تركيا مواقع المسلحين.", "هاجمت", "تركيا", "تركيا", "TUR", "sentence"},
    {"a nisba alone", "انتقد وزير الخارجية العراقي القرار.", "انتقد", "وزير الخارجية العراقي", "العراقي", "IRQ", "sentence"},
    {"a nisba loses to a city", "استقبل الرئيس اللبناني السفير في بيروت.", "استقبل", "الرئيس اللبناني", "بيروت", "LBN", "sentence"},
    {"an agency's nisba is no place", "تجمع مئات المتظاهرين أمام البرلمان، بحسب وكالة الصحافة الفرنسية.", "تجمع", "", "", "", ""},
    {"the nisba of a name in ـيا", "انتقد وزير الخارجية الألماني القرار.", "انتقد", "وزير الخارجية الألماني", "الألماني", "DEU", "sentence"},
    {"a common word is no place without a cue", "ودعت الحكومة إلى بدر الطاقات في العمل.", "ودعت", "", "", "", ""},
    {"ب on a common-word name is no cue", "اعتقلت الشرطة عشرات الناشطين بحجة مكافحة الإرهاب.", "اعتقلت", "", "", "", ""},
    {"a common-word name after في", "قصفت الطائرات مواقع المسلحين في حجة.", "قصفت", "", "حجة", "YEM", "sentence"},
    {"a name the source misspells, added", "افتتح الأمير مستشفى جديدا في بريدة.", "افتتح", "", "بريدة", "SAU", "sentence"},
    {"a common word is no city (مشهد: a scene)", "وصف الوزير مشهد الدمار بأنه مؤلم.", "وصف", "", "", "", ""},
    {"no place at all", "رحب المتحدث بالقرار الجديد.", "رحب", "", "", "", ""},
    {"the dateline when the sentence names none", "الرياض - واس: أعلنت الوزارة عن خطة جديدة للنقل.", "أعلنت", "", "الرياض", "SAU", "dateline"},
    {"a dateline in parentheses", "(بغداد) - أدان البرلمان الهجوم على المتظاهرين.", "أدان", "", "بغداد", "IRQ", "dateline"},
    {"the sentence's cue place over the dateline", "القاهرة - رويترز: اجتمع الوسطاء في الدوحة أمس.", "اجتمع", "", "الدوحة", "QAT", "sentence"},
};

TEST(Places, EventsGetThePlaceTheirSentenceNames) {
  const Gazetteer& g = TheGazetteer();
  for (const Row& row : kRows) {
    const std::u32string body = ToU32(row.body);
    std::vector<Sentence> sentences = {{{0, body.size()}}};
    Event e;
    e.sentence = 0;
    e.span = {0, body.size()};
    e.verb.text = row.verb;
    e.verb.span = Find(body, row.verb);
    if (*row.source) {
      e.source.text = row.source;
      e.source.code = "XXX";
      e.source.span = Find(body, row.source);
    }
    std::vector<Event> events = {e};
    PlaceEvents(g, body, sentences, events);
    if (!*row.place) {
      EXPECT_FALSE(events[0].place.has_value()) << row.why << ": " << events[0].place->text;
      continue;
    }
    ASSERT_TRUE(events[0].place.has_value()) << row.why;
    const Place& p = *events[0].place;
    EXPECT_EQ(p.text, row.place) << row.why;
    EXPECT_EQ(p.country, row.country) << row.why;
    EXPECT_EQ(p.source, row.from) << row.why;
    // The span is the name in the body without its proclitic; of لليمن that is ليمن (the ال
    // elided after ل), while text is the name, اليمن.
    const std::string spanned = ToUtf8(body.substr(p.span.start, p.span.size()));
    EXPECT_TRUE(spanned == row.place || "ا" + spanned == row.place)
        << row.why << ": span " << spanned;
  }
}

TEST(Places, CitiesCarryGeoNamesIdsAdm1AndPoints) {
  const Gazetteer& g = TheGazetteer();
  const std::u32string body = ToU32("سقطت قذائف على حي سكني في الموصل.");
  auto found = g.FindPlaces(body, {0, body.size()});
  ASSERT_EQ(found.size(), 1u);
  const Place p = g.ToPlace(body, found[0], "sentence");
  EXPECT_EQ(p.kind, "city");
  EXPECT_EQ(p.name, "Mosul");
  EXPECT_EQ(p.country, "IRQ");
  EXPECT_EQ(p.adm1.substr(0, 2), "IQ");  // GDELT-style ADM1: country code + admin-1
  EXPECT_GT(p.adm1.size(), 2u);
  EXPECT_NEAR(p.lat, 36.3, 0.2);  // Mosul is at 36.34 N, 43.12 E
  EXPECT_NEAR(p.lon, 43.1, 0.2);
  EXPECT_GT(p.geonameid, 0);
  const auto iraq = g.CountryPlace("IRQ");
  ASSERT_TRUE(iraq.has_value());
  EXPECT_EQ(iraq->adm1, "IQ");
  EXPECT_GT(iraq->lat, 29.0);  // inside Iraq's bounding box
  EXPECT_LT(iraq->lat, 37.4);
  EXPECT_GT(iraq->lon, 38.8);
  EXPECT_LT(iraq->lon, 48.6);
  EXPECT_FALSE(g.CountryPlace("ZZZ").has_value());
}

TEST(Places, BadGazetteerFilesAreRefusedWithFileAndLine) {
  const std::string path = ::testing::TempDir() + "/bad_gazetteer.tsv";
  {
    std::FILE* f = std::fopen(path.c_str(), "w");
    std::fputs("# marsad places gazetteer v1\nبغداد\tcity\tIRQ\n", f);
    std::fclose(f);
  }
  auto g = Gazetteer::Load(path);
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.error().find(path + ":2:"), std::string::npos) << g.error();
  auto missing = Gazetteer::Load(path + ".none");
  EXPECT_FALSE(missing.ok());
  {
    std::FILE* f = std::fopen(path.c_str(), "w");
    std::fputs("something else\n", f);
    std::fclose(f);
  }
  EXPECT_FALSE(Gazetteer::Load(path).ok());
}

}  // namespace
}  // namespace marsad::places
