// marsad/extract: a decoded page → an Article with title, date, site, author and main text.
//
// HTML pages go through a DOM content scorer (see README.md beside this file); text dumps
// through a line-shape cleaner that drops repeated titles and site furniture; already
// extracted text passes through. Near-duplicate detection links an article to the earliest
// earlier one with (almost) the same text.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "marsad/core/core.h"
#include "marsad/ingest/ingest.h"

namespace marsad::extract {

// Page → Article. Thread-safe, stateless. A page with error set becomes an Article with the
// same error and an empty body.
Article Extract(const ingest::Page& page);

// Near-duplicate detection over a stream of articles (MinHash of 5-word shingles of normalised
// text, LSH banding). Not thread-safe: call in input order from one thread.
class DuplicateFinder {
 public:
  DuplicateFinder();
  ~DuplicateFinder();
  DuplicateFinder(DuplicateFinder&&) noexcept;
  DuplicateFinder& operator=(DuplicateFinder&&) noexcept;

  // The id of the earliest article added before with the same or nearly the same body, if any;
  // then remembers this one (under its own id) for later calls.
  std::optional<std::string> FindAndAdd(const std::string& id, const std::string& body);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad::extract
