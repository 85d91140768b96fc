#include <cstdio>
#include <cstdlib>

#include "marsad/core/core.h"
#include "marsad/core/internal/utf8_codec.h"

namespace marsad {

const std::string& Status::message() const {
  static const std::string kOk;
  return message_ ? *message_ : kOk;
}

std::u32string ToU32(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) out += utf8::Next(utf8, i);
  return out;
}

std::string ToUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 2);
  for (char32_t c : text) utf8::Append(out, c);
  return out;
}

std::string ToUtf8(char32_t c) {
  std::string out;
  utf8::Append(out, c);
  return out;
}

std::size_t CodePointCount(std::string_view utf8) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < utf8.size(); ++n) utf8::Next(utf8, i);
  return n;
}

std::string Substring(std::string_view utf8, Span span) {
  std::size_t cp = 0;
  std::size_t i = 0;
  std::size_t begin = utf8.size();
  while (i < utf8.size() && cp < span.end) {
    if (cp == span.start) begin = i;
    utf8::Next(utf8, i);
    ++cp;
  }
  if (span.start >= cp && begin == utf8.size()) return {};
  return std::string(utf8.substr(begin, i - begin));
}

std::size_t SanitizeUtf8(std::string& text) {
  std::size_t bad = 0;
  std::string out;
  bool valid = true;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const char32_t c = utf8::Next(text, i, &valid);
    if (!valid) {
      ++bad;
      utf8::Append(out, c);
    } else {
      out.append(text, at, i - at);
    }
  }
  if (bad > 0) text = std::move(out);
  return bad;
}

std::uint64_t Fnv1a64(std::string_view bytes, std::uint64_t seed) {
  std::uint64_t h = seed;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string Hex64(std::uint64_t value) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(value));
  return buf;
}

std::string DataDir() {
  if (const char* env = std::getenv("MARSAD_DATA"); env != nullptr && *env != '\0') return env;
  return MARSAD_DATA_DIR;
}

}  // namespace marsad
