#include <cstdio>
#include <cstdlib>

#include "marsad/core/core.h"

namespace marsad {

const std::string& Status::message() const {
  static const std::string kOk;
  return message_ ? *message_ : kOk;
}

namespace {

// Decodes one code point at text[i]; advances i. Returns U+FFFD (advancing one byte) on an
// invalid, overlong, surrogate or truncated sequence.
char32_t DecodeOne(std::string_view text, std::size_t& i, bool& valid) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  valid = true;
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  }
  if (len == 0 || i + len > text.size()) {
    ++i;
    valid = false;
    return 0xFFFD;
  }
  for (int k = 1; k < len; ++k) {
    const unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80) {
      ++i;
      valid = false;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    valid = false;
    return 0xFFFD;
  }
  i += len;
  return cp;
}

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace

std::u32string ToU32(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  bool valid = true;
  for (std::size_t i = 0; i < utf8.size();) out += DecodeOne(utf8, i, valid);
  return out;
}

std::string ToUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 2);
  for (char32_t c : text) AppendUtf8(out, c);
  return out;
}

std::string ToUtf8(char32_t c) {
  std::string out;
  AppendUtf8(out, c);
  return out;
}

std::size_t CodePointCount(std::string_view utf8) {
  std::size_t n = 0;
  bool valid = true;
  for (std::size_t i = 0; i < utf8.size(); ++n) DecodeOne(utf8, i, valid);
  return n;
}

std::string Substring(std::string_view utf8, Span span) {
  std::size_t cp = 0;
  std::size_t i = 0;
  std::size_t begin = utf8.size();
  bool valid = true;
  while (i < utf8.size() && cp < span.end) {
    if (cp == span.start) begin = i;
    DecodeOne(utf8, i, valid);
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
    const char32_t c = DecodeOne(text, i, valid);
    if (!valid) {
      ++bad;
      AppendUtf8(out, c);
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
