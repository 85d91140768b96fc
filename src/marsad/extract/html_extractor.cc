// Placeholder (foundation skeleton): the page's bytes as body. Replaced by the DOM scorer.
#include "marsad/extract/extractors.h"

namespace marsad::extract {

void ExtractHtml(const ingest::Page& page, Article& article) { article.body = page.content; }

}  // namespace marsad::extract
