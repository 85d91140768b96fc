// Internal to marsad/actors: words of a text as look-up keys, and their clitic-stripped forms.
//
// The dictionary and the text go through the same key function, so what matters is that it is
// applied on both sides: alef forms, ى/ي, ة/ه and Persian letters are unified, diacritics,
// tatweel and direction marks dropped. Clitics are not removed from the key; instead each word
// offers a few candidate suffixes (و+ب+ال+...) and the dictionary decides which one names
// something. That keeps names that begin with a clitic letter (لبنان, بغداد) intact.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/core/core.h"

namespace marsad::actors {

// One word of the text. Its key is keys[key_begin, key_end) of the WordList, and
// offsets[key_begin + i] is the body offset of key character i.
struct Word {
  Span span;
  std::uint32_t key_begin = 0;
  std::uint32_t key_end = 0;
  bool joined_to_previous = false;  // only white space between this word and the one before
};

struct WordList {
  std::vector<Word> words;
  std::u32string keys;
  std::vector<std::size_t> offsets;  // one per key character, plus the end of the last word
  std::u32string_view Key(const Word& w) const {
    return std::u32string_view(keys).substr(w.key_begin, w.key_end - w.key_begin);
  }
};

// Scans body[range] into words (runs of letters, digits and marks) with their keys.
void ScanWords(std::u32string_view body, Span range, WordList& out);

// The key of one word of a dictionary form in `text`: without a leading ال, unless the form
// writes it with a hamza (ألماني: the letters of the word itself).
std::u32string_view FormWordKey(std::u32string_view text, const WordList& list, const Word& w);

// The key of a whole phrase as space-separated word keys (FormWordKey).
std::u32string PhraseKey(std::u32string_view phrase);

// A way to read a word: its key from `offset` on. `had_article` when an ال (or the ل of لل)
// was removed; `trim` is how many key characters are clitics to leave out of the mention span.
struct Reading {
  std::uint8_t offset = 0;
  std::uint8_t trim = 0;
  bool had_article = false;
  std::uint8_t cut = 0;  // key characters dropped at the end (an inflection ending, see Readings)
};

// The part of key that a reading looks up.
inline std::u32string_view ReadingKey(std::u32string_view key, const Reading& r) {
  return key.substr(r.offset, key.size() - r.offset - r.cut);
}

// The readings of a key, least stripped first; at most 8. `first` allows a leading و/ف
// (a conjunction only begins a phrase); inner words may still carry ب ل ك and ال, and are
// also read without a feminine or plural ending (ة ين ون), because UniversalPetrarch writes
// its phrases in lemma form (وزارة دفاع أميركي for وزارة الدفاع الأميركية).
int Readings(std::u32string_view key, bool first, Reading out[8]);

// The key without a leading ال when at least two letters remain (the dictionary's canonical form
// of one word).
std::u32string_view WithoutArticle(std::u32string_view key);

// YYYY-MM-DD → YYYYMMDD, or 0 when absent or malformed.
int DateNumber(const std::optional<std::string>& date);
int DateNumber(std::string_view date);

}  // namespace marsad::actors
