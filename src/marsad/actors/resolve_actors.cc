// ResolveActors: article-level resolution. The dictionary finds mentions sentence-free over the
// whole body; names seen in full lend their code to later short forms (الأسد after بشار الأسد);
// NER entities take the code of the mention they overlap, and mentions NER missed become
// entities of their own.
#include <algorithm>
#include <unordered_map>

#include "marsad/actors/internal/actor_words.h"
#include "marsad/actors/actors.h"

namespace marsad::actors {
namespace {

// Words that begin a compound name part (عبد الله, أبو بكر, بن سلمان): the short form keeps them.
bool BindsToNext(std::u32string_view key) {
  static const std::u32string kWords[] = {U"عبد", U"ابو", U"ابي", U"بن", U"ابن", U"ال", U"ام"};
  return std::find(std::begin(kWords), std::end(kWords), key) != std::end(kWords);
}

// The short form of a full personal name: its last word, or last two when the last part is a
// compound (عبد الله, بن سلمان). Empty when the name has a single word.
std::u32string ShortForm(std::u32string_view name) {
  WordList list;
  ScanWords(name, {0, name.size()}, list);
  const auto& w = list.words;
  if (w.size() < 2) return {};
  std::u32string last(WithoutArticle(list.Key(w.back())));
  if (last.size() < 3) return {};
  if (w.size() >= 3 && BindsToNext(list.Key(w[w.size() - 2]))) {
    return std::u32string(list.Key(w[w.size() - 2])) + U" " + last;
  }
  return BindsToNext(list.Key(w[w.size() - 2])) ? std::u32string() : last;
}

// Short forms of the full names among mentions, each with where the full name ends and its code.
struct ShortName {
  std::size_t after = 0;
  std::string code;
};

std::unordered_map<std::u32string, ShortName> ShortNames(std::u32string_view body,
                                                         const std::vector<ActorMention>& mentions) {
  std::unordered_map<std::u32string, ShortName> out;
  for (const auto& m : mentions) {
    if (m.type != "PER") continue;
    std::u32string s = ShortForm(body.substr(m.span.start, m.span.size()));
    if (!s.empty()) out.try_emplace(std::move(s), ShortName{m.span.end, m.code});
  }
  return out;
}

bool Covered(const std::vector<ActorMention>& mentions, Span s) {
  return std::any_of(mentions.begin(), mentions.end(),
                     [&](const ActorMention& m) { return m.span.overlaps(s); });
}

// Adds mentions for short forms (one or two words) found after their full name.
void AddShortForms(std::u32string_view body, std::vector<ActorMention>& mentions) {
  const auto names = ShortNames(body, mentions);
  if (names.empty()) return;
  WordList list;
  ScanWords(body, {0, body.size()}, list);
  std::vector<ActorMention> added;
  for (std::size_t i = 0; i < list.words.size(); ++i) {
    Reading readings[8];
    const std::u32string_view key = list.Key(list.words[i]);
    const int n = Readings(key, true, readings);
    for (int k = 0; k < n; ++k) {
      std::u32string probe(key.substr(readings[k].offset));
      std::size_t end = i + 1;
      auto it = names.find(probe);
      if (it == names.end() && i + 1 < list.words.size() && list.words[i + 1].joined_to_previous) {
        probe += U" ";
        probe += WithoutArticle(list.Key(list.words[i + 1]));
        it = names.find(probe);
        end = i + 2;
      }
      if (it == names.end()) continue;
      const Word& first = list.words[i];
      Span span{readings[k].trim ? list.offsets[first.key_begin + readings[k].trim] : first.span.start,
                list.words[end - 1].span.end};
      if (span.start < it->second.after) break;
      // The article's own full name wins over a dictionary reading of the same words (after
      // بشار الأسد, الأسد is Bashar whatever else the dictionary knows by that word).
      auto same = std::find_if(mentions.begin(), mentions.end(),
                               [&](const ActorMention& m) { return m.span == span; });
      if (same != mentions.end()) same->code = it->second.code;
      if (Covered(mentions, span) || Covered(added, span)) break;
      added.push_back({span, ToUtf8(body.substr(span.start, span.size())), it->second.code, "PER", false});
      break;
    }
  }
  mentions.insert(mentions.end(), added.begin(), added.end());
}

// The mention overlapping s the most, or nullptr.
const ActorMention* BestOverlap(const std::vector<ActorMention>& mentions, Span s) {
  const ActorMention* best = nullptr;
  std::size_t best_overlap = 0;
  for (const auto& m : mentions) {
    const std::size_t lo = std::max(m.span.start, s.start), hi = std::min(m.span.end, s.end);
    if (hi > lo && hi - lo > best_overlap) best = &m, best_overlap = hi - lo;
  }
  return best;
}

// محمد المالكي is not نوري المالكي: a person's name whose dictionary match is only its last
// word, a family name with the article (=المالكي, =الأسد), names another member of that family.
// Foreign surnames (أوباما، لافروف) are not judged so: their first names vary in spelling.
bool FamilyNameOfAnother(std::u32string_view body, const Entity& e, const ActorMention& m) {
  if (e.type != "PER" || m.type != "PER" || m.span.start <= e.span.start) return false;
  const std::u32string_view form = body.substr(m.span.start, m.span.size());
  if (form.find(U' ') != std::u32string_view::npos || !form.starts_with(U"ال")) return false;
  const std::u32string_view before = body.substr(e.span.start, m.span.start - e.span.start);
  return before.find_first_not_of(U" \t") != std::u32string_view::npos;  // a given name before it
}

}  // namespace

void ResolveActors(const ActorDictionary& dictionary, std::u32string_view body,
                   const std::optional<std::string>& date, std::vector<Entity>& entities) {
  std::vector<ActorMention> mentions = dictionary.FindMentions(body, {0, body.size()}, date);
  AddShortForms(body, mentions);
  for (Entity& e : entities) {
    if (!e.actor.empty() || e.span.end > body.size()) continue;
    if (const ActorMention* m = BestOverlap(mentions, e.span)) {
      e.actor = FamilyNameOfAnother(body, e, *m) ? "" : m->code;
    } else {
      e.actor = dictionary.Lookup(body.substr(e.span.start, e.span.size()), date);
    }
  }
  const std::size_t found_by_ner = entities.size();
  for (const auto& m : mentions) {
    const bool known = std::any_of(entities.begin(), entities.begin() + found_by_ner,
                                   [&](const Entity& e) { return e.span.overlaps(m.span); });
    if (!known) entities.push_back({m.span, m.text, m.type, m.code});
  }
  std::stable_sort(entities.begin(), entities.end(),
                   [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
}

}  // namespace marsad::actors
