#include "marsad/ner/internal/word_forms.h"

namespace marsad::ner {

bool IsArabicLetter(char32_t c) { return (c >= 0x0621 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3); }

namespace {

bool IsTashkeel(char32_t c) { return (c >= 0x064B && c <= 0x065F) || c == 0x0670; }

char32_t FoldLetter(char32_t c) {
  switch (c) {
    case U'أ': case U'إ': case U'آ': case U'ٱ': return U'ا';
    case U'ى': return U'ي';
    case U'ة': return U'ه';
    case U'ی': return U'ي';
    case U'ک': return U'ك';
    default: break;
  }
  if (c >= 0x0660 && c <= 0x0669) return U'0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return U'0' + (c - 0x06F0);
  if (c >= U'A' && c <= U'Z') return c + (U'a' - U'A');
  return c;
}

bool StartsWith(std::u32string_view w, std::u32string_view p) { return w.substr(0, p.size()) == p; }

}  // namespace

std::u32string NormalizeWord(std::u32string_view word) {
  std::u32string out;
  out.reserve(word.size());
  for (char32_t c : word) {
    if (IsTashkeel(c) || c == U'ـ' || c == 0x200C || c == 0x200D || c == 0x200F || c == 0x200E) continue;
    out.push_back(FoldLetter(c));
  }
  return out;
}

std::u32string StripProclitics(std::u32string_view w) {
  // Two letters must remain so that short names (بن, ال) are not reduced to nothing.
  auto strip = [&w](std::u32string_view p) {
    if (StartsWith(w, p) && w.size() >= p.size() + 2) {
      w.remove_prefix(p.size());
      return true;
    }
    return false;
  };
  if (!strip(U"و")) strip(U"ف");
  // لل is ل + ال with the alef dropped (للأمم = ل + الأمم).
  if (strip(U"لل")) return std::u32string(w);
  if (!strip(U"ب") && !strip(U"ك")) strip(U"ل");
  strip(U"ال");
  return std::u32string(w);
}

char WordShape(std::u32string_view w) {
  int arabic = 0, digit = 0, latin = 0, other = 0;
  for (char32_t c : w) {
    if (IsArabicLetter(c)) ++arabic;
    else if (c >= U'0' && c <= U'9') ++digit;
    else if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) ++latin;
    else ++other;
  }
  const int n = static_cast<int>(w.size());
  if (n == 0) return 'P';
  if (arabic == n) return 'A';
  if (digit == n) return 'D';
  if (latin == n) return 'L';
  if (other == n) return 'P';
  return 'M';
}

}  // namespace marsad::ner
