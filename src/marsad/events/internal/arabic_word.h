// marsad/events internal: the words of one sentence as the coder sees them.
//
// The coder needs more than tokens: each word's normalised form, the form without the
// proclitics that attach to nouns (و ف ب ل ك ال) and a few closed-class facts (is it a
// preposition, a relative pronoun, a number). These are cheap character-level rules, kept here
// so the coder's speed does not depend on heavier models in text/.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "marsad/core/core.h"

namespace marsad::events {

// Hash sets and maps of words that look up string views without building a string.
struct U32Hash {
  using is_transparent = void;
  // FNV-1a over code points: words are short, so this beats hashing their bytes.
  std::size_t operator()(std::u32string_view s) const noexcept {
    std::size_t h = 14695981039346656037ULL;
    for (char32_t c : s) h = (h ^ static_cast<std::size_t>(c)) * 1099511628211ULL;
    return h;
  }
};
using WordSet = std::unordered_set<std::u32string, U32Hash, std::equal_to<>>;
template <typename V>
using WordMap = std::unordered_map<std::u32string, V, U32Hash, std::equal_to<>>;
// A set of normalised words (NormalizeArabic) from UTF-8 literals.
WordSet MakeWordSet(std::initializer_list<const char*> words);

// Normalisation used for every look-up in the coder: alef variants → ا, ى → ي, ة → ه,
// no tashkeel or tatweel, Arabic-Indic digits → ASCII. Lexicon forms go through it too.
std::u32string NormalizeArabic(std::u32string_view word);

struct Word {
  Span span;                 // in the body
  std::u32string norm;       // normalised surface form
  std::u32string noun;       // norm without و/ف, one of ب/ل/ك, and ال (for phrase rules)
  bool punct = false;        // a punctuation token
  bool number = false;       // digits or a number word
  bool definite = false;     // carried ال (possibly after a proclitic)
  bool conj = false;         // began with و or ف
  bool pronoun_suffix = false;  // written with a final ه (not ة): often a possessive pronoun
  bool prep = false;         // carried an attached preposition ب ل ك (بالقصف، لمحاربة)
  bool function = false;     // preposition, particle, pronoun, conjunction: never a phrase head
  int actor = -1;            // index of the actor mention covering this word, or -1
  // Word classes (data/events/words.tsv) of the word as written or without its و/ف, and of its
  // noun form: one bit per WordClass, filled once per sentence by WordClasses::Classify.
  std::uint32_t form_classes = 0, noun_classes = 0;
};

// An Arabic or Latin comma: apposition and list punctuation, which many phrase rules step over.
inline bool IsComma(const Word& w) { return w.punct && (w.norm == U"،" || w.norm == U","); }

// Splits body[range] into words and punctuation; offsets into body.
std::vector<Word> SplitWords(std::u32string_view body, Span range);

// Strips one leading و or ف. Returns the rest (the whole word if too short).
std::u32string_view StripConjunction(std::u32string_view w);

bool IsArabicLetter(char32_t c);

}  // namespace marsad::events
