// End-to-end: the marsad binary as a user runs it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
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
