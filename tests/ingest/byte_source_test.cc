// BufferedReader: peek, lines, exact reads; FileSource errors.
#include "marsad/ingest/internal/byte_source.h"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

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

// A source that hands out one line per Read, as a pipe does when its writer sends a line and
// waits; reading past what was sent fails the test instead of blocking.
class LineAtATime final : public ByteSource {
 public:
  explicit LineAtATime(std::vector<std::string> lines) : lines_(std::move(lines)) {}
  Result<std::size_t> Read(char* buf, std::size_t n) override {
    if (next_ >= lines_.size()) {
      ADD_FAILURE() << "read past the lines sent";
      return std::size_t{0};
    }
    const std::string& l = lines_[next_++];
    EXPECT_LE(l.size(), n);
    std::memcpy(buf, l.data(), l.size());
    return l.size();
  }
  std::size_t reads() const { return next_; }

 private:
  std::vector<std::string> lines_;
  std::size_t next_ = 0;
};

TEST(BufferedReader, PeekFirstLineStopsAtTheFirstNewline) {
  auto source = std::make_unique<LineAtATime>(std::vector<std::string>{"{\"a\"", ":1}\n", "more\n"});
  LineAtATime* raw = source.get();
  BufferedReader r(std::move(source));
  EXPECT_EQ(r.PeekFirstLine(16 * 1024), "{\"a\":1}\n");
  EXPECT_EQ(raw->reads(), 2u);  // Peek(16 KiB) would have read "more" and then waited
  std::string line;
  ASSERT_TRUE(r.ReadLine(line, 100).value());
  EXPECT_EQ(line, "{\"a\":1}");
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
