// Choosing each event's place among the places its sentence names (ranks in places.h).
#include <algorithm>
#include <limits>
#include <cstdint>
#include <map>

#include "marsad/places/places.h"

namespace marsad::places {
namespace {

enum Rank { kCue = 1, kFree = 2, kDateline = 3, kActor = 4, kNisba = 5 };

// How far a place is from the verb, in code points, with two costs for what Arabic word order
// says: a place before the verb counts double (the adjunct of place usually follows the verb
// and its arguments: وقع الرئيس الاتفاقية في طوكيو), and a comma between them adds a clause
// (بعد لقائه في باريس، وقع ... في طوكيو: Tokyo).
// commas[i]: clause marks (، , ؛ ;) in body[0, i), so that the marks between two points cost
// one subtraction (a long sentence has many events and places).
std::size_t Distance(const std::vector<std::uint32_t>& commas, Span verb, Span place) {
  if (verb.overlaps(place)) return 0;
  const bool after = verb.end <= place.start;
  const Span between = after ? Span{verb.end, place.start} : Span{place.end, verb.start};
  return between.size() * (after ? 1 : 2) + 1000 * (commas[between.end] - commas[between.start]);
}

bool InArgument(const Event& e, Span s) {
  return (e.source.present() && e.source.span.overlaps(s)) || (e.target.present() && e.target.span.overlaps(s));
}

}  // namespace

void PlaceEvents(const Gazetteer& gazetteer, std::u32string_view body,
                 const std::vector<Sentence>& sentences, std::vector<Event>& events) {
  if (events.empty()) return;
  const std::optional<PlaceMention> dateline = gazetteer.Dateline(body);
  std::vector<std::uint32_t> commas(body.size() + 1, 0);
  for (std::size_t i = 0; i < body.size(); ++i) {
    const char32_t c = body[i];
    commas[i + 1] = commas[i] + (c == U'،' || c == U',' || c == U'؛' || c == U';' ? 1 : 0);
  }
  std::map<std::size_t, std::vector<PlaceMention>> by_sentence;  // found once per sentence
  for (Event& e : events) {
    const Span sentence = e.sentence < sentences.size() ? sentences[e.sentence].span : e.span;
    auto [it, fresh] = by_sentence.try_emplace(e.sentence);
    if (fresh) it->second = gazetteer.FindPlaces(body, sentence);
    const Span anchor = e.verb.present() ? e.verb.span : e.span;
    const PlaceMention* best = nullptr;
    int best_rank = std::numeric_limits<int>::max();
    std::size_t best_distance = 0;
    for (const PlaceMention& m : it->second) {
      if (dateline && m.span == dateline->span) continue;  // the dateline itself: rank 3
      const int rank = m.nisba ? kNisba : m.cue ? kCue : InArgument(e, m.span) ? kActor : kFree;
      const std::size_t d = Distance(commas, anchor, m.span);
      if (rank < best_rank || (rank == best_rank && d < best_distance)) {
        best = &m;
        best_rank = rank;
        best_distance = d;
      }
    }
    if (dateline && kDateline < best_rank) {
      e.place = gazetteer.ToPlace(body, *dateline, "dateline");
    } else if (best != nullptr) {
      e.place = gazetteer.ToPlace(body, *best, "sentence");
    } else {
      e.place.reset();
    }
  }
}

}  // namespace marsad::places
