#include <gtest/gtest.h>

#include <thread>

#include "marsad/core/core.h"
#include "marsad/text/text.h"

namespace marsad::text {
namespace {

TEST(LightStem, StripsCommonAffixes) {
  // Snowball Arabic removes the article, ta marbuta and the sound plural ending, so the
  // definite and indefinite forms of a word meet.
  EXPECT_EQ(LightStem(U"المفاوضات"), U"مفاوض");
  EXPECT_EQ(LightStem(U"الحكومة"), U"حكوم");
  EXPECT_EQ(LightStem(U"الحكومة"), LightStem(U"حكومة"));
  EXPECT_EQ(LightStem(U""), U"");
  EXPECT_EQ(LightStem(U"UN"), U"UN");
}

TEST(LightStem, SafeFromManyThreads) {
  const std::u32string expected = LightStem(U"المفاوضات");
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int k = 0; k < 500; ++k) ok[t] += LightStem(U"المفاوضات") == expected;
    });
  }
  for (auto& th : threads) th.join();
  for (int v : ok) EXPECT_EQ(v, 500);
}

}  // namespace
}  // namespace marsad::text
