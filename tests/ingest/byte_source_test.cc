// BufferedReader: peek, lines, exact reads; FileSource errors.
#include "marsad/ingest/internal/byte_source.h"

#include <gtest/gtest.h>

namespace marsad::ingest {
namespace {

BufferedReader Reader(std::string s) {
  return BufferedReader(std::make_unique<MemorySource>(std::move(s)));
}

TEST(BufferedReader, PeekDoesNotConsume) {
  auto r = Reader("WARC/1.1\r\nrest");
  EXPECT_EQ(r.Peek(4), "WARC");
  EXPECT_EQ(r.Peek(100), "WARC/1.1\r\nrest");
  EXPECT_EQ(r.offset(), 0u);
}

TEST(BufferedReader, LinesWithAndWithoutFinalNewline) {
  auto r = Reader("أول\r\nثان\n\nأخير");
  std::string line;
  std::vector<std::string> lines;
  while (r.ReadLine(line, 1000).value()) lines.push_back(line);
  EXPECT_EQ(lines, (std::vector<std::string>{"أول\r", "ثان", "", "أخير"}));
  EXPECT_TRUE(r.at_end());
}

TEST(BufferedReader, OverlongLineIsCutAndReported) {
  auto r = Reader(std::string(200000, 'x') + "\nnext\n");
  std::string line;
  bool too_long = false;
  ASSERT_TRUE(r.ReadLine(line, 10, &too_long).value());
  EXPECT_TRUE(too_long);
  EXPECT_EQ(line.size(), 10u);
  ASSERT_TRUE(r.ReadLine(line, 10, &too_long).value());
  EXPECT_FALSE(too_long);
  EXPECT_EQ(line, "next");
}

TEST(BufferedReader, ExactReadsReportShortStreams) {
  auto r = Reader("abcdef");
  std::string out;
  EXPECT_EQ(r.ReadExact(4, out).value(), 4u);
  EXPECT_EQ(out, "abcd");
  EXPECT_EQ(r.offset(), 4u);
  EXPECT_EQ(r.ReadExact(10, out).value(), 2u);  // truncated: the caller can tell
  EXPECT_EQ(r.Skip(5).value(), 0u);
}

TEST(FileSource, MissingFileAndUnreadableFileAreErrors) {
  auto missing = FileSource::Open("/nonexistent/dir/page.html");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().find("No such file"), std::string::npos) << missing.error();
  // A directory opens on Linux but cannot be read: the error comes from Read.
  auto dir = FileSource::Open("/");
  if (dir.ok()) {
    char buf[16];
    auto got = dir.value()->Read(buf, sizeof buf);
    EXPECT_FALSE(got.ok());
  }
}

}  // namespace
}  // namespace marsad::ingest
