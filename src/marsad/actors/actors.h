// marsad/actors: the actor dictionary (data/actors/) and resolution of names to CAMEO codes.
//
// Codes are CAMEO-style: a three-letter country, IGO or group root plus optional role codes
// (SYR, SYRGOV, USAMIL, IGOUNO or UNO, ARL, IMGMUSISI ...). Matching is on normalised,
// clitic-stripped forms; leaders are bounded by date ranges and resolved by the article date.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "marsad/core/core.h"
#include "marsad/text/text.h"

namespace marsad::actors {

// An actor named in the text: where, how, and the code it resolves to.
struct ActorMention {
  Span span;           // offsets into the body
  std::string text;    // the words as written
  std::string code;    // e.g. "SYRGOV"
  std::string type;    // PER, LOC, ORG, MISC (for entities)
  bool nisba = false;  // named by an adjective (الأمريكية) rather than a noun
};

class ActorDictionary {
 public:
  static Result<ActorDictionary> Load(const std::string& dir);  // data/actors/
  static Result<ActorDictionary> LoadDefault();
  ActorDictionary(ActorDictionary&&) noexcept;
  ActorDictionary& operator=(ActorDictionary&&) noexcept;
  ~ActorDictionary();

  // Every actor mention in body[range], longest match first, no overlaps. date (YYYY-MM-DD)
  // bounds leaders' terms; context_entities lets short forms resolve to names seen earlier
  // in the same article.
  std::vector<ActorMention> FindMentions(std::u32string_view body, Span range,
                                         const std::optional<std::string>& date) const;

  // The code for a name (any form: clitics, alef variants ...), or empty.
  std::string Lookup(std::u32string_view name, const std::optional<std::string>& date) const;

  std::size_t size() const;

 private:
  ActorDictionary();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Fills entity actor codes and adds actor mentions that NER missed (nisba adjectives,
// metonyms), resolving short forms of names seen earlier in the article.
void ResolveActors(const ActorDictionary& dictionary, std::u32string_view body,
                   const std::optional<std::string>& date, std::vector<Entity>& entities);

}  // namespace marsad::actors
