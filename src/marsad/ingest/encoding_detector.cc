#include "marsad/ingest/internal/encoding_detector.h"

#include <uchardet/uchardet.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "marsad/core/core.h"
#include "marsad/ingest/internal/charset_converter.h"

namespace marsad::ingest {
namespace {

// Detection looks at a prefix: enough text for statistics, bounded time on huge pages.
constexpr std::size_t kDetectWindow = 64 * 1024;

bool IEquals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

bool IStartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && IEquals(s.substr(0, prefix.size()), prefix);
}

std::size_t IFind(std::string_view s, std::string_view needle, std::size_t from = 0) {
  for (std::size_t i = from; i + needle.size() <= s.size(); ++i)
    if (IEquals(s.substr(i, needle.size()), needle)) return i;
  return std::string_view::npos;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Reads one attribute of a tag at s[i] (WHATWG "get an attribute", simplified). Returns false
// at the end of the tag.
bool NextAttribute(std::string_view s, std::size_t& i, std::string& name, std::string& value) {
  while (i < s.size() && (IsSpace(s[i]) || s[i] == '/')) ++i;
  if (i >= s.size() || s[i] == '>') return false;
  name.clear();
  value.clear();
  while (i < s.size() && !IsSpace(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/')
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i++])));
  while (i < s.size() && IsSpace(s[i])) ++i;
  if (i >= s.size() || s[i] != '=') return true;
  ++i;
  while (i < s.size() && IsSpace(s[i])) ++i;
  if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
    const char quote = s[i++];
    while (i < s.size() && s[i] != quote) value += s[i++];
    if (i < s.size()) ++i;
  } else {
    while (i < s.size() && !IsSpace(s[i]) && s[i] != '>') value += s[i++];
  }
  return true;
}

std::optional<std::string> CharsetOfMeta(std::string_view s, std::size_t& i) {
  std::string name, value, charset, content;
  bool content_type = false;
  while (NextAttribute(s, i, name, value)) {
    if (name == "charset" && charset.empty()) charset = value;
    if (name == "content" && content.empty()) content = value;
    if (name == "http-equiv" && IEquals(value, "content-type")) content_type = true;
  }
  if (!charset.empty()) return charset;
  if (content_type) return CharsetFromContentType(content);
  return std::nullopt;
}

// Counts of how a byte string reads as UTF-8.
struct Utf8Shape {
  std::size_t multibyte = 0;  // valid sequences of 2+ bytes
  std::size_t invalid = 0;    // bytes that start no valid sequence
};

Utf8Shape ShapeAsUtf8(std::string_view bytes) {
  // A validating walk without decoding (this runs on every page): lead byte, length, and
  // continuation bytes; overlong and surrogate forms count as invalid like in SanitizeUtf8.
  Utf8Shape shape;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  for (std::size_t i = 0; i < n;) {
    const unsigned char b = p[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    if (b >= 0xC2 && b <= 0xDF)
      len = 2;
    else if (b >= 0xE0 && b <= 0xEF)
      len = 3;
    else if (b >= 0xF0 && b <= 0xF4)
      len = 4;
    bool ok = len > 0 && i + len <= n;
    for (std::size_t k = 1; ok && k < len; ++k) ok = (p[i + k] & 0xC0) == 0x80;
    if (ok && len == 3) {
      const unsigned c1 = p[i + 1];
      ok = !(b == 0xE0 && c1 < 0xA0) && !(b == 0xED && c1 >= 0xA0);  // overlong, surrogate
    }
    if (ok && len == 4) {
      const unsigned c1 = p[i + 1];
      ok = !(b == 0xF0 && c1 < 0x90) && !(b == 0xF4 && c1 >= 0x90);  // overlong, > U+10FFFF
    }
    if (ok) {
      ++shape.multibyte;
      i += len;
    } else {
      ++shape.invalid;
      ++i;
    }
  }
  return shape;
}

// UTF-16 without a BOM: one byte of each pair is nearly always 0x00 (ASCII, markup) or 0x06
// (the Arabic block), the other varies.
std::optional<std::string> SniffUtf16Shape(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
  if (n < 64) return std::nullopt;
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    const auto e = static_cast<unsigned char>(bytes[i]);
    const auto o = static_cast<unsigned char>(bytes[i + 1]);
    even += (e == 0x00 || e == 0x06);
    odd += (o == 0x00 || o == 0x06);
  }
  const std::size_t pairs = n / 2;
  if (odd * 10 >= pairs * 9 && even * 10 < pairs * 3) return std::string("UTF-16LE");
  if (even * 10 >= pairs * 9 && odd * 10 < pairs * 3) return std::string("UTF-16BE");
  return std::nullopt;
}

std::string Uchardet(std::string_view bytes) {
  std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> ud(uchardet_new(),
                                                                              uchardet_delete);
  if (!ud) return {};
  if (uchardet_handle_data(ud.get(), bytes.data(), bytes.size()) != 0) return {};
  uchardet_data_end(ud.get());
  const char* name = uchardet_get_charset(ud.get());
  return name != nullptr ? std::string(name) : std::string();
}

bool IsArabicSingleByte(const std::string& e) { return e == "windows-1256" || e == "ISO-8859-6"; }

// Of windows-1256 and ISO-8859-6, the one whose decoding reads as Arabic; with its share.
std::pair<std::string, double> BestArabicSingleByte(std::string_view bytes) {
  const double w = ArabicShare(bytes, "windows-1256");
  const double iso = ArabicShare(bytes, "ISO-8859-6");
  // windows-1256 wins ties: it is by far the more common of the two on the web.
  return iso > w ? std::pair{std::string("ISO-8859-6"), iso}
                 : std::pair{std::string("windows-1256"), w};
}

// A page whose non-ASCII bytes decode to (almost) only Arabic in one of the Arabic code pages
// is in that code page, whatever a Latin declaration or a statistical guess says.
constexpr double kArabicEnough = 0.9;

// Checks a declared encoding against the bytes; returns the encoding to use.
std::string Verify(std::string_view bytes, std::string declared) {
  const Utf8Shape shape = ShapeAsUtf8(bytes.substr(0, kDetectWindow));
  if (declared == "UTF-8") {
    // A few broken sequences in real UTF-8 are kept (and counted); mostly-invalid is a lie.
    if (shape.invalid > 0 && shape.invalid * 4 > shape.multibyte) return DetectEncoding(bytes);
    return declared;
  }
  if (declared.rfind("UTF-16", 0) == 0 || declared.rfind("UTF-32", 0) == 0) {
    // A page whose meta could be read as ASCII is not UTF-16 (HTML standard: use UTF-8).
    return DetectEncoding(bytes);
  }
  if (shape.invalid == 0 && shape.multibyte >= 4) return "UTF-8";
  if (IsArabicSingleByte(declared) || declared == "windows-1252" || declared == "ISO-8859-15") {
    auto [best, share] = BestArabicSingleByte(bytes);
    if (best != declared && share >= kArabicEnough && share > ArabicShare(bytes, declared) + 0.05)
      return best;
  }
  return declared;
}

}  // namespace

std::optional<EncodingChoice> SniffBom(std::string_view b) {
  auto starts = [&](std::string_view magic) { return b.substr(0, magic.size()) == magic; };
  if (starts("\xEF\xBB\xBF")) return EncodingChoice{"UTF-8", 3, "bom"};
  if (starts(std::string_view("\xFF\xFE\x00\x00", 4))) return EncodingChoice{"UTF-32LE", 4, "bom"};
  if (starts(std::string_view("\x00\x00\xFE\xFF", 4))) return EncodingChoice{"UTF-32BE", 4, "bom"};
  if (starts("\xFF\xFE")) return EncodingChoice{"UTF-16LE", 2, "bom"};
  if (starts("\xFE\xFF")) return EncodingChoice{"UTF-16BE", 2, "bom"};
  return std::nullopt;
}

std::optional<std::string> CharsetFromContentType(std::string_view ct) {
  const std::size_t at = IFind(ct, "charset");
  if (at == std::string_view::npos) return std::nullopt;
  std::size_t i = at + 7;
  while (i < ct.size() && IsSpace(ct[i])) ++i;
  if (i >= ct.size() || ct[i] != '=') return std::nullopt;
  ++i;
  while (i < ct.size() && (IsSpace(ct[i]) || ct[i] == '"' || ct[i] == '\'')) ++i;
  std::size_t end = i;
  while (end < ct.size() && !IsSpace(ct[end]) && ct[end] != ';' && ct[end] != '"' &&
         ct[end] != '\'')
    ++end;
  if (end == i) return std::nullopt;
  return std::string(ct.substr(i, end - i));
}

std::optional<std::string> FindDeclaredCharset(std::string_view head) {
  head = head.substr(0, kDeclarationWindow);
  if (IStartsWith(head, "<?xml")) {
    const std::size_t end = head.find("?>");
    const std::string_view decl = head.substr(0, end);
    const std::size_t at = IFind(decl, "encoding");
    if (at != std::string_view::npos) {
      std::size_t i = at + 8;
      while (i < decl.size() && (IsSpace(decl[i]) || decl[i] == '=')) ++i;
      if (i < decl.size() && (decl[i] == '"' || decl[i] == '\'')) {
        const char q = decl[i++];
        const std::size_t close = decl.find(q, i);
        if (close != std::string_view::npos) return std::string(decl.substr(i, close - i));
      }
    }
  }
  for (std::size_t i = 0; i < head.size();) {
    const std::size_t lt = head.find('<', i);
    if (lt == std::string_view::npos) break;
    const std::string_view rest = head.substr(lt);
    if (rest.substr(0, 4) == "<!--") {  // a commented-out meta must not count
      const std::size_t close = head.find("-->", lt + 4);
      if (close == std::string_view::npos) break;
      i = close + 3;
      continue;
    }
    if (IStartsWith(rest, "<meta") && rest.size() > 5 && (IsSpace(rest[5]) || rest[5] == '/')) {
      std::size_t j = lt + 5;
      if (auto cs = CharsetOfMeta(head, j)) return cs;
      i = j;
      continue;
    }
    i = lt + 1;
  }
  return std::nullopt;
}

double ArabicShare(std::string_view bytes, const std::string& encoding) {
  const Utf8Text decoded = ConvertToUtf8(bytes.substr(0, kDetectWindow), encoding);
  std::size_t arabic = 0, other = 0;
  const std::u32string text = ToU32(decoded.text);
  auto ascii_letter = [&](std::size_t i) {
    return i < text.size() && ((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z');
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    if (c < 0x80) continue;
    // Arabic letters sit next to Arabic letters, spaces and punctuation, never inside a
    // Latin word: French "déclaré" in windows-1252 read as ISO-8859-6 gives "dىclarى".
    if (ascii_letter(i + 1) || (i > 0 && ascii_letter(i - 1))) {
      ++other;
      continue;
    }
    // Symbols web pages use in any language (bullets, ©, °, €) say nothing either way.
    if (c == 0x2022 || c == 0x00A9 || c == 0x00AE || c == 0x00B0 || c == 0x00B7 || c == 0x2122 ||
        c == 0x20AC)
      continue;
    // The Arabic block (letters, marks, digits, Persian/Urdu letters windows-1256 also has)
    // and the punctuation Arabic text is typeset with.
    const bool is_arabic = (c >= 0x060C && c <= 0x06FF) || c == 0x00A0 || c == 0x00AB ||
                           c == 0x00BB || c == 0x2013 || c == 0x2014 || c == 0x2018 ||
                           c == 0x2019 || c == 0x201C || c == 0x201D || c == 0x2026 ||
                           (c >= 0x200C && c <= 0x200F);
    (is_arabic ? arabic : other) += 1;
  }
  return arabic + other == 0 ? 0.0 : static_cast<double>(arabic) / (arabic + other);
}

std::string DetectEncoding(std::string_view bytes) {
  const std::string_view window = bytes.substr(0, kDetectWindow);
  // UTF-16 first: Arabic in UTF-16 is all bytes below 0x80 and would pass as "valid UTF-8".
  if (auto utf16 = SniffUtf16Shape(window)) return *utf16;
  const Utf8Shape shape = ShapeAsUtf8(window);
  // Valid UTF-8 with any non-ASCII text is UTF-8 (other encodings almost never validate);
  // mostly-valid UTF-8 is UTF-8 with some broken bytes, which are replaced and counted.
  if (shape.invalid == 0 || shape.invalid * 4 <= shape.multibyte) return "UTF-8";
  auto [arabic, share] = BestArabicSingleByte(window);
  if (share >= kArabicEnough) return arabic;
  const std::string guess = Uchardet(window);
  if (auto canonical = CanonicalEncoding(guess); canonical && !canonical->empty()) {
    if (*canonical == "ASCII" || *canonical == "US-ASCII") return "UTF-8";
    return *canonical;
  }
  // Nothing convincing: an Arabic code page is the best bet for an Arabic news engine, and
  // a share this low will show up as odd characters rather than silently lost text.
  return share > 0.5 ? arabic : "UTF-8";
}

EncodingChoice ChooseEncoding(std::string_view bytes,
                              const std::optional<std::string>& http_charset) {
  if (auto bom = SniffBom(bytes)) return *bom;
  if (auto label = FindDeclaredCharset(bytes)) {
    if (auto canonical = CanonicalEncoding(*label)) return {Verify(bytes, *canonical), 0, "meta"};
  }
  if (http_charset) {
    if (auto canonical = CanonicalEncoding(*http_charset))
      return {Verify(bytes, *canonical), 0, "http"};
  }
  return {DetectEncoding(bytes), 0, "detected"};
}

}  // namespace marsad::ingest
