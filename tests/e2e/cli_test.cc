// End-to-end: the marsad binary as a user runs it.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace marsad
