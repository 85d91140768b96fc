// The event coder every event test uses: data/events with the small test dictionary
// (tests/events/data/actors.tsv), loaded once per test binary.
#pragma once

#include <optional>
#include <string>

#include "marsad/actors/actors.h"
#include "marsad/events/events.h"

namespace marsad::events::test {

struct LoadedCoder {
  std::optional<actors::ActorDictionary> dictionary;  // the coder points into it: never moved
  std::optional<EventCoder> coder;
  std::string error;  // why it did not load, when coder is empty
};

inline const LoadedCoder& TestCoder() {
  static LoadedCoder loaded;
  static const bool once = [] {
    auto dict =
        actors::ActorDictionary::Load(std::string(MARSAD_SOURCE_DIR) + "/tests/events/data");
    if (!dict.ok()) {
      loaded.error = dict.error();
      return false;
    }
    loaded.dictionary.emplace(std::move(dict).value());
    auto coder =
        EventCoder::Load(std::string(MARSAD_SOURCE_DIR) + "/data/events", &*loaded.dictionary);
    if (!coder.ok()) {
      loaded.error = coder.error();
      return false;
    }
    loaded.coder.emplace(std::move(coder).value());
    return true;
  }();
  (void)once;
  return loaded;
}

}  // namespace marsad::events::test
