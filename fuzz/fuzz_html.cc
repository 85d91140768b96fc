// Fuzzes extraction: the first byte picks the page kind (HTML, text dump, extracted text), the
// rest is decoded as a page would be and extracted (DOM scorer, metadata, dates, dump cleaner),
// then the body goes through the duplicate finder.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "marsad/core/core.h"
#include "marsad/extract/extract.h"
#include "marsad/ingest/ingest.h"

using namespace marsad;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  ingest::Page page;
  page.id = "fuzz";
  page.url = "https://example.com/a/1";
  switch (data[0] % 4) {
    case 0:
    case 1:
      ingest::DecodeHtml(bytes, std::nullopt, page);
      page.kind = ingest::PageKind::kHtml;
      break;
    case 2:
      page.content.assign(bytes);
      SanitizeUtf8(page.content);
      page.kind = ingest::PageKind::kTextDump;
      break;
    default:
      page.content.assign(bytes);
      SanitizeUtf8(page.content);
      page.kind = ingest::PageKind::kText;
      page.date = "2015-07-21 02:51:32";
      page.date_field = "date";
      break;
  }
  Article article = extract::Extract(page);
  std::string body = article.body;
  if (SanitizeUtf8(body) != 0) __builtin_trap();  // bodies are UTF-8
  extract::DuplicateFinder finder;
  (void)finder.FindAndAdd("a", article.body);
  if (!finder.FindAndAdd("b", article.body) && !article.body.empty()) {
    // the same body twice must be found, unless it has no words
    if (extract::DuplicateFinder::Fingerprint(article.body).exact != 0) __builtin_trap();
  }
  return 0;
}
