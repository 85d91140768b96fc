// Progress on stderr for long runs: a bar redrawn in place on a terminal, plain periodic lines
// otherwise; nothing for runs shorter than a couple of seconds. Then the end-of-run summary.
#pragma once

#include <chrono>
#include <string>

#include "marsad/pipeline/pipeline.h"

namespace marsad::cli {

class ProgressReporter {
 public:
  explicit ProgressReporter(std::string verb, bool quiet = false);
  void Update(const pipeline::RunSummary& so_far);
  void Finish(const pipeline::RunSummary& summary);

 private:
  std::string verb_;
  bool quiet_;
  bool terminal_;
  bool drew_bar_ = false;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace marsad::cli
