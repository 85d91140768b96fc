// Tokenize: a longest-match scanner over the original text. At each position the first rule
// that applies wins: URL, e-mail, hashtag, number, Arabic word, Latin word, punctuation,
// symbol. Whitespace and invisible controls separate tokens and are never part of one
// (except a zero-width joiner/non-joiner inside a word, which print as part of it).
#include <unicode/uchar.h>

#include "marsad/text/internal/arabic_chars.h"
#include "marsad/text/text.h"

namespace marsad::text {
namespace {

bool IsWordJoinerInside(std::u32string_view s, std::size_t i, std::size_t end) {
  return (s[i] == 0x200C || s[i] == 0x200D) && i + 1 < end && chars::IsArabicWordChar(s[i + 1]);
}

bool StartsWithIgnoreCase(std::u32string_view s, std::size_t i, std::size_t end,
                          std::u32string_view p) {
  if (end - i < p.size()) return false;
  for (std::size_t k = 0; k < p.size(); ++k) {
    char32_t c = s[i + k];
    if (c >= U'A' && c <= U'Z') c += 0x20;
    if (c != p[k]) return false;
  }
  return true;
}

bool IsPunct(char32_t c) {
  if (c < 0x80) {
    return c == U'!' || c == U'"' || c == U'#' || c == U'%' || c == U'&' || c == U'\'' ||
           c == U'(' || c == U')' || c == U'*' || c == U',' || c == U'-' || c == U'.' ||
           c == U'/' || c == U':' || c == U';' || c == U'?' || c == U'@' || c == U'[' ||
           c == U'\\' || c == U']' || c == U'_' || c == U'{' || c == U'}';
  }
  return u_ispunct(static_cast<UChar32>(c)) != 0;
}

// Characters that end a URL or e-mail when they come last (the sentence's, not the link's).
bool IsTrailingLinkPunct(char32_t c) {
  return c == U'.' || c == U',' || c == U';' || c == U':' || c == U'!' || c == U'?' || c == U')' ||
         c == U'"' || c == U'\'' || c == U'،' || c == U'؛' || c == U'؟' || c == U'»' || c == U']';
}

bool IsEmailLocalChar(char32_t c) {
  return chars::IsAsciiLetter(c) || chars::IsAsciiDigit(c) || c == U'.' || c == U'_' || c == U'%' ||
         c == U'+' || c == U'-';
}
bool IsDomainChar(char32_t c) {
  return chars::IsAsciiLetter(c) || chars::IsAsciiDigit(c) || c == U'.' || c == U'-';
}

class Scanner {
 public:
  Scanner(std::u32string_view s, Span range) : s_(s), end_(std::min(range.end, s.size())) {
    i_ = std::min(range.start, end_);
  }

  std::vector<Token> Run() {
    out_.reserve((end_ - i_) / 5 + 1);
    while (i_ < end_) {
      const char32_t c = s_[i_];
      if (chars::IsSpace(c) || chars::IsInvisibleControl(c)) {
        ++i_;
        continue;
      }
      const std::size_t start = i_;
      const TokenKind kind = Scan(c);
      out_.push_back({{start, i_}, kind});
    }
    return std::move(out_);
  }

 private:
  // Consumes one token starting at i_ (which holds c) and returns its kind.
  TokenKind Scan(char32_t c) {
    if (chars::IsArabicLetter(c) || chars::IsTatweel(c)) return Word();
    if (chars::IsDigit(c)) return Number();
    if (chars::IsLatinLetter(c)) {
      if (Url()) return Link(TokenKind::kUrl);
      if (Email()) return Link(TokenKind::kEmail);
      return Latin();
    }
    if (c == U'#' && i_ + 1 < end_ && IsHashtagChar(s_[i_ + 1])) {
      ++i_;
      while (i_ < end_ && IsHashtagChar(s_[i_])) ++i_;
      return TokenKind::kHashtag;
    }
    if (chars::IsTashkeel(c)) return Word();  // a stray mark: keep it as (part of) a word
    if (c == U'.') {
      while (i_ < end_ && s_[i_] == U'.') ++i_;  // "..." is one token
      return TokenKind::kPunct;
    }
    ++i_;
    return IsPunct(c) ? TokenKind::kPunct : TokenKind::kSymbol;
  }

  static bool IsHashtagChar(char32_t c) {
    return chars::IsArabicWordChar(c) || chars::IsLatinLetter(c) || chars::IsDigit(c) || c == U'_';
  }

  TokenKind Word() {
    while (i_ < end_ && (chars::IsArabicWordChar(s_[i_]) || IsWordJoinerInside(s_, i_, end_))) ++i_;
    return TokenKind::kWord;
  }

  TokenKind Number() {
    while (i_ < end_ && chars::IsDigit(s_[i_])) ++i_;
    // Decimal and thousands separators count only between digits: 3.5, 1,200, ٣٫٥.
    while (i_ + 1 < end_ &&
           (s_[i_] == U'.' || s_[i_] == U',' || s_[i_] == U'٫' || s_[i_] == U'٬') &&
           chars::IsDigit(s_[i_ + 1])) {
      ++i_;
      while (i_ < end_ && chars::IsDigit(s_[i_])) ++i_;
    }
    if (i_ < end_ && (s_[i_] == U'%' || s_[i_] == U'٪')) ++i_;
    return TokenKind::kNumber;
  }

  TokenKind Latin() {
    while (i_ < end_) {
      const char32_t c = s_[i_];
      if (chars::IsLatinLetter(c) || chars::IsAsciiDigit(c)) {
        ++i_;
      } else if ((c == U'\'' || c == U'’' || c == U'-') && i_ + 1 < end_ &&
                 chars::IsLatinLetter(s_[i_ + 1])) {
        ++i_;  // al-Assad, O'Brien
      } else {
        break;
      }
    }
    return TokenKind::kLatin;
  }

  // http(s):// or www. at i_? Sets link_end_ when it is.
  bool Url() {
    std::size_t p = i_;
    if (StartsWithIgnoreCase(s_, p, end_, U"https://")) {
      p += 8;
    } else if (StartsWithIgnoreCase(s_, p, end_, U"http://")) {
      p += 7;
    } else if (StartsWithIgnoreCase(s_, p, end_, U"www.")) {
      p += 4;
    } else {
      return false;
    }
    while (p < end_ && !chars::IsSpace(s_[p]) && s_[p] != U'"' && s_[p] != U'«' && s_[p] != U'»' &&
           s_[p] != U'<' && s_[p] != U'>' && !chars::IsInvisibleControl(s_[p])) {
      ++p;
    }
    while (p > i_ && IsTrailingLinkPunct(s_[p - 1])) --p;
    link_end_ = p;
    return true;
  }

  // name@domain.tld at i_? Sets link_end_ when it is.
  bool Email() {
    std::size_t p = i_;
    while (p < end_ && IsEmailLocalChar(s_[p])) ++p;
    if (p == i_ || p >= end_ || s_[p] != U'@') return false;
    std::size_t q = p + 1;
    bool dot = false;
    while (q < end_ && IsDomainChar(s_[q])) dot |= s_[q++] == U'.';
    while (q > p + 1 && IsTrailingLinkPunct(s_[q - 1])) --q;
    if (!dot || q == p + 1 || s_[q - 1] == U'.') return false;
    link_end_ = q;
    return true;
  }

  TokenKind Link(TokenKind kind) {
    i_ = link_end_;
    return kind;
  }

  std::u32string_view s_;
  std::size_t end_;
  std::size_t i_ = 0;
  std::size_t link_end_ = 0;
  std::vector<Token> out_;
};

}  // namespace

const char* TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunct:
      return "punct";
    case TokenKind::kLatin:
      return "latin";
    case TokenKind::kUrl:
      return "url";
    case TokenKind::kEmail:
      return "email";
    case TokenKind::kHashtag:
      return "hashtag";
    case TokenKind::kSymbol:
      return "symbol";
  }
  return "?";
}

std::vector<Token> Tokenize(std::u32string_view body) { return Tokenize(body, {0, body.size()}); }
std::vector<Token> Tokenize(std::u32string_view body, Span range) {
  return Scanner(body, range).Run();
}

}  // namespace marsad::text
