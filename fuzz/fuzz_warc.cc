// Fuzzes the WARC reader, plain or (when the input is gzip) through the gzip stream: lying
// Content-Length, damaged headers, HTTP payloads with chunked encoding and charsets.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "marsad/core/core.h"
#include "marsad/ingest/internal/byte_source.h"
#include "marsad/ingest/internal/gzip_stream.h"
#include "marsad/ingest/internal/http_response.h"
#include "marsad/ingest/internal/warc_reader.h"

using namespace marsad::ingest;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  (void)ParseHttpResponse(bytes);
  auto raw = std::make_unique<BufferedReader>(std::make_unique<MemorySource>(std::move(bytes)));
  const bool gzip = IsGzip(raw->Peek(4));
  std::unique_ptr<BufferedReader> in =
      gzip ? std::make_unique<BufferedReader>(std::make_unique<GzipSource>(std::move(raw)))
           : std::move(raw);
  WarcReader reader(std::move(in), "fuzz.warc", gzip);
  for (int i = 0; i < 100000; ++i) {
    auto page = reader.Next();
    if (!page) return 0;
    std::string c = page->content;
    if (marsad::SanitizeUtf8(c) != 0) __builtin_trap();
  }
  return 0;
}
