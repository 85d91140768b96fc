// Plain-text dumps of scraped pages: the title once, the body without site furniture.
//
// A dump is what a scraper left after stripping the markup: the headline (often more than
// once — the <title>, the <h1>, an og:title — sometimes glued to itself with no separator),
// the article's paragraphs and subheadings, and the site's furniture: menus, "most read"
// boxes, "no stories found" placeholders, the logo's alt text, the site's name and address.
// Nothing here knows any site's strings; lines are judged by general rules:
//   repetition  — a line that is the title again, or a short line seen more than once;
//   shape       — URL or domain lines, Latin-only lines in an Arabic page, short lines with
//                 no sentence punctuation;
//   position    — furniture gathers before the title and after the last paragraph; in the
//                 middle, short unpunctuated lines are subheadings and are kept;
//   lists       — a run of three or more unpunctuated lines at the end is a link list.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "marsad/extract/internal/arabic_date.h"
#include "marsad/extract/internal/extractors.h"

namespace marsad::extract {
namespace {

struct Line {
  std::string text;      // trimmed
  std::u32string chars;  // the same, as code points
  std::size_t words = 0;
  std::size_t arabic = 0;  // Arabic letters
  std::size_t latin = 0;   // Latin letters
};

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x200F ||
         c == 0x200E || c == 0xFEFF || (c >= 0x2000 && c <= 0x200B) || c == 0x3000;
}
bool IsArabicLetter(char32_t c) {
  return (c >= 0x0621 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3) ||
         (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
}
bool IsLatinLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F);
}

// Digits of any script the dumps use (ASCII, Arabic-Indic, Eastern Arabic-Indic) → 0-9, or -1.
int DigitValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0x0660 && c <= 0x0669) return static_cast<int>(c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return static_cast<int>(c - 0x06F0);
  return -1;
}

std::u32string Trim(std::u32string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  return std::u32string(s.substr(b, e - b));
}

Line MakeLine(std::u32string chars) {
  Line line;
  line.chars = std::move(chars);
  line.text = ToUtf8(line.chars);
  bool in_word = false;
  for (char32_t c : line.chars) {
    line.arabic += IsArabicLetter(c);
    line.latin += IsLatinLetter(c);
    const bool space = IsSpace(c);
    if (!space && !in_word) ++line.words;
    in_word = !space;
  }
  return line;
}

// Non-empty lines of the dump, trimmed; any newline convention. block_start marks lines that
// follow a blank line (or open the dump).
std::vector<Line> SplitLines(std::string_view content, std::vector<bool>& block_start) {
  std::vector<Line> lines;
  const std::u32string all = ToU32(content);
  std::size_t start = 0;
  bool after_blank = true;
  for (std::size_t i = 0; i <= all.size(); ++i) {
    if (i < all.size() && all[i] != '\n' && all[i] != '\r' && all[i] != 0x2028 && all[i] != 0x2029)
      continue;
    const bool crlf = i + 1 < all.size() && all[i] == '\r' && all[i + 1] == '\n';
    std::u32string t = Trim(std::u32string_view(all).substr(start, i - start));
    if (t.empty()) {
      after_blank = true;
    } else {
      lines.push_back(MakeLine(std::move(t)));
      block_start.push_back(after_blank);
      after_blank = false;
    }
    if (crlf) ++i;
    start = i + 1;
  }
  return lines;
}

// "XX" or "X X X" → "X": a scraper that concatenated the same heading several times.
// O(n log n): z[i] (the longest common prefix of s and s[i..]) makes each comparison O(1), a
// candidate unit of length p is tried over at most n / p copies, and only units that end
// on a non-space are tried (a unit ending in spaces trims to the same unit as the shorter
// candidate before those spaces, and continues at the same next copy).
std::u32string CollapseRepeats(const std::u32string& s) {
  constexpr std::size_t kMinUnit = 5;  // shorter units are words like "ها ها", not titles
  const std::size_t n = s.size();
  if (n < 2 * kMinUnit) return s;
  std::vector<std::size_t> z(n, 0);
  z[0] = n;
  for (std::size_t i = 1, l = 0, r = 0; i < n; ++i) {
    if (i < r) z[i] = std::min(r - i, z[i - l]);
    while (i + z[i] < n && s[z[i]] == s[i + z[i]]) ++z[i];
    if (i + z[i] > r) l = i, r = i + z[i];
  }
  std::vector<std::size_t> next_word(n + 1, n);  // first non-space at or after i
  for (std::size_t i = n; i-- > 0;) next_word[i] = IsSpace(s[i]) ? next_word[i + 1] : i;
  for (std::size_t p = kMinUnit; p <= n / 2; ++p) {
    if (IsSpace(s[p - 1]) || IsSpace(s[0])) continue;
    std::size_t i = p, copies = 1;
    bool ok = true;
    while (ok && i < n) {
      i = next_word[i];
      if (i >= n) break;
      ok = z[i] >= p;
      i += p;
      ++copies;
    }
    if (ok && copies >= 2) return s.substr(0, p);
  }
  return s;
}

// Sentence-final punctuation, looking past closing quotes and brackets.
bool EndsSentence(const Line& line) {
  for (auto it = line.chars.rbegin(); it != line.chars.rend(); ++it) {
    const char32_t c = *it;
    if (IsSpace(c) || c == '"' || c == '\'' || c == ')' || c == ']' || c == 0xBB || c == 0x201D ||
        c == 0x2019)
      continue;
    return c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x2026 || c == 0x06D4;
  }
  return false;
}

// Dumps made by text browsers and mail-style tools wrap paragraphs at a fixed width. A line
// was wrapped if the next line of the same block is the rest of its paragraph: the line does
// not end a sentence, is nearly as long as the block's longest line, and the next line's first
// word would not have fitted after it (greedy wrapping). Such lines are joined back, so the
// rules below see paragraphs, not fragments.
std::vector<Line> JoinWrapped(std::vector<Line> lines, const std::vector<bool>& block_start) {
  constexpr std::size_t kMaxWrapWidth = 200;  // longer lines are whole paragraphs
  std::vector<Line> out;
  for (std::size_t b = 0; b < lines.size();) {
    std::size_t e = b + 1;
    while (e < lines.size() && !block_start[e]) ++e;
    std::size_t width = 0;
    for (std::size_t i = b; i < e; ++i) width = std::max(width, lines[i].chars.size());
    // Only a block that looks wrapped as a whole: three lines or more, most of them (but the
    // last) filled to near the width. A heading over a date or a short paragraph is not.
    std::size_t full = 0;
    for (std::size_t i = b; i + 1 < e; ++i) full += lines[i].chars.size() * 10 >= width * 8;
    const bool wrapped_block = e - b >= 3 && full >= 2 && 2 * full >= e - b - 1;
    std::u32string current = lines[b].chars;
    bool joined = false;
    for (std::size_t i = b + 1; i <= e; ++i) {
      bool wraps = false;
      if (i < e && wrapped_block && width <= kMaxWrapWidth) {
        const Line& prev = lines[i - 1];
        const std::u32string& next = lines[i].chars;
        std::size_t first_word = 0;
        while (first_word < next.size() && !IsSpace(next[first_word])) ++first_word;
        wraps = prev.words >= 4 && !EndsSentence(prev) && prev.chars.size() * 10 >= width * 7 &&
                prev.chars.size() + 1 + first_word > width;
      }
      if (wraps) {
        current += U' ';
        current += lines[i].chars;
        joined = true;
        continue;
      }
      out.push_back(joined ? MakeLine(std::move(current)) : std::move(lines[i - 1]));
      if (i < e) current = lines[i].chars;
      joined = false;
    }
    b = e;
  }
  return out;
}

// "www.example.com", "https://example.com/path", "example.com": the host, without "www.".
std::string HostOf(const Line& line) {
  if (line.words != 1 || line.arabic > 0) return {};
  std::string_view s = line.text;
  for (std::string_view scheme : {"https://", "http://"})
    if (s.substr(0, scheme.size()) == scheme) s.remove_prefix(scheme.size());
  s = s.substr(0, s.find_first_of("/?#"));
  if (s.substr(0, 4) == "www.") s.remove_prefix(4);
  const std::size_t dot = s.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || s.size() - dot < 3) return {};
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '.') return {};
    if (i > dot && !std::isalpha(static_cast<unsigned char>(c))) return {};
  }
  std::string host(s);
  for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return host;
}

// What the whole dump looks like, for rules that depend on the page's language.
struct DumpShape {
  bool arabic = false;  // mostly Arabic letters
};

// Breadcrumbs and menus flattened to one line: "الرئيسية > أخبار > سياسة", "أخبار | رياضة |
// فن": short items between separator tokens.
bool IsLinkRow(const Line& line) {
  std::size_t separators = 0;
  std::u32string token;
  auto end_token = [&] {
    if (token.empty()) return;
    bool only_marks = true;
    for (char32_t c : token)
      if (IsArabicLetter(c) || IsLatinLetter(c) || DigitValue(c) >= 0) only_marks = false;
    separators += only_marks;
    token.clear();
  };
  for (char32_t c : line.chars) {
    if (IsSpace(c))
      end_token();
    else
      token += c;
  }
  end_token();
  return separators >= 2 && line.words <= separators * 4 + 4;
}

// Lines no article paragraph looks like, wherever they are.
bool IsFurniture(const Line& line, const DumpShape& shape) {
  if (!HostOf(line).empty()) return true;
  // "logo", "No stories found.", "Advertisement": Latin-only lines in an Arabic page. A long
  // English sentence quoted in the middle of an article survives (see IsShortLatin).
  if (shape.arabic && line.arabic == 0 && line.latin > 0 && line.words <= 8) return true;
  // Punctuation-only or digit-only crumbs: "|", "»", "1 2 3".
  if (line.arabic == 0 && line.latin == 0) return true;
  return IsLinkRow(line);
}

// Short and unpunctuated: a heading, a menu item, a box title, a site name.
bool IsLabel(const Line& line) { return line.words <= 6 && !EndsSentence(line); }

// A line that can only be article text: a sentence of some length.
bool IsParagraph(const Line& line) {
  return (line.words >= 8 && EndsSentence(line)) || line.words >= 25;
}

// Index of the title line, or -1: the first line in the head that is repeated (as a line or
// glued to itself); else the first head line that looks like a headline.
int FindTitle(const std::vector<Line>& lines, const std::vector<std::u32string>& collapsed,
              std::size_t head_end, const DumpShape& shape) {
  // How often each collapsed line occurs from i on (linear: counted once, decremented).
  std::unordered_map<std::u32string_view, std::size_t> later;
  later.reserve(head_end);
  for (std::size_t i = 0; i < head_end; ++i) ++later[collapsed[i]];
  for (std::size_t i = 0; i < head_end; ++i) {
    const std::size_t after = --later[collapsed[i]];
    if (IsFurniture(lines[i], shape)) continue;
    if (collapsed[i] != lines[i].chars) return static_cast<int>(i);  // glued repeat
    if (after > 0) return static_cast<int>(i);
  }
  for (std::size_t i = 0; i < head_end; ++i) {
    const Line& l = lines[i];
    if (IsFurniture(l, shape) || l.words < 2) continue;
    if (l.words <= 30 && !IsParagraph(l)) return static_cast<int>(i);
  }
  return -1;
}

// Where the article ends: drop furniture and link lists from the end.
std::size_t FindBodyEnd(const std::vector<Line>& lines, std::size_t begin, const DumpShape& shape) {
  std::size_t end = lines.size();
  while (end > begin) {
    const Line& last = lines[end - 1];
    if (IsFurniture(last, shape) || IsLabel(last)) {
      --end;
      continue;
    }
    // A run of three or more unpunctuated lines ("most read" headlines) is a link list.
    std::size_t run = 0;
    while (end - run > begin && !EndsSentence(lines[end - 1 - run]) &&
           lines[end - 1 - run].words <= 25)
      ++run;
    if (run >= 3) {
      end -= run;
      continue;
    }
    break;
  }
  return end;
}

// The site: the host of the first URL or domain line in the dump.
std::optional<std::string> FindSite(const std::vector<Line>& lines) {
  for (const Line& l : lines)
    if (std::string host = HostOf(l); !host.empty()) return host;
  return std::nullopt;
}

// A date line near the title ("2024-07-02", "02/07/2024", "الثلاثاء 2 يوليو 2024") as
// YYYY-MM-DD.
std::optional<std::string> DateOf(const Line& line) {
  if (line.words > 8) return std::nullopt;
  if (auto d = FindDateInText(line.text)) return d->Iso();
  return std::nullopt;
}

void SetDate(Article& article, std::optional<std::string> date) {
  if (!date) return;
  article.date = std::move(date);
  article.date_source = "text";
}

// Short lines that occur more than once (share bars, "read also" labels). Linear: one count
// per distinct line text.
std::vector<bool> RepeatedLabels(const std::vector<Line>& lines) {
  std::unordered_map<std::string_view, std::size_t> count;
  count.reserve(lines.size());
  for (const Line& l : lines) ++count[l.text];
  std::vector<bool> repeated(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i)
    repeated[i] = IsLabel(lines[i]) && count[lines[i].text] >= 2;
  return repeated;
}

}  // namespace

void ExtractTextDump(const ingest::Page& page, Article& article) {
  std::vector<bool> block_start;
  const std::vector<Line> lines = JoinWrapped(SplitLines(page.content, block_start), block_start);
  DumpShape shape;
  std::size_t arabic = 0, latin = 0;
  for (const Line& l : lines) arabic += l.arabic, latin += l.latin;
  shape.arabic = arabic > latin;

  std::vector<std::u32string> collapsed;
  for (const Line& l : lines) collapsed.push_back(CollapseRepeats(l.chars));

  // The head: everything before the first paragraph-shaped line.
  std::size_t head_end = 0;
  while (head_end < lines.size() && !IsParagraph(lines[head_end])) ++head_end;
  const int title = FindTitle(lines, collapsed, std::min(head_end, lines.size()), shape);
  if (title >= 0) article.title = ToUtf8(collapsed[title]);

  const std::size_t body_end = FindBodyEnd(lines, head_end, shape);
  const std::vector<bool> repeated = RepeatedLabels(lines);
  std::string body;
  for (std::size_t i = 0; i < body_end; ++i) {
    const Line& l = lines[i];
    if (title >= 0 && collapsed[i] == collapsed[title]) continue;  // the title, again
    if (IsFurniture(l, shape) || repeated[i]) {
      if (i < head_end && !article.date) SetDate(article, DateOf(l));
      continue;
    }
    // Before the first paragraph only a standfirst survives: a sentence, or a long line.
    // Menus, breadcrumbs, tickers, bylines and dates go (a date is kept as the date).
    if (i < head_end && (static_cast<int>(i) < title || (!EndsSentence(l) && l.words < 12))) {
      if (!article.date) SetDate(article, DateOf(l));
      continue;
    }
    if (!body.empty()) body += "\n\n";
    body += l.text;
  }
  article.body = std::move(body);
  if (!article.site) article.site = FindSite(lines);
}

}  // namespace marsad::extract
