// Text dumps: the seed page read in place, and small dumps written for these tests.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "marsad/extract/internal/extractors.h"

namespace marsad::extract {
namespace {

Article FromDump(const std::string& text) {
  ingest::Page page;
  page.kind = ingest::PageKind::kTextDump;
  page.content = text;
  Article a;
  ExtractTextDump(page, a);
  return a;
}

std::vector<std::string> NonEmptyLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) {
    while (!l.empty() && (l.back() == '\r' || l.back() == ' ')) l.pop_back();
    if (!l.empty()) lines.push_back(l);
  }
  return lines;
}

std::size_t Words(const std::string& s) {
  std::istringstream in(s);
  std::size_t n = 0;
  for (std::string w; in >> w;) ++n;
  return n;
}

std::size_t Count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t i = hay.find(needle); i != std::string::npos; i = hay.find(needle, i + 1)) ++n;
  return n;
}

// The seed page (../shared/data/seed), never copied into the project. Expectations come from
// the file's own layout: its first line is the headline, paragraphs are the long lines, and
// what follows the last long line is the site's furniture.
class SeedDump : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ifstream in(std::string(MARSAD_SHARED_DIR) + "/data/seed/erem-news-2014-isis.txt");
    if (!in) GTEST_SKIP() << "seed page not available";
    std::stringstream ss;
    ss << in.rdbuf();
    raw = ss.str();
    lines = NonEmptyLines(raw);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (Words(lines[i]) < 20) continue;
      if (first_long == SIZE_MAX) first_long = i;
      last_long = i;
    }
    ASSERT_NE(first_long, SIZE_MAX);
    article = FromDump(raw);
  }
  std::string raw;
  std::vector<std::string> lines;
  std::size_t first_long = SIZE_MAX, last_long = 0;
  Article article;
};

TEST_F(SeedDump, TitleOnceAndNowhereInTheBody) {
  EXPECT_EQ(article.title, lines[0]);
  EXPECT_EQ(Count(article.body, lines[0]), 0u);
  EXPECT_EQ(Count(article.title, lines[0]), 1u);  // not the glued double
}

TEST_F(SeedDump, BodyRunsFromFirstParagraphToLastSentence) {
  ASSERT_FALSE(article.body.empty());
  EXPECT_EQ(article.body.rfind(lines[first_long], 0), 0u);
  const std::string& last = lines[last_long];
  ASSERT_GE(article.body.size(), last.size());
  EXPECT_EQ(article.body.substr(article.body.size() - last.size()), last);
}

TEST_F(SeedDump, KeepsSubheadingsInOrderAsParagraphs) {
  // Every line between the first and last paragraph (subheadings included), in order.
  std::string expected;
  for (std::size_t i = first_long; i <= last_long; ++i) {
    if (!expected.empty()) expected += "\n\n";
    expected += lines[i];
  }
  EXPECT_EQ(article.body, expected);
}

TEST_F(SeedDump, DropsTheFurnitureAndKeepsTheSite) {
  ASSERT_GT(lines.size(), last_long + 1);
  for (std::size_t i = last_long + 1; i < lines.size(); ++i)
    EXPECT_EQ(article.body.find(lines[i]), std::string::npos) << lines[i];
  EXPECT_EQ(article.site.value_or(""), "eremnews.com");
}

// Dumps written for these tests: one row per layout rule.
struct DumpCase {
  const char* name;
  std::string dump;
  std::string title;
  std::string body;
  std::string site;
};

const std::string kP1 =
    "أعلن وزير المالية في حكومة الوفاق عن خطة لخفض العجز خلال عامين، وقال إن الحكومة ستعرضها "
    "على البرلمان الأسبوع المقبل.";
const std::string kP2 =
    "ورفضت نقابة العمال الخطة ودعت إلى إضراب عام يوم الخميس، معتبرة أنها تمس أجور الموظفين في "
    "القطاع العام.";
const std::string kSub = "مخاوف من التصعيد";
const std::string kTitle = "الحكومة تعلن خطة تقشف والنقابات تلوح بالإضراب";

std::vector<DumpCase> Cases() {
  return {
      {"GluedTripleTitle",
       kTitle + "\n" + kTitle + kTitle + kTitle + "\n\n" + kP1 + "\n\n" + kP2 + "\n", kTitle,
       kP1 + "\n\n" + kP2, ""},
      {"TitleWithSpacesBetweenCopies", kTitle + "  " + kTitle + "\n" + kP1 + "\n", kTitle, kP1, ""},
      {"CrLfAndSubheading",
       kTitle + "\r\n\r\n" + kTitle + "\r\n" + kP1 + "\r\n" + kSub + "\r\n" + kP2 + "\r\n", kTitle,
       kP1 + "\n\n" + kSub + "\n\n" + kP2, ""},
      {"TrailingFurnitureAndUrl",
       kTitle + "\n" + kP1 + "\n" + kP2 +
           "\nالأخبار العاجلة\nShare this\nlogo\nموقع الخبر\nhttps://www.example-news.net/ar/\n",
       kTitle, kP1 + "\n\n" + kP2, "example-news.net"},
      {"TrailingLinkListOfHeadlines",
       kTitle + "\n" + kP1 + "\n" + kP2 +
           "\nاجتماع طارئ لوزراء الخارجية العرب في القاهرة لبحث الأزمة الإقليمية\n"
           "البرلمان يصوت على قانون الانتخابات الجديد وسط خلافات حادة بين الكتل\n"
           "الأمم المتحدة تدعو إلى وقف فوري لإطلاق النار في المدينة المحاصرة\n",
       kTitle, kP1 + "\n\n" + kP2, ""},
      {"MenuBeforeTitle", "الرئيسية\nسياسة\nاقتصاد\n" + kTitle + "\n" + kTitle + "\n" + kP1 + "\n",
       kTitle, kP1, ""},
      {"RepeatedShareLabelInTheMiddle",
       kTitle + "\n" + kP1 + "\nشارك الخبر\n" + kP2 + "\nشارك الخبر\n", kTitle, kP1 + "\n\n" + kP2,
       ""},
  };
}

TEST(TextDump, LayoutRules) {
  for (const DumpCase& c : Cases()) {
    SCOPED_TRACE(c.name);
    const Article a = FromDump(c.dump);
    EXPECT_EQ(a.title, c.title);
    EXPECT_EQ(a.body, c.body);
    EXPECT_EQ(a.site.value_or(""), c.site);
  }
}

TEST(TextDump, LongEnglishQuoteInTheMiddleIsKept) {
  const std::string quote =
      "\"We will not accept any agreement that ignores the demands of the workers,\" the union "
      "leader told reporters outside the ministry.";
  const Article a = FromDump(kTitle + "\n" + kP1 + "\n" + quote + "\n" + kP2 + "\n");
  EXPECT_EQ(a.body, kP1 + "\n\n" + quote + "\n\n" + kP2);
}

// Greedy wrap at `width` code points, as text browsers dump pages.
std::string Wrap(const std::string& text, std::size_t width) {
  std::istringstream in(text);
  std::string out, line;
  for (std::string w; in >> w;) {
    if (!line.empty() && CodePointCount(line) + 1 + CodePointCount(w) > width) {
      out += line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + w;
  }
  return out + line + "\n";
}

TEST(TextDump, WrappedParagraphsAreJoinedBack) {
  // Paragraphs long enough to wrap into three lines or more (two-line blocks are ambiguous:
  // a heading over a short paragraph looks the same, and stays two paragraphs).
  const std::string p3 =
      "وفي المساء خرج مئات العمال في مسيرة سلمية من ساحة الحكومة إلى مقر البرلمان، ورفعوا لافتات "
      "تطالب بسحب الخطة وفتح حوار جدي مع النقابات حول الأجور والأسعار والضرائب الجديدة.";
  const std::string p4 =
      "وقال رئيس الوزراء في كلمة متلفزة إن حكومته لن تتراجع عن الإصلاحات لأن البديل هو انهيار "
      "المالية العامة، لكنه أعلن استعداده للقاء قيادة الاتحاد يوم السبت في قصر الحكومة بحضور "
      "وزيري المالية والشؤون الاجتماعية.";
  for (std::size_t width : {std::size_t{50}, std::size_t{60}, std::size_t{72}}) {
    SCOPED_TRACE(width);
    const std::string dump = kTitle + "\n\n" + Wrap(p3, width) + "\n" + kSub + "\n\n" +
                             Wrap(p4, width) + "\nالأكثر قراءة\nlogo\n";
    const Article a = FromDump(dump);
    EXPECT_EQ(a.title, kTitle);
    EXPECT_EQ(a.body, p3 + "\n\n" + kSub + "\n\n" + p4);
  }
  // A heading right above a date or a short paragraph is not a wrapped line.
  const Article b = FromDump(kTitle + "\n2024-07-02\n\n" + kTitle + "\n" + kP1 + "\n");
  EXPECT_EQ(b.title, kTitle);
  EXPECT_EQ(b.date.value_or(""), "2024-07-02");
  EXPECT_EQ(b.body, kP1);
}

TEST(TextDump, BreadcrumbsAndTickersBeforeTheFirstParagraphGo) {
  const std::string standfirst = "الحكومة تقول إن الخطة ضرورية والنقابات ترد بالشارع.";
  const Article a = FromDump("الرئيسية > أخبار > سياسة > الشرق الأوسط > تونس > الحكومة\n" + kTitle +
                             "\nعاجل انطلاق أعمال المؤتمر الاقتصادي الدولي في العاصمة\n" +
                             standfirst + "\n" + kP1 + "\n");
  EXPECT_EQ(a.title, kTitle);
  EXPECT_EQ(a.body, standfirst + "\n\n" + kP1);
}

TEST(TextDump, DateLineNearTheTitleBecomesTheDate) {
  const struct {
    std::string line;
    std::string date;
  } rows[] = {
      {"2024-07-02", "2024-07-02"},
      {"02/07/2024", "2024-07-02"},
      {"الثلاثاء 2 يوليو 2024", "2024-07-02"},
      {"نشر في ١٤ تشرين الأول ٢٠٢٣", "2023-10-14"},
      {"99/99/2024", ""},
  };
  for (const auto& row : rows) {
    SCOPED_TRACE(row.line);
    const Article a = FromDump(kTitle + "\n" + row.line + "\n" + kP1 + "\n");
    EXPECT_EQ(a.date.value_or(""), row.date);
    EXPECT_EQ(a.body, kP1);
  }
}

TEST(TextDump, EmptyAndBlankDumpsGiveEmptyArticles) {
  EXPECT_TRUE(FromDump("").body.empty());
  EXPECT_TRUE(FromDump(" \n\r\n\t\n").title.empty());
}

// Issue 18: the repetition rules are linear (they were quadratic: a 40k-word line took 5 s,
// a short line repeated 40k times 24 s); these sizes took seconds before and must stay fast
// and keep their results.
TEST(TextDump, LongLinesAndManyRepeatsStayCorrect) {
  std::string line;
  for (int i = 0; i < 40000; ++i) line += i % 2 ? "الحكومة " : "المدينة ";
  line += "والنهاية.";
  Article a = FromDump(line + "\n");
  EXPECT_NE(a.body.find("والنهاية."), std::string::npos);

  std::string dump = "عنوان الخبر الكبير\n\n";
  for (int i = 0; i < 40000; ++i) dump += "اقرأ أيضا\n";
  dump += "\nوقال الوزير في مؤتمر صحفي اليوم إن المحادثات كانت مثمرة وإيجابية جدا.\n";
  a = FromDump(dump);
  EXPECT_EQ(a.body.find("اقرأ أيضا"), std::string::npos);  // a repeated label
  EXPECT_NE(a.body.find("المحادثات كانت مثمرة"), std::string::npos);

  // A heading glued to itself still collapses to one title.
  a = FromDump("زيارة الوزير إلى الرباط زيارة الوزير إلى الرباط\n\n"
               "وقال الوزير في مؤتمر صحفي اليوم إن المحادثات كانت مثمرة وإيجابية جدا.\n");
  EXPECT_EQ(a.title, "زيارة الوزير إلى الرباط");
}

}  // namespace
}  // namespace marsad::extract
