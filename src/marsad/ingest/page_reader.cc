// PageReader: paths → inputs (by content) → pages, one at a time.
#include <memory>

#include "marsad/ingest/internal/byte_source.h"
#include "marsad/ingest/internal/content_sniffer.h"
#include "marsad/ingest/internal/document_reader.h"
#include "marsad/ingest/internal/gzip_stream.h"
#include "marsad/ingest/ingest.h"
#include "marsad/ingest/internal/jsonl_reader.h"
#include "marsad/ingest/internal/page_source.h"
#include "marsad/ingest/internal/path_walker.h"
#include "marsad/ingest/internal/warc_reader.h"
#include "marsad/ingest/internal/zstd_stream.h"

namespace marsad::ingest {
namespace {

// Enough of the head of a stream to tell its format and to parse a first JSON line.
constexpr std::size_t kSniffBytes = 16 * 1024;

// Opens one walked entry as the reader its content calls for.
std::unique_ptr<PageSource> OpenInput(const WalkEntry& entry, const ReaderOptions& options) {
  const bool is_stdin = entry.path == "-";
  std::optional<std::string> source_path;
  if (!is_stdin) source_path = entry.path;
  if (entry.error) return DocumentReader::Failed(source_path, entry.path, *entry.error);
  auto file = FileSource::Open(entry.path);
  if (!file.ok()) return DocumentReader::Failed(source_path, entry.path, file.error());

  return OpenPageSource(std::make_unique<BufferedReader>(std::move(file).value()), source_path,
                        entry.path, options.date_field, is_stdin && options.line_per_page);
}

}  // namespace

std::unique_ptr<PageSource> OpenPageSource(std::unique_ptr<BufferedReader> raw,
                                           std::optional<std::string> source_path,
                                           const std::string& name, const std::string& date_field,
                                           bool line_per_page) {
  const std::string_view magic = raw->Peek(4);
  const bool gzip = IsGzip(magic);
  const bool zstd = IsZstd(magic);
  std::unique_ptr<BufferedReader> in =
      gzip   ? std::make_unique<BufferedReader>(std::make_unique<GzipSource>(std::move(raw)))
      : zstd ? std::make_unique<BufferedReader>(std::make_unique<ZstdSource>(std::move(raw)))
             : std::move(raw);
  // The first line is enough to tell the format, and waiting for more would hold a filter's
  // first record until the writer sends 16 KiB.
  const std::string_view head = in->PeekFirstLine(kSniffBytes);
  // A stream filter's input opening with '{' is JSON lines even when that first line is broken:
  // it becomes one error record, not the whole stream read as one text page.
  // No lines in, no records out: an empty stream is not an "empty file" error there.
  if (line_per_page) {
    const std::size_t first = head.find_first_not_of(" \t\r\n");
    if (head.empty() || (first != std::string_view::npos && head[first] == '{')) {
      return std::make_unique<JsonlReader>(std::move(in), source_path, date_field, true);
    }
  }
  switch (SniffFormat(head, name)) {
    case InputFormat::kWarc:
      return std::make_unique<WarcReader>(std::move(in), source_path, gzip || zstd);
    case InputFormat::kJsonLines:
      return std::make_unique<JsonlReader>(std::move(in), source_path, date_field, line_per_page);
    case InputFormat::kDocument:
      break;
  }
  return std::make_unique<DocumentReader>(std::move(in), source_path, name);
}

Page PageFromJsonLine(std::string_view line, const ReaderOptions& options) {
  JsonlReader reader(
      std::make_unique<BufferedReader>(std::make_unique<MemorySource>(std::string(line))),
      std::nullopt, options.date_field, /*line_per_page=*/true);
  std::optional<Page> page = reader.Next();
  if (page) return std::move(*page);
  Page empty;  // "" has no line at all
  empty.error = "line 1: blank line, not a JSON object";
  empty.id = Hex64(Fnv1a64(*empty.error));
  return empty;
}

struct PageReader::Impl {
  Impl(std::vector<std::string> paths, ReaderOptions options)
      : walker(std::move(paths)), options(std::move(options)) {}
  PathWalker walker;
  ReaderOptions options;
  std::unique_ptr<PageSource> current;
  std::size_t skipped_before = 0;  // skipped records of inputs already finished
  IngestCounts counts;
};

PageReader::PageReader(std::vector<std::string> paths, ReaderOptions options)
    : impl_(std::make_unique<Impl>(std::move(paths), std::move(options))) {}
PageReader::~PageReader() = default;
PageReader::PageReader(PageReader&&) noexcept = default;
PageReader& PageReader::operator=(PageReader&&) noexcept = default;
const IngestCounts& PageReader::counts() const { return impl_->counts; }

std::optional<Page> PageReader::Next() try {
  Impl& s = *impl_;
  for (;;) {
    if (s.current) {
      std::optional<Page> page = s.current->Next();
      s.counts.skipped = s.skipped_before + s.current->skipped();
      if (page) {
        ++s.counts.pages;
        if (page->error) ++s.counts.errors;
        return page;
      }
      s.skipped_before = s.counts.skipped;
      s.current.reset();
    }
    std::optional<WalkEntry> entry = s.walker.Next();
    if (!entry) return std::nullopt;
    ++s.counts.files;
    s.current = OpenInput(*entry, s.options);
  }
} catch (const std::exception& e) {
  // Only allocation failure can get here; the contract is "never throws", so end the stream
  // with an error page rather than take the process down.
  impl_->current.reset();
  Page page;
  page.error = std::string("internal error while reading: ") + e.what();
  page.id = Hex64(Fnv1a64(*page.error));
  ++impl_->counts.pages;
  ++impl_->counts.errors;
  return page;
}

std::vector<std::string> ListFiles(const std::vector<std::string>& paths) {
  PathWalker walker(paths);
  std::vector<std::string> files;
  while (auto entry = walker.Next()) files.push_back(std::move(entry->path));
  return files;
}

}  // namespace marsad::ingest
