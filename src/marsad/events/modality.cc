#include "marsad/events/internal/modality.h"

#include <unordered_set>

namespace marsad::events {
namespace {

WordSet MakeSet(std::initializer_list<const char*> words) { return MakeWordSet(words); }

const auto& Negators() {
  static const auto s = MakeSet({"لم", "لن", "لا", "ليس", "ليست", "ليسوا", "لست", "عدم", "دون",
                                 "بدون", "غير", "بعدم", "ولم", "ولن", "ولا", "فلم", "فلن", "وعدم"});
  return s;
}
// لا يزال "still", لا سيما "especially", لم يعد ... are not negations of the event.
const auto& NegationBreakers() {
  static const auto s =
      MakeSet({"يزال", "تزال", "يزالون", "زال", "زالت", "سيما", "بد", "يزل", "تزل"});
  return s;
}
bool IsImperfectVerbShape(const Word& w) {
  const std::u32string_view v = StripConjunction(w.norm);
  return !w.function && !w.definite && v.size() >= 3 &&
         (v[0] == U'ي' || v[0] == U'ت' || v[0] == U'ن');
}

}  // namespace

SentenceCues FindCues(const SentenceView& s) {
  SentenceCues c;
  const WordClasses& wc = *s.classes;
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    const Word& w = s.words[i];
    if (w.punct) continue;
    auto first = [&](WordClass cls, std::size_t& at) {
      if (at == SIZE_MAX && (wc.HasWord(cls, w) || WordClasses::HasNoun(cls, w))) at = i;
    };
    // Normative cues are predicates as written (حرام، لا يجوز), not adjectives (المسجد الحرام).
    if (c.first_normative == SIZE_MAX && wc.HasWord(WordClass::kNormative, w))
      c.first_normative = i;
    first(WordClass::kConditional, c.first_conditional);
    first(WordClass::kFuture, c.first_future);
    first(WordClass::kObligation, c.first_obligation);
    c.attribution |=
        wc.HasWord(WordClass::kAttribution, w) || WordClasses::HasNoun(WordClass::kAttribution, w);
  }
  c.question = !s.words.empty() && s.words.back().punct &&
               (s.words.back().norm == U"؟" || s.words.back().norm == U"?");
  return c;
}

std::string FindModality(const SentenceView& s, const SentenceCues& cues, const TriggerMatch& t,
                         const ModalityContext& c) {
  const std::size_t clause_begin = s.clause_begin[s.clause[t.first]];
  bool negated = t.glued_negation;
  bool future = t.future_prefix;
  // لمحاربة داعش is an aim; لهجوم after تعرض ("was subjected to an attack") is a deed.
  bool hypothetical = t.purpose_prefix;
  for (std::size_t k = t.first; hypothetical && k-- > 0 && k + 4 > t.first;) {
    if (s.words[k].norm.find(U"تعرض") != std::u32string::npos) hypothetical = false;
  }
  // سيزور ... ويلتقي: a conjoined imperfect shares the future of the verb it is joined to.
  if (!future && t.imperfect && s.words[t.first].conj) {
    for (std::size_t i = t.first; i-- > 0 && i + 8 > t.first;) {
      if (s.words[i].punct) break;
      if (s.trigger_at[i] < 0) continue;
      future = s.triggers[s.trigger_at[i]].future_prefix;
      break;
    }
  }
  // Clause scope, stopping at an earlier event word: its particles belong to it.
  for (std::size_t i = t.first; i-- > clause_begin;) {
    if (s.trigger_at[i] >= 0) break;
    const Word& w = s.words[i];
    if (Negators().count(w.norm)) {
      const bool breaker = i + 1 < s.words.size() && NegationBreakers().count(s.words[i + 1].norm);
      const bool noun_only = (w.noun == U"غير" || w.norm == U"غير") && i + 1 != t.first;
      if (!breaker && !noun_only) negated = true;
    }
    if (w.norm == U"ما" && i + 1 == t.first) {
      const bool after_if = i > 0 && s.classes->HasWord(WordClass::kConditional, s.words[i - 1]);
      if (!after_if) negated = true;
    }
    // قد + imperfect is "may"; قد + perfect (قد تظاهروا) is "has".
    const bool next_is_trigger = i + 1 == t.first;
    if ((w.norm == U"قد" || w.norm == U"وقد") && i + 1 < s.words.size() &&
        (next_is_trigger ? t.imperfect : IsImperfectVerbShape(s.words[i + 1]))) {
      hypothetical = true;
    }
  }
  // من دون أن تحدث مواجهات، بدون أن يلتقي: دون governs the أن clause that follows it.
  if (clause_begin > 0 && s.words[clause_begin].norm == U"ان") {  // norm: أن is ان
    const std::u32string& before = s.words[clause_begin - 1].norm;
    if (before == U"دون" || before == U"بدون") negated = true;
  }
  // Sentence scope for conditionals, obligation and plans before the trigger (إذا حاولت،
  // يجب أن يلتقي، من المقرر أن يزور); a question is not a report of a deed.
  if (cues.first_conditional < t.first || cues.first_obligation < t.first || cues.question)
    hypothetical = true;
  if (cues.first_future < t.first) future = true;
  if (negated) return "negated";
  if (c.denied) return "denied";
  if (hypothetical) return "hypothetical";
  if (future) return "future";
  if (c.reported || cues.attribution) return "reported";
  return "asserted";
}

}  // namespace marsad::events
