// End-to-end: `marsad annotate` on the seed page (read in place) gives entities carrying the
// actor codes of every actor the article names.
#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>

#include "marsad/core/core.h"
#include "support/run_marsad.h"

namespace marsad {
namespace {

using testing::RunMarsad;
using testing::SharedDir;

TEST(AnnotateActors, SeedPageEntitiesCarryTheArticlesActors) {
  auto r = RunMarsad("annotate -q " + SharedDir() + "/data/seed/");
  ASSERT_EQ(r.status, 0);
  std::set<std::string> codes;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    auto a = ArticleFromJson(line);
    ASSERT_TRUE(a.ok()) << line.substr(0, 200);
    for (const auto& e : a->entities) {
      EXPECT_FALSE(e.text.empty());
      EXPECT_LE(e.span.end, CodePointCount(a->body));
      if (!e.actor.empty()) codes.insert(e.actor);
    }
  }
  for (const char* code : {"USA", "USAGOV", "SYR", "SYRGOV", "IRQ", "GBR", "EGY", "UNO", "ARL", "IMGMUSISI"}) {
    EXPECT_TRUE(codes.count(code)) << code;
  }
}

}  // namespace
}  // namespace marsad
