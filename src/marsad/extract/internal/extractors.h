// Internal to the extract stage: one extractor per page kind, dispatched by Extract().
#pragma once

#include "marsad/core/core.h"
#include "marsad/ingest/ingest.h"

namespace marsad::extract {

// HTML → title, body, metadata (html_extractor.cc).
void ExtractHtml(const ingest::Page& page, Article& article);
// Plain-text dump of a scraped page → title once, body without furniture, site (text_dump.cc).
void ExtractTextDump(const ingest::Page& page, Article& article);

}  // namespace marsad::extract
