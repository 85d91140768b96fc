// SplitSentences: one left-to-right scan over the original body. A boundary candidate is a
// line break or terminal punctuation; a full stop is vetoed when it belongs to a number, an
// abbreviation, a URL or a list number. Closing quotes and brackets are pulled into the
// sentence they end; inside parentheses nothing splits (a parenthesis left open for long
// stops counting, so one stray "(" cannot swallow a paragraph). A sentence that reaches
// kMaxSentenceWords words is cut at the space after its last word.
#include <array>
#include <string_view>

#include "marsad/text/internal/arabic_chars.h"
#include "marsad/text/text.h"

namespace marsad::text {
namespace {

constexpr std::size_t kMaxBracketSpan = 250;  // code points an open bracket keeps splits off

bool IsTerminal(char32_t c) {
  return c == U'؟' || c == U'?' || c == U'!' || c == U'؛' || c == U'۔' || c == U'.' ||
         c == 0x203C || c == 0x2049 || c == 0x2048 || c == 0x2047;
}

bool IsCloser(char32_t c) {
  return c == U'"' || c == U'\'' || c == U'»' || c == U'”' || c == U'’' || c == U')' || c == U']' ||
         c == U'}' || c == U'›' || c == 0xFD3E /* ﴾ ornate parenthesis, right-to-left pair */;
}

bool IsOpenBracket(char32_t c) { return c == U'(' || c == U'[' || c == U'{' || c == 0xFD3F; }
bool IsCloseBracket(char32_t c) { return c == U')' || c == U']' || c == U'}' || c == 0xFD3E; }

// Multi-letter abbreviations that take a full stop (compared on the letters before the dot).
bool IsKnownAbbreviation(std::u32string_view w) {
  static constexpr std::array<std::u32string_view, 16> kList = {
      U"Dr",  U"Mr",  U"Mrs", U"Ms", U"Prof", U"St",  U"Jr",  U"Sr",
      U"Inc", U"Ltd", U"Co",  U"No", U"vs",   U"etc", U"Gen", U"Col"};
  for (auto a : kList) {
    if (w == a) return true;
  }
  return false;
}

// The run of letters (Arabic or Latin, with marks) that ends right before position `dot`.
std::u32string_view LettersBefore(std::u32string_view body, std::size_t dot) {
  std::size_t s = dot;
  while (s > 0 && (chars::IsArabicWordChar(body[s - 1]) || chars::IsLatinLetter(body[s - 1]))) --s;
  return body.substr(s, dot - s);
}

bool IsWordStartBoundary(std::u32string_view body, std::size_t pos) {
  if (pos == 0) return true;
  const char32_t p = body[pos - 1];
  return chars::IsSpace(p) || p == U'(' || p == U'"' || p == U'«' || p == U'.' || p == U'،' ||
         p == U',';
}

std::size_t CountLetters(std::u32string_view w) {
  std::size_t n = 0;
  for (char32_t c : w) n += (chars::IsArabicLetter(c) || chars::IsLatinLetter(c)) ? 1 : 0;
  return n;
}

// Whether the full stop at `dot` ends a sentence. `start` is where the current sentence began.
bool FullStopEnds(std::u32string_view body, std::size_t start, std::size_t dot) {
  const char32_t prev = dot > 0 ? body[dot - 1] : U' ';
  const char32_t next = dot + 1 < body.size() ? body[dot + 1] : U' ';
  // 3.5, 1.200, www.spa.gov.sa, ص.ب: a dot glued to what follows is inside a token, except
  // "…الحرب.وقال" (two Arabic words of three letters or more glued by a missing space).
  if (!chars::IsSpace(next) && !IsTerminal(next) && !IsCloser(next) && next != U'.') {
    if (!(chars::IsArabicLetter(prev) && chars::IsArabicLetter(next))) return false;
    if (CountLetters(LettersBefore(body, dot)) < 3) return false;
    std::size_t e = dot + 1;
    while (e < body.size() && chars::IsArabicWordChar(body[e])) ++e;
    return e - (dot + 1) >= 3;
  }
  if (prev == U'.' || next == U'.') return false;  // ellipsis "..." or its middle
  const std::u32string_view word = LettersBefore(body, dot);
  const std::size_t word_start = dot - word.size();
  if (!word.empty() && IsWordStartBoundary(body, word_start)) {
    // A lone letter before a dot is an abbreviation: د. (doctor), أ. (professor), م. (engineer),
    // U.S.; so is a listed one. A lone letter glued to digits (2015م.) is a unit, not one.
    if (CountLetters(word) == 1) return false;
    if (IsKnownAbbreviation(word)) return false;
  }
  // "1. " or "(2). " at the start of a sentence numbers a list item.
  bool only_digits = true;
  bool any_digit = false;
  for (std::size_t k = start; k < dot; ++k) {
    const char32_t c = body[k];
    if (chars::IsDigit(c)) {
      any_digit = true;
    } else if (!chars::IsSpace(c) && c != U'(' && c != U')' && c != U'-') {
      only_digits = false;
      break;
    }
  }
  return !(only_digits && any_digit);
}

class Scanner {
 public:
  explicit Scanner(std::u32string_view body) : body_(body) {}

  std::vector<Sentence> Run() {
    for (std::size_t i = 0; i < body_.size(); ++i) {
      const char32_t c = body_[i];
      if (chars::IsArabicLetter(c)) continue;  // most characters: nothing to decide
      if (c == U' ') {
        Space(i);
        continue;
      }
      if (chars::IsLineBreak(c)) {
        Emit(i);
        open_bracket_ = kNone;
        continue;
      }
      if (chars::IsSpace(c)) {
        Space(i);
        continue;
      }
      if (IsOpenBracket(c) && open_bracket_ == kNone) open_bracket_ = i;
      if (IsCloseBracket(c)) open_bracket_ = kNone;
      if (IsTerminal(c)) i = Terminal(i);
    }
    Emit(body_.size());
    return std::move(out_);
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // Handles terminal punctuation at i; returns the last position consumed.
  std::size_t Terminal(std::size_t i) {
    if (body_[i] == U'.' && !FullStopEnds(body_, start_, i)) return i;
    std::size_t end = i + 1;
    bool closes_bracket = false;
    while (end < body_.size() && (IsTerminal(body_[end]) || IsCloser(body_[end]))) {
      closes_bracket |= IsCloseBracket(body_[end]);
      ++end;
    }
    // Inside parentheses only a stop that the closing bracket follows ends the sentence.
    if (open_bracket_ != kNone && i - open_bracket_ < kMaxBracketSpan && !closes_bracket) return i;
    // A lower-case Latin word right after the stop continues the sentence (e.g. "approx. five").
    std::size_t next = end;
    while (next < body_.size() && body_[next] == U' ') ++next;
    if (next < body_.size() && body_[next] >= U'a' && body_[next] <= U'z') return end - 1;
    Emit(end);
    open_bracket_ = kNone;
    return end - 1;
  }

  // A space at i: it ends a word when it follows one; the kMaxSentenceWords-th word ends the
  // sentence.
  void Space(std::size_t i) {
    if (i == start_ || chars::IsSpace(body_[i - 1])) return;
    if (++words_ < kMaxSentenceWords) return;
    std::size_t next = i;  // nothing to cut when only space or a line break follows
    while (next < body_.size() && chars::IsSpace(body_[next]) && !chars::IsLineBreak(body_[next]))
      ++next;
    if (next == body_.size() || chars::IsLineBreak(body_[next])) return;
    Emit(i);
    open_bracket_ = kNone;
    ++cuts_;
  }

 public:
  std::size_t cuts() const { return cuts_; }

 private:
  // Ends the current sentence at `end` (exclusive), trimmed; the next one starts after it.
  void Emit(std::size_t end) {
    words_ = 0;
    std::size_t s = start_;
    while (s < end && (chars::IsSpace(body_[s]) || chars::IsInvisibleControl(body_[s]))) ++s;
    std::size_t e = end;
    while (e > s && (chars::IsSpace(body_[e - 1]) || chars::IsInvisibleControl(body_[e - 1]))) --e;
    if (e > s) out_.push_back({{s, e}});
    start_ = end;
  }

  std::u32string_view body_;
  std::size_t start_ = 0;
  std::size_t open_bracket_ = kNone;
  std::size_t words_ = 0;  // words ended by a space since start_
  std::size_t cuts_ = 0;
  std::vector<Sentence> out_;
};

}  // namespace

std::vector<Sentence> SplitSentences(std::u32string_view body, std::size_t* cut) {
  Scanner scanner(body);
  std::vector<Sentence> out = scanner.Run();
  if (cut != nullptr) *cut = scanner.cuts();
  return out;
}

}  // namespace marsad::text
