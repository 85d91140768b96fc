// Fuzzes the JSON-lines reader: arbitrary lines, wrong types, invalid UTF-8, huge numbers.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "marsad/core/core.h"
#include "marsad/ingest/internal/byte_source.h"
#include "marsad/ingest/internal/jsonl_reader.h"

using namespace marsad::ingest;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto in = std::make_unique<BufferedReader>(std::make_unique<MemorySource>(std::move(bytes)));
  JsonlReader reader(std::move(in), "fuzz.jsonl", size % 2 ? "" : "date");
  for (std::size_t i = 0; i <= size + 1; ++i) {
    auto page = reader.Next();
    if (!page) return 0;
    std::string c = page->content;
    if (marsad::SanitizeUtf8(c) != 0) __builtin_trap();
  }
  __builtin_trap();  // more pages than lines
}
