#include "marsad/actors/internal/actor_words.h"

#include <algorithm>
#include <optional>

#include "marsad/text/text.h"

namespace marsad::actors {
namespace {

constexpr char32_t kAlef = U'\u0627';
constexpr char32_t kLam = U'\u0644';

bool IsMark(char32_t c) {  // dropped from keys but part of the word
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 ||
         (c >= 0x06D6 && c <= 0x06ED) || c == 0x200C || c == 0x200D;
}

bool IsPresentationForm(char32_t c) {
  return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
}

bool IsWordChar(char32_t c) {
  if (c >= 0x0620 && c <= 0x0669) return true;  // letters, marks, Arabic-Indic digits
  if (c >= 0x066E && c <= 0x06D3) return true;
  if (c >= 0x06D5 && c <= 0x06FF) return c < 0x06DD || c > 0x06DE;
  if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9')) {
    return true;
  }
  return IsMark(c) || IsPresentationForm(c);
}

// One character of a key, or 0 when the character is dropped.
char32_t KeyChar(char32_t c) {
  if (IsMark(c)) return 0;
  switch (c) {
    case U'\u0623':
    case U'\u0625':
    case U'\u0622':
    case U'\u0671':
      return kAlef;
    case U'\u0649':
    case U'\u06CC':
      return U'\u064A';  // ى ی → ي
    case U'\u0629':
      return U'\u0647';  // ة → ه
    case U'\u06A9':
      return U'\u0643';  // ک → ك
    default:
      break;
  }
  if (c >= 0x0660 && c <= 0x0669) return U'0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return U'0' + (c - 0x06F0);
  if (c >= U'A' && c <= U'Z') return c + 32;
  return c;
}

// Appends the key of body[start, end) to out, with the body offset of each key character.
void AppendKey(std::u32string_view body, std::size_t start, std::size_t end, WordList& out) {
  for (std::size_t i = start; i < end; ++i) {
    char32_t c = body[i];
    if (IsPresentationForm(c)) {
      // Rare (ﻻ ﷲ ...): let the text layer's normaliser expand it, then key the expansion.
      for (char32_t e : text::NormalizeKey(body.substr(i, 1))) {
        if (char32_t k = KeyChar(e)) {
          out.keys.push_back(k);
          out.offsets.push_back(i);
        }
      }
      continue;
    }
    if (char32_t k = KeyChar(c)) {
      out.keys.push_back(k);
      out.offsets.push_back(i);
    }
  }
}

bool OnlySpaceBetween(std::u32string_view body, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    char32_t c = body[i];
    if (c != U' ' && c != U'\t' && c != U'\u00A0' && c != U'\u200F' && c != U'\u200E') return false;
  }
  return true;
}

bool StartsWithArticle(std::u32string_view k) {
  return k.size() >= 4 && k[0] == kAlef && k[1] == kLam;
}

// For each reading without a preposition, the same reading without ة (ه in keys), ين or ون
// at the end, when at least three letters remain.
void AddLemmaReadings(std::u32string_view key, Reading out[8], int& n) {
  const int plain = n;
  for (int i = 0; i < plain && n < 8; ++i) {
    if (out[i].trim != 0) continue;
    const std::u32string_view k = key.substr(out[i].offset);
    std::uint8_t cut = 0;
    if (k.size() >= 4 && k.back() == U'\u0647') cut = 1;
    if (k.size() >= 5 && k[k.size() - 1] == U'\u0646' &&
        (k[k.size() - 2] == U'\u064A' || k[k.size() - 2] == U'\u0648'))
      cut = 2;
    if (cut == 0) continue;
    out[n] = out[i];
    out[n++].cut = cut;
  }
}

// Names compounded with عبد ("servant of") are written joined (عبدالله، عبدالفتاح) as often as
// apart: the length of the عبد part (with a clitic و/ب/ل before it) when the key is joined,
// else 0. At least two letters must follow the article.
std::size_t JoinedAbdSplit(std::u32string_view k) {
  static constexpr std::u32string_view kAbdAl = U"\u0639\u0628\u062f\u0627\u0644";  // عبدال
  const std::size_t clitic = !k.empty() &&
                                     (k[0] == U'\u0648' || k[0] == U'\u0628' || k[0] == kLam) &&
                                     k.substr(1).starts_with(kAbdAl)
                                 ? 1
                                 : 0;
  if (!k.substr(clitic).starts_with(kAbdAl) || k.size() < clitic + kAbdAl.size() + 2) return 0;
  return clitic + 3;
}

}  // namespace

void ScanWords(std::u32string_view body, Span range, WordList& out) {
  out.words.clear();
  out.keys.clear();
  out.offsets.clear();
  const std::size_t end = std::min(range.end, body.size());
  std::size_t previous_end = 0;
  for (std::size_t i = std::min(range.start, end); i < end;) {
    if (!IsWordChar(body[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < end && IsWordChar(body[j])) ++j;
    Word w;
    w.span = {i, j};
    w.key_begin = static_cast<std::uint32_t>(out.keys.size());
    AppendKey(body, i, j, out);
    w.key_end = static_cast<std::uint32_t>(out.keys.size());
    w.joined_to_previous = !out.words.empty() && OnlySpaceBetween(body, previous_end, i);
    if (const std::size_t cut = JoinedAbdSplit(out.Key(w)); cut > 0) {
      // عبدالفتاح is عبد الفتاح: two words, so that both spellings match one entry.
      Word second = w;
      w.key_end = w.key_begin + static_cast<std::uint32_t>(cut);
      w.span.end = out.offsets[w.key_end];
      second.key_begin = w.key_end;
      second.span.start = w.span.end;
      second.joined_to_previous = true;
      out.words.push_back(w);
      out.words.push_back(second);
    } else if (w.key_end > w.key_begin) {
      out.words.push_back(w);
    }
    previous_end = j;
    i = j;
  }
  out.offsets.push_back(end);
}

std::u32string_view WithoutArticle(std::u32string_view key) {
  return StartsWithArticle(key) ? key.substr(2) : key;
}

std::u32string_view FormWordKey(std::u32string_view text, const WordList& list, const Word& w) {
  // ألماني, ألباني: a hamza on the alef says its ال is no article (the key folds أ to ا).
  const char32_t written = text[w.span.start];
  const bool hamza = written == U'\u0623' || written == U'\u0625' || written == U'\u0622';
  return hamza ? list.Key(w) : WithoutArticle(list.Key(w));
}

std::u32string PhraseKey(std::u32string_view phrase) {
  WordList list;
  ScanWords(phrase, {0, phrase.size()}, list);
  std::u32string key;
  for (const Word& w : list.words) {
    if (!key.empty()) key.push_back(U' ');
    key += FormWordKey(phrase, list, w);
  }
  return key;
}

int Readings(std::u32string_view key, bool first, Reading out[8]) {
  int n = 0;
  // Adds the reading at `at` (clitics before it trimmed to `trim`) and, when an article
  // follows, the reading after the article.
  auto add = [&](std::size_t at, std::size_t trim, bool article) {
    if (key.size() - at < 2 || n >= 8) return;
    out[n++] = {static_cast<std::uint8_t>(at), static_cast<std::uint8_t>(trim), article};
    if (StartsWithArticle(key.substr(at)) && n < 8) {
      out[n++] = {static_cast<std::uint8_t>(at + 2), static_cast<std::uint8_t>(trim), true};
    }
  };
  add(0, 0, false);
  if (key.size() > 255) return n;
  auto prepositions = [&](std::size_t p) {
    if (key.size() - p < 3) return;
    const char32_t c = key[p];
    if (c == kLam && key[p + 1] == kLam) add(p + 2, p, true);   // لل = ل + ال
    if (c == U'\u0628' || c == kLam) add(p + 1, p + 1, false);  // ب ل
    // ك ("like") mostly comes with ال (كالعراق); alone it would make كنيل the Nile.
    if (c == U'\u0643' && StartsWithArticle(key.substr(p + 1))) add(p + 1, p + 1, false);
  };
  prepositions(0);
  if (first && key.size() >= 3 && (key[0] == U'\u0648' || key[0] == U'\u0641')) {  // و ف
    add(1, 1, false);
    prepositions(1);
  }
  if (!first) AddLemmaReadings(key, out, n);
  return n;
}

int DateNumber(std::string_view d) {
  if (d.size() < 10 || d[4] != '-' || d[7] != '-') return 0;
  int v = 0;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return 0;
    v = v * 10 + (d[i] - '0');
  }
  return v;
}

int DateNumber(const std::optional<std::string>& date) {
  return date ? DateNumber(std::string_view(*date)) : 0;
}

}  // namespace marsad::actors
