// Internal to ingest: the pages of one opened input (a document, a WARC file, JSON lines).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include "marsad/ingest/ingest.h"

namespace marsad::ingest {

class PageSource {
 public:
  virtual ~PageSource() = default;
  // The next page of this input, or nullopt when it has no more. Never throws.
  virtual std::optional<Page> Next() = 0;
  // Records read that are not pages (WARC requests, metadata, non-HTML responses, ...).
  virtual std::size_t skipped() const { return 0; }
};

class BufferedReader;

// Opens one byte stream as the reader its content calls for: gzip or zstd is unwrapped, then the
// head picks WARC, JSON lines or one document. `name` is the path its messages and the sniffer
// see; `date_field` is JSON lines' date field (ReaderOptions::date_field). PageReader opens
// every file through this, and the container fuzzer feeds it bytes. line_per_page: the stream
// is a filter's input (ReaderOptions::line_per_page).
std::unique_ptr<PageSource> OpenPageSource(std::unique_ptr<BufferedReader> raw,
                                           std::optional<std::string> source_path,
                                           const std::string& name, const std::string& date_field,
                                           bool line_per_page = false);

}  // namespace marsad::ingest
