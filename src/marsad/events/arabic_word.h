// marsad/events internal: the words of one sentence as the coder sees them.
//
// The coder needs more than tokens: each word's normalised form, the form without the
// proclitics that attach to nouns (و ف ب ل ك ال) and a few closed-class facts (is it a
// preposition, a relative pronoun, a number). These are cheap character-level rules, kept here
// so the coder's speed does not depend on heavier models in text/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "marsad/core/core.h"

namespace marsad::events {

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
};

// Splits body[range] into words and punctuation; offsets into body.
std::vector<Word> SplitWords(std::u32string_view body, Span range);

// Strips one leading و or ف. Returns the rest (the whole word if too short).
std::u32string_view StripConjunction(std::u32string_view w);

bool IsArabicLetter(char32_t c);

}  // namespace marsad::events
