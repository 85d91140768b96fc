// End-to-end: the marsad binary as a user runs it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "marsad/core/core.h"
#include "support/run_marsad.h"

namespace marsad {
namespace {

using testing::RunMarsad;

TEST(Cli, HelpExitsZeroAndNamesTheCommands) {
  auto r = RunMarsad("--help");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("extract"), std::string::npos);
  EXPECT_NE(r.out.find("code"), std::string::npos);
}

TEST(Cli, UsageErrorExitsOne) {
  EXPECT_EQ(RunMarsad("extract --no-such-flag x").status, 1);
  EXPECT_EQ(RunMarsad("no-such-command").status, 1);
}

// Issue 15: an unknown command is named, with the nearest one when it is a near miss.
TEST(Cli, UnknownCommandsAreNamedWithASuggestion) {
  auto typo = RunMarsad("evnets --db x.db");
  EXPECT_EQ(typo.status, 1);
  EXPECT_EQ(typo.out, "");
  EXPECT_NE(typo.err.find("unknown command 'evnets'"), std::string::npos) << typo.err;
  EXPECT_NE(typo.err.find("did you mean 'events'?"), std::string::npos) << typo.err;
  auto far = RunMarsad("frobnicate");
  EXPECT_EQ(far.status, 1);
  EXPECT_NE(far.err.find("unknown command 'frobnicate'"), std::string::npos) << far.err;
  EXPECT_EQ(far.err.find("did you mean"), std::string::npos) << far.err;
  EXPECT_NE(far.err.find("ingest"), std::string::npos) << "the commands are listed: " << far.err;
}

// Issue 15: --version names the version, the commit and a fingerprint of data/ that changes
// when a data file does.
TEST(Cli, VersionNamesCommitAndDataFingerprint) {
  auto r = RunMarsad("--version");
  EXPECT_EQ(r.status, 0) << r.err;
  std::istringstream lines(r.out);
  std::string version, commit, data;
  std::getline(lines, version);
  std::getline(lines, commit);
  std::getline(lines, data);
  EXPECT_EQ(version.rfind("marsad ", 0), 0u) << r.out;
  EXPECT_EQ(commit.rfind("commit ", 0), 0u) << r.out;
  EXPECT_GT(commit.size(), std::string("commit ").size());
  const std::size_t at = data.find(" fingerprint ");
  ASSERT_NE(at, std::string::npos) << r.out;
  const std::string fingerprint = data.substr(at + 13);
  EXPECT_EQ(fingerprint.size(), 16u) << r.out;
  // A copy of data/ with one line more in a dictionary has another fingerprint.
  const std::string copy = ::testing::TempDir() + "/marsad_version_data";
  ASSERT_EQ(std::system(("rm -rf " + copy + " && cp -r " + data.substr(5, at - 5) + " " + copy).c_str()), 0);
  auto version_with = [&](const std::string& dir) {
    std::string out;
    FILE* p = popen(("MARSAD_DATA=" + dir + " " + MARSAD_BINARY + " --version").c_str(), "r");
    if (p == nullptr) return out;
    char buf[512];
    for (std::size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
    pclose(p);
    return out;
  };
  const std::string same = version_with(copy);
  EXPECT_NE(same.find(fingerprint), std::string::npos) << "a copy has the same fingerprint: " << same;
  { std::ofstream(copy + "/places/overrides.tsv", std::ios::app) << "cue\tمثال\n"; }
  const std::string changed = version_with(copy);
  EXPECT_EQ(changed.find(fingerprint), std::string::npos) << changed;
  EXPECT_NE(changed.find(" fingerprint "), std::string::npos) << changed;
  std::system(("rm -rf " + copy).c_str());
}

TEST(Cli, MissingFileIsAnErrorRecordNotACrash) {
  auto r = RunMarsad("extract /nonexistent/page.html");
  EXPECT_EQ(r.status, 2);
  auto a = ArticleFromJson(r.out);
  ASSERT_TRUE(a.ok()) << r.out;
  EXPECT_TRUE(a->error.has_value());
}

// `marsad extract … | marsad code -` (and `annotate | code -`) codes the same body, with the
// same events at the same offsets, as `marsad code` on the page itself.
TEST(Cli, ExtractOrAnnotatePipedIntoCodeGivesTheSameEvents) {
  const std::string page = "'" + testing::SourceDir() + "/samples/utf8-amman-talks.html'";
  auto direct = nlohmann::json::parse(RunMarsad("code " + page).out);
  ASSERT_FALSE(direct["events"].empty()) << "the sample page should have events";
  for (const char* first : {"extract", "annotate"}) {
    SCOPED_TRACE(first);
    auto r = RunMarsad(std::string(first) + " " + page + " | " + MARSAD_BINARY + " code -");
    ASSERT_EQ(r.status, 0) << r.out;
    auto piped = nlohmann::json::parse(r.out);
    EXPECT_TRUE(piped["error"].is_null()) << piped["error"];
    EXPECT_EQ(piped["body"], direct["body"]);
    EXPECT_EQ(piped["date"], direct["date"]);
    EXPECT_EQ(piped["events"], direct["events"]);
  }
}

// The same over every sample (encodings, WARC, JSONL, text dump, the broken page): one record
// per record in, in the same order, with the same events as `marsad code samples/`, and events
// come out.
TEST(Cli, ExtractOrAnnotateOfAllSamplesPipedIntoCodeGivesTheSameEvents) {
  const std::string samples = "'" + testing::SourceDir() + "/samples/'";
  auto records = [](const std::string& out) {
    std::vector<nlohmann::json> all;
    std::size_t start = 0;
    for (std::size_t end; (end = out.find('\n', start)) != std::string::npos; start = end + 1) {
      all.push_back(nlohmann::json::parse(out.substr(start, end - start)));
    }
    return all;
  };
  auto direct = RunMarsad("code -q -j2 " + samples);
  ASSERT_EQ(direct.status, 0);
  const auto want = records(direct.out);
  std::size_t events = 0;
  for (const auto& r : want) events += r["events"].size();
  ASSERT_GT(events, 5u) << "the samples should have events";
  for (const char* first : {"extract", "annotate"}) {
    SCOPED_TRACE(first);
    std::string pipe = first;
    pipe += " -q -j2 " + samples + " | " MARSAD_BINARY " code -q -j2 -";
    auto r = RunMarsad(pipe);
    ASSERT_EQ(r.status, 0);
    const auto got = records(r.out);
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      SCOPED_TRACE(want[i]["id"].dump());
      EXPECT_EQ(got[i]["id"], want[i]["id"]);
      EXPECT_EQ(got[i]["error"].is_null(), want[i]["error"].is_null());
      EXPECT_EQ(got[i]["body"], want[i]["body"]);
      EXPECT_EQ(got[i]["events"], want[i]["events"]);
    }
  }
}

}  // namespace
}  // namespace marsad
