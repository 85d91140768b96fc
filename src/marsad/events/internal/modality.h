// marsad/events internal: the modality of an event from the words around its trigger.
//
// Priority when several apply: negated > denied > hypothetical > future > reported > asserted.
// Negation and future markers count within the trigger's clause; conditionals (إذا، لو)
// across the sentence before the trigger; attribution (بحسب، مصادر) anywhere in the sentence.
#pragma once

#include <string>

#include "marsad/events/internal/sentence_view.h"

namespace marsad::events {

struct ModalityContext {
  bool denied = false;    // inside the complement of a denial (نفى أن ...)
  bool reported = false;  // inside the complement of a third party's statement
};

// The sentence-wide cues, found once per sentence (so coding stays linear in its length): the
// first word of each class (data/events/words.tsv) and whether the sentence attributes.
struct SentenceCues {
  std::size_t first_conditional = SIZE_MAX;
  std::size_t first_future = SIZE_MAX;
  std::size_t first_obligation = SIZE_MAX;
  std::size_t first_normative = SIZE_MAX;
  bool attribution = false;
  bool question = false;  // ends in ؟: a question reports no deed
  bool domain = false;    // holds a word of sport, markets, worship or services text
};

SentenceCues FindCues(const SentenceView& s);

std::string FindModality(const SentenceView& s, const SentenceCues& cues, const TriggerMatch& t,
                         const ModalityContext& c);

}  // namespace marsad::events
