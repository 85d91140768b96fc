#include "marsad/extract/extract.h"

#include "marsad/extract/internal/extractors.h"

namespace marsad::extract {

Article Extract(const ingest::Page& page) {
  Article a;
  a.id = page.id;
  a.source_path = page.source_path;
  a.url = page.url;
  a.date = page.date;
  a.encoding = page.encoding;
  a.invalid_bytes = page.invalid_bytes;
  a.error = page.error;
  if (page.error) return a;
  switch (page.kind) {
    case ingest::PageKind::kHtml:
      ExtractHtml(page, a);
      break;
    case ingest::PageKind::kTextDump:
      ExtractTextDump(page, a);
      break;
    case ingest::PageKind::kText:
      a.body = page.content;
      break;
  }
  // What the input itself says (JSONL title/date) wins over what was extracted.
  if (page.title) a.title = *page.title;
  if (page.date) a.date = *page.date;
  return a;
}

}  // namespace marsad::extract
