// Runs the built marsad binary for end-to-end tests: exit status and stdout.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace marsad::testing {

struct CommandResult {
  int status = -1;  // exit status, -1 if killed by a signal
  std::string out;  // stdout
};

// Runs `marsad ARGS` through the shell (ARGS may hold redirections); stderr is discarded.
inline CommandResult RunMarsad(const std::string& args) {
  const std::string cmd = std::string(MARSAD_BINARY) + " " + args + " 2>/dev/null";
  CommandResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 4096> buf{};
  for (std::size_t n; (n = fread(buf.data(), 1, buf.size(), p)) > 0;) r.out.append(buf.data(), n);
  const int status = pclose(p);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

inline std::string SharedDir() { return MARSAD_SHARED_DIR; }
inline std::string SourceDir() { return MARSAD_SOURCE_DIR; }

}  // namespace marsad::testing
