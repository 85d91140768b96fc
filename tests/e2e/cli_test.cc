// End-to-end: the marsad binary as a user runs it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

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

}  // namespace
}  // namespace marsad
