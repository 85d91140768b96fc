// Internal to ingest: bytes in a named encoding → UTF-8 with ICU, counting replacements.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace marsad::ingest {

struct Utf8Text {
  std::string text;
  std::size_t invalid = 0;  // byte sequences replaced by U+FFFD
};

// The canonical name marsad records for an encoding label ("cp1256" → "windows-1256",
// "arabic" → "ISO-8859-6", "utf8" → "UTF-8"), or nullopt if neither the WHATWG label list
// nor ICU knows it. Labels that the HTML standard maps elsewhere follow it ("latin1" →
// "windows-1252").
std::optional<std::string> CanonicalEncoding(std::string_view label);

// Converts bytes in `encoding` (a canonical name) to UTF-8. Illegal and unassigned sequences
// become U+FFFD and are counted. An encoding ICU cannot open is treated as UTF-8.
Utf8Text ConvertToUtf8(std::string_view bytes, const std::string& encoding);

}  // namespace marsad::ingest
