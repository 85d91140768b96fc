// Fuzzes charset detection and decoding: BOM, <meta charset>, the HTTP Content-Type hint and
// uchardet, then the conversion to UTF-8. Input: one line of Content-Type (hint), then the page.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "marsad/core/core.h"
#include "marsad/ingest/ingest.h"
#include "marsad/ingest/internal/charset_converter.h"
#include "marsad/ingest/internal/encoding_detector.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t nl = input.find('\n');
  std::optional<std::string> hint;
  std::string_view bytes = input;
  if (nl != std::string_view::npos && nl < 200) {
    hint = marsad::ingest::CharsetFromContentType(input.substr(0, nl));
    bytes = input.substr(nl + 1);
  }
  marsad::ingest::Page page;
  marsad::ingest::DecodeHtml(bytes, hint, page);
  std::string out = page.content;
  if (marsad::SanitizeUtf8(out) != 0) __builtin_trap();  // the decoder must yield valid UTF-8
  (void)marsad::ingest::FindDeclaredCharset(bytes.substr(0, 4096));
  (void)marsad::ingest::ArabicShare(bytes, page.encoding);
  (void)marsad::ingest::ConvertToUtf8(bytes, "windows-1256");
  (void)marsad::ingest::ConvertToUtf8(bytes, "UTF-16LE");
  return 0;
}
