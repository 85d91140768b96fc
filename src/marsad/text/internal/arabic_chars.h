// Character classes of Arabic news text, shared by the normaliser, splitter, tokeniser and the
// models. Internal to marsad_text. Inline and branch-light: these run once per code point.
#pragma once

namespace marsad::text::chars {

// Slow-path definitions by code-point ranges; the inline functions below answer the Arabic
// block (U+0600–U+06FF, most of a news text) from a table built from these.
constexpr bool IsTashkeelRange(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06DC) ||
         (c >= 0x06DF && c <= 0x06E4) || c == 0x06E7 || c == 0x06E8 ||
         (c >= 0x06EA && c <= 0x06ED) || (c >= 0x0610 && c <= 0x061A) ||
         (c >= 0x08D3 && c <= 0x08FF);
}
constexpr bool IsArabicLetterRange(char32_t c) {
  return (c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A) ||
         (c >= 0x0671 && c <= 0x06D3) || c == 0x06D5 || (c >= 0x06EE && c <= 0x06EF) ||
         (c >= 0x06FA && c <= 0x06FC) || c == 0x06FF || (c >= 0x0750 && c <= 0x077F) ||
         (c >= 0x08A0 && c <= 0x08C9) || (c >= 0xFB50 && c <= 0xFDFB) ||
         (c >= 0xFE70 && c <= 0xFEFC);
}
constexpr unsigned char kLetterBit = 1, kTashkeelBit = 2;
struct ArabicBlockTable {
  unsigned char bits[256] = {};
  constexpr ArabicBlockTable() {
    for (char32_t c = 0x600; c < 0x700; ++c) {
      bits[c - 0x600] = static_cast<unsigned char>((IsArabicLetterRange(c) ? kLetterBit : 0) |
                                                   (IsTashkeelRange(c) ? kTashkeelBit : 0));
    }
  }
};
inline constexpr ArabicBlockTable kArabicBlock{};

// Harakat, tanween, shadda, sukun, Quranic marks and the superscript alef: marks that do not
// change which word is written.
inline bool IsTashkeel(char32_t c) {
  if (c - 0x600 < 0x100) return (kArabicBlock.bits[c - 0x600] & kTashkeelBit) != 0;
  return c >= 0x08D3 && c <= 0x08FF;
}

inline bool IsTatweel(char32_t c) { return c == 0x0640; }

// Letters of the Arabic script (base letters, not marks, not digits, not punctuation).
inline bool IsArabicLetter(char32_t c) {
  if (c - 0x600 < 0x100) return (kArabicBlock.bits[c - 0x600] & kLetterBit) != 0;
  return c >= 0x700 && IsArabicLetterRange(c);
}

// Anything that belongs inside an Arabic word: letters, marks, tatweel.
inline bool IsArabicWordChar(char32_t c) {
  if (c - 0x600 < 0x100) return kArabicBlock.bits[c - 0x600] != 0 || c == 0x0640;
  return c >= 0x700 && (IsArabicLetterRange(c) || IsTashkeelRange(c));
}

inline bool IsAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline bool IsArabicIndicDigit(char32_t c) {
  return (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
}
inline bool IsDigit(char32_t c) { return IsAsciiDigit(c) || IsArabicIndicDigit(c); }
inline int DigitValue(char32_t c) {
  if (IsAsciiDigit(c)) return static_cast<int>(c - U'0');
  if (c >= 0x0660 && c <= 0x0669) return static_cast<int>(c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return static_cast<int>(c - 0x06F0);
  return -1;
}

inline bool IsAsciiLetter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}
// Latin letters including accented ones (Latin-1 supplement and Latin Extended-A/B).
inline bool IsLatinLetter(char32_t c) {
  return IsAsciiLetter(c) || (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7);
}

// Bidi marks and embeddings, zero-width characters, BOM, soft hyphen: invisible in print.
inline bool IsInvisibleControl(char32_t c) {
  return c == 0x00AD || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF || c == 0x061C;
}

inline bool IsSpace(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' ||
         c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

inline bool IsLineBreak(char32_t c) {
  return c == U'\n' || c == 0x2028 || c == 0x2029 || c == U'\r';
}

}  // namespace marsad::text::chars
