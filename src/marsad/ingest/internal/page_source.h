// Internal to ingest: the pages of one opened input (a document, a WARC file, JSON lines).
#pragma once

#include <cstddef>
#include <optional>

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

}  // namespace marsad::ingest
