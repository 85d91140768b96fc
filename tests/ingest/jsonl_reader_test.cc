// JSON lines: one page per line; bad lines are error pages naming the line; the run goes on.
#include "marsad/ingest/internal/jsonl_reader.h"

#include <gtest/gtest.h>

namespace marsad::ingest {
namespace {

std::vector<Page> ReadAll(const std::string& text) {
  JsonlReader reader(std::make_unique<BufferedReader>(std::make_unique<MemorySource>(text)),
                     "pages.jsonl");
  std::vector<Page> pages;
  while (auto p = reader.Next()) pages.push_back(std::move(*p));
  return pages;
}

TEST(JsonlReader, HtmlTextAndContentLines) {
  auto pages = ReadAll(
      "{\"id\": \"a1\", \"url\": \"https://x.example/1\", \"html\": \"<p>قال الوزير</p>\"}\n"
      "\n"
      "{\"title\": \"عنوان\", \"date\": \"2024-05-08T10:00:00Z\", \"text\": \"نص المقال\"}\r\n"
      "{\"id\": 42, \"content\": \"محتوى\", \"url\": null}");
  ASSERT_EQ(pages.size(), 3u);
  EXPECT_EQ(pages[0].id, "a1");
  EXPECT_EQ(pages[0].kind, PageKind::kHtml);
  EXPECT_EQ(pages[0].content, "<p>قال الوزير</p>");
  EXPECT_EQ(pages[0].url.value_or(""), "https://x.example/1");
  EXPECT_EQ(pages[1].kind, PageKind::kText);
  EXPECT_EQ(pages[1].title.value_or(""), "عنوان");
  EXPECT_EQ(pages[1].date.value_or(""), "2024-05-08T10:00:00Z");  // as stated: extract reads it
  EXPECT_EQ(pages[1].date_field, "date");
  EXPECT_EQ(pages[1].id.size(), 16u);  // hashed: no id given
  EXPECT_EQ(pages[2].id, "42");
  EXPECT_EQ(pages[2].content, "محتوى");
  EXPECT_FALSE(pages[2].url);
  for (const Page& p : pages) {
    EXPECT_FALSE(p.error);
    EXPECT_EQ(p.encoding, "UTF-8");
    EXPECT_EQ(p.source_path.value_or(""), "pages.jsonl");
  }
}

// The date fields datasets use, each on its own; the first usual one present wins.
TEST(JsonlReader, DateFromTheFieldsDatasetsUse) {
  struct Row {
    const char* line;
    const char* field;
    const char* date;
  };
  for (const Row& r : {
           Row{R"({"text": "x", "date": "2015-07-21"})", "date", "2015-07-21"},
           Row{R"({"text": "x", "date_extracted": "2015-07-21 02:51:32"})", "date_extracted",
               "2015-07-21 02:51:32"},
           Row{R"({"text": "x", "published": "Tue, 21 Jul 2015 02:51:32 +0300"})", "published",
               "Tue, 21 Jul 2015 02:51:32 +0300"},
           Row{R"({"text": "x", "pubDate": "21/07/2015"})", "pubDate", "21/07/2015"},
           Row{R"({"text": "x", "datePublished": "الثلاثاء 21 يوليو 2015"})", "datePublished",
               "الثلاثاء 21 يوليو 2015"},
           Row{R"({"text": "x", "date_extracted": "2015-07-22", "date": "2015-07-21"})", "date",
               "2015-07-21"},
           Row{R"({"text": "x", "date": "", "published": "2015-07-21"})", "published",
               "2015-07-21"},
           Row{R"({"text": "x", "published": 1437446400})", "published", "2015-07-21"},
           Row{R"({"text": "x", "published": 1437446400000})", "published", "2015-07-21"},
           Row{R"({"text": "x", "date": 20150721})", "date", "20150721"},
       }) {
    auto pages = ReadAll(r.line);
    ASSERT_EQ(pages.size(), 1u) << r.line;
    EXPECT_FALSE(pages[0].error) << r.line << ": " << pages[0].error.value_or("");
    EXPECT_EQ(pages[0].date_field, r.field) << r.line;
    EXPECT_EQ(pages[0].date.value_or("(none)"), r.date) << r.line;
  }
  auto none = ReadAll(R"({"text": "x", "date": null})");
  EXPECT_FALSE(none[0].date);
  EXPECT_EQ(none[0].date_field, "");
}

TEST(JsonlReader, DateFieldNamedByTheUser) {
  JsonlReader reader(std::make_unique<BufferedReader>(std::make_unique<MemorySource>(
                         R"({"text": "x", "date": "2015-07-22", "when": "2015-07-21"})")),
                     "pages.jsonl", "when");
  auto page = reader.Next();
  ASSERT_TRUE(page);
  EXPECT_EQ(page->date_field, "when");
  EXPECT_EQ(page->date.value_or(""), "2015-07-21");
}

TEST(JsonlReader, SourceAndAuthorDescribeThePage) {
  auto pages = ReadAll(
      R"({"text": "x", "source": "aawsat", "author": "لندن: كاتب"})"
      "\n"
      R"({"text": "x", "source": {"id": "n", "name": "النهار"}, "author": ["a"]})"
      "\n"
      R"({"text": "x", "source": " ", "author": 7})");
  ASSERT_EQ(pages.size(), 3u);
  EXPECT_EQ(pages[0].site.value_or(""), "aawsat");
  EXPECT_EQ(pages[0].author.value_or(""), "لندن: كاتب");
  EXPECT_EQ(pages[1].site.value_or(""), "النهار");
  EXPECT_FALSE(pages[1].author);  // not a name: ignored, not an error
  EXPECT_FALSE(pages[1].error);
  EXPECT_FALSE(pages[2].site);
  EXPECT_FALSE(pages[2].author);
}

// "url" first, then the names other corpora give the address (the event gold files, RSS dumps).
TEST(JsonlReader, AddressFromTheFieldsCorporaUse) {
  auto pages = ReadAll(
      R"({"text": "x", "article_url": "https://www.alyaum.com/a/1"})"
      "\n"
      R"({"text": "x", "link": "https://sabq.org/b"})"
      "\n"
      R"({"text": "x", "url": "https://a.example/u", "article_url": "https://b.example/v"})"
      "\n"
      R"({"text": "x", "article_url": 5})");
  ASSERT_EQ(pages.size(), 4u);
  EXPECT_EQ(pages[0].url.value_or(""), "https://www.alyaum.com/a/1");
  EXPECT_EQ(pages[1].url.value_or(""), "https://sabq.org/b");
  EXPECT_EQ(pages[2].url.value_or(""), "https://a.example/u");
  EXPECT_TRUE(pages[3].error);  // a number is no address: an error record, as for "url"
}

// `marsad extract` and `annotate` write "body" and "site": their records read back as text pages.
TEST(JsonlReader, ExtractRecordsReadBackAsTextPages) {
  auto pages = ReadAll(
      "{\"id\": \"e1\", \"body\": \"استقبل الملك الوفد\", \"site\": \"مثال\", \"title\": \"زيارة\"}\n"
      "{\"text\": \"النص أولا\", \"body\": \"ثم المتن\", \"source\": \"المصدر\", \"site\": \"الموقع\"}");
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].kind, PageKind::kText);
  EXPECT_EQ(pages[0].content, "استقبل الملك الوفد");
  EXPECT_EQ(pages[0].site.value_or(""), "مثال");
  EXPECT_EQ(pages[1].content, "النص أولا");     // "text" comes first
  EXPECT_EQ(pages[1].site.value_or(""), "المصدر");  // "source" comes first
}

TEST(JsonlReader, AnUpstreamErrorRecordStaysAnErrorWithItsReason) {
  auto pages = ReadAll("{\"body\": \"\", \"error\": \"binary data, not a page\"}\n");
  ASSERT_EQ(pages.size(), 1u);
  ASSERT_TRUE(pages[0].error);
  EXPECT_NE(pages[0].error->find("binary data, not a page"), std::string::npos) << *pages[0].error;
}

TEST(JsonlReader, BadLinesAreErrorPagesNamingTheLineAndTheRunGoesOn) {
  const struct {
    const char* line;
    const char* reason;
  } rows[] = {
      {"{\"html\": 5}", "\"html\" must be a string"},
      {"{\"text\": [\"a\"]}", "\"text\" must be a string"},
      {"{\"text\": \"x\", \"url\": 7}", "\"url\" must be a string"},
      {"{\"text\": \"x\", \"title\": {}}", "\"title\" must be a string"},
      {"{\"text\": \"x\", \"date\": true}", "\"date\" must be a string or a number"},
      {"{\"text\": \"x\", \"id\": 1.5}", "\"id\" must be a string or an integer"},
      {"{\"url\": \"https://x.example\"}", "no \"html\", \"text\", \"content\" or \"body\""},
      {"[1, 2]", "expected a JSON object"},
      {"{\"text\": \"unterminated}", "invalid JSON"},
  };
  std::string text;
  for (const auto& r : rows) text += std::string(r.line) + "\n{\"text\": \"سطر سليم\"}\n";
  auto pages = ReadAll(text);
  ASSERT_EQ(pages.size(), 2 * std::size(rows));
  for (std::size_t i = 0; i < std::size(rows); ++i) {
    SCOPED_TRACE(rows[i].line);
    const Page& bad = pages[2 * i];
    ASSERT_TRUE(bad.error);
    EXPECT_NE(bad.error->find(rows[i].reason), std::string::npos) << *bad.error;
    EXPECT_EQ(bad.error->rfind("line " + std::to_string(2 * i + 1) + ":", 0), 0u) << *bad.error;
    EXPECT_FALSE(bad.id.empty());
    EXPECT_FALSE(pages[2 * i + 1].error);
    EXPECT_EQ(pages[2 * i + 1].content, "سطر سليم");
  }
}

TEST(JsonlReader, InvalidUtf8InsideALineIsReplacedAndCounted) {
  auto pages = ReadAll("{\"text\": \"\xD9\x86\xFF\xFE\"}\n");
  ASSERT_EQ(pages.size(), 1u);
  ASSERT_FALSE(pages[0].error);
  EXPECT_EQ(pages[0].invalid_bytes, 2u);
  EXPECT_EQ(pages[0].content, "ن\uFFFD\uFFFD");
}

TEST(JsonlReader, IdsAreStableAndDependOnContent) {
  auto a = ReadAll("{\"text\": \"نص أول\"}\n{\"text\": \"نص ثان\"}\n");
  auto b = ReadAll("{\"text\": \"نص أول\"}\n{\"text\": \"نص ثان\"}\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].id, b[0].id);
  EXPECT_NE(a[0].id, a[1].id);
}

// Issue 18: a binary file named .jsonl is one error, not one per newline byte of noise.
TEST(JsonlReader, BinaryDataEndsTheFileWithOneError) {
  std::string noise;
  unsigned x = 12345;
  for (int i = 0; i < 50000; ++i) {
    x = x * 1103515245u + 12345u;
    noise += static_cast<char>(x >> 24);
  }
  auto pages = ReadAll("{\"id\": \"a\", \"text\": \"نص\"}\n" + noise);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_FALSE(pages[0].error);
  ASSERT_TRUE(pages[1].error);
  EXPECT_NE(pages[1].error->find("binary data, not JSON lines"), std::string::npos)
      << *pages[1].error;
  // A line that is merely not JSON (text) stays one error per line; reading goes on.
  pages = ReadAll("not json\nnor this\n{\"text\": \"نص\"}\n");
  ASSERT_EQ(pages.size(), 3u);
  EXPECT_TRUE(pages[0].error);
  EXPECT_TRUE(pages[1].error);
  EXPECT_FALSE(pages[2].error);
}

// A stream filter's stdin (`marsad code -`): every line is one page, so records out line up
// with lines in; without line_per_page a blank line is skipped and binary noise ends the file.
TEST(JsonlReader, LinePerPageGivesOnePagePerLine) {
  using namespace std::string_literals;
  const std::string text =
      "{\"id\": \"a\", \"text\": \"نص\"}\n"
      "\n"
      "\x01\x02\x03\x00\xff\xfe\n"
      "{\"id\": \"d\", \"text\": \"نص آخر\"}\n"s;  // s: the NUL is part of the text
  JsonlReader filter(std::make_unique<BufferedReader>(std::make_unique<MemorySource>(text)),
                     std::nullopt, "", /*line_per_page=*/true);
  std::vector<Page> pages;
  while (auto p = filter.Next()) pages.push_back(std::move(*p));
  ASSERT_EQ(pages.size(), 4u);
  EXPECT_EQ(pages[0].id, "a");
  EXPECT_FALSE(pages[0].error);
  ASSERT_TRUE(pages[1].error);
  EXPECT_NE(pages[1].error->find("line 2: blank line"), std::string::npos) << *pages[1].error;
  ASSERT_TRUE(pages[2].error);
  EXPECT_NE(pages[2].error->find("line 3"), std::string::npos) << *pages[2].error;
  EXPECT_EQ(pages[3].id, "d");
  EXPECT_FALSE(pages[3].error);

  auto file = ReadAll(text);
  ASSERT_EQ(file.size(), 2u);  // the blank line skipped, the noise ends the file
  EXPECT_EQ(file[0].id, "a");
  ASSERT_TRUE(file[1].error);
}

}  // namespace
}  // namespace marsad::ingest
