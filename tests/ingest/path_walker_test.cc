// Directory walks: recursive, byte-wise sorted per directory, dotfiles skipped, stable.
#include "marsad/ingest/internal/path_walker.h"

#include <gtest/gtest.h>

#include "support/ingest_fixtures.h"

namespace marsad::ingest {
namespace {

using testing::TempDir;
using testing::WriteFile;

std::vector<std::string> Walk(std::vector<std::string> paths, const std::string& strip = "") {
  PathWalker walker(std::move(paths));
  std::vector<std::string> out;
  while (auto e = walker.Next()) {
    std::string p = e->path;
    if (!strip.empty() && p.rfind(strip, 0) == 0) p = p.substr(strip.size());
    out.push_back(e->error ? p + " !" : p);
  }
  return out;
}

TEST(PathWalker, RecursiveSortedAndWithoutDotfiles) {
  TempDir dir;
  for (const char* f : {"b.html", "a/z.html", "a/b/c.txt", "a.txt", "B.html", ".hidden",
                        ".git/config", "a/\xD8\xB9.html"})
    WriteFile(dir.path() / f, "x");
  const std::string root = dir.path().string();
  EXPECT_EQ(Walk({root}, root),
            (std::vector<std::string>{"/B.html", "/a/b/c.txt", "/a/z.html", "/a/\xD8\xB9.html",
                                      "/a.txt", "/b.html"}));
  // Same again: the order is stable.
  EXPECT_EQ(Walk({root}), Walk({root}));
}

TEST(PathWalker, PathsInTheOrderGivenStdinAndMissingFiles) {
  TempDir dir;
  WriteFile(dir.path() / "one.html", "x");
  const auto got = Walk({dir.file("one.html"), "-", dir.file("missing.html")});
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[1], "-");
  // A missing path is passed on: the reader reports the system's reason for it.
  EXPECT_EQ(got[2], dir.file("missing.html"));
}

TEST(PathWalker, EmptyDirectoryYieldsNothing) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "empty");
  EXPECT_TRUE(Walk({dir.file("empty")}).empty());
}

}  // namespace
}  // namespace marsad::ingest
