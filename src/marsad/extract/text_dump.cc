// Placeholder (foundation skeleton): the dump as body. Replaced by the line-shape cleaner.
#include "marsad/extract/extractors.h"

namespace marsad::extract {

void ExtractTextDump(const ingest::Page& page, Article& article) { article.body = page.content; }

}  // namespace marsad::extract
