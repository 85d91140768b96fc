#include "marsad/ner/internal/entity_spans.h"

#include <algorithm>

#include "marsad/text/text.h"

namespace marsad::ner {

std::vector<TaggedSpan> TagRuns(const std::vector<std::string>& tags) {
  std::vector<TaggedSpan> out;
  bool open = false;
  for (std::size_t i = 0; i <= tags.size(); ++i) {
    const std::string tag = i < tags.size() ? tags[i] : "O";
    const bool inside = tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-';
    const std::string type = inside ? tag.substr(2) : "";
    if (open && (!inside || tag[0] == 'B' || type != out.back().type)) {
      out.back().end = i;
      open = false;
    }
    if (inside && !open) {
      out.push_back({i, i, type});
      open = true;
    }
  }
  return out;
}

// The text layer's word pieces (text::WordPieces): one rule for what a token is.
std::vector<Span> NerTokens(std::u32string_view body, Span range) {
  std::vector<Span> out;
  for (const text::Token& token : text::Tokenize(body, range)) {
    for (const Span& piece : text::WordPieces(body, token.span)) out.push_back(piece);
  }
  return out;
}

std::vector<Span> SplitNerTokens(std::u32string_view body, Span range) {
  return text::WordPieces(body, range);
}

}  // namespace marsad::ner
