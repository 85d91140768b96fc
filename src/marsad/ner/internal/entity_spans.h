// From tags to entities: IOB2 runs → typed spans, and the word pieces the tagger sees.
// Internal to the ner stage; tests use it directly.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "marsad/core/core.h"

namespace marsad::ner {

struct TaggedSpan {
  std::size_t begin = 0;  // first token
  std::size_t end = 0;    // one past the last token
  std::string type;       // PER, LOC, ORG, MISC
};

// Entity runs in an IOB2 (or IOB1) tag sequence, with conlleval's reading: an I- that does not
// continue an entity of its type starts one.
std::vector<TaggedSpan> TagRuns(const std::vector<std::string>& tags);

// Splits body[range] into the tokens ANERcorp's tokenisation has: whitespace-separated words
// with punctuation as tokens of its own ("دمشق،" → "دمشق" "،"). Offsets are into body.
// NerTokens refines text::Tokenize's tokens (the pipeline's tokenisation);
// SplitNerTokens uses whitespace only and never changes, so the tools that build data/ner
// from a corpus give the same bytes whatever the text layer does.
std::vector<Span> NerTokens(std::u32string_view body, Span range);
std::vector<Span> SplitNerTokens(std::u32string_view body, Span range);

}  // namespace marsad::ner
