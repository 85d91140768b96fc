#include "marsad/ingest/internal/http_response.h"

#include <cctype>
#include <charconv>

#include "marsad/ingest/internal/byte_source.h"
#include "marsad/ingest/internal/gzip_stream.h"

namespace marsad::ingest {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

Result<std::string> Dechunk(std::string_view in) {
  std::string out;
  std::size_t i = 0;
  while (i < in.size()) {
    const std::size_t eol = in.find('\n', i);
    if (eol == std::string_view::npos) return Status::Error("truncated chunked body");
    std::string_view size_line = Trim(in.substr(i, eol - i));
    size_line = size_line.substr(0, size_line.find(';'));  // chunk extensions
    std::size_t size = 0;
    auto [p, ec] = std::from_chars(size_line.data(), size_line.data() + size_line.size(), size, 16);
    if (ec != std::errc() || p != size_line.data() + size_line.size())
      return Status::Error("bad chunk size in chunked body");
    i = eol + 1;
    if (size == 0) return out;  // trailers after the last chunk are of no interest
    if (size > in.size() - i) return Status::Error("truncated chunked body");
    if (out.size() + size > kMaxPageBytes) return Status::Error("chunked body too large");
    out.append(in.substr(i, size));
    i += size;
    if (i < in.size() && in[i] == '\r') ++i;  // the CRLF that ends each chunk
    if (i < in.size() && in[i] == '\n') ++i;
  }
  return out;  // no final zero chunk: keep what came
}

}  // namespace

bool IsHtmlMediaType(std::string_view content_type) {
  const std::string type = Lower(Trim(content_type.substr(0, content_type.find(';'))));
  return type == "text/html" || type == "application/xhtml+xml";
}

Result<HttpResponse> ParseHttpResponse(std::string_view block) {
  if (block.substr(0, 5) != "HTTP/") return Status::Error("no HTTP status line");
  HttpResponse r;
  std::size_t eol = block.find('\n');
  if (eol == std::string_view::npos) return Status::Error("truncated HTTP headers");
  const std::string_view status_line = block.substr(0, eol);
  const std::size_t sp = status_line.find(' ');
  if (sp == std::string_view::npos) return Status::Error("bad HTTP status line");
  std::from_chars(status_line.data() + sp + 1, status_line.data() + status_line.size(), r.status);
  std::size_t i = eol + 1;
  for (;;) {
    eol = block.find('\n', i);
    if (eol == std::string_view::npos) return Status::Error("truncated HTTP headers");
    const std::string_view line = Trim(block.substr(i, eol - i));
    i = eol + 1;
    if (line.empty()) break;
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;  // tolerate junk header lines
    const std::string name = Lower(Trim(line.substr(0, colon)));
    const std::string_view value = Trim(line.substr(colon + 1));
    if (name == "content-type") r.content_type = value;
    if (name == "content-encoding") r.content_encoding = Lower(value);
    if (name == "transfer-encoding") r.chunked = Lower(value).find("chunked") != std::string::npos;
  }
  std::string_view body = block.substr(i);
  if (r.chunked) {
    auto plain = Dechunk(body);
    if (!plain.ok()) return plain.status();
    r.body = std::move(plain).value();
  } else {
    r.body = std::string(body);
  }
  if (r.content_encoding == "gzip" || r.content_encoding == "x-gzip" ||
      r.content_encoding == "deflate") {
    auto inflated = InflateAll(r.body, kMaxPageBytes);
    if (!inflated.ok())
      return Status::Error("HTTP body (" + r.content_encoding + "): " + inflated.error());
    r.body = std::move(inflated).value();
  } else if (!r.content_encoding.empty() && r.content_encoding != "identity") {
    return Status::Error("unsupported HTTP Content-Encoding: " + r.content_encoding);
  }
  return r;
}

}  // namespace marsad::ingest
