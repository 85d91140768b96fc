// What an input is, by content: WARC, JSON lines, a document; binary junk; HTML or a dump.
#include "marsad/ingest/internal/content_sniffer.h"

#include <gtest/gtest.h>

#include <random>

namespace marsad::ingest {
namespace {

TEST(ContentSniffer, FormatsByContentFirst) {
  EXPECT_EQ(SniffFormat("WARC/1.0\r\nWARC-Type: warcinfo\r\n", "x.html"), InputFormat::kWarc);
  EXPECT_EQ(SniffFormat("WARC/1.1\r\n", "crawl"), InputFormat::kWarc);
  EXPECT_EQ(SniffFormat("{\"text\": \"خبر\"}\n{\"text\": \"آخر\"}\n", "pages.txt"),
            InputFormat::kJsonLines);
  EXPECT_EQ(SniffFormat("  \n{\"html\": \"<p>x</p>\"}", "-"), InputFormat::kJsonLines);
  // A '{' that does not open a JSON object line is text.
  EXPECT_EQ(SniffFormat("{عنوان بين قوسين}\nنص\n", "dump.txt"), InputFormat::kDocument);
  EXPECT_EQ(SniffFormat("<html><body>", "page.jsonl.html"), InputFormat::kDocument);
  // The extension decides for JSON lines whose first line is broken.
  EXPECT_EQ(SniffFormat("{oops\n", "pages.jsonl"), InputFormat::kJsonLines);
  EXPECT_EQ(SniffFormat("{oops\n", "pages.jsonl.gz"), InputFormat::kJsonLines);
}

TEST(ContentSniffer, BinaryData) {
  std::mt19937 rng(7);
  std::string junk(4096, '\0');
  for (char& c : junk) c = static_cast<char>(rng());
  auto why = WhyBinary(junk);
  ASSERT_TRUE(why);
  EXPECT_NE(why->find("binary"), std::string::npos);
  EXPECT_TRUE(WhyBinary("\x89PNG\r\n\x1a\n...."));
  EXPECT_TRUE(WhyBinary("%PDF-1.7\n"));
  EXPECT_FALSE(WhyBinary("<html>\n\t<body>نص عربي</body>\r\n</html>\f"));
  EXPECT_FALSE(WhyBinary("\xC7\xE1\xE6\xD2\xED\xD1 \xED\xD5\xE1"));  // windows-1256 text
}

TEST(ContentSniffer, HtmlOrTextDump) {
  EXPECT_TRUE(LooksLikeHtml("<!DOCTYPE html><p>x"));
  EXPECT_TRUE(LooksLikeHtml("<p>فقرة</p>"));
  EXPECT_TRUE(LooksLikeHtml("نص <b>عريض</b> هنا"));
  EXPECT_TRUE(LooksLikeHtml("<div class=\"a\">x<br>y"));  // unclosed, but markup
  EXPECT_FALSE(LooksLikeHtml("عنوان الخبر\n\nقال الوزير إن 3 < 5 وإن a<b.\n"));
  EXPECT_FALSE(LooksLikeHtml("<<<>>> <x> <3 </>"));
}

}  // namespace
}  // namespace marsad::ingest
