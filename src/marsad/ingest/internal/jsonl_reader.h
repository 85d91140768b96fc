// Internal to ingest: pages given as JSON lines, one object per line.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "marsad/ingest/internal/byte_source.h"
#include "marsad/ingest/internal/page_source.h"

namespace marsad::ingest {

// Each line is {"html": "<raw page>"} or {"text"|"content"|"body": "<article body>"} (the first
// present; "body" is what `marsad extract` writes), with optional "id" (string or integer), "url",
// "title", "source" or "site" (the site), "author" (strings or null) and
// a date: the field named by date_field, else the first of kJsonlDateFields present (a string,
// unparsed, or a number of seconds or milliseconds since 1970). A line that is not
// valid JSON, not an object, has none of the four text fields, or has a field of the wrong
// type becomes an error page naming its line number; the next line is read as usual. Blank
// lines are ignored. Invalid UTF-8 inside a line is replaced (and counted) before parsing.
// A line that is binary data (a NUL byte, or more than one byte in eight not UTF-8) and not
// JSON ends the file: one error page names the line and the bytes skipped after it, so a
// binary file named .jsonl gives one error, not one per "line" of noise. With line_per_page
// (a stream filter's stdin) every line gives exactly one page: a blank line and a binary line
// are error pages, and reading goes on.
class JsonlReader final : public PageSource {
 public:
  JsonlReader(std::unique_ptr<BufferedReader> in, std::optional<std::string> source_path,
              std::string date_field = {}, bool line_per_page = false);
  std::optional<Page> Next() override;

 private:
  Page PageFromLine(std::string& line);

  std::unique_ptr<BufferedReader> in_;
  std::optional<std::string> source_path_;
  std::string date_field_;
  bool line_per_page_ = false;
  std::size_t line_number_ = 0;
  bool done_ = false;
  bool binary_ = false;  // PageFromLine met binary data: the rest of the file is skipped
};

}  // namespace marsad::ingest
