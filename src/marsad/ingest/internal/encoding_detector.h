// Internal to ingest: which encoding a page's bytes are in.
//
// Order: a byte-order mark; then what the page declares (<meta charset>, http-equiv,
// <?xml encoding?>) in its first kDeclarationWindow bytes; then the HTTP charset hint; then
// detection. A declaration is checked against the bytes before it is believed: pages that
// say UTF-8 but are not, or say windows-1256 but are valid UTF-8, are common on Arabic sites.
// Detection prefers certainty (valid UTF-8, UTF-16 shape) over statistics (uchardet), and
// settles windows-1256 vs ISO-8859-6 — which uchardet confuses and ICU's detector reads as
// Latin-1 — by decoding with both and scoring how Arabic the result is.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace marsad::ingest {

inline constexpr std::size_t kDeclarationWindow = 8192;

struct EncodingChoice {
  std::string encoding;      // canonical name: "UTF-8", "windows-1256", "UTF-16LE", ...
  std::size_t bom_size = 0;  // bytes of byte-order mark to drop before converting
  std::string how;           // "bom", "meta", "http", "detected": why (for tests and debugging)
};

// The encoding named by a byte-order mark at the start of bytes, if any.
std::optional<EncodingChoice> SniffBom(std::string_view bytes);
// The charset label an HTML/XML page declares in its head (raw label, not canonical).
std::optional<std::string> FindDeclaredCharset(std::string_view head);
// The charset parameter of a Content-Type value ("text/html; charset=windows-1256").
std::optional<std::string> CharsetFromContentType(std::string_view content_type);
// Detection without any declaration.
std::string DetectEncoding(std::string_view bytes);
// The whole decision for a page.
EncodingChoice ChooseEncoding(std::string_view bytes,
                              const std::optional<std::string>& http_charset);

// How Arabic a single-byte decoding looks: among the non-ASCII characters it produces, the
// share that are Arabic letters, marks or punctuation (0 when there are none).
double ArabicShare(std::string_view bytes, const std::string& encoding);

}  // namespace marsad::ingest
