// Internal to ingest: the pages of a WARC file (ISO 28500, WARC/1.0 and 1.1).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "marsad/ingest/internal/byte_source.h"
#include "marsad/ingest/internal/page_source.h"

namespace marsad::ingest {

// Every `response` record whose HTTP payload is an HTML page (2xx, text/html or
// application/xhtml+xml, or no type but HTML markup) becomes a Page with the record's
// WARC-Target-URI as url and the HTTP charset as a hint for decoding. Other records
// (warcinfo, request, metadata, revisit, non-HTML or non-2xx responses) are skipped and
// counted. A damaged record becomes an error page naming its offset; the reader then looks
// for the next "WARC/1." line and goes on, or stops if the stream itself is broken.
// A lying Content-Length cannot swallow good records: a block that is not followed by a record
// (or the end of the stream) but holds a record header line ("WARC/1.0" then a "WARC-" field)
// is reported (its offset and where the next record starts) and reading resumes at that
// header; a block larger than kMaxPageBytes is skipped in 1 MB chunks and ends at such a header
// too (so a WARC record nested in a payload larger than that is cut there). Time is linear in
// the stream; memory is one page (kMaxPageBytes) at most.
class WarcReader final : public PageSource {
 public:
  // source_path: recorded in pages (nullopt for stdin). compressed: offsets are then in the
  // decompressed stream, and messages say so.
  WarcReader(std::unique_ptr<BufferedReader> in, std::optional<std::string> source_path,
             bool compressed);
  std::optional<Page> Next() override;
  std::size_t skipped() const override { return skipped_; }

 private:
  struct Header;
  // Reads the next record header; nullopt at the end. Sets error_page_ on damage.
  std::optional<Header> ReadHeader();
  std::optional<Page> PageFromRecord(const Header& h);
  Page ErrorPage(std::uint64_t offset, const std::string& reason);
  std::string Where(std::uint64_t offset) const;

  std::unique_ptr<BufferedReader> in_;
  std::optional<std::string> source_path_;
  bool compressed_;
  bool done_ = false;
  std::size_t skipped_ = 0;
  std::optional<Page> error_page_;
};

}  // namespace marsad::ingest
