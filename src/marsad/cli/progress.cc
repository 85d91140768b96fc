#include "marsad/cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace marsad::cli {

ProgressReporter::ProgressReporter(std::string verb, bool quiet)
    : verb_(std::move(verb)),
      quiet_(quiet),
      terminal_(isatty(STDERR_FILENO) != 0),
      last_(std::chrono::steady_clock::now()) {}

void ProgressReporter::Update(const pipeline::RunSummary& s) {
  if (quiet_ || s.seconds < 2.0) return;
  const auto now = std::chrono::steady_clock::now();
  const double since = std::chrono::duration<double>(now - last_).count();
  if (since < (terminal_ ? 0.2 : 10.0)) return;
  last_ = now;
  const double rate = s.pages / s.seconds;
  if (terminal_) {
    std::fprintf(stderr, "\r%s: %zu pages (%zu failed), %.1f pages/s, %.0fs   ", verb_.c_str(),
                 s.pages, s.failed, rate, s.seconds);
    drew_bar_ = true;
  } else {
    std::fprintf(stderr, "%s: %zu pages so far (%zu failed), %.1f pages/s\n", verb_.c_str(),
                 s.pages, s.failed, rate);
  }
}

void ProgressReporter::Finish(const pipeline::RunSummary& s) {
  if (drew_bar_) std::fputc('\n', stderr);
  if (quiet_) return;
  std::fprintf(stderr,
               "marsad %s: %zu pages read, %zu ok, %zu failed, %zu skipped, %zu duplicates, "
               "%zu events in %.2fs\n",
               verb_.c_str(), s.pages, s.ok, s.failed, s.skipped, s.duplicates, s.events,
               s.seconds);
}

}  // namespace marsad::cli
