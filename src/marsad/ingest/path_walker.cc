#include "marsad/ingest/internal/path_walker.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace marsad::ingest {
namespace fs = std::filesystem;

PathWalker::PathWalker(std::vector<std::string> paths) : paths_(std::move(paths)) {}

std::optional<WalkEntry> PathWalker::Visit(const std::string& path, bool explicit_path) {
  std::error_code ec;
  // A path given explicitly is followed even if it is a link; links found in a walk are
  // followed only to files.
  const fs::file_status st = fs::status(path, ec);
  if (ec) {
    if (!explicit_path && fs::is_symlink(fs::symlink_status(path, ec))) {
      return WalkEntry{path, "broken symbolic link"};
    }
    // Let the reader open it and report the system's reason.
    return WalkEntry{path, std::nullopt};
  }
  if (fs::is_directory(st)) {
    if (!explicit_path && fs::is_symlink(fs::symlink_status(path, ec))) return std::nullopt;
    Level level;
    level.dir = path;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] != '.') level.names.push_back(std::move(name));
    }
    if (ec) return WalkEntry{path, "cannot list directory: " + ec.message()};
    std::sort(level.names.begin(), level.names.end());
    stack_.push_back(std::move(level));
    return std::nullopt;
  }
  if (fs::is_regular_file(st) || explicit_path) return WalkEntry{path, std::nullopt};
  return std::nullopt;  // sockets, fifos, devices met in a walk are not pages
}

std::optional<WalkEntry> PathWalker::Next() {
  for (;;) {
    if (!stack_.empty()) {
      Level& top = stack_.back();
      if (top.next >= top.names.size()) {
        stack_.pop_back();
        continue;
      }
      const std::string& dir = top.dir;
      std::string child = dir;
      if (child.empty() || child.back() != '/') child += '/';
      child += top.names[top.next++];
      if (auto entry = Visit(child, false)) return entry;
      continue;
    }
    if (next_path_ >= paths_.size()) return std::nullopt;
    const std::string path = paths_[next_path_++];
    if (path == "-") return WalkEntry{path, std::nullopt};
    if (auto entry = Visit(path, true)) return entry;
  }
}

}  // namespace marsad::ingest
