// Fuzzes the event coder alone (no NER, no text models: much cheaper per input than fuzz_text):
// arbitrary bytes → UTF-8 body → sentences (text::SplitSentences) → actor mentions from the
// dictionary (actors::ResolveActors, as the pipeline does after NER) plus a few entities the
// input places on word tokens (what a NER tagger could have found, with or without an actor
// code) → EventCoder::Code. Checks that every event points into its sentence and the body and
// has a known modality, and that coding is deterministic.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "marsad/actors/actors.h"
#include "marsad/core/core.h"
#include "marsad/events/events.h"
#include "marsad/text/text.h"

using namespace marsad;

namespace {
std::unique_ptr<actors::ActorDictionary> g_dictionary;
std::unique_ptr<events::EventCoder> g_coder;

const char* const kTypes[] = {"PER", "ORG", "LOC", "MISC"};
const char* const kCodes[] = {"", "SYR", "SYRGOV", "USA", "IRNMIL", "IGOUNO", "IMGMUSISI", "COP"};

bool InBody(const Span& s, std::size_t n) { return s.start <= s.end && s.end <= n; }

void CheckArgument(const EventArgument& a, const Span& sentence) {
  if (a.present() && !sentence.contains(a.span)) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  setenv("MARSAD_DATA", MARSAD_FUZZ_DATA_DIR, /*overwrite=*/0);
  auto d = actors::ActorDictionary::LoadDefault();
  if (!d.ok()) std::abort();
  g_dictionary = std::make_unique<actors::ActorDictionary>(std::move(d).value());
  auto c = events::EventCoder::LoadDefault(g_dictionary.get());
  if (!c.ok()) std::abort();
  g_coder = std::make_unique<events::EventCoder>(std::move(c).value());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The first byte (if any) chooses which word tokens become extra entities: every
  // (step)th word from the (offset)th, step 0 meaning none.
  const unsigned control = size > 0 ? data[0] : 0;
  std::string utf8(reinterpret_cast<const char*>(data) + (size > 0), size - (size > 0));
  SanitizeUtf8(utf8);
  const std::u32string body = ToU32(utf8);
  const std::size_t n = body.size();
  std::vector<Sentence> sentences = text::SplitSentences(body);
  const std::optional<std::string> date = "2015-07-01";
  std::vector<Entity> entities;
  const unsigned step = control & 7, offset = (control >> 3) & 3;
  if (step != 0) {
    std::size_t word = 0;
    for (const auto& t : text::Tokenize(body)) {
      if (t.kind != text::TokenKind::kWord && t.kind != text::TokenKind::kLatin) continue;
      if (word++ % step != offset % step) continue;
      Entity e;
      e.span = t.span;
      e.text = ToUtf8(std::u32string_view(body).substr(t.span.start, t.span.size()));
      e.type = kTypes[(word + control) % 4];
      e.actor = kCodes[(word * 3 + (control >> 5)) % 8];
      entities.push_back(std::move(e));
    }
  }
  actors::ResolveActors(*g_dictionary, body, date, entities);
  for (const auto& e : entities) {
    if (!InBody(e.span, n)) __builtin_trap();
  }
  events::CodingInput input{body, &sentences, &entities, date, "https://example.com/news/1",
                            "example.com"};
  const std::vector<Event> coded = g_coder->Code(input);
  for (const Event& e : coded) {
    if (e.sentence >= sentences.size()) __builtin_trap();
    const Span& s = sentences[e.sentence].span;
    if (!InBody(e.span, n) || !s.contains(e.span)) __builtin_trap();
    CheckArgument(e.verb, s);
    CheckArgument(e.source, s);
    CheckArgument(e.target, s);
    if (e.modality != "asserted" && e.modality != "negated" && e.modality != "denied" &&
        e.modality != "reported" && e.modality != "hypothetical" && e.modality != "future")
      __builtin_trap();
    if (e.cameo.empty() || e.root != e.cameo.substr(0, 2)) __builtin_trap();
  }
  if (g_coder->Code(input).size() != coded.size()) __builtin_trap();  // deterministic
  return 0;
}
