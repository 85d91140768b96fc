#include "marsad/ingest/internal/content_sniffer.h"

#include <array>
#include <cctype>
#include <nlohmann/json.hpp>

namespace marsad::ingest {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view StripCompression(std::string_view name) {
  for (std::string_view ext : {".gz", ".zst"})
    if (EndsWith(name, ext)) return name.substr(0, name.size() - ext.size());
  return name;
}

bool IsHtmlTagName(std::string_view name) {
  static constexpr std::array<std::string_view, 40> kTags{
      "html", "head", "body",  "title",  "meta",    "link",    "script", "style",
      "div",  "span", "p",     "a",      "br",      "hr",      "img",    "ul",
      "ol",   "li",   "table", "tr",     "td",      "th",      "h1",     "h2",
      "h3",   "h4",   "h5",    "h6",     "article", "section", "header", "footer",
      "nav",  "main", "aside", "figure", "strong",  "em",      "b",      "i"};
  for (std::string_view t : kTags)
    if (name == t) return true;
  return false;
}

}  // namespace

InputFormat SniffFormat(std::string_view head, std::string_view name) {
  if (head.substr(0, 7) == "WARC/1.") return InputFormat::kWarc;
  const std::string_view base = StripCompression(name);
  if (EndsWith(base, ".jsonl") || EndsWith(base, ".ndjson")) return InputFormat::kJsonLines;
  std::size_t i = 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  if (i >= head.size() || head[i] != '{') return InputFormat::kDocument;
  // A '{' could open a text dump; a first line that parses as a JSON object cannot.
  const std::size_t nl = head.find('\n', i);
  if (nl == std::string_view::npos) {
    // The first line does not fit in the head: JSON lines with a long first record.
    return head.size() >= 4096 ? InputFormat::kJsonLines
                               : (nlohmann::json::accept(head.substr(i)) ? InputFormat::kJsonLines
                                                                         : InputFormat::kDocument);
  }
  return nlohmann::json::accept(head.substr(i, nl - i)) ? InputFormat::kJsonLines
                                                        : InputFormat::kDocument;
}

std::optional<std::string> WhyBinary(std::string_view head) {
  auto starts = [&](std::string_view magic) { return head.substr(0, magic.size()) == magic; };
  if (starts("\x89PNG")) return "binary data (PNG image), not a page";
  if (starts("\xFF\xD8\xFF")) return "binary data (JPEG image), not a page";
  if (starts("GIF8")) return "binary data (GIF image), not a page";
  if (starts("%PDF")) return "binary data (PDF document), not a page";
  if (starts("PK\x03\x04")) return "binary data (ZIP archive), not a page";
  if (starts("\x7F"
             "ELF"))
    return "binary data (executable), not a page";
  if (starts("\x28\xB5\x2F\xFD")) return "zstd-compressed data, not supported: decompress first";
  // Text in any encoding marsad reads has no NUL and almost no C0 controls besides
  // tab, newline, carriage return, form feed and escape.
  std::size_t control = 0;
  for (unsigned char c : head)
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F)
      ++control;
  if (control > 0 && control * 100 >= head.size()) {
    return "binary data (" + std::to_string(control) + " control bytes in the first " +
           std::to_string(head.size()) + "), not a text page";
  }
  return std::nullopt;
}

bool LooksLikeHtml(std::string_view s) {
  // Count things shaped like tags with HTML names: "<p>", "</div>", "<a href=…>". A dump
  // that mentions "<" in prose does not reach two of them.
  int tags = 0;
  for (std::size_t i = s.find('<'); i != std::string_view::npos && i + 1 < s.size();
       i = s.find('<', i + 1)) {
    std::size_t j = i + 1;
    if (s[j] == '!') {
      if (s.substr(j, 8) == "!DOCTYPE" || s.substr(j, 8) == "!doctype") return true;
      continue;
    }
    if (s[j] == '/') ++j;
    std::string name;
    while (j < s.size() && name.size() < 10 && std::isalnum(static_cast<unsigned char>(s[j])))
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(s[j++])));
    if (j >= s.size() || !(s[j] == '>' || s[j] == ' ' || s[j] == '/' || s[j] == '\n' ||
                           s[j] == '\t' || s[j] == '\r'))
      continue;
    if (IsHtmlTagName(name) && ++tags >= 2) return true;
    if (name == "html" || name == "body") return true;
  }
  return false;
}

}  // namespace marsad::ingest
