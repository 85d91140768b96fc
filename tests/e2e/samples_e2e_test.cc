// End-to-end over samples/ and the seed page: `marsad extract` as a user runs it.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "marsad/core/core.h"
#include "support/ingest_fixtures.h"
#include "support/run_marsad.h"

namespace marsad {
namespace {

using testing::RunMarsad;
using testing::SourceDir;

std::vector<Article> Records(const std::string& out) {
  std::vector<Article> records;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    auto a = ArticleFromJson(line);
    EXPECT_TRUE(a.ok()) << line;
    if (a.ok()) records.push_back(std::move(a).value());
  }
  return records;
}

std::string Quote(const std::string& path) { return "'" + path + "'"; }

TEST(Samples, EveryFileYieldsARecordAndOnlyTheBrokenOneFails) {
  const std::string samples = SourceDir() + "/samples";
  auto r = RunMarsad("extract -q " + Quote(samples));
  EXPECT_EQ(r.status, 0);
  std::set<std::string> files, seen;
  for (const auto& e : std::filesystem::recursive_directory_iterator(samples))
    if (e.is_regular_file()) files.insert(e.path().string());
  ASSERT_GE(files.size(), 13u);
  for (const Article& a : Records(r.out)) {
    ASSERT_TRUE(a.source_path);
    seen.insert(*a.source_path);
    const bool broken = a.source_path->find("/broken/") != std::string::npos;
    EXPECT_EQ(a.error.has_value(), broken) << *a.source_path;
    if (!broken) {
      EXPECT_FALSE(a.body.empty()) << *a.source_path;
      EXPECT_FALSE(a.encoding.empty()) << *a.source_path;
    }
  }
  EXPECT_EQ(seen, files);
}

TEST(Samples, RandomBytesNextToGoodPages) {
  testing::TempDir dir;
  const std::string src = SourceDir() + "/samples/";
  std::filesystem::copy_file(src + "utf8-amman-talks.html", dir.path() / "a.html");
  std::filesystem::copy_file(src + "broken/random-bytes.html", dir.path() / "b.html");
  std::filesystem::copy_file(src + "windows-1256-undeclared-beirut-budget.html",
                             dir.path() / "c.html");
  auto r = RunMarsad("extract -q -j2 " + Quote(dir.path().string()));
  EXPECT_LE(r.status, 2);
  EXPECT_GE(r.status, 0);
  auto records = Records(r.out);
  ASSERT_EQ(records.size(), 3u);
  const auto amman = testing::LoadSampleArticle(SourceDir(), "amman-talks");
  const auto beirut = testing::LoadSampleArticle(SourceDir(), "beirut-budget");
  for (const auto& [i, article] : {std::pair{0, &amman}, std::pair{2, &beirut}}) {
    EXPECT_FALSE(records[i].error);
    EXPECT_NE(records[i].title.find(article->title), std::string::npos) << records[i].title;
    for (const std::string& p : article->paragraphs)
      EXPECT_NE(records[i].body.find(p), std::string::npos) << p;
  }
  ASSERT_TRUE(records[1].error);
  EXPECT_NE(records[1].error->find("binary"), std::string::npos);
  EXPECT_TRUE(records[1].body.empty());
}

TEST(Samples, EncodingEquivalenceThroughTheBinary) {
  const std::string dir = SourceDir() + "/samples/encodings/";
  const auto article = testing::LoadSampleArticle(SourceDir(), "nile-dam");
  auto Extract = [&](const std::string& variant) {
    auto r = RunMarsad("extract -q --no-dedup " + Quote(dir + "nile-dam." + variant + ".html"));
    EXPECT_EQ(r.status, 0) << variant;
    auto records = Records(r.out);
    EXPECT_EQ(records.size(), 1u) << variant;
    return records.empty() ? Article{} : records[0];
  };
  const Article reference = Extract("utf-8");
  ASSERT_NE(reference.title.find(article.title), std::string::npos) << reference.title;
  ASSERT_NE(reference.body.find(article.paragraphs.front()), std::string::npos);
  for (const char* variant : {"windows-1256", "windows-1256-undeclared", "iso-8859-6",
                              "iso-8859-6-undeclared", "utf-16le-bom", "utf-16be-bom"}) {
    SCOPED_TRACE(variant);
    const Article a = Extract(variant);
    EXPECT_FALSE(a.error);
    EXPECT_EQ(a.title, reference.title);
    EXPECT_EQ(a.body, reference.body);
    EXPECT_EQ(a.invalid_bytes, 0u);
  }
}

// Acceptance on the seed page, read in place: the title once, the body from the first
// paragraph to the article's last sentence, no furniture, the site.
TEST(Seed, TextDumpComesOutClean) {
  const std::string path = testing::SharedDir() + "/data/seed/erem-news-2014-isis.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no seed page";
  auto r = RunMarsad("extract -q " + Quote(path));
  ASSERT_EQ(r.status, 0);
  auto records = Records(r.out);
  ASSERT_EQ(records.size(), 1u);
  const Article& a = records[0];
  std::vector<std::string> lines, long_lines;
  std::istringstream in(testing::ReadFile(path));
  for (std::string l; std::getline(in, l);) {
    while (!l.empty() && (l.back() == ' ' || l.back() == '\r')) l.pop_back();
    if (l.empty()) continue;
    lines.push_back(l);
    if (std::count(l.begin(), l.end(), ' ') >= 20) long_lines.push_back(l);
  }
  ASSERT_FALSE(long_lines.empty());
  EXPECT_EQ(a.title, lines.front());
  EXPECT_EQ(a.body.find(lines.front()), std::string::npos);
  EXPECT_EQ(a.body.rfind(long_lines.front(), 0), 0u);
  EXPECT_TRUE(a.body.ends_with(long_lines.back()));
  const auto last = std::find(lines.begin(), lines.end(), long_lines.back());
  for (auto it = last + 1; it != lines.end(); ++it)
    EXPECT_EQ(a.body.find(*it), std::string::npos) << "furniture kept: " << *it;
  EXPECT_EQ(a.site.value_or(""), "eremnews.com");
}

TEST(Stdin, JsonLinesAndASinglePage) {
  const std::string samples = SourceDir() + "/samples/";
  auto jsonl = RunMarsad("extract -q - < " + Quote(samples + "pages.jsonl"));
  EXPECT_EQ(jsonl.status, 0);
  auto records = Records(jsonl.out);
  ASSERT_EQ(records.size(), 3u);
  for (const Article& a : records) {
    EXPECT_FALSE(a.source_path);
    EXPECT_FALSE(a.body.empty());
  }
  EXPECT_EQ(records[2].id, "ma-wages-2024-04");
  EXPECT_EQ(records[2].date.value_or(""), "2024-04-29");

  auto page = RunMarsad("extract -q - < " + Quote(samples + "windows-1256-meta-tunis-strike.html"));
  auto one = Records(page.out);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].encoding, "windows-1256");
  EXPECT_FALSE(one[0].source_path);
}

TEST(Samples, OutputOrderDoesNotDependOnThreads) {
  const std::string samples = Quote(SourceDir() + "/samples");
  auto one = RunMarsad("extract -q -j1 " + samples);
  auto four = RunMarsad("extract -q -j4 " + samples);
  EXPECT_EQ(one.out, four.out);
}

}  // namespace
}  // namespace marsad
