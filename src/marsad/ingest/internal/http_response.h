// Internal to ingest: the HTTP response stored in a WARC `response` record.
#pragma once

#include <string>
#include <string_view>

#include "marsad/core/core.h"

namespace marsad::ingest {

struct HttpResponse {
  int status = 0;
  std::string content_type;      // as sent, e.g. "text/html; charset=windows-1256"
  std::string content_encoding;  // "gzip", "deflate", "br" or empty
  bool chunked = false;          // Transfer-Encoding: chunked (crawlers often keep it)
  std::string body;              // de-chunked and decompressed
};

// Parses status line, headers and body; undoes chunking and gzip/deflate content coding.
// An error says what is wrong ("no HTTP status line", "bad chunk size", ...).
Result<HttpResponse> ParseHttpResponse(std::string_view block);

// True for text/html and application/xhtml+xml (the media types that are pages).
bool IsHtmlMediaType(std::string_view content_type);

}  // namespace marsad::ingest
