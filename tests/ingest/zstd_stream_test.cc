// zstd: frames in a row decode as one stream; truncation and corruption are errors.
#include "marsad/ingest/internal/zstd_stream.h"

#include <gtest/gtest.h>
#include <zstd.h>

namespace marsad::ingest {
namespace {

std::string Compress(const std::string& data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 3));
  return out;
}

Result<std::string> Drain(const std::string& compressed) {
  ZstdSource src(std::make_unique<MemorySource>(compressed));
  std::string out;
  char buf[11];
  for (;;) {
    auto got = src.Read(buf, sizeof buf);
    if (!got.ok()) return got.status();
    if (got.value() == 0) return out;
    out.append(buf, got.value());
  }
}

std::string Lines(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "{\"text\": \"خبر رقم " + std::to_string(i) + "\"}\n";
  return s;
}

TEST(ZstdStream, FramesInARow) {
  const std::string a = Lines(2000), b = Lines(3);
  auto out = Drain(Compress(a) + Compress(b));
  ASSERT_TRUE(out.ok()) << out.error();
  EXPECT_EQ(out.value(), a + b);
  EXPECT_TRUE(IsZstd(Compress(a)));
}

TEST(ZstdStream, TruncatedAndCorruptAreErrors) {
  const std::string whole = Compress(Lines(2000));
  auto cut = Drain(whole.substr(0, whole.size() / 2));
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.error().find("truncated zstd"), std::string::npos) << cut.error();
  std::string bad = whole;
  for (std::size_t i = 8; i < 40; ++i) bad[i] = static_cast<char>(bad[i] ^ 0x33);
  EXPECT_FALSE(Drain(bad).ok());
}

}  // namespace
}  // namespace marsad::ingest
