// marsad/events: CAMEO events from Arabic sentences: who did what to whom, with Goldstein,
// QuadClass, PLOVER and modality. Tables and the verb lexicon load from data/events/.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "marsad/actors/actors.h"
#include "marsad/core/core.h"
#include "marsad/text/text.h"

namespace marsad::events {

// What the coder reads: the body as code points, its sentences, and its entities with actor
// codes (from ner + actors).
struct CodingInput {
  std::u32string_view body;
  const std::vector<Sentence>* sentences = nullptr;
  const std::vector<Entity>* entities = nullptr;
  std::optional<std::string> date;
  // Where the article comes from: the home country of its site (data/events/sites.tsv) serves
  // generic agents that name no country (وزارة الداخلية in a Saudi paper is Saudi).
  std::optional<std::string> url;
  std::optional<std::string> site;
};

class EventCoder {
 public:
  // Loads dir/cameo_codes.tsv, dir/lexicon.tsv (and lexicon_upetrarch.tsv if present),
  // then each of extra_lexicons (same format, after the shipped ones), dir/words.tsv and
  // dir/sites.tsv (if present).
  static Result<EventCoder> Load(const std::string& dir, const actors::ActorDictionary* dict,
                                 const std::vector<std::string>& extra_lexicons = {});
  static Result<EventCoder> LoadDefault(const actors::ActorDictionary* dict);
  EventCoder(EventCoder&&) noexcept;
  EventCoder& operator=(EventCoder&&) noexcept;
  ~EventCoder();

  // Events of every sentence; one per (source, target, code) per sentence.
  std::vector<Event> Code(const CodingInput& input) const;

 private:
  EventCoder();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True for events stated as facts: every modality except negated, denied and hypothetical
// (reported and future events are facts someone asserts). --facts-only keeps these.
bool IsFact(const Event& event);

}  // namespace marsad::events
