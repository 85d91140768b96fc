// marsad/ingest: turns paths (files, directories, "-") into decoded pages, one at a time.
//
// Inputs are recognised by content, not only by extension: HTML (optionally .gz), plain-text
// dumps of scraped pages, WARC (.warc, .warc.gz, multi-member gzip) and JSON lines. Every page
// comes out as UTF-8 with the source encoding recorded. A bad input never stops the stream: it
// yields a Page with `error` set, naming the input and the reason.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "marsad/core/core.h"

namespace marsad::ingest {

enum class PageKind {
  kHtml,      // `content` is an HTML document (decoded to UTF-8)
  kTextDump,  // `content` is a plain-text dump of a scraped page (title lines, furniture mixed in)
  kText,      // `content` is an already-extracted article body (JSONL `text`/`content`)
};

struct Page {
  std::string id;                          // stable: JSONL id, else hash of url-or-path + content
  std::optional<std::string> source_path;  // nullopt for stdin
  std::optional<std::string> url;
  std::optional<std::string> title;  // given by the input (JSONL), not extracted
  // The publication date as the input states it, unparsed ("2015-07-21 02:51:32", "الثلاثاء
  // 21 يوليو 2015"), from the JSONL field named by date_field; extract reads it.
  std::optional<std::string> date;
  std::string date_field;                 // "date_extracted", ...; empty when no date is given
  std::optional<std::string> fetch_date;  // WARC-Date: when the page was fetched (last resort)
  std::optional<std::string> site;        // given by the input (JSONL "source")
  std::optional<std::string> author;      // given by the input (JSONL "author")
  PageKind kind = PageKind::kHtml;
  std::string encoding;  // source encoding, e.g. "UTF-8", "windows-1256", "ISO-8859-6", "UTF-16LE"
  std::string content;   // UTF-8
  std::size_t invalid_bytes = 0;     // byte sequences replaced while decoding
  std::optional<std::string> error;  // set when the input could not be read or decoded
};

// Counters for the end-of-run summary.
struct IngestCounts {
  std::size_t files = 0;          // files opened
  std::size_t pages = 0;          // pages yielded (including error pages)
  std::size_t skipped = 0;        // records that are not pages (WARC request/metadata, ...)
  std::size_t errors = 0;         // pages yielded with error set
};

// How inputs are read. date_field names the JSONL field that holds the publication date; when
// empty, the first present of kJsonlDateFields is used.
struct ReaderOptions {
  std::string date_field;
  // stdin as a stream filter's input (`marsad code -`): when it opens with '{' it is JSON lines
  // even if that first line is broken, and every line gives exactly one page — a blank line or
  // a line of binary noise is an error page of its own instead of being skipped or ending the
  // input — so that records out match lines in one for one.
  bool line_per_page = false;
};
// JSONL fields read as the publication date, in order of preference: what the site states
// before when a crawler fetched the page.
inline constexpr const char* kJsonlDateFields[] = {
    "date", "datePublished", "date_published", "published", "published_at", "publishedAt",
    "pubDate", "pub_date", "publish_date", "created_at", "date_extracted"};

// Streams the pages of a list of paths in a stable order: the paths in the order given,
// directories walked recursively in byte-wise sorted order, records of a file in file order.
// Memory is bounded by the largest single page.
class PageReader {
 public:
  explicit PageReader(std::vector<std::string> paths, ReaderOptions options = {});
  ~PageReader();
  PageReader(PageReader&&) noexcept;
  PageReader& operator=(PageReader&&) noexcept;

  // Next page, or nullopt at the end. Never throws.
  std::optional<Page> Next();
  const IngestCounts& counts() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The files a PageReader over `paths` opens, in the order it opens them (directories walked
// as above; a path that cannot be listed or read is in the list, for the reader to report).
// Reading them one after another, in this order, gives the pages the reader gives: for callers
// that split the work across processes (python3 -m marsad.dask).
std::vector<std::string> ListFiles(const std::vector<std::string>& paths);

// One JSON-lines record (an object with html or text, optional id, url, title, date, ...) as
// the page `marsad code -` reads from that line alone: the same fields, date, id and errors
// ("line 1: ..."). For bindings that hand pages over one at a time (the Python module).
Page PageFromJsonLine(std::string_view line, const ReaderOptions& options = {});

// Decodes raw bytes of an HTML page to UTF-8: BOM, then <meta charset>/http-equiv, then the
// HTTP charset hint if any, then detection. Sets page.encoding, page.content, invalid_bytes.
// Exposed for tests and for readers of other containers.
void DecodeHtml(std::string_view bytes, const std::optional<std::string>& http_charset, Page& page);

}  // namespace marsad::ingest

// Guarantees on hostile input (tests/hostile/, issue 18): time linear in the bytes read; memory
// one page in flight (kMaxPageBytes, 64 MB, after decompression; larger pages and lines are
// error pages naming the limit). Only regular files and "-" (stdin) are read: a FIFO, device or
// socket named on the command line is an error page at once, never a hang. A WARC record
// whose Content-Length lies is one error page and reading resumes at the next record header;
// a binary file named .jsonl is one error page, not one per line of noise.
