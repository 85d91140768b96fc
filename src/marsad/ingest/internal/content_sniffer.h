// Internal to ingest: what kind of input a stream holds, judged from its first bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace marsad::ingest {

enum class InputFormat {
  kWarc,       // starts with a "WARC/1.x" version line
  kJsonLines,  // first non-blank line is a JSON object (or the name ends in .jsonl/.ndjson)
  kDocument,   // anything else: one page (HTML or a text dump)
};

// head: the first bytes of the (decompressed) stream; name: the path, for its extension.
InputFormat SniffFormat(std::string_view head, std::string_view name);

// Why head is not text at all (an image, an archive, random bytes), or nullopt if it may be
// text in some encoding. Call after ruling out UTF-16/32, whose ASCII has NUL bytes.
std::optional<std::string> WhyBinary(std::string_view head);

// True if decoded text carries HTML markup (tags), false for a plain-text dump.
bool LooksLikeHtml(std::string_view utf8);

}  // namespace marsad::ingest
