// Load: 200 concurrent API requests on loopback, all answered correctly; p50/p99 printed.
// Bounded in count (200) and time (each request 20 s at most, the whole test a minute).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "server/server_fixture.h"

namespace marsad::testing {
namespace {

TEST(Load, TwoHundredConcurrentRequestsAllAnswered) {
  const std::vector<std::string> targets = {
      "/api/stats", "/api/articles?limit=20", "/api/events?actor=IRN&limit=100",
      "/api/dyads?limit=50", "/api/timeline?source=IRN&target=USA&by=week",
      "/api/actors?limit=50", "/api/search?q=" + UrlEncode("إيران"), "/api/articles/web-fixture-06"};
  // The answers one at a time, to compare the concurrent ones with.
  std::vector<std::string> expected;
  for (const auto& t : targets) {
    const Reply r = Get(t);
    ASSERT_EQ(r.status, 200) << t;
    expected.push_back(r.body);
  }
  constexpr int kRequests = 200;
  std::vector<int> status(kRequests, 0);
  std::vector<bool> same(kRequests, false);
  std::vector<double> ms(kRequests, 0);
  std::vector<std::thread> threads;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < kRequests; ++i) {
    threads.emplace_back([&, i] {
      const std::size_t k = static_cast<std::size_t>(i) % targets.size();
      const auto t0 = std::chrono::steady_clock::now();
      const Reply r = Get(targets[k]);
      ms[i] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      status[i] = r.status;
      same[i] = r.body == expected[k];
    });
  }
  for (auto& t : threads) t.join();
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (int i = 0; i < kRequests; ++i) {
    EXPECT_EQ(status[i], 200) << targets[static_cast<std::size_t>(i) % targets.size()];
    EXPECT_TRUE(same[i]) << targets[static_cast<std::size_t>(i) % targets.size()];
  }
  std::sort(ms.begin(), ms.end());
  std::printf("load: %d concurrent requests in %.2f s wall (shared machine): p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
              kRequests, wall, ms[kRequests / 2], ms[kRequests * 99 / 100], ms.back());
  EXPECT_LT(wall, 60.0);
}

}  // namespace
}  // namespace marsad::testing
