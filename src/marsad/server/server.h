// marsad/server: `marsad serve` — a JSON API over a marsad database and the web page that reads
// it (Arabic first, right to left), both from one process.
//
//   server::Options options;
//   options.db = "marsad.db";
//   options.port = 0;                               // 0: any free port
//   auto server = server::Server::Start(options);   // opens the store read-only, then listens
//   std::cout << server.value()->url();             // http://127.0.0.1:PORT/
//   server.value()->Stop();
//
// Routes (README "The web page and the API" has curl examples): /api/stats, /api/articles,
// /api/articles/{id}, /api/events, /api/events.tsv, /api/dyads, /api/timeline, /api/actors,
// /api/actors/{code}, /api/search; every other path is the embedded page or 404.
//
// Guarantees: the database is opened read-only (query_only), every value from a request reaches
// SQL as a bound parameter; requests are GET or HEAD only, with bounded URI, parameter and body
// sizes, bounded result pages and response bytes; errors are JSON {"error", "status"} without
// file paths or internals; each request runs on a pool thread with its own connection and read
// and write timeouts, so a slow or huge client occupies one thread for a bounded time.
// The assets (HTML, JS, CSS, font, country shapes) are compiled into the binary: no file is
// read from disk and nothing is fetched from the network.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "marsad/core/core.h"

namespace marsad::server {

struct Options {
  std::string db;                  // SQLite database written by marsad ingest
  std::string host = "127.0.0.1";  // loopback unless said otherwise
  int port = 8080;                 // 0: any free port (see Server::port())
  std::size_t threads = 16;        // requests served at once (and store connections)
  int timeout_seconds = 5;         // to read a request and to write a response
  std::size_t max_response_bytes = 32u << 20;
  bool log_requests = false;       // one line per request on stderr
};

class Server {
 public:
  // Opens the database, binds host:port and starts serving on background threads. An error
  // names the database or the address and the reason.
  static Result<std::unique_ptr<Server>> Start(const Options& options);
  ~Server();  // stops
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  int port() const;
  std::string url() const;  // http://host:port/
  // Stops accepting, finishes the requests in flight and returns. Safe to call twice.
  void Stop();

  struct Impl;

 private:
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad::server
