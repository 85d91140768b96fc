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

// What the duplicate finder remembers of a body: a hash of its normalised words (exact
// duplicates) and a MinHash signature of its 5-word shingles (near duplicates). A store can
// keep it (512 bytes of minhash) and seed a finder with it for later runs.
struct BodyFingerprint {
  static constexpr std::size_t kHashes = 128;
  std::uint64_t exact = 0;               // 0: empty body
  std::vector<std::uint32_t> minhash;    // kHashes values, or empty when < 5 words
};

// Near-duplicate detection over a stream of articles (MinHash of 5-word shingles of normalised
// text, LSH banding: 32 bands of 4 rows, then a signature-agreement check; two bodies are
// near-duplicates when their estimated shingle Jaccard similarity is at least 0.5, see
// README.md). Not thread-safe: call in input order from one thread. Time per lookup is bounded
// whatever the stream: each LSH bucket keeps its first 32 entries only, so Find compares at most
// 32 bands x 32 signatures; memory is about 600 bytes per article added.
class DuplicateFinder {
 public:
  // The fingerprint of a body (thread-safe, pure).
  static BodyFingerprint Fingerprint(const std::string& body);
  DuplicateFinder();
  ~DuplicateFinder();
  DuplicateFinder(DuplicateFinder&&) noexcept;
  DuplicateFinder& operator=(DuplicateFinder&&) noexcept;

  // The id of the earliest article added before with the same or nearly the same body, if any;
  // then remembers this one (under its own id) for later calls.
  std::optional<std::string> FindAndAdd(const std::string& id, const std::string& body);
  // The same in two steps, for callers that fingerprint on worker threads or keep
  // fingerprints (the store seeds a finder with the articles it already holds by Add()).
  std::optional<std::string> Find(const BodyFingerprint& fp) const;
  void Add(const std::string& id, const BodyFingerprint& fp);

 private:
  struct Impl;
  void Insert(const std::string& id, const BodyFingerprint& fp, std::size_t match);
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad::extract

// Guarantees on hostile input (tests/hostile/, issue 18): time linear (text dumps: n log n in
// the longest line) in the page's bytes, memory a small multiple of the page. Limits: an
// element keeps its first 256 attributes (the rest are dropped before the HTML parser sees
// them, and a warning on the Article names the limit); text nested deeper than 1,000
// elements is kept, joined into the block of the element at that depth.
