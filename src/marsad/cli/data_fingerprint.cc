#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "marsad/cli/commands.h"

namespace marsad::cli {

Result<std::string> DataFingerprint(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() != ".md") files.push_back(it->path());
  }
  if (ec) return Status::Error(dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  std::uint64_t h = 14695981039346656037ULL;
  auto mix = [&h](const char* p, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      h ^= static_cast<unsigned char>(p[i]);
      h *= 1099511628211ULL;
    }
  };
  std::vector<char> buf(1 << 16);
  for (const fs::path& f : files) {
    const std::string rel = fs::relative(f, dir).generic_string();
    mix(rel.data(), rel.size() + 1);  // with its NUL: path and content cannot run together
    std::ifstream in(f, std::ios::binary);
    if (!in) return Status::Error(f.string() + ": cannot read");
    while (in.read(buf.data(), static_cast<std::streamsize>(buf.size())) || in.gcount() > 0) {
      mix(buf.data(), static_cast<std::size_t>(in.gcount()));
    }
  }
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
  return std::string(out);
}

}  // namespace marsad::cli
