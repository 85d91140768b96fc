// marsad serve: the web page and JSON API over a database, until SIGINT or SIGTERM.
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <memory>
#include <string>

#include "marsad/cli/commands.h"
#include "marsad/server/server.h"

namespace marsad::cli {
namespace {

int RunServe(const server::Options& options) {
  if (access(options.db.c_str(), F_OK) != 0) {
    std::fprintf(stderr, "marsad serve: %s: no such database (create it with marsad ingest --db %s PATH...)\n",
                 options.db.c_str(), options.db.c_str());
    return 2;
  }
  // Block the stop signals in every thread (the server's threads inherit the mask), then wait
  // for one here: no work in a signal handler.
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop, nullptr);
  auto server = server::Server::Start(options);
  if (!server.ok()) {
    std::fprintf(stderr, "marsad serve: %s\n", server.error().c_str());
    return 2;
  }
  // Tests and scripts read the URL from this line (with --port 0 it names the port chosen).
  std::fprintf(stderr, "marsad serve: listening on %s (database %s, read-only; Ctrl-C stops)\n",
               server.value()->url().c_str(), options.db.c_str());
  std::fflush(stderr);
  int signal = 0;
  sigwait(&stop, &signal);
  server.value()->Stop();
  std::fprintf(stderr, "marsad serve: stopped\n");
  return 0;
}

}  // namespace

void RegisterServeCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<server::Options>();
  CLI::App* cmd = app.add_subcommand(
      "serve",
      "Serve the web page (Arabic first, with an English toggle) and the JSON API over a "
      "database: search articles, read them with entities and events marked, follow a dyad "
      "over time, see the actor network and a map of event places. The database is opened "
      "read-only; the server listens on 127.0.0.1 unless --host says otherwise.");
  cmd->footer(
      "Examples:\n"
      "  marsad serve --db marsad.db                 # then open http://127.0.0.1:8080/\n"
      "  marsad serve --db marsad.db --port 9000\n"
      "  marsad serve --db marsad.db --port 0        # any free port, named on stderr\n"
      "  curl 'http://127.0.0.1:8080/api/events?actor=SYR&root=19&limit=10'\n"
      "The routes are in the README (\"The web page and the API\").\n");
  cmd->add_option("--db", options->db, "SQLite database written by marsad ingest")->required();
  cmd->add_option("--port", options->port, "TCP port (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--host", options->host,
                  "address to listen on; anything but loopback exposes the database to the network")
      ->capture_default_str();
  cmd->add_option("--threads", options->threads, "requests served at once")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  cmd->add_flag("--log", options->log_requests, "one line per request on stderr");
  cmd->callback([=] { *exit_code = RunServe(*options); });
}

}  // namespace marsad::cli
