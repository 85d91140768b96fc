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
  EXPECT_EQ(pages[1].date.value_or(""), "2024-05-08");
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

TEST(JsonlReader, BadLinesAreErrorPagesNamingTheLineAndTheRunGoesOn) {
  const struct {
    const char* line;
    const char* reason;
  } rows[] = {
      {"{\"html\": 5}", "\"html\" must be a string"},
      {"{\"text\": [\"a\"]}", "\"text\" must be a string"},
      {"{\"text\": \"x\", \"url\": 7}", "\"url\" must be a string"},
      {"{\"text\": \"x\", \"title\": {}}", "\"title\" must be a string"},
      {"{\"text\": \"x\", \"date\": 20240101}", "\"date\" must be a string"},
      {"{\"text\": \"x\", \"id\": 1.5}", "\"id\" must be a string or an integer"},
      {"{\"url\": \"https://x.example\"}", "no \"html\", \"text\" or \"content\""},
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

}  // namespace
}  // namespace marsad::ingest
