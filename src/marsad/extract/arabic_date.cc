#include "marsad/extract/internal/arabic_date.h"

#include <array>
#include <cstdio>
#include <vector>

#include "marsad/core/core.h"
#include "marsad/extract/internal/furniture.h"

namespace marsad::extract {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

struct MonthName {
  std::string_view folded;  // in FoldForMatching form
  int month;
  bool hijri;
};

// Folded spellings (hamza on alef removed, ى→ي). Two-word names come before their first word
// so that "كانون الثاني" is not read as an unknown "كانون".
constexpr std::array<MonthName, 72> kMonths = {{
    {"كانون الثاني", 1, false}, {"كانون الاول", 12, false}, {"تشرين الاول", 10, false},
    {"تشرين الثاني", 11, false}, {"شباط", 2, false}, {"اذار", 3, false}, {"نيسان", 4, false},
    {"ايار", 5, false}, {"حزيران", 6, false}, {"تموز", 7, false}, {"اب", 8, false},
    {"ايلول", 9, false}, {"يناير", 1, false}, {"فبراير", 2, false}, {"مارس", 3, false},
    {"ابريل", 4, false}, {"مايو", 5, false}, {"يونيو", 6, false}, {"يونيه", 6, false},
    {"يوليو", 7, false}, {"يوليه", 7, false}, {"اغسطس", 8, false}, {"سبتمبر", 9, false},
    {"اكتوبر", 10, false}, {"نوفمبر", 11, false}, {"ديسمبر", 12, false},
    {"جانفي", 1, false}, {"فيفري", 2, false}, {"افريل", 4, false}, {"ماي", 5, false},
    {"جوان", 6, false}, {"جويليه", 7, false}, {"جويلية", 7, false}, {"اوت", 8, false},
    {"january", 1, false}, {"february", 2, false}, {"march", 3, false}, {"april", 4, false},
    {"may", 5, false}, {"june", 6, false}, {"july", 7, false}, {"august", 8, false},
    {"september", 9, false}, {"october", 10, false}, {"november", 11, false},
    {"december", 12, false}, {"jan", 1, false}, {"feb", 2, false}, {"mar", 3, false},
    {"apr", 4, false}, {"jun", 6, false}, {"jul", 7, false}, {"aug", 8, false},
    {"sep", 9, false}, {"sept", 9, false}, {"oct", 10, false}, {"nov", 11, false},
    {"dec", 12, false},
    // Hijri months.
    {"محرم", 1, true}, {"صفر", 2, true}, {"ربيع الاول", 3, true}, {"ربيع الاخر", 4, true},
    {"ربيع الثاني", 4, true}, {"جمادي الاولي", 5, true}, {"جمادي الاخره", 6, true},
    {"جمادي الاخرة", 6, true}, {"جمادي الثانيه", 6, true}, {"رجب", 7, true},
    {"شعبان", 8, true}, {"رمضان", 9, true}, {"شوال", 10, true}, {"ذو القعده", 11, true},
}};
constexpr std::array<MonthName, 4> kMoreHijri = {{
    {"ذو القعدة", 11, true}, {"ذو الحجه", 12, true}, {"ذو الحجة", 12, true},
    {"جمادي الثانية", 6, true},
}};

// Text as tokens: numbers (with Arabic-Indic digits made ASCII) and folded words; '/', '-',
// '.' between numbers are kept as tokens so that numeric dates can be read.
struct Token {
  std::string text;
  bool number = false;
};

std::vector<Token> Tokens(std::string_view utf8) {
  std::vector<Token> out;
  std::u32string cur;
  bool cur_number = false;
  auto flush = [&] {
    if (!cur.empty()) out.push_back({ToUtf8(cur), cur_number});
    cur.clear();
  };
  for (char32_t c : ToU32(utf8)) {
    if (c >= 0x0660 && c <= 0x0669) c = '0' + (c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9) c = '0' + (c - 0x06F0);
    const bool digit = c >= '0' && c <= '9';
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= 0x0621 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3);
    if (c >= 0x064B && c <= 0x065F) continue;  // diacritics inside words
    if (digit || letter) {
      if (!cur.empty() && digit != cur_number) flush();
      cur_number = digit;
      cur += c;
      continue;
    }
    flush();
    if (c == '/' || c == '-' || c == '.') out.push_back({std::string(1, static_cast<char>(c))});
  }
  flush();
  for (Token& t : out) {
    if (!t.number) t.text = FoldForMatching(t.text);
  }
  return out;
}

int Number(const Token& t) {
  if (!t.number || t.text.size() > 4) return -1;
  return std::stoi(t.text);
}

// The month name starting at tokens[i], if any; sets `len` to the tokens it spans.
const MonthName* MonthAt(const std::vector<Token>& tokens, std::size_t i, std::size_t& len) {
  if (tokens[i].number) return nullptr;
  auto match = [&](const MonthName& m) -> bool {
    const std::string_view name = m.folded;
    const std::size_t space = name.find(' ');
    if (space == std::string_view::npos) {
      if (tokens[i].text == name) {
        len = 1;
        return true;
      }
      // Prefixed with the preposition: "بنوفمبر"? rare in dates; "في" is a separate word.
      return false;
    }
    if (i + 1 < tokens.size() && tokens[i].text == name.substr(0, space) &&
        tokens[i + 1].text == name.substr(space + 1)) {
      len = 2;
      return true;
    }
    return false;
  };
  for (const MonthName& m : kMonths) {
    if (match(m)) return &m;
  }
  for (const MonthName& m : kMoreHijri) {
    if (match(m)) return &m;
  }
  return nullptr;
}

bool IsHijriMarker(const Token& t) {
  return t.text == "ه" || t.text == "هـ" || t.text == "هجري" || t.text == "هجريه" ||
         t.text == "هجرية" || t.text == "ah";
}

struct Found {
  CivilDate date;
  bool hijri = false;
};

std::optional<Found> Make(int y, int m, int d, bool hijri, bool marker) {
  if (hijri || marker || (y >= 1300 && y <= 1500)) {
    if (y < 1300 || y > 1600 || m < 1 || m > 12 || d < 1 || d > 30) return std::nullopt;
    CivilDate g = HijriToGregorian(y, m, d);
    g.hijri_converted = true;
    return Found{g, true};
  }
  if (y >= 0 && y < 100) y += 2000;
  auto date = MakeDate(y, m, d);
  if (!date) return std::nullopt;
  return Found{*date, false};
}

// A date starting at tokens[i]: "D Month [Y]", "Month D, Y", "D/M/Y", "Y/M/D".
std::optional<Found> DateAt(const std::vector<Token>& t, std::size_t i) {
  const std::size_t n = t.size();
  auto hijri_after = [&](std::size_t j) { return j < n && IsHijriMarker(t[j]); };
  std::size_t len = 0;
  const int a = Number(t[i]);
  if (a >= 1 && a <= 31 && i + 2 < n) {
    if (const MonthName* m = MonthAt(t, i + 1, len)) {
      std::size_t j = i + 1 + len;
      // "20 نوفمبر/تشرين الثاني 2023": a second name of the same month may follow.
      if (j < n && t[j].text == "/" && j + 1 < n) {
        std::size_t len2 = 0;
        if (MonthAt(t, j + 1, len2)) j += 1 + len2;
      }
      if (j < n && t[j].number && t[j].text.size() == 4) {
        return Make(Number(t[j]), m->month, a, m->hijri, hijri_after(j + 1));
      }
    }
  }
  if (const MonthName* m = MonthAt(t, i, len)) {
    const std::size_t j = i + len;
    if (j + 1 < n && Number(t[j]) >= 1 && Number(t[j]) <= 31 && t[j + 1].number &&
        t[j + 1].text.size() == 4) {
      return Make(Number(t[j + 1]), m->month, Number(t[j]), m->hijri, hijri_after(j + 2));
    }
  }
  // Numeric: D/M/Y (the Arabic and European order) or Y/M/D, same separator twice.
  if (a >= 0 && i + 4 < n && (t[i + 1].text == "/" || t[i + 1].text == "-" ||
                              t[i + 1].text == ".") &&
      t[i + 3].text == t[i + 1].text) {
    const int b = Number(t[i + 2]);
    const int c = Number(t[i + 4]);
    if (b < 0 || c < 0) return std::nullopt;
    const bool marker = hijri_after(i + 5);
    if (t[i].text.size() == 4) return Make(a, b, c, false, marker);
    if (t[i + 4].text.size() == 4) return Make(c, b, a, false, marker);
  }
  return std::nullopt;
}

}  // namespace

std::string CivilDate::Iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<CivilDate> MakeDate(int year, int month, int day) {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 ||
      day > DaysInMonth(year, month)) {
    return std::nullopt;
  }
  return CivilDate{year, month, day};
}

std::optional<CivilDate> ParseIsoDate(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '"')) ++i;
  s.remove_prefix(i);
  auto digits = [&](std::size_t pos, std::size_t count) -> int {
    if (pos + count > s.size()) return -1;
    int v = 0;
    for (std::size_t k = pos; k < pos + count; ++k) {
      if (s[k] < '0' || s[k] > '9') return -1;
      v = v * 10 + (s[k] - '0');
    }
    return v;
  };
  const int y = digits(0, 4);
  if (y < 0) return std::nullopt;
  if (s.size() >= 10 && (s[4] == '-' || s[4] == '/') && s[7] == s[4]) {
    return MakeDate(y, digits(5, 2), digits(8, 2));
  }
  if (digits(4, 4) >= 0 && (s.size() == 8 || digits(8, 1) < 0)) {
    return MakeDate(y, digits(4, 2), digits(6, 2));
  }
  return std::nullopt;
}

std::optional<CivilDate> FindDateInUrl(std::string_view url) {
  for (std::size_t i = 0; i + 8 <= url.size(); ++i) {
    if (url[i] != '/' && url[i] != '-' && url[i] != '_') continue;
    const std::string_view rest = url.substr(i + 1);
    if (rest.size() >= 10 && (rest[4] == '/' || rest[4] == '-') && rest[7] == rest[4]) {
      if (auto d = ParseIsoDate(rest.substr(0, 10))) return d;
    }
    if (rest.size() >= 8) {
      const bool end = rest.size() == 8 || rest[8] < '0' || rest[8] > '9';
      if (end) {
        if (auto d = ParseIsoDate(rest.substr(0, 8))) return d;
      }
    }
  }
  return std::nullopt;
}

std::optional<CivilDate> FindDateInText(std::string_view utf8) {
  const std::vector<Token> tokens = Tokens(utf8);
  std::optional<CivilDate> hijri;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    auto f = DateAt(tokens, i);
    if (!f) continue;
    if (!f->hijri) return f->date;
    if (!hijri) hijri = f->date;
  }
  return hijri;
}

CivilDate HijriToGregorian(int year, int month, int day) {
  // Days since the Hijri epoch in the 30-year tabular cycle, then Julian day → Gregorian.
  const long jd = day + static_cast<long>((29.5 * (month - 1)) + 0.99) + (year - 1) * 354L +
                  (3 + 11L * year) / 30 + 1948439L;
  long l = jd + 68569;
  const long n = 4 * l / 146097;
  l = l - (146097 * n + 3) / 4;
  const long i = 4000 * (l + 1) / 1461001;
  l = l - 1461 * i / 4 + 31;
  const long j = 80 * l / 2447;
  const long d = l - 2447 * j / 80;
  l = j / 11;
  const long m = j + 2 - 12 * l;
  const long y = 100 * (n - 49) + i + l;
  return CivilDate{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d), true};
}

}  // namespace marsad::extract
