#include "marsad/ner/internal/entity_spans.h"

#include <algorithm>

#include "marsad/ner/internal/word_forms.h"
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

namespace {

bool IsWordChar(char32_t c) {
  if (IsArabicLetter(c) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == U'ـ') return true;
  if ((c >= U'0' && c <= U'9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9)) return true;
  if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) return true;
  // Other scripts' letters and marks: keep together; only ASCII and Arabic punctuation split.
  return c >= 0x00C0 && !(c >= 0x2000 && c <= 0x206F) && c != U'،' && c != U'؛' && c != U'؟' &&
         c != U'«' && c != U'»' && c != 0x066A && c != 0x066B && c != 0x066C && c != 0x06D4;
}

bool IsSpace(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x00A0 || c == 0x200F || c == 0x200E; }

void AppendPieces(std::u32string_view body, Span range, std::vector<Span>* out) {
  std::size_t i = range.start;
  while (i < range.end) {
    if (IsSpace(body[i])) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    if (IsWordChar(body[i])) {
      while (j < range.end && IsWordChar(body[j])) ++j;
    }
    out->push_back({i, j});
    i = j;
  }
}

}  // namespace

std::vector<Span> NerTokens(std::u32string_view body, Span range) {
  std::vector<Span> out;
  for (const text::Token& token : text::Tokenize(body, range)) AppendPieces(body, token.span, &out);
  return out;
}

std::vector<Span> SplitNerTokens(std::u32string_view body, Span range) {
  std::vector<Span> out;
  AppendPieces(body, {std::min(range.start, body.size()), std::min(range.end, body.size())}, &out);
  return out;
}

}  // namespace marsad::ner
