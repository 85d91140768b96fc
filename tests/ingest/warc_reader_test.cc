// WARC: response records with HTML are pages; everything else is skipped and counted;
// damaged records are error pages and the reader goes on where it can.
#include "marsad/ingest/internal/warc_reader.h"

#include <gtest/gtest.h>

#include "marsad/ingest/internal/gzip_stream.h"
#include "support/ingest_fixtures.h"

namespace marsad::ingest {
namespace {

using testing::Encode;
using testing::GzipBytes;

std::string Record(const std::string& type, const std::string& uri, const std::string& block,
                   std::optional<std::size_t> length = std::nullopt) {
  std::string r = "WARC/1.0\r\nWARC-Type: " + type + "\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + uri + "\r\n";
  r += "Content-Length: " + std::to_string(length.value_or(block.size())) + "\r\n\r\n";
  return r + block + "\r\n\r\n";
}

std::string Http(const std::string& content_type, const std::string& body,
                 const std::string& status = "200 OK", const std::string& extra = "") {
  return "HTTP/1.1 " + status + "\r\nContent-Type: " + content_type + "\r\n" + extra + "\r\n" +
         body;
}

const std::string kPage1 =
    "<html><head><title>اجتماع</title></head><body><p>التقى الوزيران في بغداد.</p></body></html>";
const std::string kPage2 = "<html><body><p>أعلنت النقابة إضرابا عاما.</p></body></html>";

std::vector<Page> ReadAll(const std::string& bytes, std::size_t* skipped = nullptr,
                          bool gz = false) {
  std::unique_ptr<ByteSource> src = std::make_unique<MemorySource>(bytes);
  if (gz) src = std::make_unique<GzipSource>(std::move(src));
  WarcReader reader(std::make_unique<BufferedReader>(std::move(src)), "crawl.warc", gz);
  std::vector<Page> pages;
  while (auto p = reader.Next()) {
    pages.push_back(std::move(*p));
    if (pages.size() > 100) break;  // a reader that never ends is a failure, not a hang
  }
  if (skipped) *skipped = reader.skipped();
  return pages;
}

TEST(WarcReader, HtmlResponsesArePagesOthersAreSkipped) {
  const std::string warc =
      Record("warcinfo", "", "software: test\r\n") +
      Record("request", "https://a.example/1", "GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n") +
      Record("response", "https://a.example/1", Http("text/html; charset=utf-8", kPage1)) +
      Record("metadata", "https://a.example/1", "via: x\r\n") +
      Record("response", "https://a.example/logo.png", Http("image/png", "\x89PNG....")) +
      Record("response", "https://a.example/old",
             Http("text/html", "<p>moved</p>", "301 Moved Permanently")) +
      Record("response", "<https://a.example/2>", Http("application/xhtml+xml", kPage2));
  std::size_t skipped = 0;
  auto pages = ReadAll(warc, &skipped);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(skipped, 5u);
  EXPECT_EQ(pages[0].url.value_or(""), "https://a.example/1");
  EXPECT_EQ(pages[1].url.value_or(""), "https://a.example/2");  // WARC/1.0 angle brackets dropped
  EXPECT_EQ(pages[0].content, kPage1);
  EXPECT_EQ(pages[0].source_path.value_or(""), "crawl.warc");
  EXPECT_FALSE(pages[0].error);
  EXPECT_NE(pages[0].id, pages[1].id);
}

TEST(WarcReader, HttpCharsetDecodesThePayload) {
  const std::string body = Encode(kPage2, "windows-1256");
  auto pages = ReadAll(
      Record("response", "https://b.example/", Http("text/html; charset=windows-1256", body)));
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_EQ(pages[0].encoding, "windows-1256");
  EXPECT_EQ(pages[0].content, kPage2);
}

TEST(WarcReader, ChunkedAndGzipEncodedBodies) {
  const std::string chunked = "10\r\n" + kPage2.substr(0, 16) + "\r\n" +
                              [&] {
                                std::string s;
                                char b[16];
                                std::snprintf(b, sizeof b, "%zx", kPage2.size() - 16);
                                return std::string(b);
                              }() +
                              "\r\n" + kPage2.substr(16) + "\r\n0\r\n\r\n";
  const std::string gz = GzipBytes(kPage1);
  auto pages =
      ReadAll(Record("response", "https://c.example/1",
                     Http("text/html", chunked, "200 OK", "Transfer-Encoding: chunked\r\n")) +
              Record("response", "https://c.example/2",
                     Http("text/html", gz, "200 OK", "Content-Encoding: gzip\r\n")));
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].content, kPage2);
  EXPECT_EQ(pages[1].content, kPage1);
}

TEST(WarcReader, MultiMemberGzipFile) {
  const std::string a = Record("warcinfo", "", "x: y\r\n");
  const std::string b = Record("response", "https://d.example/", Http("text/html", kPage1));
  const std::string c = Record("response", "https://d.example/2", Http("text/html", kPage2));
  std::size_t skipped = 0;
  auto pages = ReadAll(GzipBytes(a) + GzipBytes(b) + GzipBytes(c), &skipped, /*gz=*/true);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(skipped, 1u);
  EXPECT_EQ(pages[1].content, kPage2);
}

TEST(WarcReader, TruncatedRecordIsAnErrorPageNamingTheOffset) {
  const std::string good = Record("response", "https://e.example/1", Http("text/html", kPage1));
  const std::string cut = Record("response", "https://e.example/2", Http("text/html", kPage2));
  auto pages = ReadAll(good + cut.substr(0, cut.size() - 40));
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_FALSE(pages[0].error);
  ASSERT_TRUE(pages[1].error);
  EXPECT_NE(pages[1].error->find("truncated WARC record"), std::string::npos) << *pages[1].error;
  EXPECT_NE(pages[1].error->find("offset " + std::to_string(good.size())), std::string::npos)
      << *pages[1].error;
}

TEST(WarcReader, TruncatedGzipWarcKeepsTheRecordsBefore) {
  const std::string first =
      GzipBytes(Record("response", "https://f.example/", Http("text/html", kPage1)));
  const std::string second =
      GzipBytes(Record("response", "https://f.example/2", Http("text/html", kPage2)));
  auto pages = ReadAll(first + second.substr(0, second.size() / 2), nullptr, /*gz=*/true);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].content, kPage1);
  ASSERT_TRUE(pages[1].error);
  EXPECT_NE(pages[1].error->find("gzip"), std::string::npos) << *pages[1].error;
}

TEST(WarcReader, WrongLengthOrJunkThenResyncsOnTheNextRecord) {
  // The first record claims fewer bytes than it has; the leftover is junk before record 2.
  const std::string block = Http("text/html", kPage1);
  const std::string short_len = Record("response", "https://g.example/1", block, block.size() - 30);
  const std::string next = Record("response", "https://g.example/2", Http("text/html", kPage2));
  auto pages = ReadAll(short_len + next);
  ASSERT_EQ(pages.size(), 3u);  // the cut page, a "skipped junk" error, the next page
  EXPECT_TRUE(pages[1].error);
  EXPECT_NE(pages[1].error->find("not a WARC record"), std::string::npos);
  EXPECT_EQ(pages[2].url.value_or(""), "https://g.example/2");
  EXPECT_EQ(pages[2].content, kPage2);
}

TEST(WarcReader, MissingContentLengthAndTruncatedHeader) {
  auto pages =
      ReadAll("WARC/1.0\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>\r\n\r\n" +
              Record("response", "https://h.example/", Http("text/html", kPage2)));
  ASSERT_GE(pages.size(), 2u);
  ASSERT_TRUE(pages[0].error);
  EXPECT_NE(pages[0].error->find("Content-Length"), std::string::npos);
  EXPECT_EQ(pages.back().url.value_or(""), "https://h.example/");

  auto cut = ReadAll("WARC/1.0\r\nWARC-Type: response\r\nContent-Len");
  ASSERT_EQ(cut.size(), 1u);
  ASSERT_TRUE(cut[0].error);
  EXPECT_NE(cut[0].error->find("truncated WARC header"), std::string::npos);
}

TEST(WarcReader, EmptyStreamHasNoPages) { EXPECT_TRUE(ReadAll("").empty()); }

// Issue 18: a Content-Length too large (by 500 bytes, or 2^63) no longer swallows the next
// record: the damaged record is one error naming where the next one starts, and the next
// record is read, plain and gzip, with the length lie on a response or on a skipped record.
TEST(WarcReader, LyingContentLengthResyncsOnTheNextRecord) {
  const std::string block1 = Http("text/html", kPage1);
  for (const std::uint64_t lie : {std::uint64_t{500}, (std::uint64_t{1} << 63) - block1.size()}) {
    for (const std::string type : {"response", "metadata"}) {
      for (const bool gz : {false, true}) {
        const std::string warc = Record(type, "http://a.example/1", block1, block1.size() + lie) +
                                 Record("response", "http://a.example/2", Http("text/html", kPage2));
        const auto pages = ReadAll(gz ? GzipBytes(warc) : warc, nullptr, gz);
        ASSERT_EQ(pages.size(), 2u) << type << " +" << lie << (gz ? " gz" : "");
        ASSERT_TRUE(pages[0].error);
        EXPECT_NE(pages[0].error->find("runs past the next record"), std::string::npos)
            << *pages[0].error;
        EXPECT_FALSE(pages[1].error) << *pages[1].error;
        EXPECT_EQ(pages[1].url.value_or(""), "http://a.example/2");
        EXPECT_NE(pages[1].content.find("إضرابا"), std::string::npos);
      }
    }
  }
  // A payload that merely mentions "WARC/1.0" inside a correct length stays one page.
  const std::string quoted = Http("text/html", "<p>a\r\nWARC/1.0\r\nWARC-Type: x</p>");
  const auto pages = ReadAll(Record("response", "http://a.example/q", quoted) +
                             Record("response", "http://a.example/2", Http("text/html", kPage2)));
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_FALSE(pages[0].error);
  EXPECT_FALSE(pages[1].error);
}

}  // namespace
}  // namespace marsad::ingest
