// marsad/events internal: the events of one sentence, with arguments and modality.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "marsad/events/internal/event_lexicon.h"
#include "marsad/events/internal/sentence_view.h"

namespace marsad::events {

struct RawEvent {
  std::size_t trigger = 0;  // index into SentenceView::triggers
  Phrase source, target;
  std::string code;
  std::string modality;
  double confidence = 0;
};

// A denial whose object is not in its own sentence (الولايات المتحدة نفت الموضوع): the coder
// applies it to the latest earlier event involving the denier.
struct OpenDenial {
  std::string actor;
  std::size_t before = 0;  // body offset of the denial: earlier events of its sentence qualify
};

// What the coder remembers across the sentences of one article.
struct ArticleMemory {
  // Head nouns seen before a coded actor (قادة الدولة الإسلامية → قاده → IMGMUSISI), for
  // demonstrative anaphora (هؤلاء القادة).
  std::unordered_map<std::u32string, std::string> head_actor;
};

struct SentenceResult {
  std::vector<RawEvent> events;
  std::vector<OpenDenial> denials;
  // Actors said to have done the same as the event before (وكذلك فعلت سورية).
  std::vector<Phrase> likewise;
};

class SentenceCoder {
 public:
  SentenceCoder(const EventLexicon& lexicon, ArticleMemory& memory)
      : lexicon_(lexicon), memory_(memory) {}

  // Finds triggers and clauses in s, then its events.
  SentenceResult Code(SentenceView& s) const;

 private:
  const EventLexicon& lexicon_;
  ArticleMemory& memory_;
};

}  // namespace marsad::events
