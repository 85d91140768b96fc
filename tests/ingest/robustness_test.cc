// Damaged inputs never crash the readers or lose a file: every sample, cut and corrupted at
// random places, still yields at least one page, and every page's text is valid UTF-8.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <set>

#include "marsad/ingest/ingest.h"
#include "support/ingest_fixtures.h"

namespace marsad::ingest {
namespace {

std::string Mutate(std::string bytes, std::mt19937& rng) {
  if (bytes.empty()) return bytes;
  auto at = [&] { return std::uniform_int_distribution<std::size_t>(0, bytes.size() - 1)(rng); };
  switch (rng() % 4) {
    case 0:  // cut short
      bytes.resize(at());
      break;
    case 1:  // flip bytes
      for (int i = 0; i < 8; ++i) bytes[at()] = static_cast<char>(rng());
      break;
    case 2:  // NULs and stray high bytes in the middle
      bytes.insert(at(), std::string("\0\xFF\xC3\x80\0", 5));
      break;
    default:  // a window of the file repeated (duplicated records, glued pages)
    {
      const std::size_t from = at();
      bytes.insert(at(), bytes.substr(from, 300));
    }
  }
  return bytes;
}

TEST(Robustness, MutatedSamplesAlwaysYieldPagesWithValidText) {
  const std::filesystem::path samples = std::filesystem::path(MARSAD_SOURCE_DIR) / "samples";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(samples))
    if (e.is_regular_file()) files.push_back(e.path());
  ASSERT_FALSE(files.empty());
  std::sort(files.begin(), files.end());
  std::mt19937 rng(12345);
  testing::TempDir dir;
  std::size_t written = 0;
  for (const auto& f : files) {
    const std::string original = testing::ReadFile(f.string());
    for (int k = 0; k < 12; ++k) {
      const std::string name = std::to_string(written++) + "-" + f.filename().string();
      testing::WriteFile(dir.path() / name, Mutate(original, rng));
    }
  }
  PageReader reader({dir.path().string()});
  std::set<std::string> seen;
  std::size_t pages = 0;
  while (auto p = reader.Next()) {
    ++pages;
    ASSERT_TRUE(p->source_path);
    seen.insert(*p->source_path);
    std::string copy = p->content;
    EXPECT_EQ(SanitizeUtf8(copy), 0u) << *p->source_path;
    EXPECT_FALSE(p->id.empty());
    if (p->error) {
      EXPECT_TRUE(p->content.empty());
    }
  }
  EXPECT_EQ(seen.size(), written);
  EXPECT_GE(pages, written);
  EXPECT_EQ(reader.counts().files, written);
}

}  // namespace
}  // namespace marsad::ingest
