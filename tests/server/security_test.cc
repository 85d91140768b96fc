// Item 5 of issue 16: injection strings in every parameter, path traversal, request limits, no
// internals in answers, slow clients that cannot stall the others.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "marsad/server/internal/api.h"
#include "server/server_fixture.h"

namespace marsad::testing {
namespace {

const std::vector<std::string>& InjectionStrings() {
  static const std::vector<std::string> strings = {
      "' OR '1'='1",
      "\" OR \"\"=\"",
      "1; DROP TABLE events; --",
      "x') UNION SELECT sql, sql, sql, sql, sql, sql FROM sqlite_master --",
      "%", "*", "_", "?1", "\\", "'", "NULL", "1 OR 1=1",
      "إيران' OR 1=1 --",
      "\xff\xfe",   // not UTF-8
      "a\x01" "b",  // control byte
  };
  return strings;
}

// Every route with every parameter it takes.
const std::vector<std::pair<std::string, std::vector<std::string>>>& RoutesAndParams() {
  static const std::vector<std::string> filters = {"actor", "source", "target", "code", "root",
                                                   "quad", "since", "until", "modality", "facts_only"};
  auto with = [](std::vector<std::string> a, std::vector<std::string> b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
  };
  static const std::vector<std::pair<std::string, std::vector<std::string>>> routes = {
      {"/api/articles", {"q", "site", "since", "until", "page", "limit"}},
      {"/api/events", with(filters, {"page", "limit"})},
      {"/api/events.tsv", filters},
      {"/api/dyads", with(filters, {"limit"})},
      {"/api/timeline", with(filters, {"by"})},
      {"/api/actors", with(filters, {"limit"})},
      {"/api/search", {"q", "page", "limit"}},
  };
  return routes;
}

std::int64_t Count(const std::string& what) {
  return Get("/api/stats").json[what].get<std::int64_t>();
}

TEST(Security, InjectionStringsInEveryParameterAreData) {
  const std::int64_t articles = Count("articles"), events = Count("events");
  int requests = 0;
  for (const auto& [route, params] : RoutesAndParams()) {
    for (const auto& param : params) {
      for (const auto& value : InjectionStrings()) {
        const std::string target = route + "?" + param + "=" + UrlEncode(value);
        const Reply r = Get(target);
        ++requests;
        // Refused as a bad value, or answered as text matching nothing: never a server error.
        ASSERT_TRUE(r.status == 200 || r.status == 400) << target << " → " << r.status << " " << r.body;
        if (route != "/api/events.tsv" || r.status != 200) {
          ASSERT_TRUE(r.json.is_object()) << target << ": " << r.body;
        }
        if (r.status == 200 && param == "site") {
          EXPECT_EQ(r.json["total"], 0) << target;
        }
        if (r.status == 200 && param == "q" && route == "/api/articles") {
          EXPECT_LT(r.json["total"].get<std::int64_t>(), articles) << target;
        }
      }
    }
  }
  // Path parameters too.
  for (const auto& value : InjectionStrings()) {
    for (const std::string route : {"/api/articles/", "/api/actors/"}) {
      const Reply r = Get(route + UrlEncode(value));
      ++requests;
      ASSERT_TRUE(r.status == 404 || r.status == 400) << route << value << " → " << r.status;
    }
  }
  EXPECT_GT(requests, 500);
  EXPECT_EQ(Count("articles"), articles);
  EXPECT_EQ(Count("events"), events);
}

TEST(Security, DatabaseIsReadOnly) {
  // The server's connections are query-only: the file is not even opened for writing, so a
  // write lock is free while it serves (ingest could run beside it).
  const auto before = std::filesystem::last_write_time(ServerEnvironment::Get().db());
  Get("/api/stats");
  Get("/api/articles?q=" + UrlEncode("x'); DELETE FROM articles; --"));
  EXPECT_EQ(std::filesystem::last_write_time(ServerEnvironment::Get().db()), before);
  auto r = Get("/api/stats");
  EXPECT_GT(r.json["articles"].get<int>(), 0);
}

TEST(Security, PathTraversalOnStaticRoutesIs404) {
  for (const std::string target :
       {"/../../../../etc/passwd", "/assets/../../../etc/passwd", "/assets/..%2f..%2f..%2fetc%2fpasswd",
        "/%2e%2e/%2e%2e/etc/passwd", "/assets/%2e%2e%2fCMakeLists.txt", "/etc/passwd",
        "/assets//etc/passwd", "/assets/app.js/../../server.h", "/assets/app.js%00.html",
        "/CMakeLists.txt", "/web/src/app.js", "/assets/", "/.git/config", "/..\\..\\etc\\passwd"}) {
    const Reply r = Get(target);
    EXPECT_EQ(r.status, 404) << target;
    EXPECT_EQ(r.body.find("root:"), std::string::npos) << target;
    EXPECT_EQ(r.body.find("cmake_minimum_required"), std::string::npos) << target;
  }
  const Reply page = Get("/");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("dir=\"rtl\""), std::string::npos);
  EXPECT_EQ(Get("/assets/app.js").status, 200);
  EXPECT_EQ(Get("/assets/arabic.ttf").status, 200);
}

TEST(Security, RequestLimits) {
  EXPECT_EQ(Get("/api/articles?q=" + std::string(300, 'a')).status, 400);  // value > 256 bytes
  EXPECT_EQ(Get("/api/articles?q=" + std::string(9000, 'a')).status, 414);  // URI > 8 KiB
  EXPECT_EQ(Get("/api/events?limit=100000").status, 400);                  // page > 500 rows
  httplib::Client client("127.0.0.1", ServerEnvironment::Get().port());
  auto post = client.Post("/api/stats", "{}", "application/json");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  auto huge = client.Post("/api/stats", std::string(1 << 20, 'x'), "text/plain");
  ASSERT_TRUE(huge);
  EXPECT_EQ(huge->status, 413);
  httplib::Headers many;
  many.emplace("X-Padding", std::string(16 * 1024, 'y'));
  auto big_header = client.Get("/api/stats", many);
  EXPECT_TRUE(!big_header || big_header->status >= 400);  // refused or connection closed
  EXPECT_EQ(Get("/api/stats").status, 200);  // and the server goes on
}

TEST(Security, NoPathsOrInternalsInAnswers) {
  const std::string temp = ServerEnvironment::Get().temp_path();
  for (const std::string target :
       {"/api/stats", "/api/articles?limit=500", "/api/events?limit=500", "/api/articles/web-fixture-01",
        "/api/events?actor=x", "/api/nope", "/nope", "/api/search?q=%22", "/api/articles?q=%22%22%22"}) {
    const Reply r = Get(target);
    EXPECT_EQ(r.body.find(temp), std::string::npos) << target;
    EXPECT_EQ(r.body.find(".db"), std::string::npos) << target;
    EXPECT_EQ(r.body.find("sqlite"), std::string::npos) << target;
    EXPECT_EQ(r.body.find("source_path"), std::string::npos) << target;
  }
}

TEST(Security, StoreFailureIsA500WithoutThePath) {
  TempDir dir;
  const std::string db = dir.file("gone.db");
  ASSERT_EQ(RunMarsad("ingest --db " + db + " " + SourceDir() + "/web/tests/fixtures").status, 0);
  auto pool = server::StorePool::Open(db, 2);
  ASSERT_TRUE(pool.ok()) << pool.error();
  auto held = pool.value()->Acquire();  // the open connection is busy...
  ASSERT_TRUE(held.ok());
  std::filesystem::remove_all(dir.path());  // ...and a new one cannot be opened
  const server::ApiResponse r = server::AnswerApi(*pool.value(), "/api/stats", {});
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body.find(dir.path().string()), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("gone.db"), std::string::npos) << r.body;
}

// Opens a connection and sends the start of a request, never its end.
int SlowClient(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) return -1;
  const char partial[] = "GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
  (void)!write(fd, partial, sizeof partial - 1);
  return fd;
}

TEST(Security, SlowClientsDoNotStallOthers) {
  const int port = ServerEnvironment::Get().port();
  std::vector<int> slow;
  for (int i = 0; i < 8; ++i) slow.push_back(SlowClient(port));
  for (int fd : slow) ASSERT_GE(fd, 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 5; ++i) EXPECT_EQ(Get("/api/events?limit=500").status, 200);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(elapsed, std::chrono::seconds(3)) << "requests waited behind the slow clients";
  for (int fd : slow) close(fd);
}

}  // namespace
}  // namespace marsad::testing
