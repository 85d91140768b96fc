#include "marsad/events/internal/sentence_view.h"

#include <unordered_set>

namespace marsad::events {
namespace {

const WordSet& ClauseOpeners() {
  static const WordSet words = [] {
    WordSet s;
    for (const char* w :
         {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "ان", "انه", "انها",
          "انهم", "انهما", "بان", "بانه", "بانها", "بانهم", "لان", "لانه", "حيث", "عندما", "بينما",
          "لكن", "لكنه", "لكنها", "بعدما", "حين", "حينما", "كما", "اذ", "اذا", "لو", "بل", "ثم",
          "هو", "هي", "وهو", "وهي", "فيما", "مما", "ما", "اما", "الا"}) {
      s.insert(NormalizeArabic(ToU32(w)));
    }
    return s;
  }();
  return words;
}

bool IsClausePunct(char32_t c) {
  switch (c) {
    case U',': case U'،': case U';': case U'؛': case U':': case U'.': case U'!': case U'?':
    case U'؟': case U'(': case U')': case U'«': case U'»': case U'"': case U'[': case U']':
    case U'-': case U'–': case U'—': case U'“': case U'”':
      return true;
    default:
      return false;
  }
}

}  // namespace

bool OpensClause(const Word& w) {
  if (w.punct) return false;
  const auto& o = ClauseOpeners();
  return o.count(w.norm) > 0 || (w.conj && o.count((StripConjunction(w.norm))) > 0);
}

void FindClauses(SentenceView& s) {
  s.clause.assign(s.words.size(), 0);
  s.clause_begin.assign(1, 0);
  s.clause_end.clear();
  std::size_t id = 0;
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    const Word& w = s.words[i];
    const bool punct_break = w.punct && IsClausePunct(w.span.start < SIZE_MAX ? w.norm[0] : 0);
    const bool verb_break = i > 0 && w.conj && i < s.trigger_at.size() && s.trigger_at[i] >= 0 &&
                            (s.triggers[s.trigger_at[i]].entry->kind == TriggerKind::kVerb ||
                             s.triggers[s.trigger_at[i]].entry->kind == TriggerKind::kPassive);
    if (i > 0 && (punct_break || OpensClause(w) || verb_break)) {
      s.clause_end.push_back(i);
      s.clause_begin.push_back(i);
      ++id;
    }
    s.clause[i] = id;
  }
  s.clause_end.push_back(s.words.size());
}

}  // namespace marsad::events
