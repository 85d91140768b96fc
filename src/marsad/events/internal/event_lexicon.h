// marsad/events internal: the Arabic event lexicon (data/events/lexicon*.tsv, format in
// data/events/README.md): verbs and verbal nouns with the CAMEO code they signal and the frame
// that picks the target. Loaded once; Match() is const and allocation-light.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "marsad/core/core.h"
#include "marsad/events/internal/arabic_word.h"

namespace marsad::events {

// kAgent: a noun naming the actors of an event by what they do (المتظاهرون): the noun phrase
// is the source, and the event is kept only when no other word of the sentence reports it.
enum class TriggerKind { kVerb, kNoun, kPassive, kAgent };

struct LexEntry {
  TriggerKind kind = TriggerKind::kVerb;
  std::string code;                          // CAMEO code
  std::vector<std::u32string> targets;       // "obj", "gen", or a preposition (normalised)
  std::vector<std::u32string> requires_any;  // one must follow within the window ("x*" = prefix)
  std::vector<std::u32string> tail;          // further words of a multiword trigger
  bool speech = false;      // reporting verb: its subject speaks for the clause it introduces
  bool deny = false;        // denial: the clause it introduces (or the event it names) is denied
  bool coded_only = false;  // only with coded actors on both sides (weak, converted entries)
  bool no_event = false;    // carries speech/deny role only, emits no event of its own
  // تلقى اتصالا من ...: the subject received what the target sent; what is expressed "in it"
  // after (أعرب فيه عن) is the sender's.
  bool received = false;
  // A noun event that took place even as a complement (خلال زيارته، في زيارة رسمية، عقب
  // لقائه، أهمية زيارة): meetings and visits are reported that way, unlike attacks named as
  // topics (منذ اغتيال الحريري).
  bool setting = false;
  // A verb whose object is its victim (قتل، خطف، اغتال، اعتقل): a number right after it is
  // the victim of a passive reading (قتل عشرة أشخاص برصاص ...). Flag victim.
  bool victim_object = false;
  // A reaction to a deed (أدان، استنكر، ندد، أشاد، رحب): when its object names a deed whose
  // doer the sentence names (الهجوم الذي شنه X، الغارات التركية), the doer is the target and
  // the condemner stays the source. Flag reaction.
  bool reaction = false;
  // The code when either side is armed (a military, police, rebel or militant actor, or
  // fighters as victims): قتل is 180 among civilians, 190 in fighting. Flag armed=190.
  std::string armed_code;
  // The event seen from the target's side, also emitted when both sides are found: the same
  // code for symmetric events (flag sym: meetings, calls, clashes, agreements), another for
  // converse ones (converse=042 on استقبل: the guest visits the host). Empty for none.
  std::string converse;
  double weight = 0.8;  // prior confidence
  std::string lemma;    // as written in the lexicon, for messages
};

struct TriggerMatch {
  const LexEntry* entry = nullptr;
  std::size_t first = 0, last = 0;       // words [first, last] form the trigger
  std::size_t required_word = SIZE_MAX;  // word that satisfied requires_any
  bool future_prefix = false;            // سـ on the verb
  bool purpose_prefix = false;           // لـ on a verb or masdar: an aim, not a deed
  bool glued_negation = false;           // لا glued to the verb (لاتستهدف)
  bool imperfect = false;  // matched an imperfect (يقصف) rather than a perfect form
};

class EventLexicon {
 public:
  // Reads one lexicon file; later files add entries (hand-written first, converted after).
  Status AddFile(const std::string& path, double weight);
  // The best trigger starting at words[i], if any. clause_end bounds multiword and requires.
  bool Match(const std::vector<Word>& words, std::size_t i, std::size_t clause_end,
             TriggerMatch* out) const;
  std::size_t size() const { return entries_.size(); }
  const std::vector<LexEntry>& entries() const { return entries_; }

 private:
  void AddVerbForms(std::size_t id, const std::u32string& past, const std::u32string& present);
  // Forms map to entry ids times two, plus one for imperfect forms.
  void AddForm(const std::u32string& form, std::size_t id, bool imperfect = false);
  bool MatchEntry(const LexEntry& e, const std::vector<Word>& words, std::size_t i,
                  std::size_t clause_end, TriggerMatch* out) const;

  std::vector<LexEntry> entries_;
  WordMap<std::vector<std::size_t>> forms_;
  // The first two letters of every form: most words are rejected here without a look-up.
  std::unordered_set<std::uint64_t> prefixes_;  // form → entries
};

}  // namespace marsad::events
