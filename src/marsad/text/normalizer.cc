// Normalizer: one pass over the code points, each mapped through a table compiled from the
// options. Characters below U+0800 (ASCII, Latin, Arabic, Arabic Supplement) are one table
// look-up; the rest (controls, presentation forms, other compatibility characters) take a
// slower path through ICU's NFKC, which is rare in news text.
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <unordered_map>

#include "marsad/text/internal/arabic_chars.h"
#include "marsad/text/text.h"
#include "marsad/core/internal/utf8_codec.h"

namespace marsad::text {
namespace {

constexpr char32_t kDrop = 0x110000;  // table value: the character is removed
constexpr char32_t kSlow = 0x110001;  // table value: NFKC changes it; use the slow path

const icu::Normalizer2* Nfkc() {
  static const icu::Normalizer2* nfkc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return nfkc;
}

// NFKC of one code point, or an empty string when NFKC leaves it unchanged.
std::u32string NfkcOf(char32_t c) {
  const icu::Normalizer2* nfkc = Nfkc();
  if (nfkc == nullptr || nfkc->isInert(static_cast<UChar32>(c))) return {};
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString in(static_cast<UChar32>(c));
  icu::UnicodeString out = nfkc->normalize(in, status);
  if (U_FAILURE(status) || out == in) return {};
  std::u32string result;
  for (int32_t i = 0; i < out.length();) {
    const UChar32 cp = out.char32At(i);
    result.push_back(static_cast<char32_t>(cp));
    i += U16_LENGTH(cp);
  }
  return result;
}

// NFKC results for the blocks where they matter (Latin-1, Arabic, Arabic presentation forms
// A and B), computed once per process: presentation forms are whole pages of old PDFs, so
// they must not cost an ICU call each.
const std::unordered_map<char32_t, std::u32string>& NfkcTable() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<char32_t, std::u32string>();
    auto add = [t](char32_t from, char32_t to) {
      for (char32_t c = from; c <= to; ++c) {
        std::u32string n = NfkcOf(c);
        if (!n.empty()) t->emplace(c, std::move(n));
      }
    };
    add(0x00A0, 0x07FF);
    add(0xFB50, 0xFDFF);
    add(0xFE70, 0xFEFF);
    return t;
  }();
  return *table;
}

bool InNfkcTableRange(char32_t c) {
  return c < 0x800 || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

}  // namespace

Span NormalizedText::OriginalSpan(Span n) const {
  if (to_original.empty()) return {};
  const std::size_t last = to_original.size() - 1;
  const std::size_t a = std::min(n.start, last);
  const std::size_t b = std::min(std::max(n.end, a), last);
  std::size_t start = to_original[a];
  std::size_t end = to_original[b];
  // b ends inside a one-to-many expansion (ﻻ → لا): keep the whole original character.
  if (b > a && end <= to_original[b - 1]) end = to_original[b - 1] + 1;
  return {start, std::max(start, end)};
}

char32_t Normalizer::MapSimple(char32_t c) const {
  const NormalizeOptions& o = options_;
  if (o.remove_controls && chars::IsInvisibleControl(c)) return kDrop;
  if (o.remove_tashkeel && chars::IsTashkeel(c)) return kDrop;
  if (o.remove_tatweel && chars::IsTatweel(c)) return kDrop;
  if (o.unify_alef &&
      (c == U'أ' || c == U'إ' || c == U'آ' || c == U'ٱ' || c == 0x0672 || c == 0x0673)) {
    return U'ا';
  }
  if (o.alef_maqsura_to_ya && c == U'ى') return U'ي';
  if (o.ta_marbuta_to_ha && c == U'ة') return U'ه';
  if (o.persian_letters) {
    switch (c) {
      case U'ی':
      case U'ې':
      case U'ۍ':
        return o.alef_maqsura_to_ya ? U'ي' : U'ى';  // Farsi yeh
      case U'ک':
      case U'ڪ':
        return U'ك';
      case U'ە':
      case U'ہ':
      case U'ھ':
        return U'ه';
      case U'ۀ':
        return U'ه';
      case U'ۃ':
        return o.ta_marbuta_to_ha ? U'ه' : U'ة';
      default:
        break;
    }
  }
  if (o.ascii_digits) {
    const int d = chars::IsArabicIndicDigit(c) ? chars::DigitValue(c) : -1;
    if (d >= 0) return static_cast<char32_t>(U'0' + d);
    if (c == U'٫') return U'.';  // Arabic decimal separator
    if (c == U'٬') return U',';  // Arabic thousands separator
    if (c == U'٪') return U'%';
  }
  if (o.lowercase_latin && ((c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7))) {
    return c + 0x20;
  }
  return c;
}

Normalizer::Normalizer(const NormalizeOptions& options) : options_(options), table_(kTableSize) {
  const auto* nfkc = options_.nfkc ? &NfkcTable() : nullptr;
  for (char32_t c = 0; c < kTableSize; ++c) {
    const char32_t m = MapSimple(c);
    table_[c] = (m != kDrop && nfkc != nullptr && nfkc->count(c) != 0) ? kSlow : m;
  }
}

template <typename Emit>
void Normalizer::EmitSlow(char32_t c, std::size_t at, Emit& emit) const {
  std::u32string expanded;
  if (InNfkcTableRange(c)) {
    const auto& table = NfkcTable();
    auto it = table.find(c);
    if (it != table.end()) expanded = it->second;
  } else {
    expanded = NfkcOf(c);
  }
  if (expanded.empty()) expanded.push_back(c);
  for (char32_t e : expanded) {
    const char32_t m = MapSimple(e);
    if (m != kDrop) emit(m, at);
  }
}

template <typename Emit>
void Normalizer::Run(std::u32string_view text, Emit&& emit) const {
  const char32_t* table = table_.data();
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    if (c < kTableSize) {
      const char32_t m = table[c];
      if (m < kDrop) {
        emit(m, i);
      } else if (m == kSlow) {
        EmitSlow(c, i, emit);
      }
      continue;
    }
    if (options_.remove_controls && chars::IsInvisibleControl(c)) continue;
    if (options_.nfkc) {
      EmitSlow(c, i, emit);  // ICU's isInert() answers quickly for the usual characters
      continue;
    }
    const char32_t m = MapSimple(c);
    if (m != kDrop) emit(m, i);
  }
}

NormalizedText Normalizer::Normalize(std::u32string_view original) const {
  NormalizedText n;
  n.text.reserve(original.size());
  n.to_original.reserve(original.size() + 1);
  Run(original, [&n](char32_t c, std::size_t at) {
    n.text.push_back(c);
    n.to_original.push_back(at);
  });
  n.to_original.push_back(original.size());
  return n;
}

std::u32string Normalizer::Key(std::u32string_view text) const {
  std::u32string out;
  out.reserve(text.size());
  Run(text, [&out](char32_t c, std::size_t) { out.push_back(c); });
  return out;
}

std::string Normalizer::Key(std::string_view utf8) const {
  std::string out;
  out.reserve(utf8.size());
  // Pure ASCII keys need no decoding unless Latin is lowercased or controls are removed.
  std::size_t i = 0;
  while (i < utf8.size()) {
    const char32_t c = marsad::utf8::Next(utf8, i);
    if (c < kTableSize) {
      const char32_t m = table_[c];
      if (m < kDrop) {
        marsad::utf8::Append(out, m);
      } else if (m == kSlow) {
        auto emit = [&out](char32_t e, std::size_t) { marsad::utf8::Append(out, e); };
        EmitSlow(c, 0, emit);
      }
      continue;
    }
    auto emit = [&out](char32_t e, std::size_t) { marsad::utf8::Append(out, e); };
    const char32_t one[1] = {c};
    Run(std::u32string_view(one, 1), emit);
  }
  return out;
}

namespace {
const Normalizer& DefaultNormalizer() {
  static const Normalizer* n = new Normalizer();
  return *n;
}
}  // namespace

NormalizedText Normalize(std::u32string_view original, const NormalizeOptions& options) {
  if (options == NormalizeOptions{}) return DefaultNormalizer().Normalize(original);
  return Normalizer(options).Normalize(original);
}

std::u32string NormalizeKey(std::u32string_view text) { return DefaultNormalizer().Key(text); }
std::string NormalizeKey(std::string_view utf8) { return DefaultNormalizer().Key(utf8); }

}  // namespace marsad::text
