// Fuzzes the input-format choice PageReader makes (OpenPageSource: gzip/zstd sniffing, then
// WARC, JSON lines or one document) over bytes in memory, and reads every page.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "marsad/core/core.h"
#include "marsad/ingest/internal/byte_source.h"
#include "marsad/ingest/internal/page_source.h"

using namespace marsad::ingest;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto source = OpenPageSource(
      std::make_unique<BufferedReader>(std::make_unique<MemorySource>(std::move(bytes))),
      "fuzz.input", "fuzz.input", "");
  for (int i = 0; i < 100000; ++i) {
    auto page = source->Next();
    if (!page) break;
    std::string c = page->content;
    if (marsad::SanitizeUtf8(c) != 0) __builtin_trap();  // pages are UTF-8
  }
  return 0;
}
