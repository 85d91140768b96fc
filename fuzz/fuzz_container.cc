// Fuzzes the input-format choice as PageReader makes it (gzip/zstd sniffing, then WARC, JSON
// lines or one document) over bytes in memory, and reads every page.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "marsad/core/core.h"
#include "marsad/ingest/internal/byte_source.h"
#include "marsad/ingest/internal/content_sniffer.h"
#include "marsad/ingest/internal/document_reader.h"
#include "marsad/ingest/internal/gzip_stream.h"
#include "marsad/ingest/internal/jsonl_reader.h"
#include "marsad/ingest/internal/warc_reader.h"
#include "marsad/ingest/internal/zstd_stream.h"

using namespace marsad::ingest;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto raw = std::make_unique<BufferedReader>(std::make_unique<MemorySource>(std::move(bytes)));
  const std::string_view magic = raw->Peek(4);
  const bool gzip = IsGzip(magic);
  const bool zstd = IsZstd(magic);
  std::unique_ptr<BufferedReader> in =
      gzip   ? std::make_unique<BufferedReader>(std::make_unique<GzipSource>(std::move(raw)))
      : zstd ? std::make_unique<BufferedReader>(std::make_unique<ZstdSource>(std::move(raw)))
             : std::move(raw);
  const std::string_view head = in->Peek(16 * 1024);
  (void)WhyBinary(head);
  std::unique_ptr<PageSource> source;
  switch (SniffFormat(head, "fuzz.input")) {
    case InputFormat::kWarc:
      source = std::make_unique<WarcReader>(std::move(in), "fuzz.input", gzip || zstd);
      break;
    case InputFormat::kJsonLines:
      source = std::make_unique<JsonlReader>(std::move(in), "fuzz.input");
      break;
    case InputFormat::kDocument:
      source = std::make_unique<DocumentReader>(std::move(in), "fuzz.input", "fuzz.input");
      break;
  }
  for (int i = 0; i < 100000; ++i) {
    auto page = source->Next();
    if (!page) break;
    std::string c = page->content;
    if (marsad::SanitizeUtf8(c) != 0) __builtin_trap();  // pages are UTF-8
  }
  return 0;
}
