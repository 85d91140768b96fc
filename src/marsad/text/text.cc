// Placeholder text layer (foundation skeleton). Replaced by the real normaliser, splitter,
// tokeniser and models.
#include "marsad/text/text.h"

namespace marsad::text {

Span NormalizedText::OriginalSpan(Span n) const { return {to_original[n.start], to_original[n.end]}; }

NormalizedText Normalize(std::u32string_view original, const NormalizeOptions&) {
  NormalizedText n;
  n.text = original;
  for (std::size_t i = 0; i <= original.size(); ++i) n.to_original.push_back(i);
  return n;
}
std::u32string NormalizeKey(std::u32string_view t) { return Normalize(t).text; }
std::string NormalizeKey(std::string_view utf8) { return ToUtf8(NormalizeKey(ToU32(utf8))); }

std::vector<Sentence> SplitSentences(std::u32string_view body) {
  std::vector<Sentence> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= body.size(); ++i) {
    if (i == body.size() || body[i] == U'\n' || body[i] == U'.' || body[i] == U'؟') {
      std::size_t end = (i < body.size() && body[i] != U'\n') ? i + 1 : i;
      if (end > start) out.push_back({{start, end}});
      start = i + 1;
    }
  }
  return out;
}

std::vector<Token> Tokenize(std::u32string_view body) { return Tokenize(body, {0, body.size()}); }
std::vector<Token> Tokenize(std::u32string_view body, Span range) {
  std::vector<Token> out;
  std::size_t i = range.start;
  while (i < range.end) {
    while (i < range.end && (body[i] == U' ' || body[i] == U'\n')) ++i;
    std::size_t s = i;
    while (i < range.end && body[i] != U' ' && body[i] != U'\n') ++i;
    if (i > s) out.push_back({{s, i}, TokenKind::kWord});
  }
  return out;
}

struct Segmenter::Impl {};
Segmenter::Segmenter() : impl_(std::make_unique<Impl>()) {}
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;
Segmenter::~Segmenter() = default;
Result<Segmenter> Segmenter::Load(const std::string&) { return Segmenter(); }
Result<Segmenter> Segmenter::LoadDefault() { return Segmenter(); }
std::vector<std::u32string> Segmenter::Segment(std::u32string_view w) const { return {std::u32string(w)}; }
std::u32string Segmenter::Stem(std::u32string_view w) const { return std::u32string(w); }

struct PosTagger::Impl {};
PosTagger::PosTagger() : impl_(std::make_unique<Impl>()) {}
PosTagger::PosTagger(PosTagger&&) noexcept = default;
PosTagger& PosTagger::operator=(PosTagger&&) noexcept = default;
PosTagger::~PosTagger() = default;
Result<PosTagger> PosTagger::Load(const std::string&) { return PosTagger(); }
Result<PosTagger> PosTagger::LoadDefault() { return PosTagger(); }
std::vector<std::string> PosTagger::Tag(const std::vector<std::u32string>& t) const {
  return std::vector<std::string>(t.size(), "NOUN");
}

std::u32string LightStem(std::u32string_view w) { return std::u32string(w); }

}  // namespace marsad::text
