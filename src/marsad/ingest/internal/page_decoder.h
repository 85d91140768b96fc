// Internal to ingest: bytes of one page → a decoded Page; ids; error pages.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "marsad/ingest/ingest.h"

namespace marsad::ingest {

// Like DecodeHtml, for a page of unknown kind: rejects binary data (error page), and sets
// kind to kHtml or kTextDump by whether the text has markup.
void DecodeDocument(std::string_view bytes, const std::optional<std::string>& http_charset,
                    Page& page);

// Marks page as failed with a reason (no content).
void SetError(Page& page, std::string reason);

// Sets page.id unless the input gave one: a hash of the url (else locator: the path, or the
// path and line/offset of a record) and the content (the error for error pages).
void AssignId(Page& page, std::string_view locator);

}  // namespace marsad::ingest
