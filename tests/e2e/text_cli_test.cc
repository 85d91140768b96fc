// marsad segment and marsad pos-conll as the contract describes them: one output line per
// input line, words in order, blank lines kept.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/run_marsad.h"

namespace marsad {
namespace {

using testing::RunMarsad;

std::string WriteTemp(const std::string& name, const std::string& content) {
  const std::string path = ::testing::TempDir() + name;
  std::ofstream(path) << content;
  return path;
}

TEST(TextCli, SegmentKeepsLinesAndWords) {
  const std::string in = WriteTemp("seg_in.txt", "وبالولايات المتحدة نشرتها\n\nبلد  وزير\n");
  const auto r = RunMarsad("segment < " + in);
  ASSERT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "و+ب+الولايات المتحدة نشرت+ها\n\nبلد وزير\n");
}

TEST(TextCli, SegmentOutputConcatenatesBackOnTreebankText) {
  const std::string raw = testing::SharedDir() + "/data/ud-pud/segment-dev.raw.txt";
  std::ifstream check(raw);
  if (!check) GTEST_SKIP() << "no " << raw;
  const auto r = RunMarsad("segment < " + raw);
  ASSERT_EQ(r.status, 0);
  std::istringstream want(std::string(std::istreambuf_iterator<char>(check), {}));
  std::istringstream got(r.out);
  std::string a, b;
  std::size_t lines = 0;
  while (std::getline(want, a)) {
    ASSERT_TRUE(std::getline(got, b)) << "missing line " << lines + 1;
    std::string joined;
    for (char c : b) {
      if (c != '+') joined += c;
    }
    std::istringstream wa(a), wb(joined);
    std::string x, y;
    while (wa >> x) {
      ASSERT_TRUE(wb >> y);
      EXPECT_EQ(x, y) << "line " << lines + 1;
    }
    ++lines;
  }
  EXPECT_FALSE(std::getline(got, b));
  EXPECT_GT(lines, 50u);
}

TEST(TextCli, PosConllTagsEveryTokenAndKeepsBlankLines) {
  const std::string in = WriteTemp("pos_in.conll", "قال\nالوزير\n.\n\nفي\nالرياض\n");
  const auto r = RunMarsad("pos-conll < " + in);
  ASSERT_EQ(r.status, 0);
  std::istringstream out(r.out);
  std::vector<std::string> lines;
  for (std::string l; std::getline(out, l);) lines.push_back(l);
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(lines[0].rfind("قال ", 0), 0u);
  EXPECT_EQ(lines[2], ". PUNCT");
  EXPECT_EQ(lines[3], "");
  EXPECT_EQ(lines[4], "في ADP");
}

TEST(TextCli, HelpHasExamples) {
  for (const char* cmd : {"segment --help", "pos-conll --help"}) {
    const auto r = RunMarsad(cmd);
    EXPECT_EQ(r.status, 0) << cmd;
    EXPECT_NE(r.out.find("Examples"), std::string::npos) << cmd;
  }
}

}  // namespace
}  // namespace marsad
