// Internal to ingest: pages given as JSON lines, one object per line.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "marsad/ingest/internal/byte_source.h"
#include "marsad/ingest/internal/page_source.h"

namespace marsad::ingest {

// Each line is {"html": "<raw page>"} or {"text"|"content": "<article body>"}, with optional
// "id" (string or integer), "url", "title", "date" (strings or null). A line that is not
// valid JSON, not an object, has none of the three text fields, or has a field of the wrong
// type becomes an error page naming its line number; the next line is read as usual. Blank
// lines are ignored. Invalid UTF-8 inside a line is replaced (and counted) before parsing.
class JsonlReader final : public PageSource {
 public:
  JsonlReader(std::unique_ptr<BufferedReader> in, std::optional<std::string> source_path);
  std::optional<Page> Next() override;

 private:
  Page PageFromLine(std::string& line);

  std::unique_ptr<BufferedReader> in_;
  std::optional<std::string> source_path_;
  std::size_t line_number_ = 0;
  bool done_ = false;
};

}  // namespace marsad::ingest
