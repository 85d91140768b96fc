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
  static const auto s = MakeSet({"يزال", "تزال", "يزالون", "زال", "زالت", "سيما", "بد", "يزل", "تزل"});
  return s;
}
const auto& Conditionals() {
  static const auto s = MakeSet({"اذا", "لو", "لولا", "ربما", "وربما", "واذا", "فاذا", "ولو",
                                 "يمكن", "يمكنها", "يمكنه", "يمكنهم", "محتمل", "المحتمل",
                                 "احتمال", "لعل", "كي", "لكي"});
  return s;
}
const auto& FutureWords() {
  static const auto s = MakeSet({"سوف", "وسوف", "المقرر", "المتوقع", "يعتزم", "تعتزم", "ينوي",
                                 "تنوي", "يعتزمون", "غدا", "المرتقب", "ستقوم", "سيقوم"});
  return s;
}
const auto& AttributionWords() {
  static const auto s = MakeSet({"بحسب", "حسب", "وبحسب", "وحسب", "وفقا", "نقلا", "مصادر",
                                 "مصدر", "تقارير", "انباء", "الانباء", "زعم", "مزاعم", "يزعم",
                                 "ادعاءات", "شهود", "افادت", "ذكرت", "نسبت", "وبحسب", "ووفقا",
                                 "التقارير", "انباء", "المصادر", "المصدر"});
  return s;
}

bool IsImperfectVerbShape(const Word& w) {
  const std::u32string_view v = StripConjunction(w.norm);
  return !w.function && !w.definite && v.size() >= 3 &&
         (v[0] == U'ي' || v[0] == U'ت' || v[0] == U'ن');
}

}  // namespace

bool HasAttribution(const SentenceView& s) {
  for (const Word& w : s.words) {
    if (AttributionWords().count(w.norm) || AttributionWords().count(w.noun)) return true;
  }
  return false;
}

std::string FindModality(const SentenceView& s, const TriggerMatch& t, const ModalityContext& c) {
  const std::size_t clause_begin = s.clause_begin[s.clause[t.first]];
  bool negated = t.glued_negation;
  bool future = t.future_prefix;
  // لمحاربة داعش is an aim; لهجوم after تعرض ("was subjected to an attack") is a deed.
  bool hypothetical = t.purpose_prefix;
  for (std::size_t k = t.first; hypothetical && k-- > 0 && k + 4 > t.first;) {
    if (s.words[k].norm.find(U"تعرض") != std::u32string::npos) hypothetical = false;
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
      const bool after_if = i > 0 && Conditionals().count(s.words[i - 1].norm);
      if (!after_if) negated = true;
    }
    // قد + imperfect is "may"; قد + perfect (قد تظاهروا) is "has".
    const bool next_is_trigger = i + 1 == t.first;
    if ((w.norm == U"قد" || w.norm == U"وقد") && i + 1 < s.words.size() &&
        (next_is_trigger ? t.imperfect : IsImperfectVerbShape(s.words[i + 1]))) {
      hypothetical = true;
    }
  }
  // Sentence scope for conditionals; a question is not a report of a deed.
  for (std::size_t i = 0; i < t.first; ++i) {
    if (Conditionals().count(s.words[i].norm)) hypothetical = true;
    if (FutureWords().count(s.words[i].norm) || FutureWords().count(s.words[i].noun)) future = true;
  }
  if (!s.words.empty() && s.words.back().punct &&
      (s.words.back().norm == U"؟" || s.words.back().norm == U"?")) {
    hypothetical = true;
  }
  if (negated) return "negated";
  if (c.denied) return "denied";
  if (hypothetical) return "hypothetical";
  if (future) return "future";
  if (c.reported || HasAttribution(s)) return "reported";
  return "asserted";
}

}  // namespace marsad::events
