// Runs the built marsad binary for end-to-end tests: exit status, stdout and stderr.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace marsad::testing {

struct CommandResult {
  int status = -1;  // exit status, -1 if killed by a signal
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `marsad ARGS` through the shell (ARGS may hold redirections); stderr is kept in err.
inline CommandResult RunMarsad(const std::string& args) {
  char err_path[] = "/tmp/marsad-test-stderr-XXXXXX";
  const int fd = mkstemp(err_path);
  if (fd >= 0) close(fd);
  const std::string cmd = std::string(MARSAD_BINARY) + " " + args + " 2>" +
                          (fd >= 0 ? std::string(err_path) : std::string("/dev/null"));
  CommandResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 4096> buf{};
  for (std::size_t n; (n = fread(buf.data(), 1, buf.size(), p)) > 0;) r.out.append(buf.data(), n);
  const int status = pclose(p);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (fd >= 0) {
    std::ifstream in(err_path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    r.err = text.str();
    unlink(err_path);
  }
  return r;
}

inline std::string SharedDir() { return MARSAD_SHARED_DIR; }
inline std::string SourceDir() { return MARSAD_SOURCE_DIR; }

}  // namespace marsad::testing
