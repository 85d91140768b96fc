// A marsad serve instance for the API tests: a database ingested by the built binary from
// samples/ and web/tests/fixtures/ (Arabic sentences written for these tests), served in
// process on a free loopback port, once per test binary.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "marsad/server/server.h"
#include "support/ingest_fixtures.h"
#include "support/run_marsad.h"

namespace marsad::testing {

class ServerEnvironment {
 public:
  static ServerEnvironment& Get() {
    static ServerEnvironment env;
    return env;
  }
  const std::string& db() const { return db_; }
  int port() const { return server_->port(); }
  const std::string& temp_path() const { return temp_path_; }

 private:
  ServerEnvironment() : temp_(std::make_unique<TempDir>()) {
    temp_path_ = temp_->path().string();
    db_ = temp_->file("served.db");
    const auto ingest = RunMarsad("ingest --db " + db_ + " " + SourceDir() + "/samples " +
                                  SourceDir() + "/web/tests/fixtures");
    if (ingest.status != 0) {
      ADD_FAILURE() << "ingest exited " << ingest.status;
    }
    server::Options options;
    options.db = db_;
    options.port = 0;
    auto started = server::Server::Start(options);
    if (!started.ok()) {
      ADD_FAILURE() << started.error();
      std::abort();
    }
    server_ = std::move(started.value());
  }
  std::unique_ptr<TempDir> temp_;
  std::string temp_path_;
  std::string db_;
  std::unique_ptr<server::Server> server_;
};

struct Reply {
  int status = 0;
  std::string body;
  nlohmann::json json;  // parsed body, or discarded when not JSON
  httplib::Headers headers;
};

inline Reply Get(const std::string& target) {
  httplib::Client client("127.0.0.1", ServerEnvironment::Get().port());
  client.set_connection_timeout(10, 0);
  client.set_read_timeout(20, 0);
  auto res = client.Get(target.c_str());
  Reply r;
  if (!res) return r;
  r.status = res->status;
  r.body = res->body;
  r.headers = res->headers;
  r.json = nlohmann::json::parse(r.body, nullptr, false);
  return r;
}

// Percent-encodes a query value (Arabic, quotes, spaces, everything but unreserved bytes).
inline std::string UrlEncode(const std::string& value) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : value) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace marsad::testing
