// `marsad extract` on Arabic pages with an expected record beside them (NAME.html +
// NAME.expected.json: title, date, must_contain, must_not_contain): the project's own pages in
// tests/extract/pages/ and the shared development pages, read in place.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "marsad/core/core.h"
#include "support/run_marsad.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;
using testing::RunMarsad;

std::string Collapse(const std::string& s) {
  std::istringstream in(s);
  std::string word, out;
  while (in >> word) out += (out.empty() ? "" : " ") + word;
  return out;
}

void CheckDir(const fs::path& dir, std::size_t min_pages) {
  std::size_t pages = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    const std::string suffix = ".expected.json";
    if (name.size() <= suffix.size() || name.substr(name.size() - suffix.size()) != suffix) {
      continue;
    }
    const fs::path html = dir / (name.substr(0, name.size() - suffix.size()) + ".html");
    if (!fs::exists(html)) continue;
    ++pages;
    SCOPED_TRACE(html.string());
    std::ifstream in(e.path());
    const auto expected = nlohmann::json::parse(in);
    const auto r = RunMarsad("extract -q --no-dedup '" + html.string() + "'");
    ASSERT_EQ(r.status, 0);
    auto a = ArticleFromJson(r.out.substr(0, r.out.find('\n')));
    ASSERT_TRUE(a.ok()) << r.out;
    EXPECT_EQ(Collapse(a->title), Collapse(expected.at("title").get<std::string>()));
    EXPECT_EQ(a->date.value_or("none"), expected.at("date").get<std::string>());
    const std::string body = Collapse(a->body);
    for (const auto& s : expected.at("must_contain")) {
      EXPECT_NE(body.find(Collapse(s.get<std::string>())), std::string::npos)
          << "missing: " << s.get<std::string>();
    }
    for (const auto& s : expected.at("must_not_contain")) {
      EXPECT_EQ(body.find(Collapse(s.get<std::string>())), std::string::npos)
          << "furniture kept: " << s.get<std::string>();
    }
  }
  EXPECT_GE(pages, min_pages) << dir;
}

TEST(ArabicExtraction, OwnPagesInOtherLayouts) {
  CheckDir(fs::path(testing::SourceDir()) / "tests/extract/pages", 4);
}

TEST(ArabicExtraction, SharedDevelopmentPages) {
  const fs::path dir = fs::path(testing::SharedDir()) / "data/extraction/arabic-dev";
  if (!fs::exists(dir)) GTEST_SKIP() << "no " << dir;
  CheckDir(dir, 1);
}

}  // namespace
}  // namespace marsad
