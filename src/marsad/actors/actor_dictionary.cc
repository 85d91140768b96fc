// ActorDictionary: loads data/actors/actors.tsv into a word trie and finds actor mentions,
// longest match first, combining role words with the country that follows them.
#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "marsad/actors/actors.h"
#include "marsad/actors/internal/actor_trie.h"
#include "marsad/actors/internal/actor_words.h"

namespace marsad::actors {
namespace {

constexpr const char* kHeader = "# marsad-actors 1";
constexpr std::uint32_t kNoEntry = UINT32_MAX;

// A dictionary form found at words [first, end), read as `reading` on its first word.
struct Match {
  std::size_t first = 0;
  std::size_t end = 0;
  Reading reading;
  std::uint32_t entry = kNoEntry;
  bool out_of_term = false;  // a person named outside every dated term of theirs
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
    fields.push_back(line.substr(start, tab - start));
  }
  fields.push_back(line.substr(start));
  return fields;
}

Result<Entry> ParseEntry(const std::vector<std::string>& f) {
  if (f.size() < 6) return Status::Error("expected 7 tab-separated fields");
  Entry e;
  if (f[0] == "A")
    e.kind = EntryKind::kActor;
  else if (f[0] == "N")
    e.kind = EntryKind::kNisba;
  else if (f[0] == "R")
    e.kind = EntryKind::kRole;
  else
    return Status::Error("unknown kind '" + f[0] + "'");
  e.needs_article = !f[1].empty() && f[1][0] == '=';
  e.curated = f.size() > 6 && f[6] == "hand";
  e.code = f[2];
  if (e.code.empty()) return Status::Error("empty code");
  e.type = f[3] == "-" ? "" : f[3];
  e.from = f[4] == "-" ? 0 : DateNumber(std::string_view(f[4]));
  e.to = f[5] == "-" ? 0 : DateNumber(std::string_view(f[5]));
  if ((f[4] != "-" && e.from == 0) || (f[5] != "-" && e.to == 0)) {
    return Status::Error("dates must be YYYY-MM-DD or -");
  }
  return e;
}

// The canonical word keys of a form (FormWordKey).
std::vector<std::u32string> FormWords(std::string_view form) {
  if (!form.empty() && form[0] == '=') form.remove_prefix(1);
  const std::u32string text = ToU32(form);
  WordList list;
  ScanWords(text, {0, text.size()}, list);
  std::vector<std::u32string> words;
  for (const Word& w : list.words) words.emplace_back(FormWordKey(text, list, w));
  return words;
}

}  // namespace

struct ActorDictionary::Impl {
  ActorTrie trie;
  std::set<std::string> country_roots;  // codes of countries: what a role word combines with

  Status Read(std::istream& in, const std::string& name);
  std::uint32_t Choose(std::uint32_t node, const Reading& r, int date, bool* out_of_term) const;
  void Extend(const WordList& list, std::uint32_t node, std::size_t next, const Match& start,
              int date, Match& best) const;
  Match Longest(const WordList& list, std::size_t i, int date) const;
  bool IsCountry(const Match& m) const;
  bool NamesAnInstitution(const WordList& list, const Match& m) const;
  std::vector<ActorMention> Combine(std::u32string_view body, const WordList& list,
                                    const std::vector<Match>& matches) const;
  ActorMention Mention(std::u32string_view body, const WordList& list, const Match& from,
                       const Match& to) const;
};

Status ActorDictionary::Impl::Read(std::istream& in, const std::string& name) {
  std::string line;
  if (!std::getline(in, line) || line.rfind(kHeader, 0) != 0) {
    return Status::Error(name + ": not a marsad-actors 1 file (first line must be '" + kHeader +
                         "')");
  }
  for (std::size_t n = 2; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    const auto fields = SplitTabs(line);
    auto entry = ParseEntry(fields);
    if (!entry.ok()) return Status::Error(name + ":" + std::to_string(n) + ": " + entry.error());
    auto words = FormWords(fields[1]);
    if (words.empty()) continue;
    if (entry->kind == EntryKind::kNisba ||
        (entry->kind == EntryKind::kActor && entry->code.size() == 3 && entry->type == "LOC")) {
      country_roots.insert(entry->code);
    }
    trie.Add(words, std::move(entry).value());
  }
  return Status();
}

// The entry a form stands for on this date, read this way, or kNoEntry. A nisba reading wins
// when the word carried ال (السورية is the adjective, سورية the country).
std::uint32_t ActorDictionary::Impl::Choose(std::uint32_t node, const Reading& r, int date,
                                            bool* out_of_term) const {
  std::uint32_t best = kNoEntry;
  int best_rank = 1 << 30;
  for (std::uint32_t i : trie.EntriesAt(node)) {
    const Entry& e = trie.entry(i);
    if (e.needs_article && !r.had_article) continue;
    if (date != 0 && !e.Holds(date)) continue;
    int kind_rank = e.kind == EntryKind::kRole ? 2 : 0;
    if (e.kind == EntryKind::kNisba) kind_rank = r.had_article ? -1 : 1;
    // Without a date the first line wins: the dictionary lists a leader's main term first
    // (أوباما is USAGOV, not the USAELI of after 2017).
    // A form written with its article (=الكاميرون, Cameroon) beats one without (كاميرون, the
    // British prime minister) when the text has the article.
    const int rank = 2 * kind_rank - (e.needs_article && r.had_article ? 1 : 0);
    if (rank < best_rank) best = i, best_rank = rank;
  }
  // القذافي in 2015, محمد بن سلمان in 2010: a person of a country named outside each of their
  // terms is still of that country (the caller makes it an elite, CCCELI, with no office).
  *out_of_term = false;
  if (best != kNoEntry || date == 0) return best;
  for (std::uint32_t i : trie.EntriesAt(node)) {
    const Entry& e = trie.entry(i);
    if (e.kind == EntryKind::kActor && e.type == "PER" && e.code.size() >= 3 &&
        country_roots.count(e.code.substr(0, 3)) && !(e.needs_article && !r.had_article)) {
      *out_of_term = true;
      return i;
    }
  }
  return kNoEntry;
}

void ActorDictionary::Impl::Extend(const WordList& list, std::uint32_t node, std::size_t next,
                                   const Match& start, int date, Match& best) const {
  bool out_of_term = false;
  if (std::uint32_t e = Choose(node, start.reading, date, &out_of_term);
      e != kNoEntry && next > best.end) {
    best = start;
    best.end = next;
    best.entry = e;
    best.out_of_term = out_of_term;
  }
  if (next >= list.words.size() || !list.words[next].joined_to_previous) return;
  const std::u32string_view key = list.Key(list.words[next]);
  Reading readings[8];
  const int n = Readings(key, /*first=*/false, readings);
  for (int k = 0; k < n; ++k) {
    const std::uint32_t child = trie.Child(node, ReadingKey(key, readings[k]));
    if (child != ActorTrie::kNone) Extend(list, child, next + 1, start, date, best);
  }
}

// The longest form starting at word i (best.entry == kNoEntry when none).
Match ActorDictionary::Impl::Longest(const WordList& list, std::size_t i, int date) const {
  Match best;
  const std::u32string_view key = list.Key(list.words[i]);
  Reading readings[8];
  const int n = Readings(key, /*first=*/true, readings);
  for (int k = 0; k < n; ++k) {
    const std::uint32_t node = trie.Child(ActorTrie::kRoot, ReadingKey(key, readings[k]));
    if (node == ActorTrie::kNone) continue;
    Match start;
    start.first = i;
    start.reading = readings[k];
    Extend(list, node, i + 1, start, date, best);
  }
  return best;
}

// Whether a role word before m names that country's role: countries, their nisbas, capitals
// and leaders do; groups and organisations (حزب الله, الأمم المتحدة) do not.
bool ActorDictionary::Impl::IsCountry(const Match& m) const {
  const Entry& e = trie.entry(m.entry);
  if (e.kind == EntryKind::kRole) return false;
  if (e.code.size() < 3 || !country_roots.count(e.code.substr(0, 3))) return false;
  // A leader stands for the government (حكومة نوري المالكي), not a group's chief (رئاسة خالد مشعل).
  if (e.type == "PER") return e.code.size() == 6 && e.code.compare(3, 3, "GOV") == 0;
  return e.kind == EntryKind::kNisba || e.code.size() == 3 || e.type == "LOC";
}

namespace {

// Whether the word before `first` (or a ب on it) makes a capital a place rather than its
// government: في دمشق, وسط القاهرة, بطهران are where something happens; دمشق قررت is who.
bool InPlaceContext(const WordList& list, std::size_t first, const Reading& r) {
  const std::u32string_view key = list.Key(list.words[first]);
  if (r.trim > 0 && key[r.trim - 1] == U'\u0628') return true;  // ب
  if (first == 0) return false;
  static const std::u32string kPlaceWords[] = {
      U"في",  U"وفي",   U"ففي",   U"وسط",     U"داخل",  U"قرب",   U"شمال",  U"جنوب", U"شرق",
      U"غرب", U"انحاء", U"مدينه", U"العاصمه", U"عاصمه", U"ضواحي", U"شوارع", U"مطار"};
  const std::u32string_view before = list.Key(list.words[first - 1]);
  return std::find(std::begin(kPlaceWords), std::end(kPlaceWords), before) != std::end(kPlaceWords);
}

// سامي بن عبدالله الصالح، عبدالله بن عبدالعزيز الربيعة: a name after بن, or one a family name
// with the article follows (the caller checks that it names no actor itself: الملك سلمان
// القاهرة), is part of another person's name. Only judged for a person named outside their
// terms, where the match is a guess anyway.
bool PartOfLongerName(const WordList& list, const Match& m) {
  if (m.first > 0 && list.words[m.first].joined_to_previous) {
    const std::u32string_view before = list.Key(list.words[m.first - 1]);
    if (before == U"بن" || before == U"ابن" || before == U"بنت") return true;
  }
  if (m.end < list.words.size() && list.words[m.end].joined_to_previous) {
    const std::u32string_view after = list.Key(list.words[m.end]);
    const bool relative = after == U"الذي" || after == U"التي" || after == U"الذين";
    if (after.size() >= 4 && after.starts_with(U"ال") && !relative) return true;
  }
  return false;
}

bool IsCapitalMetonym(const Entry& e) {
  return e.kind == EntryKind::kActor && e.type == "LOC" && e.code.size() == 6 &&
         e.code.compare(3, 3, "GOV") == 0;
}

}  // namespace

// مستشفى الملك فهد، جامعة الملك سعود، مركز الملك سلمان: a person named after an institution or
// a place word is that institution's or street's name, not the person.
bool ActorDictionary::Impl::NamesAnInstitution(const WordList& list, const Match& m) const {
  if (m.first == 0 || !list.words[m.first].joined_to_previous) return false;
  if (trie.entry(m.entry).type != "PER") return false;
  static const std::u32string kInstitutions[] = {
      U"مستشفي", U"مستشفيات", U"جامعه", U"مدينه", U"مركز",  U"مجمع",  U"شارع",  U"طريق",
      U"مطار",   U"ميناء",    U"قاعده", U"مؤسسه", U"جائزه", U"كليه",  U"معهد",  U"برنامج",
      U"مسجد",   U"جامع",     U"قصر",   U"حي",    U"مدرسه", U"مكتبه", U"صندوق", U"قاعه",
      U"ملعب",   U"استاد",    U"كرسي",  U"دار",   U"مشروع", U"كاس",   U"بطوله", U"دوري"};
  std::u32string_view before = list.Key(list.words[m.first - 1]);
  for (std::u32string_view clitic : {U"و", U"ب", U"ل"}) {
    if (before.size() > 3 && before.starts_with(clitic)) before.remove_prefix(1);
  }
  before = WithoutArticle(before);
  return std::find(std::begin(kInstitutions), std::end(kInstitutions), before) !=
         std::end(kInstitutions);
}

ActorMention ActorDictionary::Impl::Mention(std::u32string_view body, const WordList& list,
                                            const Match& from, const Match& to) const {
  const Word& first = list.words[from.first];
  const Word& last = list.words[to.end - 1];
  ActorMention m;
  m.span = {list.offsets[first.key_begin + from.reading.trim], last.span.end};
  if (from.reading.trim == 0) m.span.start = first.span.start;
  m.text = ToUtf8(body.substr(m.span.start, m.span.size()));
  const Entry& e = trie.entry(to.entry);
  m.code = to.out_of_term ? e.code.substr(0, 3) + "ELI" : e.code;
  if (IsCapitalMetonym(e) && InPlaceContext(list, from.first, from.reading)) m.code.resize(3);
  m.type = e.type.empty() ? "ORG" : e.type;
  m.nisba = e.kind == EntryKind::kNisba;
  return m;
}

// Turns matches into mentions: a run of role words followed by a country (directly, or across
// one adjective with ال: الطائرات الحربية السورية) becomes country + first role; other role
// words are dropped, since a role alone names no one in particular.
std::vector<ActorMention> ActorDictionary::Impl::Combine(std::u32string_view body,
                                                         const WordList& list,
                                                         const std::vector<Match>& matches) const {
  auto adjacent = [&](const Match& a, const Match& b) {
    // A country noun after a role is its genitive (حكومة العراق) only without a preposition
    // or conjunction of its own (الوزير بالعراق is a minister in Iraq).
    const bool nisba = trie.entry(b.entry).kind == EntryKind::kNisba;
    if (b.reading.trim != 0 && !nisba) return false;
    // Before a noun, only the curated role words: imported ones include participles that
    // take an object (داعية طهران, "calling on Tehran"). A nisba agreeing with the role is
    // evidence enough.
    if (!nisba && !trie.entry(a.entry).curated) return false;
    if (b.first == a.end) return list.words[b.first].joined_to_previous;
    if (b.first != a.end + 1) return false;
    const Word& gap = list.words[a.end];
    const std::u32string_view k = list.Key(gap);
    // The word between is taken for an adjective when it has ال and an adjective's ending
    // (الحربية, الانتقالية, الخاص): a noun there (المسؤول العدو الأمريكي) ends the role.
    return gap.joined_to_previous && list.words[b.first].joined_to_previous && k.size() >= 5 &&
           k[0] == U'\u0627' && k[1] == U'\u0644' &&
           (k.back() == U'\u0647' || k.back() == U'\u064A' || k.back() == U'\u0635');
  };
  auto is_role = [&](const Match& m) { return trie.entry(m.entry).kind == EntryKind::kRole; };
  std::vector<ActorMention> out;
  for (std::size_t k = 0; k < matches.size();) {
    if (!is_role(matches[k])) {
      out.push_back(Mention(body, list, matches[k], matches[k]));
      ++k;
      continue;
    }
    std::size_t j = k;
    while (j + 1 < matches.size() && is_role(matches[j + 1]) &&
           matches[j + 1].first == matches[j].end &&
           list.words[matches[j + 1].first].joined_to_previous) {
      ++j;
    }
    if (j + 1 < matches.size() && IsCountry(matches[j + 1]) &&
        adjacent(matches[j], matches[j + 1])) {
      ActorMention m = Mention(body, list, matches[k], matches[j + 1]);
      m.code =
          trie.entry(matches[j + 1].entry).code.substr(0, 3) + trie.entry(matches[k].entry).code;
      m.type = "ORG";
      m.nisba = false;
      out.push_back(std::move(m));
      k = j + 2;
    } else {
      k = j + 1;
    }
  }
  return out;
}

ActorDictionary::ActorDictionary() : impl_(std::make_unique<Impl>()) {}
ActorDictionary::ActorDictionary(ActorDictionary&&) noexcept = default;
ActorDictionary& ActorDictionary::operator=(ActorDictionary&&) noexcept = default;
ActorDictionary::~ActorDictionary() = default;

Result<ActorDictionary> ActorDictionary::Load(const std::string& dir) {
  const std::string path = dir + "/actors.tsv";
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("cannot open " + path);
  ActorDictionary d;
  if (Status s = d.impl_->Read(in, path); !s.ok()) return s;
  return d;
}

Result<ActorDictionary> ActorDictionary::LoadDefault() { return Load(DataDir() + "/actors"); }

std::vector<ActorMention> ActorDictionary::FindMentions(
    std::u32string_view body, Span range, const std::optional<std::string>& date) const {
  thread_local WordList list;  // reused: the coder calls this once per sentence
  ScanWords(body, range, list);
  const int day = DateNumber(date);
  std::vector<Match> matches;
  for (std::size_t i = 0; i < list.words.size();) {
    Match m = impl_->Longest(list, i, day);
    if (m.entry != kNoEntry && impl_->NamesAnInstitution(list, m)) m.entry = kNoEntry;
    if (m.entry != kNoEntry && m.out_of_term && PartOfLongerName(list, m) &&
        (m.end >= list.words.size() || impl_->Longest(list, m.end, day).entry == kNoEntry)) {
      m.entry = kNoEntry;
    }
    if (m.entry == kNoEntry) {
      ++i;
      continue;
    }
    matches.push_back(m);
    i = m.end;
  }
  return impl_->Combine(body, list, matches);
}

std::string ActorDictionary::Lookup(std::u32string_view name,
                                    const std::optional<std::string>& date) const {
  auto mentions = FindMentions(name, {0, name.size()}, date);
  if (mentions.size() != 1) return {};
  // The one mention must cover the name: from its first word (clitics aside) to its end.
  std::size_t first = 0;
  while (first < name.size() && (name[first] == U' ' || name[first] == U'\t')) ++first;
  std::size_t last = name.size();
  while (last > first && (name[last - 1] == U' ' || name[last - 1] == U'\t')) --last;
  const Span& s = mentions[0].span;
  if (s.end != last || s.start > first + 3) return {};
  return mentions[0].code;
}

std::size_t ActorDictionary::size() const { return impl_->trie.forms(); }

}  // namespace marsad::actors
