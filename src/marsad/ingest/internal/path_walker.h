// Internal to ingest: the files named by a list of paths, directories walked lazily.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace marsad::ingest {

struct WalkEntry {
  std::string path;                  // as given, or joined below a given directory; "-" = stdin
  std::optional<std::string> error;  // set when the path cannot be listed or is not a file
};

// Yields the paths in the order given; a directory yields its files recursively, each
// directory's entries in byte-wise order of their names (so "a/z" comes before "a.txt"),
// without following symbolic links to directories (no cycles) and skipping names that start
// with "." (.git, editor files). Memory: one sorted listing per directory level.
class PathWalker {
 public:
  explicit PathWalker(std::vector<std::string> paths);
  std::optional<WalkEntry> Next();

 private:
  struct Level {
    std::vector<std::string> names;  // sorted
    std::string dir;
    std::size_t next = 0;
  };
  std::optional<WalkEntry> Visit(const std::string& path, bool explicit_path);

  std::vector<std::string> paths_;
  std::size_t next_path_ = 0;
  std::vector<Level> stack_;
};

}  // namespace marsad::ingest
