#include "marsad/extract/extract.h"

#include "marsad/extract/internal/arabic_date.h"
#include "marsad/extract/internal/extractors.h"
#include "marsad/extract/internal/metadata.h"

namespace marsad::extract {
namespace {

void SetDate(Article& a, const std::optional<CivilDate>& date, const char* source) {
  a.date = date->Iso();
  a.date_source = source;
}

// What the input states (a JSONL field) wins over what the page shows; the WARC-Date, when
// the page was fetched, is the last resort. A stated date that cannot be read is a warning,
// not a silent null.
void ResolveDate(const ingest::Page& page, Article& a) {
  if (page.date) {
    if (auto d = ParseDate(*page.date)) return SetDate(a, d, "jsonl");
    a.warnings.push_back("field \"" + page.date_field + "\": no date in \"" +
                         page.date->substr(0, 80) + "\"");
  }
  if (a.date) return;  // the extractor found one in the page
  if (a.url) {
    if (auto d = FindDateInUrl(*a.url)) return SetDate(a, d, "url");
  }
  if (page.fetch_date) {
    if (auto d = ParseIsoDate(*page.fetch_date)) return SetDate(a, d, "warc");
  }
}

}  // namespace

Article Extract(const ingest::Page& page) {
  Article a;
  a.id = page.id;
  a.source_path = page.source_path;
  a.url = page.url;
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
  // What the input itself says (JSONL title, author) wins over what was extracted.
  if (page.title) a.title = *page.title;
  if (page.author) a.author = *page.author;
  ResolveDate(page, a);
  // The site is the URL's host; a dataset's own name for it ("source") when there is no URL.
  if (!a.site && a.url) a.site = HostOf(*a.url);
  if (!a.site && page.site) a.site = *page.site;
  return a;
}

}  // namespace marsad::extract
