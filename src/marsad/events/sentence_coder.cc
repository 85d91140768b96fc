#include "marsad/events/internal/sentence_coder.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <unordered_set>

#include "marsad/events/internal/argument_finder.h"
#include "marsad/events/internal/home_country.h"
#include "marsad/events/internal/modality.h"

namespace marsad::events {
namespace {

// MARSAD_EVENT_TRACE=1 prints, on stderr, each trigger and why it made no event: the tool
// for reading the coder's decisions on a dev sentence (off by default, read once).
bool TraceOn() {
  static const bool on = std::getenv("MARSAD_EVENT_TRACE") != nullptr;
  return on;
}
void Trace(const SentenceView& s, const TriggerMatch& t, const char* what) {
  if (!TraceOn()) return;
  std::string words;
  for (std::size_t k = t.first; k <= t.last && k < s.words.size(); ++k)
    words += ToUtf8(s.words[k].norm) + " ";
  std::fprintf(stderr, "trace %s %s: %s\n", t.entry->code.c_str(), words.c_str(), what);
}

const Phrase kNone{0, SIZE_MAX, ""};

WordSet MakeSet(std::initializer_list<const char*> words) { return MakeWordSet(words); }

const auto& Relatives() {
  static const auto s = MakeSet({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"});
  return s;
}
const auto& Complementisers() {
  static const auto s = MakeSet(
      {"ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها", "بانهم", "وان", "وانه"});
  return s;
}
const auto& PronounComplementisers() {
  static const auto s =
      MakeSet({"انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم", "وانه", "وانها"});
  return s;
}
const auto& Prepositions() {
  static const auto s =
      MakeSet({"في",   "من",  "الي", "علي",  "عن",   "مع",   "ضد",   "بين", "منذ", "عبر",
               "نحو",  "لدي", "عند", "حول",  "خلال", "بعد",  "قبل",  "دون", "تحت", "داخل",
               "خارج", "قرب", "وسط", "امام", "وراء", "بسبب", "بشان", "ازاء"});
  return s;
}
const auto& Demonstratives() {
  static const auto s = MakeSet({"هذا", "هذه", "ذلك", "تلك", "هاتين", "هذين"});
  return s;
}
// Whether two phrases share a word.
bool Overlap(const Phrase& a, const Phrase& b) {
  return a.valid() && b.valid() && a.first <= b.last && a.last >= b.first;
}

// What follows a harm verb read as passive (قتلا بانفجار، قتل في هجوم، قتلوا جراء).
const auto& PassiveCues() {
  static const auto s = MakeSet({"في", "جراء", "اثر", "خلال", "عندما", "حين", "بعد", "امس", "اليوم",
                                 "بعدما", "نتيجه", "علي"});
  return s;
}
const auto& LikewiseVerbs() {
  static const auto s = MakeSet({"فعل", "فعلت", "فعلوا", "يفعل", "تفعل"});
  return s;
}
const auto& LikewiseMarkers() {
  static const auto s = MakeSet({"كذلك", "وكذلك", "كما", "وكما", "مثلما"});
  return s;
}

// Where a speech or denial verb's voice reaches: the clauses after it in the sentence.
struct Voice {
  Phrase speaker = kNone;
  bool deny = false;
  bool active = false;
  std::size_t trigger = 0;
};

// A clitic pronoun ends the word (ه، ها، هم: زيارته، استهدفها، قواتهم).
bool EndsInPronoun(const Word& w) {
  return w.pronoun_suffix || w.norm.ends_with(U"ها") || w.norm.ends_with(U"هم");
}

bool AfterPreposition(const SentenceView& s, const Phrase& p) {
  if (!p.valid()) return false;
  if (s.words[p.first].prep) return true;
  if (p.first == 0) return false;
  std::u32string_view before = s.words[p.first - 1].norm;
  if (before.size() >= 3 && (before[0] == U'و' || before[0] == U'ف')) {
    if (Prepositions().count(std::u32string(before.substr(1)))) return true;
  }
  return Prepositions().count(std::u32string(before)) > 0;
}

class Analysis {
 public:
  bool Support(const Word& w) const { return s_.classes->HasWord(WordClass::kSupport, w); }

  Analysis(SentenceView& s, ArticleMemory& memory) : s_(s), af_(s), memory_(memory) {}

  SentenceResult Run();

 private:
  Phrase Subject(const TriggerMatch& t, bool* after_verb) const;
  Phrase Resolve(Phrase p) const;
  Phrase GenericAgent(Phrase p, const Phrase& other, bool doer = false) const;
  bool UncodedPerson(const Phrase& p) const;
  bool Political(const Phrase& p) const;
  bool StateActor(const Phrase& p) const;
  bool DomainText() const;
  bool Armed(const Phrase& p) const;
  bool Deed(const Phrase& p) const;
  bool People(const Phrase& p) const;
  bool Casualties(const TriggerMatch& t, const Phrase& target) const;
  bool StartsCount(std::size_t i) const;
  bool PlaceMention(const Phrase& p) const;
  bool DomesticDeed(const LexEntry& e, const Phrase& source, const Phrase& target) const;
  std::string Kingdom() const;
  std::string CoalitionCountry(const Phrase& p) const;
  Phrase ObjectAfterAdjunct(std::size_t from, std::size_t end) const;
  bool WhereOnly(const Mention& m) const;
  bool SpeakerIsSubject(const TriggerMatch& t) const;
  Phrase OwnerDoer(const TriggerMatch& t) const;
  bool Audience(const Phrase& p) const;
  bool StateLevel(const Phrase& p) const;
  bool PhraseHas(const Phrase& p, WordClass c) const;
  Phrase ExplicitAgentAfter(std::size_t from) const;
  bool Reporter(const Phrase& p) const;
  bool DeedAntecedent(const TriggerMatch& t) const;
  Phrase DeedDoer(const Phrase& p) const;
  Phrase DoerAfter(std::size_t from, std::size_t window) const;
  Phrase DoerAt(std::size_t from) const;
  std::size_t PastAdjectives(std::size_t k) const;
  std::string OfficeRole(const Phrase& p) const;
  void CodeTrigger(std::size_t ti, const Voice& voice, SentenceResult& r);
  Phrase ClauseActor(std::size_t first, const Phrase& exclude) const;
  Phrase CodedTargetAfter(const TriggerMatch& t, const Phrase& source) const;
  bool Reference(const TriggerMatch& t) const;
  std::size_t RequestEnd(std::size_t i) const;
  bool Reception(const TriggerMatch& t, Phrase& host, Phrase& guest) const;
  bool RequestCue(const TriggerMatch& t) const;
  Phrase Requester(const TriggerMatch& t) const;
  bool InRequest(const Mention& m) const;
  Phrase SupportSubject(const TriggerMatch& t) const;
  Phrase ProtestTarget(const TriggerMatch& t, const Phrase& source) const;
  Phrase ProtestCueTarget(const TriggerMatch& t) const;
  Phrase Protesters(const TriggerMatch& t) const;
  Phrase ResultVictims(const TriggerMatch& t) const;
  Phrase NearestCoded(const TriggerMatch& t, bool before, const Phrase& other,
                      bool doer = false) const;
  bool SourceOfOtherDeed(const Phrase& p, const SentenceResult& r) const;
  bool VictimOfOtherDeed(const Phrase& p, const SentenceResult& r) const;
  bool Addressee(const Mention& m) const;
  std::vector<Phrase> BetweenSides(std::size_t at, std::size_t end) const;
  void RememberHeads();

  SentenceView& s_;
  ArgumentFinder af_;
  ArticleMemory& memory_;
  std::vector<Voice> voice_of_clause_;
  SentenceCues cues_;
  Phrase last_source_ = kNone;
  Phrase last_sender_ = kNone;   // who sent what the last `received` event's subject got
  Phrase last_speaker_ = kNone;  // the subject of the sentence's latest speech verb
  std::vector<Phrase> victims_;  // subjects of harm verbs read as passive, event or not
};

Phrase Analysis::Resolve(Phrase p) const {
  if (!p.valid() || !p.code.empty()) return p;
  const std::u32string head = af_.DemonstrativeHead(p);
  if (head.empty()) return p;
  auto it = memory_.head_actor.find(head);
  if (it != memory_.head_actor.end()) p.code = it->second;
  return p;
}

bool Analysis::DomainText() const { return cues_.domain; }

bool HasDomainWord(const SentenceView& s) {
  for (const Word& w : s.words) {
    if (w.punct || w.function) continue;
    if (WordClasses::HasNoun(WordClass::kDomain, w) || s.classes->HasWord(WordClass::kDomain, w))
      return true;
    if (w.noun.size() > 3 && w.noun.back() == U'ا' &&
        s.classes->Has(WordClass::kDomain,
                       std::u32string_view(w.noun).substr(0, w.noun.size() - 1))) {
      return true;  // هدفا
    }
  }
  return false;
}

// A phrase that names a deed, not a doer: an event word or a deed noun at its head
// (التفجير الإرهابي، العمل الإجرامي، الحادث).
bool Analysis::Deed(const Phrase& p) const {
  if (!p.valid() || !p.code.empty()) return false;
  const Word& head = s_.words[p.first];
  const int t = s_.trigger_at[p.first];
  if (t >= 0) return s_.triggers[t].entry->kind != TriggerKind::kAgent;  // المتظاهرون do deeds
  return s_.classes->HasWord(WordClass::kDeed, head) ||
         WordClasses::HasNoun(WordClass::kDeed, head);
}

// على يد / من قبل within a few words after `from` (قتل الطفل بحرق متعمد وهو في مهده على يد
// مستوطنين), before any other verb event or full stop.
Phrase Analysis::ExplicitAgentAfter(std::size_t from) const {
  const std::size_t n = s_.words.size();
  for (std::size_t k = from; k < n && k < from + 10; ++k) {
    const Word& w = s_.words[k];
    if (w.punct && !IsComma(w)) break;
    const int a = s_.trigger_at[k];
    if (a >= 0 && s_.triggers[a].entry->kind != TriggerKind::kNoun) break;
    Phrase agent = af_.ExplicitAgentAt(k, n);
    if (agent.valid()) return agent;
  }
  return kNone;
}

// Who reports rather than acts: news agencies, observatories, sources, witnesses, reports
// (المرصد السوري، وكالة الأناضول، مصادر محلية، شهود، التقارير).
bool Analysis::Reporter(const Phrase& p) const {
  if (!p.valid()) return false;
  if (p.code.find("MED") != std::string::npos || p.code.find("HRI") != std::string::npos)
    return true;
  const Word& head = s_.words[p.first];
  return s_.classes->HasWord(WordClass::kAttribution, head) ||
         WordClasses::HasNoun(WordClass::kAttribution, head) || head.noun == U"وكاله";
}

// التفجير الذي استهدف: a relative clause on an event word, whose verb has the deed for subject.
bool Analysis::DeedAntecedent(const TriggerMatch& t) const {
  if (t.first < 2 || !Relatives().count(s_.words[t.first - 1].norm)) return false;
  for (std::size_t k = t.first - 1; k-- > 0 && k + 5 > t.first;) {
    const int a = s_.trigger_at[k];
    // Only a named deed is the antecedent; a verb further back is another clause (وتجمع أهالي
    // الشاب الذي قتلته الشرطة).
    if (a >= 0) return s_.triggers[a].entry->kind == TriggerKind::kNoun;
    if (!af_.Nominal(k) || s_.words[k].actor >= 0) return false;  // its adjectives only
  }
  return false;
}

// Who did the deed a phrase names, when the sentence says so right after it: an agent phrase
// (على يد، من قبل، شنه، نفذه، برصاص) or a relative clause whose verb carries the deed as its
// object pronoun (الإنجاز الذي حققته الأجهزة الأمنية، الهجوم الذي تبناه التنظيم).
Phrase Analysis::DeedDoer(const Phrase& p) const {
  return Deed(p) ? DoerAfter(p.last + 1, 9) : kNone;
}

// The first word after a noun's adjectives (المجزرة المروعة التي ...): at most two nouns of
// its definiteness that name no actor.
std::size_t Analysis::PastAdjectives(std::size_t k) const {
  if (k == 0) return k;
  const bool definite = s_.words[k - 1].definite;
  for (int n = 0; n < 2 && k < s_.words.size(); ++n, ++k) {
    const Word& w = s_.words[k];
    if (w.definite != definite || w.actor >= 0 || w.conj || !af_.Nominal(k)) break;
  }
  return k;
}

// The doer named right at `from`: an agent phrase (على يد، من قبل، شنه، نفذه، برصاص) or a relative
// clause whose verb carries the deed as its object pronoun (الذي حققته الأجهزة الأمنية).
Phrase Analysis::DoerAt(std::size_t from) const { return DoerAfter(from, 1); }

Phrase Analysis::DoerAfter(std::size_t from, std::size_t window) const {
  const std::size_t n = s_.words.size();
  for (std::size_t k = from; k < n && k < from + window; ++k) {
    const Word& w = s_.words[k];
    if (w.punct) break;
    Phrase a = af_.ExplicitAgentAt(k, n);
    if (a.valid()) return a;
    if (IsAgentMarker(w)) return af_.PhraseAfter(k + 1, n);
    if (Relatives().count(w.norm) && k + 2 < n) {
      const Word& v = s_.words[k + 1];
      if (!EndsInPronoun(v)) return kNone;  // التفجير الذي استهدف: the deed is the subject
      Phrase doer = af_.PhraseAfter(k + 2, n);
      return Political(doer) ? doer : kNone;
    }
  }
  return kNone;
}

// A military, police, rebel or militant side (by its code or role word), or fighters named as
// such (عناصر تنظيم داعش، 29 جنديا).
bool Analysis::Armed(const Phrase& p) const {
  if (!p.valid()) return false;
  const std::string& c = p.code;
  if (c.starts_with("IMG")) return true;
  for (const char* role : {"MIL", "COP", "REB", "INS"}) {
    if (c.size() > 3 && c.find(role, 3) != std::string::npos) return true;
  }
  const std::string role = af_.AgentRole(p);
  if (role == "MIL" || role == "COP" || role == "REB") return true;
  return PhraseHas(p, WordClass::kArmed);
}

// A word of the phrase, as written or as its noun, is in class c.
bool Analysis::PhraseHas(const Phrase& p, WordClass c) const {
  if (!p.valid()) return false;
  for (std::size_t i = p.first; i <= p.last && i < s_.words.size(); ++i) {
    if (s_.classes->HasWord(c, s_.words[i]) || WordClasses::HasNoun(c, s_.words[i])) return true;
  }
  return false;
}

bool Analysis::Audience(const Phrase& p) const { return PhraseHas(p, WordClass::kAudience); }

// A side above office life: an agent or a title that is not a local office or body (الحكومة،
// الشرطة، الجماعة، النيابة، الرئيس، الأمين العام), a crowd or armed men.
bool Analysis::StateLevel(const Phrase& p) const {
  if (!p.valid()) return false;
  if (People(p) || Armed(p)) return true;
  for (std::size_t i = p.first; i <= p.last && i < s_.words.size(); ++i) {
    const Word& w = s_.words[i];
    auto in = [&](WordClass c) { return s_.classes->HasWord(c, w) || WordClasses::HasNoun(c, w); };
    if ((in(WordClass::kTitle) || in(WordClass::kAgent)) && !in(WordClass::kOffice)) return true;
  }
  return false;
}

bool Analysis::People(const Phrase& p) const { return PhraseHas(p, WordClass::kPeople); }

bool Analysis::PlaceMention(const Phrase& p) const {
  const int a = p.valid() ? s_.words[p.first].actor : -1;
  return a >= 0 && s_.mentions[a].place;
}

// A count: 29 جنديا، أكثر من 800 شخص، نحو مائة شخص.
bool Analysis::StartsCount(std::size_t i) const {
  if (s_.words[i].number) return true;
  const std::u32string_view n = StripConjunction(s_.words[i].norm);
  const bool more_than =
      (n == U"اكثر" || n == U"اقل") && i + 2 < s_.words.size() && s_.words[i + 1].norm == U"من";
  if (more_than) return s_.words[i + 2].number;
  return i + 1 < s_.words.size() && s_.words[i + 1].number &&
         (n == U"نحو" || n == U"حوالي" || n == U"قرابه");
}

// قتل أربعة أشخاص، اغتيل كرامي: people killed, hurt or taken — counted, named or called people
// — are news even when no text names who did it (GDELT's event with no Actor1); a place, a
// building or a bare noun hit by an unknown hand is not. Nor are a verbal noun's victims unless
// counted (الاعتداء على السجناء is a law's words, مقتل 15 شخصا news), a relative clause's
// (رفيق الحريري الذي اغتيل عام 2005: background), or the dead of a disaster.
bool Analysis::Casualties(const TriggerMatch& t, const Phrase& target) const {
  if (!target.valid() || !t.entry->code.starts_with("18")) return false;
  for (const Mention& m : s_.mentions) {
    if (m.place && m.first <= target.last && m.last >= target.first) return false;
  }
  if (t.first > 0 && Relatives().count(std::u32string(StripConjunction(s_.words[t.first - 1].norm)))) {
    return false;
  }
  for (const Word& w : s_.words) {
    if (s_.classes->HasWord(WordClass::kDisaster, w)) return false;
  }
  if (t.entry->kind == TriggerKind::kNoun) return StartsCount(target.first);
  const Word& head = s_.words[target.first];
  if (StartsCount(target.first) || People(target) || Armed(target)) return true;
  return head.actor >= 0 && s_.mentions[head.actor].person;
}

// A phrase that starts with a person's name the dictionary does not code (ايمن الكادومي).
bool Analysis::UncodedPerson(const Phrase& p) const {
  if (!p.valid() || !p.code.empty()) return false;
  const int a = s_.words[p.first].actor;
  return a >= 0 && s_.mentions[a].person && s_.mentions[a].code.empty();
}

// اعتقلت قوات الأمن المصرية 23 شخصا، أفرجت المحكمة الكويتية عن 11 متهما: a state or its body
// arresting, trying or releasing someone whom the text gives no country acts on its own people
// (domestic: EGYCOP → EGY). Not a place (اقتحمت الشرطة مدينة ...), not seized or damaged
// property (171: what it is taken from is the other side), and not a side already coded.
bool Analysis::DomesticDeed(const LexEntry& e, const Phrase& source, const Phrase& target) const {
  const bool coerce_person = e.code.starts_with("17") && !e.code.starts_with("171");
  if (!(coerce_person || e.code == "0841") || !target.valid() || !target.code.empty()) return false;
  if (source.code.size() < 3 || !IsCountryCode(source.code)) return false;
  for (const Mention& m : s_.mentions) {
    if (m.place && m.first <= target.last && m.last >= target.first) return false;
  }
  return true;
}

// An office holder is a generic agent of government (وزير العدل → GOV); an honorific alone
// (الشيخ فلان) only names a person, so it takes a country and no role.
std::string Analysis::OfficeRole(const Phrase& p) const {
  std::string role;
  for (std::size_t i = p.first; i <= p.last && i < s_.words.size(); ++i) {
    const Word& w = s_.words[i];
    if (s_.classes->HasWord(WordClass::kTitle, w) || WordClasses::HasNoun(WordClass::kTitle, w))
      return "GOV";
    if (s_.classes->HasWord(WordClass::kHonorific, w)) role = "-";
  }
  return role;
}

// A coded actor, a generic agent (الشرطة، مسلحون، المتظاهرون) or an office holder (الوزير،
// الأمين العام) makes an event political.
bool Analysis::Political(const Phrase& p) const {
  if (!p.valid()) return false;
  if (!p.code.empty() || !af_.AgentRole(p).empty()) return true;
  for (std::size_t i = p.first; i <= p.last && i < s_.words.size(); ++i) {
    const Word& w = s_.words[i];
    if (s_.classes->HasWord(WordClass::kTitle, w) || WordClasses::HasNoun(WordClass::kTitle, w) ||
        s_.classes->HasWord(WordClass::kHonorific, w)) {
      return true;
    }
  }
  return false;
}

// A side that makes sport or market text political: an office or agent word (الرئيس، وزارة،
// الشرطة), or a coded person or organisation. A nisba or a city names teams and clubs there
// (المدرب الأرجنتيني), and a phrase holding a domain word is a club or a team (نادي أتليتكو مدريد).
bool Analysis::StateActor(const Phrase& p) const {
  if (!p.valid()) return false;
  for (std::size_t i = p.first; i <= p.last && i < s_.words.size(); ++i) {
    const Word& w = s_.words[i];
    if (WordClasses::HasNoun(WordClass::kDomain, w) || s_.classes->HasWord(WordClass::kDomain, w))
      return false;
  }
  if (!af_.AgentRole(p).empty()) return true;
  for (std::size_t i = p.first; i <= p.last && i < s_.words.size(); ++i) {
    const Word& w = s_.words[i];
    if (s_.classes->HasWord(WordClass::kTitle, w) || WordClasses::HasNoun(WordClass::kTitle, w))
      return true;
    if (w.actor < 0) continue;
    const Mention& m = s_.mentions[w.actor];
    // The press and companies report and sell sport; they do not make it politics (a ministry
    // of information or trade, GOVMED and GOVBUS, does).
    const bool press_or_trade = (m.code.find("MED") != std::string::npos ||
                                 m.code.find("BUS") != std::string::npos) &&
                                m.code.find("GOV") == std::string::npos;
    // برشلونة، السعودية read as organisations in sport text: a club or a national team, coded
    // by its city or country alone.
    const bool team = m.organisation && m.code.size() == 3 && IsCountryCode(m.code);
    if (!m.code.empty() && !m.nisba && !m.place && !press_or_trade && !team) return true;
  }
  return false;
}

// A generic agent (الشرطة، الجيش، الحكومة، المتظاهرون) takes its role code after the country its
// phrase names (الشرطة الفرنسية → FRA + COP). Without one it takes the one country the rest of
// the sentence names outside the other argument (اعتقلت الشرطة في تركيا ... → TURCOP); with
// several it stays uncoded, with none it takes the article's home country (its dateline's, else
// its site's: a Saudi paper's وزارة الداخلية is Saudi). The other argument never lends its country,
// so the rule makes no self-dyad.
Phrase Analysis::GenericAgent(Phrase p, const Phrase& other, bool doer) const {
  if (!p.valid()) return p;
  if (p.code.empty()) {
    const std::string coalition = CoalitionCountry(p);
    if (!coalition.empty()) {
      p.code = coalition + "MIL";
      return p;
    }
  }
  std::string role = af_.AgentRole(p);
  // Only the state's own bodies and office holders are named without a nisba at home; crowds,
  // gunmen and rebels are not (the home rule below).
  bool state_body = role == "GOV" || role == "COP" || role == "MIL" || role == "LEG";
  const std::string office_role = OfficeRole(p);
  // An office holder (الوزير، وكيل الوزارة), not a body (الحكومة).
  const bool office = office_role == "GOV";
  if (role.empty()) {
    role = office_role;
    state_body = !role.empty();
  }
  // Residents and named persons of no stated country who do something to a political side
  // (أبناء المنطقة، سيدات المجتمع، a citizen quoted by name, thanking the police or making
  // demands of a ministry) are the home country's people. As the other side (victims, the
  // arrested) they may be anywhere, so only a doer takes home; and the guess never makes a
  // sentence political by itself (a singer's or a preacher's words stay uncoded).
  // A person's country is never guessed from the others the sentence names (كارتر ... القوات
  // العراقية): only home, when the sentence names no country at all.
  const bool person = role.empty() && UncodedPerson(p);
  const bool citizens = (role.empty() || role == "-") && ((People(p) && !Armed(p)) || person) &&
                        doer && Political(other);
  if (role.empty() && (People(p) || person)) role = "-";
  if (role.empty()) return p;
  if (role == "KINGDOM") {
    if (p.code.empty()) p.code = Kingdom();
    return p;
  }
  const std::string suffix = role == "-" ? "" : role;
  if (!p.code.empty()) {
    if (p.code.size() == 3 && IsCountryCode(p.code)) p.code += suffix;
    return p;
  }
  // The sentence, within a window of 60 words either side (a run-on text of thousands of
  // words names many countries; the window keeps this linear).
  std::string country;
  bool foreign_place = false;  // a place the dictionary does not code: home is not a safe guess
  const std::size_t lo = p.first > 60 ? p.first - 60 : 0, hi = p.last + 60;
  auto m0 = std::lower_bound(s_.mentions.begin(), s_.mentions.end(), lo,
                             [](const Mention& m, std::size_t at) { return m.last < at; });
  for (auto it = m0; it != s_.mentions.end() && it->first <= hi; ++it) {
    const Mention& m = *it;
    if (m.place && m.code.empty()) foreign_place = true;
    if (m.code.empty() || !IsCountryCode(m.code) || Addressee(m)) continue;
    // حسب ما نقلت وكالة الصحافة الفرنسية: the press's country is not the story's.
    if (m.code.find("MED", 3) != std::string::npos) continue;
    if (other.valid() && m.first <= other.last && m.last >= other.first) continue;
    const std::string root = m.code.substr(0, 3);
    // The other side's country named again (وصل الأمير إلى المالديف ليرأس الوفد في احتفالات
    // المالديف) is still the other side's.
    if (doer && other.code.size() >= 3 && other.code.compare(0, 3, root) == 0) continue;
    if (!country.empty() && country != root) return p;
    country = root;
  }
  // No country anywhere near: a state body or an office takes the article's home country (its
  // dateline's, else its site's), unless an uncoded place says the story is elsewhere.
  if (person && !country.empty()) return p;
  if (country.empty() && (state_body || citizens) && !foreign_place) country = s_.home_country;
  // استقبل وكيل الوزارة سفير باكستان: an office holder of no stated country dealing (not
  // fighting) with a foreign side is the site's own, even where the foreign country's mentions
  // outnumber the site's (a story about the guest still has a host). Not a body: الحكومة in a
  // story about Spain is Spain's.
  if (country.empty() && office && doer && !foreign_place && !s_.site_country.empty() &&
      other.valid() && other.code.size() >= 3 && IsCountryCode(other.code) &&
      other.code.compare(0, 3, s_.site_country) != 0) {
    country = s_.site_country;
  }
  if (!country.empty()) p.code = country + suffix;
  return p;
}

// طائرات التحالف، قوات التحالف: an unnamed coalition in 2015 news is the Saudi-led one over
// Yemen and the US-led one over the Islamic State, Syria and Iraq; the sentence's theatre says
// which (never the country it fights in: طائرات التحالف في صنعاء are not Yemeni). Empty when the
// phrase names no coalition or the theatre is not one of them, or both.
std::string Analysis::CoalitionCountry(const Phrase& p) const {
  bool coalition = false;
  for (std::size_t i = p.first; i <= p.last && i < s_.words.size(); ++i)
    coalition |= s_.words[i].noun == U"تحالف" && s_.words[i].actor < 0;
  if (!coalition) return "";
  bool yemen = false, islamic_state = false;
  for (const Mention& m : s_.mentions) {
    yemen |= m.code.starts_with("YEM");
    islamic_state |= m.code.starts_with("IMGMUSISI") || m.code.starts_with("SYR") ||
                     m.code.starts_with("IRQ");
  }
  if (yemen == islamic_state) return "";
  return yemen ? "SAU" : "USA";
}

// المملكة (the Kingdom), named by no neighbour: the news site's country when that is a kingdom
// (class kingdom: a Jordanian paper's المملكة is Jordan), else the default one (Saudi Arabia for
// a Kuwaiti or Egyptian paper), whatever other countries the sentence names (زيارة الوزير
// المصري للمملكة).
std::string Analysis::Kingdom() const {
  if (!s_.site_country.empty() && s_.classes->Has(WordClass::kKingdom, ToU32(s_.site_country)))
    return s_.site_country;
  return s_.classes->DefaultOf(WordClass::kKingdom);
}

// استقبل الوزير في مكتبه بالوزارة سفير باكستان: place adjuncts (في، خلال، لدى، عند، or an
// attached ب), time words and a comma may stand between the verb's subject and its object.
// What follows them is the object only when it names an actor (a coded name), so that an
// adjunct's noun is never taken for one.
Phrase Analysis::ObjectAfterAdjunct(std::size_t from, std::size_t end) const {
  static const auto adjunct_preps = MakeSet({"في", "خلال", "لدي", "عند", "داخل"});
  auto time_or_comma = [&](const Word& w) {
    return w.norm == U"،" || w.norm == U"," || s_.classes->HasWord(WordClass::kTime, w) ||
           WordClasses::HasNoun(WordClass::kTime, w);
  };
  std::size_t k = from;
  bool after_adjunct = false;
  for (int steps = 0; steps < 4 && k < end; ++steps) {
    while (k < end && time_or_comma(s_.words[k])) ++k;  // في قصر السلام بجدة مساء أمس، اللواء ...
    if (k >= end || s_.words[k].punct) return kNone;
    const Word& w = s_.words[k];
    Phrase adjunct = kNone;
    if (adjunct_preps.count(StripConjunction(w.norm)) && k + 1 < end) {
      adjunct = af_.PhraseAt(k + 1, end);
    } else if (w.prep && StripConjunction(w.norm).starts_with(U"ب")) {
      adjunct = af_.PhraseAt(k, end);
    }
    if (adjunct.valid()) {
      k = adjunct.last + 1;
      after_adjunct = true;
      continue;
    }
    if (!after_adjunct || w.prep) return kNone;
    Phrase o = af_.PhraseAt(k, end);
    return o.valid() && !o.code.empty() ? o : kNone;
  }
  return kNone;
}

void Analysis::RememberHeads() {
  for (const Mention& m : s_.mentions) {
    if (m.code.empty() || m.first == 0) continue;
    const Word& head = s_.words[m.first - 1];
    if (head.punct || head.function || head.definite || head.actor >= 0) continue;
    memory_.head_actor[head.noun] = m.code;
  }
}

Phrase Analysis::Subject(const TriggerMatch& t, bool* after_verb) const {
  *after_verb = false;
  const std::size_t c = s_.clause[t.first];
  const std::size_t begin = s_.clause_begin[c], end = s_.clause_end[c];
  Phrase p = af_.SubjectBefore(t.first, begin);
  if (p.valid() && p.first >= begin + 2 && s_.words[p.first - 1].norm == U"من" &&
      af_.Nominal(p.first - 2)) {
    Phrase whole = af_.PhraseEndingAt(p.first - 2, begin);  // مسلحين من القبائل
    if (whole.valid()) p.first = whole.first;
  }
  // وقبيل الغزو الأميركي للعراق عام 2003 دعا صدام: an actor right after a deed noun is that
  // deed's party, not the verb's subject.
  const bool of_deed_noun = p.valid() && !p.code.empty() && p.first > begin &&
                            s_.trigger_at[p.first - 1] >= 0 &&
                            s_.triggers[s_.trigger_at[p.first - 1]].entry->kind == TriggerKind::kNoun;
  // مظاهرة نظمها حزب البعث: a verb whose ها agrees with the feminine indefinite noun right
  // before it (ـة، ـات) describes that noun, its object; its subject follows it.
  const Word& verb = s_.words[t.first];
  const bool describes_noun =
      p.valid() && p.last + 1 == t.first && t.first == t.last &&
      t.entry->kind == TriggerKind::kVerb && verb.norm.ends_with(U"ها") && !verb.conj &&
      !s_.words[p.last].definite && s_.words[p.last].actor < 0 &&
      (s_.words[p.last].noun.ends_with(U"ه") || s_.words[p.last].noun.ends_with(U"ات"));
  if (describes_noun) {
    Phrase after = af_.PhraseAfter(t.last + 1, end);
    if (after.valid() && !s_.words[after.first].prep) {
      *after_verb = true;
      return after;
    }
  }
  if (p.valid() && !of_deed_noun && !AfterPreposition(s_, p) && !s_.words[t.first].conj) return p;
  // A relative clause: its subject is the antecedent (الغارات الأمريكية التي أوقفت ...).
  if (begin > 0 && Relatives().count(s_.words[begin].norm) && begin + 1 == t.first) {
    return af_.PhraseEndingAt(begin - 1, c > 0 ? s_.clause_begin[c - 1] : 0);
  }
  // أكد الجيش أنه قصف ...: the pronoun on أنّ is the subject; what follows is the object.
  if (PronounComplementisers().count(s_.words[begin].norm) && begin + 1 == t.first) return kNone;
  // يقتلون رجال الأمن، قتلوا الجنود: a verb before its subject agrees in the singular, so one
  // whose ending is a plural subject pronoun has its subject in it; the phrase after is its object.
  if (t.entry->kind == TriggerKind::kVerb && t.first == t.last) {
    const std::u32string_view v = StripConjunction(s_.words[t.first].norm);
    if (v.size() >= 5 && (v.ends_with(U"وا") || (t.imperfect && v.ends_with(U"ون")))) return kNone;
    // اتهموها، قصفوهم: the plural subject pronoun before an object pronoun.
    if (v.size() >= 6 && (v.ends_with(U"وها") || v.ends_with(U"وهم") || v.ends_with(U"وهما")))
      return kNone;
  }
  std::size_t from = t.last + 1;
  while (from < end && s_.reserved[from]) ++from;  // أطلق النار: the required word is no subject
  // خرجت مظاهرات محدودة: nor is the adjective of an event word (that event's own, not a side).
  while (from < end && from > t.last + 1 && s_.reserved[from - 1] && s_.words[from].actor < 0 &&
         af_.Adjective(from - 1, from)) {
    ++from;
  }
  p = af_.PhraseAfter(from, end);
  if (p.valid() && !s_.words[p.first].prep) {
    *after_verb = true;
    return p;
  }
  return kNone;
}

// بناء على طلب الرئيس، بطلب من تركيا، استجابة لمناشدة الحكومة: a request named as the reason
// for a deed. One past the words that say so when they start at word i (then the requester
// follows, after من or as the genitive), else 0.
std::size_t Analysis::RequestEnd(std::size_t i) const {
  const std::size_t n = s_.words.size();
  auto is = [&](std::size_t k, const char32_t* w) {
    return k < n && StripConjunction(s_.words[k].norm) == std::u32string_view(w);
  };
  std::size_t end = 0;
  if (is(i, U"بطلب")) end = i + 1;
  if (is(i, U"بناء") && is(i + 1, U"علي") && is(i + 2, U"طلب")) end = i + 3;
  if ((is(i, U"استجابه") || is(i, U"تلبيه")) && (is(i + 1, U"لطلب") || is(i + 1, U"لمناشده")))
    end = i + 2;
  if (end > 0 && end < n && s_.words[end].norm == U"من") ++end;
  // تقدم المواطن بطلب لوزارة الداخلية: a request submitted to someone names no requester.
  if (end >= n || s_.words[end].prep || !af_.Nominal(end)) return 0;
  return end;
}

// وكان في استقبال سموه لدى وصوله مطار عمان الملك عبدالله: the formula of a reception names the
// guest first, then where he arrived, then the host.
bool Analysis::Reception(const TriggerMatch& t, Phrase& host, Phrase& guest) const {
  const std::size_t n = s_.words.size();
  const std::u32string& noun = s_.words[t.first].noun;
  if (t.first < 2 || t.first != t.last || s_.words[t.first - 1].norm != U"في" ||
      StripConjunction(s_.words[t.first - 2].norm) != U"كان" ||
      !noun.starts_with(U"استقبال")) {
    return false;
  }
  // (A person: وكان في استقبال الجثمان is a funeral.)
  guest = af_.PhraseAt(t.last + 1, n);
  if (!guest.valid() || !(Political(guest) || EndsInPronoun(s_.words[guest.first]))) return false;
  std::size_t k = guest.last + 1;
  if (k + 1 < n && (s_.words[k].norm == U"لدي" || s_.words[k].norm == U"عند")) {
    k += 2;  // لدى وصوله، عند مغادرته
    if (k < n && s_.words[k].norm == U"الي") ++k;
    const Phrase place = af_.PhraseAt(k, n);
    if (place.valid()) k = place.last + 1;
  }
  host = af_.PhraseAt(k, n);
  return host.valid() && Political(host);
}

// Whether the trigger is the request word of a RequestEnd phrase.
bool Analysis::RequestCue(const TriggerMatch& t) const {
  for (std::size_t k = t.first >= 2 ? t.first - 2 : 0; k <= t.first; ++k) {
    const std::size_t end = RequestEnd(k);
    if (end > t.last) return true;
  }
  return false;
}

// Who made the request of a RequestCue.
Phrase Analysis::Requester(const TriggerMatch& t) const {
  for (std::size_t k = t.first >= 2 ? t.first - 2 : 0; k <= t.first; ++k) {
    const std::size_t end = RequestEnd(k);
    if (end > t.last) return af_.PhraseAt(end, s_.words.size());
  }
  return kNone;
}

// Whether a mention is the requester of a request named as a reason (بطلب من تركيا): no party of
// the deed itself.
bool Analysis::InRequest(const Mention& m) const {
  for (std::size_t k = m.first >= 4 ? m.first - 4 : 0; k < m.first; ++k) {
    if (RequestEnd(k) == m.first) return true;
  }
  return false;
}

// A verbal noun that names an event instead of reporting it: the complement of a preposition
// (منذ اغتيال الحريري، في تفجير) or the object of another event word (تدين التفجيرات),
// unless a support verb makes it the deed (قامت بإمداد، أسفر عن مقتل).
bool Analysis::Reference(const TriggerMatch& t) const {
  if (t.first == 0) return false;
  const bool noun = t.entry->kind == TriggerKind::kNoun;
  // A verb form after a preposition is its verbal noun (ردت على قصف الحوثيين).
  const Word& before = s_.words[t.first - 1];
  const bool nominal = noun || Prepositions().count(before.norm) ||
                       Prepositions().count(StripConjunction(before.norm));
  // تعرض المتمردون لضربات جوية: what one was subjected to is the deed itself.
  for (std::size_t k = t.first;
       noun && k-- > s_.clause_begin[s_.clause[t.first]] && k + 8 > t.first;) {
    if (StripConjunction(s_.words[k].norm).find(U"تعرض") != std::u32string_view::npos) return false;
  }
  // بسبب الغارات الأمريكية: a named actor's deed is reported even inside a phrase.
  for (std::size_t k = t.last + 1; nominal && k < s_.words.size() && k < t.last + 3; ++k) {
    const int a = s_.words[k].actor;
    if (a >= 0 && s_.mentions[a].nisba && !s_.mentions[a].code.empty()) return false;
    // قصف الحوثيين، سيطرة تنظيم داعش: a coded doer in the genitive, likewise (not the victim
    // in the genitive of منذ اغتيال الحريري: a `victim` noun's genitive is never its doer).
    if (a >= 0 && k == t.last + 1 && !s_.mentions[a].code.empty() && !s_.mentions[a].place &&
        !s_.words[k].prep && !(noun && t.entry->victim_object)) {
      return false;
    }
    if (!WordClasses::HasNoun(WordClass::kManner, s_.words[k])) break;
  }
  if (OwnerDoer(t).valid()) return false;  // الغارات الجوية للجيش: its owner is named
  std::size_t k = t.first - 1;
  // عملية خطف، موجة اغتيالات: look through the carrier noun.
  while (noun && k > 0 && WordClasses::HasNoun(WordClass::kCarrier, s_.words[k])) --k;
  const Word& w = k + 1 == t.first ? s_.words[t.first] : s_.words[k + 1];
  const Word& p = s_.words[k];
  if (!w.prep) {
    if (p.punct) return false;
    if (noun && Support(p)) return false;  // اندلعت اشتباكات، شنت غارات: the verb reports the deed
    if (noun && s_.trigger_at[k] >= 0) {
      return s_.triggers[s_.trigger_at[k]].entry->kind == TriggerKind::kVerb &&
             !s_.triggers[s_.trigger_at[k]].entry->coded_only;  // تدين التفجيرات
    }
    if (noun && Demonstratives().count(p.norm)) return true;  // هذا الهجوم
    // عقب لقائه، خلال زيارته، بعد اندلاع: a time word before the noun presupposes the deed
    // (but من خلال is "by means of": من خلال التفجيرات names a method).
    const bool by_means = k > 0 && StripConjunction(s_.words[k - 1].norm) == U"من";
    if (noun && !by_means &&
        (WordClasses::HasNoun(WordClass::kAspect, p) ||
         s_.classes->HasWord(WordClass::kAspect, p))) {
      return false;
    }
    const bool preposition =
        Prepositions().count(p.norm) || Prepositions().count((StripConjunction(p.norm)));
    // جريمة اغتيال، عملية خطف، بتهمة قتل: a noun that files the event under a heading. A
    // verb form after it is the verbal noun (خطف = "kidnapping").
    if (WordClasses::HasNoun(WordClass::kHeading, p) || s_.classes->HasWord(WordClass::kHeading, p))
      return true;
    if (!preposition) {
      // جريمة اغتيال الحريري: a verbal noun held by another noun names an event.
      // أدانت الجامعة العربية الهجوم: the object of another event word, past its subject.
      for (std::size_t j = k + 1, n = 0; noun && j-- > 0 && n < 6; ++n) {
        const Word& x = s_.words[j];
        if (x.punct || x.function || x.prep) break;
        if (s_.trigger_at[j] >= 0) {
          const LexEntry& v = *s_.triggers[s_.trigger_at[j]].entry;
          if (v.coded_only) continue;
          // أعلنت الحكومة وقف إطلاق النار: an announcing verb reports the deed, not a topic.
          if (v.no_event) return false;
          if (v.kind == TriggerKind::kVerb) return true;
          break;
        }
      }
      // ووضع يدها: a coordinated noun is no genitive; مايفسر، يفسر: a verb is no idafa head.
      const bool verb_like =
          p.norm.starts_with(U"ي") || p.norm.starts_with(U"ماي") || p.norm.starts_with(U"مات");
      const bool idafa = noun && !w.conj && !verb_like && af_.Nominal(k) && p.actor < 0 &&
                         !p.definite && !p.number && !p.conj &&
                         !WordClasses::HasNoun(WordClass::kAspect, p) && !Support(p);
      return idafa;
    }
    if (k == 0) return true;
    --k;
  } else if (!noun) {
    return false;
  }
  // Skip a particle or a short phrase between the support verb and its complement (قامت
  // بالفعل بإمداد، قام متظاهرون في ضواحي المدينة بالاحتجاج).
  for (std::size_t back = 0; back < 5; ++back) {
    const Word& v = s_.words[k];
    if (Support(v)) return false;
    if (v.punct || k == 0) break;
    --k;
  }
  return true;
}

// نظم الصحفيون اعتصاما، أجرت البحرية مناورات: the subject of a support verb shortly before a
// verbal noun is the noun's agent.
Phrase Analysis::SupportSubject(const TriggerMatch& t) const {
  const std::size_t begin = s_.clause_begin[s_.clause[t.first]];
  for (std::size_t k = t.first; k-- > begin && k + 5 > t.first;) {
    const Word& v = s_.words[k];
    if (v.norm.find(U"تعرض") != std::u32string::npos) break;  // تعرض: its subject is the target
    if (!Support(v)) continue;
    if (k + 1 < t.first) {
      Phrase p = af_.PhraseAt(k + 1, t.first);
      if (p.valid() && !s_.words[p.first].prep) return p;
    }
    Phrase p = af_.SubjectBefore(k, begin);
    if (p.valid() && !AfterPreposition(s_, p)) return p;
    break;
  }
  return kNone;
}

// Who protests, when no subject was found: the nearest earlier crowd word in the sentence
// (آلاف المتظاهرين، الطلاب، العمال).
Phrase Analysis::Protesters(const TriggerMatch& t) const {
  static const std::u32string crowd[] = {U"متظاهر", U"محتج",  U"طلاب", U"عمال",  U"ناشط", U"انصار",
                                         U"مواطن",  U"اهالي", U"سكان", U"معتصم", U"مضرب"};
  for (std::size_t k = t.first, n = 0; k-- > 0 && n < 15; ++n) {
    const std::u32string_view w = s_.words[k].noun;
    for (const auto& c : crowd) {
      if (!w.starts_with(c)) continue;
      std::size_t start = k;
      if (k > 0 && (s_.words[k - 1].number || af_.Nominal(k - 1)) && !s_.words[k - 1].definite)
        start = k - 1;
      Phrase p = af_.PhraseAt(start, s_.words.size());
      if (p.valid() && p.last >= k) return p;
      return af_.PhraseAt(k, s_.words.size());
    }
  }
  return kNone;
}

// أسفر الانفجار عن مقتل عشرة: the victims named by the result of a violent event.
Phrase Analysis::ResultVictims(const TriggerMatch& t) const {
  const std::size_t n = s_.words.size();
  for (std::size_t i = t.last + 1; i + 1 < n && i < t.last + 12; ++i) {
    const std::u32string& w = s_.words[i].noun;
    if (w == U"مقتل" || w == U"اصابه" || w == U"جرح" || w == U"مصرع" || w == U"سقوط") {
      Phrase p = af_.PhraseAt(i + 1, n);
      if (p.valid()) return p;
    }
  }
  return kNone;
}

// What a protest is against, anywhere later in the sentence: ضد X، احتجاجا على X، مطالبين X،
// else the first coded actor after the protest that is not the protesters.
Phrase Analysis::ProtestTarget(const TriggerMatch& t, const Phrase& source) const {
  Phrase cue = ProtestCueTarget(t);
  if (cue.valid()) return cue;
  const std::size_t n = std::min(s_.words.size(), t.last + 40);  // bounded: linear sentences
  for (std::size_t i = t.last + 1; i < n; ++i) {
    if (s_.words[i].actor < 0 || s_.mentions[s_.words[i].actor].code.empty()) continue;
    const Mention& m = s_.mentions[s_.words[i].actor];
    if (m.place || (i > 0 && s_.words[i - 1].norm == U"في")) continue;
    // وكالة الصحافة الفرنسية، لمراسل الوكالة، بدعوة من الحزب: the press, who is told and the
    // organiser are no target.
    if (s_.words[i].noun == U"وكاله" || m.code.find("MED") != std::string::npos ||
        (i > 1 && s_.words[i - 2].noun == U"دعوه")) {
      i = m.last;
      continue;
    }
    Phrase a = af_.PhraseAt(m.first, n);
    if (a.valid() && a.code != source.code) return a;
  }
  return kNone;
}

// What the words of a protest say it is against: ضد X، احتجاجا على X، مطالبين X، هتافات معادية
// لـX. Such a target stands over any the grammar or the nearest actor gave.
Phrase Analysis::ProtestCueTarget(const TriggerMatch& t) const {
  const std::size_t n = std::min(s_.words.size(), t.last + 40);  // bounded: linear sentences
  Phrase p = af_.PrepositionObject(U"ضد", t.last + 1, n);
  if (p.valid()) return p;
  for (std::size_t i = t.last + 1; i + 1 < n; ++i) {
    const std::u32string_view w = StripConjunction(s_.words[i].noun);
    if ((w.starts_with(U"احتجاج") || w == U"رد") && s_.words[i + 1].norm == U"علي") {
      return af_.PhraseAt(i + 2, n);
    }
    if (w.starts_with(U"مطالب") || w.starts_with(U"منددين") || w.starts_with(U"تندد") ||
        w == U"تطالب" || w == U"يطالبون" || w == U"تطالبان") {
      Phrase o = af_.PhraseAt(i + 1, n);
      if (o.valid()) return o;
    }
    // هتافات معادية لإيران، شعارات مناهضة للحكومة
    if ((w.starts_with(U"معادي") || w.starts_with(U"مناهض") || w.starts_with(U"منددة")) &&
        s_.words[i + 1].prep && s_.words[i + 1].norm.starts_with(U"ل")) {
      Phrase o = af_.PhraseAt(i + 1, n);
      if (o.valid()) return o;
    }
  }
  return kNone;
}

// With no target in the frame, the first coded actor after the trigger in its clause stretch
// (up to the next event word) that is neither the source nor a place where it happened
// (في عدن), nor a reporting agency.
Phrase Analysis::CodedTargetAfter(const TriggerMatch& t, const Phrase& source) const {
  const std::size_t n = s_.words.size();
  const std::size_t end = s_.clause_end[s_.clause[t.first]];
  for (std::size_t i = t.last + 1; i < end && i < t.last + 12; ++i) {
    const Word& w = s_.words[i];
    if (w.punct && !IsComma(w)) break;
    if (s_.trigger_at[i] >= 0 && !s_.reserved[i]) continue;
    if (s_.trigger_at[i] >= 0) break;
    if (w.actor < 0) continue;
    const Mention& m = s_.mentions[w.actor];
    i = m.last;
    // A nisba is an adjective of another noun (الساحة السورية), not the target itself.
    if (m.code.empty() || m.nisba || m.code.find("MED") != std::string::npos) continue;
    if (WhereOnly(m) || InRequest(m)) continue;
    if (source.valid() && m.first >= source.first && m.first <= source.last) continue;
    Phrase a = af_.PhraseAt(m.first, n);
    if (a.valid() && a.code != source.code) return a;
  }
  return kNone;
}

// The actor a clause is about: its first coded actor before `first` not governed by a
// preposition, else the nearest such actor after the clause opener.
Phrase Analysis::ClauseActor(std::size_t first, const Phrase& exclude) const {
  const std::size_t begin = s_.clause_begin[s_.clause[first]];
  for (std::size_t i = begin; i < first; ++i) {
    if (s_.words[i].actor < 0) continue;
    const Mention& m = s_.mentions[s_.words[i].actor];
    Phrase p = af_.PhraseAt(m.first, first);
    if (!p.valid() || p.code.empty() || AfterPreposition(s_, p)) {
      i = m.last;
      continue;
    }
    if (exclude.valid() && p.first >= exclude.first && p.first <= exclude.last) continue;
    return p;
  }
  return kNone;
}

// The parties after بين: coded conjuncts (بين أمريكا وبريطانيا وفرنسا), else two sides that
// are political, armed or a crowd even uncoded (بين الجيش والمسلحين، بين الحوثيين وجنود الحرس).
std::vector<Phrase> Analysis::BetweenSides(std::size_t at, std::size_t end) const {
  const Phrase first = af_.PhraseAt(at, end);
  std::vector<Phrase> sides = af_.WithConjuncts(first, end);
  if (sides.size() >= 2 || !first.valid() || first.last + 1 >= end) return sides;
  auto party = [&](const Phrase& p) { return p.valid() && (Political(p) || Armed(p) || People(p)); };
  if (!s_.words[first.last + 1].conj || !party(first)) return sides;
  const Phrase second = af_.PhraseAt(first.last + 1, end);
  if (party(second)) sides = {first, second};
  return sides;
}

// قالت مصادر لـ«الرياض»، صرح للصحفيين: who a statement is made to (a newspaper, an agency) is
// no party of what it reports.
bool Analysis::Addressee(const Mention& m) const {
  const std::size_t i = m.first;
  const bool lam = (s_.words[i].prep && StripConjunction(s_.words[i].norm).starts_with(U"ل")) ||
                   (i > 0 && (s_.words[i - 1].norm == U"ل" || s_.words[i - 1].norm == U"لـ"));
  if (!lam) return false;
  for (std::size_t k = i; k-- > 0 && k + 6 > i;) {  // the speech verb and its subject
    if (s_.trigger_at[k] >= 0 && s_.triggers[s_.trigger_at[k]].entry->speech) return true;
  }
  return false;
}

// The sentence's resolved actor nearest to the trigger on one side, when the grammar found no
// coded argument: not the other argument's actor, not a place where things happen (في عدن),
// not a reporting medium or the addressee of a statement. A `doer` is never a name with لـ
// on it (ما حصل للعراق، داعيا العبادي: Iraq did not call on anyone).
Phrase Analysis::NearestCoded(const TriggerMatch& t, bool before, const Phrase& other,
                              bool doer) const {
  const std::size_t n = s_.words.size();
  // القوات الحكومية ومقاتلو حزب الله: every conjunct of the other side is that side.
  const std::vector<Phrase> others =
      other.valid() ? af_.WithConjuncts(other, n) : std::vector<Phrase>{};
  // Where one visits is the visited side (توقف في إسرائيل والأردن); elsewhere a place after في
  // is only where the deed happened.
  const bool visit = !before && t.entry->code.starts_with("042");
  auto usable = [&](const Mention& m) {
    if (m.code.empty() || m.code.find("MED") != std::string::npos) return false;
    // A nisba names an actor after a noun of agents or people (القوات السعودية), not after
    // a noun of places or things (الساحة السورية).
    if (m.nisba && m.first > 0) {
      const Phrase head{m.first - 1, m.first - 1, ""};
      if (!Political(head) && !Armed(head) && !People(head)) return false;
    }
    for (const Phrase& o : others) {
      if (m.first <= o.last && m.last >= o.first) return false;
      if (!o.code.empty() && m.code == o.code) return false;  // no self-dyad
    }
    if (!visit && WhereOnly(m)) return false;
    if (Addressee(m) || InRequest(m)) return false;
    // لـ written on the name is possession or benefit (السفير السابق للولايات المتحدة), the
    // doer only as the owner of a deed noun right before it (الغارات الجوية للتحالف).
    const bool owner = t.entry->kind == TriggerKind::kNoun && m.first == PastAdjectives(t.last + 1);
    if (doer && !owner && s_.words[m.first].prep &&
        StripConjunction(s_.words[m.first].norm).starts_with(U"ل")) {
      return false;
    }
    return true;
  };
  if (before) {
    for (std::size_t k = t.first; k-- > 0;) {
      if (s_.words[k].actor < 0) continue;
      const Mention& m = s_.mentions[s_.words[k].actor];
      k = m.first;
      if (usable(m)) return {m.first, m.last, m.code};
    }
    return kNone;
  }
  for (std::size_t k = t.last + 1; k < n; ++k) {
    if (s_.words[k].actor < 0) continue;
    const Mention& m = s_.mentions[s_.words[k].actor];
    k = m.last;
    if (usable(m)) return {m.first, m.last, m.code};
  }
  return kNone;
}

// قال الجيش إنه قصف، أكدت الوزارة أنها اعتقلت: the pronoun on أنّ/إنّ right before the verb
// is the speaker itself.
bool Analysis::SpeakerIsSubject(const TriggerMatch& t) const {
  return t.first > 0 && PronounComplementisers().count(s_.words[t.first - 1].norm) > 0;
}

// الغارات الجوية للجيش على مواقع المتمردين، الهجوم الكاسح لداعش: a definite violent noun
// (so no genitive can follow it) with ل + a side right after its adjectives names its owner,
// the doer. (After an indefinite noun the genitive is the doer and ل marks the object: قصف
// الطائرات لمواقع داعش.)
Phrase Analysis::OwnerDoer(const TriggerMatch& t) const {
  if (t.entry->kind != TriggerKind::kNoun || !s_.words[t.first].definite) return kNone;
  const std::size_t k = PastAdjectives(t.last + 1);
  if (k >= s_.words.size()) return kNone;
  const Word& w = s_.words[k];
  if (!w.prep || !StripConjunction(w.norm).starts_with(U"ل")) return kNone;
  const Phrase owner = af_.PhraseAt(k, s_.words.size());
  return owner.valid() && (Political(owner) || Armed(owner)) ? owner : kNone;
}

// A place named as where the deed happened: after في, with a preposition written on it
// (ببغداد), or coordinated with such a place (الوضع في سورية واليمن وليبيا).
bool Analysis::WhereOnly(const Mention& m) const {
  for (const Mention* p = &m; p->place && p->first > 0;) {
    const Word& before = s_.words[p->first - 1];
    // في الرياض، بالرياض (the name's span may hold its ب: then the word still shows it).
    const Word& name = s_.words[p->first];
    // (لـ on it is no place of the deed: الغزو الأميركي للعراق.)
    const std::u32string_view written = StripConjunction(name.norm);
    if (before.norm == U"في" || (name.prep && written.starts_with(U"ب")) ||
        written.starts_with(U"بال"))
      return true;
    if (!s_.words[p->first].conj || before.actor < 0) return false;
    p = &s_.mentions[before.actor];
  }
  return false;
}

// Whether an actor is already the source of a non-violent event of this sentence.
bool Analysis::SourceOfOtherDeed(const Phrase& p, const SentenceResult& r) const {
  for (const RawEvent& ev : r.events) {
    const bool violent = ev.code[0] == '2' || (ev.code[0] == '1' && ev.code[1] >= '7');
    if (s_.triggers[ev.trigger].entry->deny) continue;  // نفى الجيش قصف: the denier's own deed
    if (!violent && ev.source.valid() && ev.source.first <= p.last && ev.source.last >= p.first)
      return true;
  }
  return false;
}

// Whether an actor is the victim of a violent event of this sentence, or the subject of a harm
// verb read as passive that made no event (جنديين قتلا بانفجار: no doer named).
bool Analysis::VictimOfOtherDeed(const Phrase& p, const SentenceResult& r) const {
  if (std::any_of(victims_.begin(), victims_.end(), [&](const Phrase& v) { return Overlap(v, p); }))
    return true;
  for (const RawEvent& ev : r.events) {
    const bool violent = ev.code[0] == '2' || (ev.code[0] == '1' && ev.code[1] >= '8');
    if (violent && ev.target.valid() && ev.target.first <= p.last &&
        ev.target.last >= p.first) {
      return true;
    }
  }
  return false;
}

void Analysis::CodeTrigger(std::size_t ti, const Voice& voice, SentenceResult& r) {
  const TriggerMatch& t = s_.triggers[ti];
  const LexEntry& e = *t.entry;
  const std::size_t c = s_.clause[t.first];
  const std::size_t end = s_.clause_end[c];
  Phrase source = kNone, target = kNone;
  std::size_t after = t.last + 1;
  if (t.required_word == after) ++after;

  if (e.kind == TriggerKind::kNoun) {
    // Nisba sources and plain adjectives right after the noun (الغارات الجوية الأمريكية).
    while (after < end && !s_.words[after].punct) {
      const Word& w = s_.words[after];
      if (w.actor >= 0 && s_.mentions[w.actor].nisba && !s_.mentions[w.actor].code.empty()) {
        if (!source.valid()) source = af_.PhraseAt(s_.mentions[w.actor].first, end);
        after = s_.mentions[w.actor].last + 1;
        continue;
      }
      // (معالي، أهالي end so too, but head the next phrase.)
      if (w.actor < 0 && !w.conj && w.definite == s_.words[t.last].definite && af_.Nominal(after) &&
          (w.noun.ends_with(U"يه") || w.noun.ends_with(U"ي")) &&
          !s_.classes->HasWord(WordClass::kHonorific, w) && !s_.classes->HasWord(WordClass::kTitle, w)) {
        // ضربة جوية أميركية: a nisba the dictionary does not know still names who did it.
        if (!source.valid() && !WordClasses::HasNoun(WordClass::kManner, w))
          source = {after, after, ""};
        ++after;
        continue;
      }
      break;
    }
  }

  // تعرضت دورية لهجوم: the subject of تعرض is the target of the nominal event.
  if (e.kind == TriggerKind::kNoun) {
    for (std::size_t k = t.first; k-- > s_.clause_begin[c] && k + 8 > t.first;) {
      if (StripConjunction(s_.words[k].norm).find(U"تعرض") == std::u32string_view::npos) continue;
      target =
          k + 1 < t.first ? af_.PhraseAt(k + 1, t.first) : af_.SubjectBefore(k, s_.clause_begin[c]);
      break;
    }
  }

  if (e.kind == TriggerKind::kAgent) {
    // آلاف المتظاهرين: the crowd word and the number or quantifier before it.
    std::size_t start = t.first;
    if (start > 0 && s_.words[start - 1].number && !s_.words[start - 1].prep) --start;
    // حذرت الشرطة المتظاهرين، انضموا إلى المتظاهرين، مسيرة المتظاهرين: a crowd already named
    // and written in the oblique case (-ين) is an object or a genitive, not the doer of a protest;
    // counted (آلاف المتظاهرين، عشرات من المتظاهرين) it is the crowd that acts.
    const bool counted = start < t.first || (start > 1 && s_.words[start - 1].norm == U"من" &&
                                             s_.words[start - 2].number);
    const std::u32string_view crowd = s_.words[t.first].norm;
    const bool oblique = crowd.size() > 4 && crowd.substr(crowd.size() - 2) == U"ين";
    if (s_.words[t.first].definite && oblique && !counted) {
      return Trace(s_, t, "a named crowd in the oblique case");
    }
    source = af_.PhraseAt(start, end);
    if (!source.valid() || source.last < t.first) source = {t.first, t.last, ""};
  }

  bool subject_after = false;
  if (e.kind == TriggerKind::kVerb) {
    source = Subject(t, &subject_after);
    // داعش الذي تقاتله طهران: a relative verb with a pronoun object back to the antecedent and
    // its own subject after it; the antecedent is the target.
    const std::size_t cb = s_.clause_begin[c];
    const std::u32string& vw = s_.words[t.first].norm;
    if (cb > 0 && cb + 1 == t.first && Relatives().count(s_.words[cb].norm) && t.first == t.last &&
        (vw.ends_with(U"ه") || vw.ends_with(U"ها") || vw.ends_with(U"هم")) && vw.size() > 4) {
      Phrase own = af_.PhraseAfter(t.last + 1, end);
      // (الشاب الذي قتلته الشرطة: an uncoded agent or armed men are a subject too.)
      if (own.valid() && (Political(own) || Armed(own)) && !s_.words[own.first].prep) {
        // The antecedent ends right before the relative (a comma may part them); a phrase
        // further back is another clause's (حوار مع طالبان، من أجل الإفراج عن الرهائن، الذين).
        std::size_t before = cb - 1;
        if (before > 0 && s_.words[before].punct) --before;
        target = source.valid() && source.last == before ? source : kNone;
        source = own;
        subject_after = true;
      }
    }
    // استنكرت الأمانة العامة لمنظمة التعاون: the office's owner names the actor.
    source = af_.WithOwner(source, subject_after ? end : t.first);
    // أفادت وكالة الأنباء بمقتل ...، شهود: the reporter did not do a material deed.
    if (!e.code.starts_with("01") && !e.code.starts_with("11") && Reporter(source)) source = kNone;
  } else if (e.kind == TriggerKind::kPassive) {
    target = Subject(t, &subject_after);
    source = af_.AgentAfter(t.last + 1, end);
  }
  const bool harm = e.code[0] == '2' || (e.code[0] == '1' && e.code[1] >= '7');
  if (e.victim_object && e.kind == TriggerKind::kVerb && subject_after && source.valid() &&
      StartsCount(source.first)) {
    // قتل عشرة أشخاص برصاص ...: a number right after the verb is its victim (passive reading).
    target = source;
    source = af_.AgentAfter(source.last + 1, end);
  } else if (harm && e.kind == TriggerKind::kVerb && !subject_after && source.valid() &&
             e.targets.size() == 1 && e.targets[0] == U"obj") {
    // جنديان قتلا في هجوم: a harm verb with nothing after it reads as passive; its subject is
    // the victim.
    std::size_t k = after;
    while (k < end && s_.reserved[k]) ++k;
    // ... قتلوا وأصيب آخرون، 11 شخصا قتلوا و32 أصيبوا: another deed conjoined after it.
    const bool conjoined_deed =
        k < end && s_.words[k].conj &&
        (s_.trigger_at[k] >= 0 ||
         (s_.words[k].number && k + 1 < end && s_.trigger_at[k + 1] >= 0));
    // قتلا بانفجار عبوة ناسفة: a preposition right after the verb, though its words are
    // another deed's.
    const bool prep_next = after < end && s_.words[after].prep;
    const bool passive_next = k >= end || s_.words[k].punct || s_.words[k].prep || conjoined_deed ||
                              prep_next || PassiveCues().count(s_.words[k].norm);
    if (passive_next) {
      victims_.push_back(source);
      target = source;
      source = af_.AgentAfter(after, end);
    }
  }
  // التفجير الذي استهدف المسجد: a deed as the subject names no doer; a violent deed without
  // a named perpetrator is no event (corpus convention).
  if (e.kind == TriggerKind::kVerb && (Deed(source) || DeedAntecedent(t))) {
    if (harm) return Trace(s_, t, "violent deed as subject, no doer");
    source = kNone;
  }
  // خطف الصحفيون من قبل التنظيم، اعتقل الناشط على يد الأمن: an explicit agent phrase right
  // after the subject makes the verb passive (بني للمجهول): the subject is the target.
  if (e.kind == TriggerKind::kVerb && subject_after && source.valid() && !target.valid()) {
    Phrase agent = ExplicitAgentAfter(source.last + 1);
    if (agent.valid()) {
      target = source;
      source = agent;
    }
  }
  // قال الجيش إن طائراته قصفت: a possessive subject belongs to the speaker.
  if (source.valid() && source.code.empty() && source.first == source.last && voice.active &&
      voice.speaker.valid()) {
    const Word& w = s_.words[source.first];
    if (EndsInPronoun(w) && w.norm.size() > 4 && !w.definite)
      source = voice.speaker;  // طائراتها، قواته
  }
  const std::size_t object_from = subject_after && source.valid() ? source.last + 1 : after;

  for (const auto& frame : e.targets) {
    if (target.valid()) break;
    if (frame == U"obj") {
      if (e.kind == TriggerKind::kNoun) continue;
      Phrase o = af_.PhraseAfter(object_from, end);
      if (o.valid() && !s_.words[o.first].prep) target = o;
      if (!target.valid()) target = ObjectAfterAdjunct(object_from, end);
    } else if (frame == U"gen") {
      if (e.kind != TriggerKind::kNoun || source.valid() || after >= end || s_.words[after].prep)
        continue;
      Phrase g = af_.PhraseAt(after, end);
      if (!g.valid()) continue;
      // استهداف الطائرات السورية ... أماكن: agent in the genitive, then the object.
      std::size_t k = g.last + 1;
      for (const Phrase& q : af_.WithConjuncts(g, end)) k = q.last + 1;
      while (k < end && s_.words[k].conj && af_.Nominal(k)) {
        Phrase q = af_.PhraseAt(k, end);
        if (!q.valid()) break;
        k = q.last + 1;
        while (k < end && s_.words[k].definite && s_.words[k].actor < 0 && af_.Nominal(k))
          ++k;  // its adjectives
      }
      Phrase o = k < end && !s_.words[k].prep && !s_.words[k].conj ? af_.PhraseAt(k, end) : kNone;
      // خلال استقباله وزير الخارجية: a noun that carries its possessor as a pronoun has its
      // genitive already; the phrase after it is its object, and the pronoun's referent the
      // doer (found below from the context).
      const Word& noun_word = s_.words[t.last];
      const bool possessed = EndsInPronoun(noun_word) || noun_word.norm.ends_with(U"هما");
      if (o.valid() && !g.code.empty() && !possessed) {
        source = g;
        target = o;
      } else {
        target = g;
      }
    } else {
      target = af_.PrepositionObject(frame, object_from, end);
    }
  }
  if (harm && !source.valid()) {
    const Phrase owner = OwnerDoer(t);
    if (owner.valid()) {
      source = owner;
      if (target.valid() && target.first <= owner.last && target.last > t.last)
        target = kNone;  // الكاسح لداعش
    }
  }
  // زيارة أوباما إلى أديس أبابا، لقاء الوزير مع نظيره: with the target in a prepositional
  // complement, a coded genitive right after the noun is its agent.
  if (e.kind == TriggerKind::kNoun && !source.valid() && target.valid() && after < end &&
      !s_.words[after].prep && target.first > after) {
    Phrase g = af_.PhraseAt(after, target.first);
    if (g.valid() && !g.code.empty() && g.last < target.first) source = g;
  }

  // A cue names what a protest is against; a coded one stands over the grammar's object.
  Phrase protest_cue = e.code.starts_with("14") ? ProtestCueTarget(t) : kNone;
  if (protest_cue.valid() && protest_cue.code.empty()) protest_cue = kNone;
  if (protest_cue.valid()) target = protest_cue;
  if (!target.valid() && e.code.starts_with("14")) target = ProtestTarget(t, source);
  if (!source.valid() && e.code.starts_with("14")) source = Protesters(t);
  if (e.code.starts_with("14") && (!source.valid() || source.code.empty())) {
    // بدعوة من النادي: who called the protest is its source.
    for (std::size_t i = t.last + 1; i + 2 < s_.words.size() && i < t.last + 15; ++i) {
      if (s_.words[i].noun == U"دعوه" && s_.words[i].prep && s_.words[i + 1].norm == U"من") {
        Phrase o = af_.PhraseAt(i + 2, s_.words.size());
        if (o.valid()) source = o;
        break;
      }
    }
  }
  if (!target.valid() && harm) target = ResultVictims(t);
  if (!target.valid() && harm) {
    // ... مستهدفة مقاتلي الشباب: a participle of targeting names the target.
    for (std::size_t i = t.last + 1; i + 1 < s_.words.size() && i < t.last + 12; ++i) {
      if (s_.words[i].punct && !IsComma(s_.words[i])) break;
      if (StripConjunction(s_.words[i].norm).starts_with(U"مستهدف")) {
        target = af_.PhraseAt(i + 1, s_.words.size());
        break;
      }
    }
  }
  // اشتباكات عنيفة بين الحوثيين وقوات صالح، مفاوضات بين الأمريكيين والأوروبيين: a symmetric
  // deed between two named parties has them as its two sides.
  bool between = false;
  if (!source.valid() && e.converse == e.code) {
    for (std::size_t k = after; k < end && k < after + 4; ++k) {
      if (StripConjunction(s_.words[k].norm) != U"بين") continue;
      const std::vector<Phrase> sides = BetweenSides(k + 1, end);
      if (sides.size() >= 2) {
        source = sides[0];
        target = sides[1];
        between = true;
      }
      break;
    }
  }
  // وأضاف معاليه عقب لقائه الوزير الأمريكي: a noun holding its possessor as a pronoun is the
  // deed of who speaks, not of an actor named near it.
  if (!source.valid() && e.kind == TriggerKind::kNoun && EndsInPronoun(s_.words[t.last])) {
    source = last_speaker_.valid() ? last_speaker_ : last_source_;
  }
  if (!source.valid() && e.kind == TriggerKind::kNoun) {
    source = af_.AgentAfter(after, end);
    if (!source.valid()) source = SupportSubject(t);
    // وقال ضابط إن جنديين قتلا بانفجار عبوة: the speaker before is no doer of the violence.
    // (Arrests and seizures are often the speaker's own: أعلنت الشرطة أنه تم اعتقال.)
    const bool violent = e.code[0] == '2' || (e.code[0] == '1' && e.code[1] >= '8');
    const bool reporter = violent && voice.active && Overlap(last_source_, voice.speaker);
    if (!source.valid() && last_source_.valid() && !reporter) source = last_source_;
    if (!source.valid()) source = ClauseActor(t.first, target);
    if (violent && VictimOfOtherDeed(source, r)) source = kNone;
  }
  // لقاء عقده الرئيسان، الغارات التي شنتها الطائرات: a noun's doer named right after it.
  if (!source.valid() && e.kind == TriggerKind::kNoun) source = DoerAt(PastAdjectives(t.last + 1));
  if (!source.valid() && voice.active && (!harm || SpeakerIsSubject(t))) source = voice.speaker;
  // وقالت الخارجية في بيان: «نرحب بالقرار»: a first-person verb with no subject is the
  // speaker's, quoted without أن.
  // أتمنى أن أزور الخليج: a first-person singular verb with no speaker in the sentence is an
  // interviewee's own life, never a party's deed: no event (no nearest actor stands in for "I").
  const bool we = source.valid() && source.first == source.last &&
                  StripConjunction(s_.words[source.first].norm) == U"نحن";
  if ((!source.valid() || we || subject_after) && e.kind == TriggerKind::kVerb && t.imperfect) {
    std::u32string_view w = StripConjunction(s_.words[t.first].norm);
    if (w.starts_with(U"س") || w.starts_with(U"ل")) w.remove_prefix(1);
    const bool first_person = w.starts_with(U"ن") || w.starts_with(U"ا");
    // The phrase after a first-person verb is its object, not its subject (أزور الإمارات).
    if (first_person && subject_after && source.valid()) {
      target = source;
      source = kNone;
      subject_after = false;
    }
    if (first_person && last_speaker_.valid()) source = last_speaker_;
    if (first_person && !last_speaker_.valid() && w.starts_with(U"ا")) {
      return Trace(s_, t, "first person singular, no speaker");
    }
  }
  // تلقى الأمير اتصالا من الوزير، أعرب فيه عن ...: what is expressed in a received call or
  // letter is its sender's.
  const bool in_it = t.last + 1 < s_.words.size() &&
                     (s_.words[t.last + 1].norm == U"فيه" || s_.words[t.last + 1].norm == U"فيها");
  if (!source.valid() && in_it && last_sender_.valid()) source = last_sender_;
  // وزار ... والتقى، بعث الوزير برقية عزاء ...، دان فيها: a conjoined verb, and any non-violent
  // verb with no subject of its own, continues the sentence's last doer (violence is not
  // carried over: قتل فيها العشرات has no doer).
  if (!source.valid() && (s_.words[t.first].conj || (!harm && e.kind == TriggerKind::kVerb)) &&
      last_source_.valid()) {
    source = last_source_;
  }
  // أدان الوزير الهجوم الذي شنه التنظيم: the condemned deed's doer is the target.
  if (e.reaction && (!target.valid() || target.code.empty())) {
    // The object may be an event word itself (أدانت مصر الهجوم الذي شنه ...), which no
    // argument phrase holds.
    Phrase deed = target;
    if (!deed.valid() && object_from < end && s_.trigger_at[object_from] >= 0) {
      const TriggerMatch& d = s_.triggers[s_.trigger_at[object_from]];
      deed = {d.first, d.last, ""};
    }
    Phrase doer = DeedDoer(deed);
    if (doer.valid()) target = doer;
  }
  // يعقد الحلف اجتماعا بطلب من تركيا: who asked for a deed is no party of it.
  if (target.valid() && s_.words[target.first].actor >= 0 &&
      InRequest(s_.mentions[s_.words[target.first].actor])) {
    target = kNone;
  }
  target = af_.WithOwner(target, s_.words.size());
  if (!target.valid() && !e.targets.empty()) target = CodedTargetAfter(t, source);
  Phrase host = kNone, guest = kNone;
  const bool reception = Reception(t, host, guest);
  if (reception) {
    source = host;
    target = guest;
  }
  const bool request = !reception && RequestCue(t);
  if (request) {
    // The requester asked the deed's doer: the sentence's doer so far, else an actor before.
    source = Requester(t);
    target = last_source_.valid() && !Overlap(last_source_, source) ? last_source_
                                                                      : NearestCoded(t, true, source);
  }
  source = GenericAgent(Resolve(source), target, !harm);  // residents doing violence: no home guess
  target = GenericAgent(Resolve(target), source);
  if (DomesticDeed(e, source, target)) target.code = source.code.substr(0, 3);
  if (target.valid() && source.valid() && target.first == source.first) target = kNone;
  if (!source.valid() && !target.valid()) return Trace(s_, t, "no source, no target");
  if (e.coded_only && (source.code.empty() || target.code.empty()))
    return Trace(s_, t, "converted entry needs both coded");
  if (e.kind != TriggerKind::kAgent && !e.setting && !request && !reception && Reference(t)) {
    // المجزرة التي ارتكبتها قوات الأسد، عمليات قتل نفذها التنظيم: a referred deed whose doer
    // the sentence names is reported all the same, with that doer as its source.
    Phrase doer = e.kind == TriggerKind::kNoun ? DoerAt(PastAdjectives(t.last + 1)) : kNone;
    if (doer.valid()) doer = GenericAgent(Resolve(doer), target);
    if (!doer.valid() || doer.code.empty()) return Trace(s_, t, "reference to an event");
    source = doer;
    // What stands between the noun and its doer is the noun's adjective, not its target.
    if (target.valid() && target.first <= doer.last && target.last >= t.first) target = kNone;
  }
  if (source.valid()) last_source_ = source;
  if (e.received && target.valid()) last_sender_ = target;
  if (e.no_event) return Trace(s_, t, "no_event entry");
  // An event needs a political actor on one side: a coded one or a generic agent (الشرطة).
  // (A protest against something is political though no side is: خرجت مظاهرات ضد الحكم.)
  const bool protest_against = e.code.starts_with("14") && ProtestCueTarget(t).valid();
  if (!harm && !Political(source) && !Political(target) && !protest_against)
    return Trace(s_, t, "no political actor");
  // Sport, markets, worship and services text: only a state actor makes it an event (قتل المهاجم
  // الكرة، استقبل المطار رحلة، رفض نادي أتليتكو مدريد عرضا). A sports side is judged below,
  // once the nearest actors have filled the arguments.
  if (DomainText() && !StateActor(source) && !StateActor(target))
    return Trace(s_, t, "domain text, no state actor");
  // لا يجوز الاعتداء على ...، قتل النفس حرام: a normative statement before or in the event's
  // clause is no event.
  if (cues_.first_normative < s_.clause_end[c]) return Trace(s_, t, "normative statement");
  // رحب المدير بمنسوبي الإدارة، شكر الإدارات المساندة، دعا المتحدث المواطنين إلى الحذر:
  // appeals, praise and meetings aimed at an office's own staff, audience or public are office life.
  if ((e.code.starts_with("02") || e.code.starts_with("04") || e.code.starts_with("05")) &&
      target.valid() &&
      target.code.empty() && Audience(target)) {
    return Trace(s_, t, "aimed at an office's own staff or audience");
  }

  // The grammar found an argument but no actor for it: take the sentence's resolved actor
  // nearest to the trigger (source: before it, else after; target: after it, else before).
  // After the gates, so that it never makes an event of a sentence the grammar rejected.
  {
    // An uncoded phrase of armed men, people or a generic agent (مسلحون، المتظاهرين، الشرطة)
    // is the argument itself: the text names no more.
    auto fillable = [&](const Phrase& x) {
      if (!x.valid()) return true;
      return x.code.empty() && !Armed(x) && !People(x) && af_.AgentRole(x).empty();
    };
    bool filled_place = false;  // the doer taken above is a place named in the sentence
    if (fillable(source)) {
      Phrase p = NearestCoded(t, true, target, /*doer=*/true);
      // A subject the grammar found after the verb (بحث الوزير السفير الأمريكي) is the doer
      // even uncoded: an actor after it is the other party.
      // (In its own clause: قتل 18 شخصا ...، في حين دفعت القوات السورية: not those forces.)
      if (!p.valid() && !source.valid()) p = NearestCoded(t, false, target, /*doer=*/true);
      if (p.valid() && p.first > t.last && p.first >= s_.clause_end[s_.clause[t.first]]) p = kNone;
      // قالت الشرطة إن قنبلة انفجرت: who reports violence did not do it.
      if (harm && voice.active && Overlap(p, voice.speaker) && !SpeakerIsSubject(t)) p = kNone;
      // قتل جنديان وأصيب تسعة: the dead of one deed did not do the next.
      if (harm && VictimOfOtherDeed(p, r)) p = kNone;
      if (p.valid()) {
        source = p;
        filled_place = harm && PlaceMention(p);
      }
    }
    // بعث الوزير برقية عزاء ... دان فيها الاعتداء: who condoles, condemns or meets over a
    // violent deed did not do it.
    if (harm && source.valid() && SourceOfOtherDeed(source, r)) source = kNone;
    // أعلنت مصادر أمنية مقتل 15 شخصا: sources, agencies and the press report violence.
    if (harm && Reporter(source)) source = kNone;
    // قتل خمسة أشخاص في هجوم: violence whose doer is neither named nor clear from the
    // context is no event (the corpus convention; the victims are news, not a dyad).
    const bool doerless = harm && fillable(source) && !Political(source);
    if (doerless) source = kNone;
    if (fillable(target) && !e.targets.empty() && !protest_cue.valid()) {
      Phrase p = NearestCoded(t, false, source);
      if (!p.valid()) p = NearestCoded(t, true, source);
      // أكد مكتب الرئيس أن 11 شخصا قتلوا: who reports violence is not its victim either.
      if (harm && voice.active && Overlap(p, voice.speaker)) p = kNone;
      // اطلقت القوات صاروخا على المدرسة الزراعية ... في غزة: the place does not replace the
      // object the grammar found; it gives that object its country.
      // (Not the doer's own country: the object stays, uncoded, rather than make a self-dyad.)
      if (harm && p.valid() && target.valid() && PlaceMention(p)) {
        if (p.code != source.code) target.code = p.code;
      } else if (p.valid()) {
        target = p;
      }
    }
    if (doerless && !Casualties(t, target)) return Trace(s_, t, "violence with no known doer");
    // قتل أربعة أشخاص غرب بغداد: the city where people were killed is not who killed them —
    // unless the dead are insurgents or an armed group, whom that country's forces fight
    // (قتل 25 عنصرا من داعش في الفلوجة: IRQ, the corpus convention).
    const bool insurgents = target.code.starts_with("IMG") ||
                            target.code.find("REB", 3) != std::string::npos ||
                            target.code.find("INS", 3) != std::string::npos;
    if (filled_place && !insurgents && Casualties(t, target)) source = kNone;
  }
  // المنتخب المكسيكي يلتقي نظيره الأمريكي: a club, a national team or a federation (SPT) on
  // either side — found by the grammar or taken above as the nearest actor — makes it sport,
  // whatever the other side reads as.
  auto sport = [](const Phrase& p) { return p.valid() && p.code.find("SPT") != std::string::npos; };
  if (sport(source) || sport(target)) return Trace(s_, t, "a sports side");
  // مدير التعليم يجتمع برؤساء الأقسام: a non-violent deed between two sides that no country,
  // group or organisation codes — not even by the home-country rule — and that hold no state
  // agent, crowd, armed men or office above the local ones (data/events/words.tsv, office) is
  // office life.
  if (!harm && source.code.empty() && target.code.empty() && !StateLevel(source) &&
      !StateLevel(target) && !protest_against) {
    return Trace(s_, t, "office life between uncoded sides");
  }
  // One phrase on both sides, or one actor doing it to itself (the host and the guest both
  // read as the same office): no target rather than a self-dyad.
  // Violence within one country keeps its victims, uncoded (مجهولون اغتالوا رجل الدين: both
  // read as the story's country).
  if (harm && !source.code.empty() && source.code == target.code && !Overlap(source, target)) {
    target.code.clear();
  }
  if (target.valid() && source.valid() &&
      (target.first == source.first || (!source.code.empty() && source.code == target.code))) {
    target = kNone;
  }
  ModalityContext mc;
  mc.denied = voice.active && voice.deny;
  // A third party's account is reported; an actor speaking of its own deed is not.
  const bool own_deed =
      source.valid() && (source.first == voice.speaker.first ||
                         (!source.code.empty() && source.code == voice.speaker.code));
  mc.reported = voice.active && !voice.deny && voice.speaker.valid() && !own_deed;
  const std::string modality = FindModality(s_, cues_, t, mc);
  double conf = e.weight;
  if (!source.valid()) conf -= 0.25;
  if (!target.valid()) conf -= 0.15;
  if (!source.code.empty()) conf += 0.1;
  if (!target.code.empty()) conf += 0.05;
  conf = std::clamp(conf, 0.05, 0.99);

  // بين اليونان والمفوضية والبنك والصندوق: the first side against each of the others (the
  // symmetric flag adds the other direction), not every pair of the list.
  const std::vector<Phrase> sources = !source.valid() ? std::vector<Phrase>{kNone}
                                      : between       ? std::vector<Phrase>{source}
                                                      : af_.WithConjuncts(source, end);
  // أدانت السعودية والإمارات الهجوم: a conjunct of the source is a second doer, not the target
  // (unlike a symmetric deed's: اجتمع أ وب, or بين أ وب, whose sides are conjuncts).
  if (!between && e.converse != e.code && target.valid() &&
      std::any_of(sources.begin(), sources.end(),
                  [&](const Phrase& sp) { return sp.first == target.first; })) {
    target = kNone;
  }
  const std::vector<Phrase> targets =
      target.valid() ? af_.WithConjuncts(target, s_.words.size()) : std::vector<Phrase>{kNone};
  for (const Phrase& sp : sources) {
    for (const Phrase& tp : targets) {
      // Conjuncts shared by both sides (بين أ وب وج): no side meets itself.
      if (sp.valid() && tp.valid() &&
          (sp.first == tp.first || (!sp.code.empty() && sp.code == tp.code)))
        continue;
      RawEvent ev;
      ev.trigger = ti;
      ev.source = sp;
      ev.target = tp;
      ev.code = !e.armed_code.empty() && (Armed(sp) || Armed(tp)) ? e.armed_code : e.code;
      ev.modality = modality;
      ev.confidence = conf;
      r.events.push_back(ev);
      if (TraceOn()) {
        const std::string what = "event " + ev.code + " " +
                                 (sp.valid() ? "[" + sp.code + "]" : "-") + " -> " +
                                 (tp.valid() ? "[" + tp.code + "]" : "-");
        Trace(s_, t, what.c_str());
      }
      // اجتمع أ مع ب: also ب met أ; استقبل أ ب: ب visited أ. The sides after بين are named
      // as parties even where the dictionary does not code them (بين الجيش والمسلحين).
      const bool coded = !sp.code.empty() && !tp.code.empty();
      if (!e.converse.empty() && sp.valid() && tp.valid() && (coded || between)) {
        std::swap(ev.source, ev.target);
        ev.code = e.converse;
        r.events.push_back(ev);
      }
    }
  }
}

SentenceResult Analysis::Run() {
  SentenceResult r;
  RememberHeads();
  cues_ = FindCues(s_);
  cues_.domain = HasDomainWord(s_);
  voice_of_clause_.assign(s_.clause_end.size(), Voice{});
  for (std::size_t ti = 0; ti < s_.triggers.size(); ++ti) {
    const TriggerMatch& t = s_.triggers[ti];
    const std::size_t c = s_.clause[t.first];
    const std::size_t events_before = r.events.size();
    CodeTrigger(ti, voice_of_clause_[c], r);
    if (!t.entry->speech && !t.entry->deny) continue;
    bool after = false;
    Voice v;
    v.speaker = Resolve(Subject(t, &after));
    if (v.speaker.valid()) last_speaker_ = v.speaker;  // a denier speaks too (نفى: «لم نقصف»)
    v.deny = t.entry->deny;
    v.active = true;
    v.trigger = ti;
    // The voice reaches the clauses after the verb (أن ...), and the rest of its own clause
    // when a nominal event follows (نفى قيامه بقصف ...).
    // قال الجيش في بيان، أمس، إن ...: the voice starts at the first complementiser after the
    // verb, across asides, and holds to the end of the sentence or the next speech verb.
    bool reaches = false;
    std::size_t from = s_.clause_end.size();
    for (std::size_t k = c + 1; k < s_.clause_end.size(); ++k) {
      const std::size_t b = s_.clause_begin[k];
      if (s_.trigger_at[b] >= 0 || (k > c + 1 && b > 0 && s_.trigger_at[b - 1] >= 0)) break;
      if (Complementisers().count(s_.words[b].norm)) {
        from = k;
        break;
      }
      bool has_trigger = false;
      for (std::size_t i = b; i < s_.clause_end[k]; ++i) has_trigger |= s_.trigger_at[i] >= 0;
      if (has_trigger) break;
    }
    for (std::size_t k = from; k < s_.clause_end.size(); ++k) {
      voice_of_clause_[k] = v;
      reaches = true;
    }
    bool object_event = false;
    for (std::size_t tj = ti + 1; tj < s_.triggers.size(); ++tj) {
      if (s_.clause[s_.triggers[tj].first] == c) object_event = true;
    }
    if (v.deny && object_event) voice_of_clause_[c] = v;
    if (v.deny && !reaches && !object_event && v.speaker.valid() && !v.speaker.code.empty()) {
      r.denials.push_back({v.speaker.code, s_.words[t.first].span.start});
    }
    (void)events_before;
  }
  // A crowd word reports a protest only when nothing else in the sentence does.
  auto root_of = [](const std::string& code) { return code.substr(0, 2); };
  std::vector<RawEvent> kept;
  for (const RawEvent& ev : r.events) {
    if (s_.triggers[ev.trigger].entry->kind == TriggerKind::kAgent) {
      const bool other = std::any_of(r.events.begin(), r.events.end(), [&](const RawEvent& o) {
        return s_.triggers[o.trigger].entry->kind != TriggerKind::kAgent &&
               root_of(o.code) == root_of(ev.code);
      });
      if (other) continue;
    }
    kept.push_back(ev);
  }
  r.events.swap(kept);
  // وكذلك فعلت سورية: the same deed by another actor.
  for (std::size_t i = 1; i + 1 < s_.words.size(); ++i) {
    if (!LikewiseVerbs().count(s_.words[i].norm) &&
        !LikewiseVerbs().count((StripConjunction(s_.words[i].norm)))) {
      continue;
    }
    if (!LikewiseMarkers().count(s_.words[i - 1].norm)) continue;
    Phrase p = af_.PhraseAfter(i + 1, s_.clause_end[s_.clause[i]]);
    if (p.valid()) r.likewise.push_back(Resolve(p));
  }
  return r;
}

// A word inside an institution's name after its first word (مجلس التعاون، منظمة التحرير، قوات
// الدعم السريع) names an actor, not an event. Person names hold no event words, so a trigger
// there is the tagger running a name on (السيسي همزة الوصل) and stays a trigger.
bool InsideName(const SentenceView& s, std::size_t i) {
  const int a = s.words[i].actor;
  return a >= 0 && s.mentions[a].first < i && !s.mentions[a].person;
}

}  // namespace

SentenceResult SentenceCoder::Code(SentenceView& s) const {
  for (Word& w : s.words) s.classes->Classify(w);
  s.triggers.clear();
  s.trigger_at.assign(s.words.size(), -1);
  std::vector<bool> consumed(s.words.size(), false);
  s.reserved.assign(s.words.size(), false);
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    if (consumed[i] || IsAgentMarker(s.words[i])) continue;  // غارة شنتها طائرة: not a new event
    TriggerMatch m;
    if (!lexicon_.Match(s.words, i, s.words.size(), &m)) continue;
    if (InsideName(s, i) && m.entry->kind != TriggerKind::kAgent) continue;
    // A noun that only claims its word from a verb's conjugation (اثنين) is an ordinary word.
    if (m.entry->no_event && m.entry->kind == TriggerKind::kNoun && !m.entry->speech &&
        !m.entry->deny) {
      i = m.last;
      continue;
    }
    for (std::size_t k = m.first; k <= m.last; ++k)
      s.trigger_at[k] = static_cast<int>(s.triggers.size());
    // Weak converted entries (coded) do not take their words away from argument phrases.
    for (std::size_t k = m.first; k <= m.last; ++k) {
      s.reserved[k] = !m.entry->coded_only && m.entry->kind != TriggerKind::kAgent;
    }
    if (m.required_word != SIZE_MAX) {
      consumed[m.required_word] = true;
      // أطلق النار، فرض عقوبات على: the required word is part of the event phrase, unless
      // it is the verb's object (طرد السفير، قطع الطريق).
      const auto& tg = m.entry->targets;
      s.reserved[m.required_word] = std::find(tg.begin(), tg.end(), U"obj") == tg.end();
    }
    s.triggers.push_back(m);
    i = m.last;
  }
  FindClauses(s);
  Analysis a(s, memory_);
  return a.Run();
}

}  // namespace marsad::events
