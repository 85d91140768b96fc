// gzip: single and multi-member streams, truncation and corruption as errors, never a crash.
#include "marsad/ingest/internal/gzip_stream.h"

#include <gtest/gtest.h>

#include "support/ingest_fixtures.h"

namespace marsad::ingest {
namespace {

using testing::GzipBytes;

// Reads a whole stream in small pieces (to cross member and buffer boundaries).
Result<std::string> Drain(ByteSource& src) {
  std::string out;
  char buf[7];
  for (;;) {
    auto got = src.Read(buf, sizeof buf);
    if (!got.ok()) return got.status();
    if (got.value() == 0) return out;
    out.append(buf, got.value());
  }
}

std::string Text(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "سطر رقم " + std::to_string(i) + " من نص الاختبار\n";
  return s;
}

TEST(GzipStream, OneMember) {
  const std::string text = Text(500);
  GzipSource gz(std::make_unique<MemorySource>(GzipBytes(text)));
  auto out = Drain(gz);
  ASSERT_TRUE(out.ok()) << out.error();
  EXPECT_EQ(out.value(), text);
}

TEST(GzipStream, MembersFollowOneAnother) {
  const std::string a = Text(3), b = Text(200), c = "آخر سطر";
  GzipSource gz(std::make_unique<MemorySource>(GzipBytes(a) + GzipBytes(b) + GzipBytes(c)));
  auto out = Drain(gz);
  ASSERT_TRUE(out.ok()) << out.error();
  EXPECT_EQ(out.value(), a + b + c);
}

TEST(GzipStream, TruncatedMemberIsAnError) {
  const std::string whole = GzipBytes(Text(300));
  for (std::size_t keep : {std::size_t{5}, whole.size() / 2, whole.size() - 4}) {
    SCOPED_TRACE(keep);
    GzipSource gz(std::make_unique<MemorySource>(whole.substr(0, keep)));
    auto out = Drain(gz);
    ASSERT_FALSE(out.ok());
    EXPECT_NE(out.error().find("truncated gzip"), std::string::npos) << out.error();
    // The error sticks: reading again does not pretend the stream ended cleanly.
    char c;
    EXPECT_FALSE(gz.Read(&c, 1).ok());
  }
}

TEST(GzipStream, CorruptDataIsAnErrorNamingTheOffset) {
  std::string bad = GzipBytes(Text(300));
  for (std::size_t i = 20; i < 60; ++i) bad[i] = static_cast<char>(bad[i] ^ 0x5A);
  GzipSource gz(std::make_unique<MemorySource>(bad));
  auto out = Drain(gz);
  ASSERT_FALSE(out.ok());
  EXPECT_NE(out.error().find("offset"), std::string::npos) << out.error();
}

TEST(GzipStream, Magic) {
  EXPECT_TRUE(IsGzip("\x1f\x8b\x08"));
  EXPECT_FALSE(IsGzip("\x1f"));
  EXPECT_FALSE(IsGzip("<html>"));
}

TEST(GzipStream, InflateAllHandlesGzipAndZlibBodies) {
  auto out = InflateAll(GzipBytes("جسم الصفحة"), 1000);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out.value(), "جسم الصفحة");
  EXPECT_FALSE(InflateAll(GzipBytes(Text(100)).substr(0, 30), 1 << 20).ok());
  EXPECT_FALSE(InflateAll(GzipBytes(Text(1000)), 100).ok());  // bigger than allowed
}

}  // namespace
}  // namespace marsad::ingest
