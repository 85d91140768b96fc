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

std::string FindModality(const SentenceView& s, const TriggerMatch& t, const ModalityContext& c);

// True if the sentence attributes what it says to unnamed or third-party sources.
bool HasAttribution(const SentenceView& s);

}  // namespace marsad::events
