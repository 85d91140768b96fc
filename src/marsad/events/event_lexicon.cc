#include "marsad/events/internal/event_lexicon.h"

#include <fstream>
#include <sstream>

namespace marsad::events {
namespace {

std::vector<std::string> SplitOn(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) out.push_back(cur);
  if (!s.empty() && s.back() == sep) out.push_back("");
  return out;
}

std::string Trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

std::vector<std::u32string> NormList(const std::string& field, char sep) {
  std::vector<std::u32string> out;
  if (Trim(field) == "-" || Trim(field).empty()) return out;
  for (const auto& part : SplitOn(field, sep)) {
    const std::string t = Trim(part);
    if (!t.empty()) out.push_back(NormalizeArabic(ToU32(t)));
  }
  return out;
}

bool WordMatches(const Word& w, const std::u32string& want) {
  if (!want.empty() && want.back() == U'*') {
    const std::u32string_view p(want.data(), want.size() - 1);
    return std::u32string_view(w.noun).starts_with(p) || StripConjunction(w.norm).starts_with(p);
  }
  return w.norm == want || w.noun == want || StripConjunction(w.norm) == want;
}

const char32_t* const kEnclitics[] = {U"هما", U"هم", U"ها", U"هن", U"كم", U"نا", U"ني", U"ه"};

bool StartsImperfect(std::u32string_view v) {
  return v.size() >= 3 && (v[0] == U'ي' || v[0] == U'ت' || v[0] == U'ن' || v[0] == U'ا');
}

struct Candidate {
  std::u32string form;
  bool verb;
  bool future = false, purpose = false, negation = false;
  bool function_word = false;  // عبر "via" read as the verb عبّر: only entries with a required word
};

// Function words that are also verbs of the lexicon (عبر "via" / عبّر عن "expressed").
bool VerbAsWell(std::u32string_view w) { return w == U"عبر"; }

std::uint64_t Prefix2(std::u32string_view f) {
  return f.size() < 2 ? 0 : (static_cast<std::uint64_t>(f[0]) << 32) | f[1];
}

// ta_marbuta: the word was written with a final ة (normalised to ه), so that ه is no pronoun:
// وزارة is not و + زار + ه "and he visited him".
void AddWithEnclitics(std::vector<Candidate>& out, const Candidate& c,
                      const std::unordered_set<std::uint64_t>& prefixes, bool ta_marbuta) {
  if (!prefixes.count(Prefix2(c.form))) return;  // enclitics do not change the first letters
  out.push_back(c);
  for (const char32_t* e : kEnclitics) {
    const std::u32string_view suffix(e);
    if (ta_marbuta && suffix == U"ه") continue;
    if (c.form.size() > suffix.size() + 2 && std::u32string_view(c.form).ends_with(suffix)) {
      Candidate s = c;
      s.form = c.form.substr(0, c.form.size() - suffix.size());
      out.push_back(s);
      if (!c.verb && s.form.back() == U'ت') {  // غارتها → غاره
        s.form.back() = U'ه';
        out.push_back(s);
      }
      if (c.verb && s.form.ends_with(U"و")) {  // قصفوه → قصفوا
        s.form.push_back(U'ا');
        out.push_back(s);
      }
    }
  }
}

std::vector<Candidate> Candidates(const Word& w, const std::unordered_set<std::uint64_t>& px) {
  std::vector<Candidate> out;
  if (w.punct) return out;
  if (w.function) {
    const std::u32string_view bare =
        w.conj ? StripConjunction(w.norm) : std::u32string_view(w.norm);
    if (VerbAsWell(bare)) {
      Candidate c{std::u32string(bare), true};
      c.function_word = true;
      out.push_back(c);
    }
    return out;
  }
  const bool ta_marbuta = !w.pronoun_suffix && !w.norm.empty() && w.norm.back() == U'ه';
  auto add = [&](const Candidate& c) { AddWithEnclitics(out, c, px, ta_marbuta); };
  {  // verbs may begin with ال (التقى، ألقى): try them whatever the article test said
    // A root و/ف (وزارة، وفد) is no conjunction: the verb reading starts at the word's start.
    const std::u32string base(w.conj ? StripConjunction(w.norm) : std::u32string_view(w.norm));
    add({base, true});
    if (base != w.norm) add({w.norm, true});  // وقع، فجر: و/ف of the root
    // وحث، وشن: a conjunction on a verb of a doubled root leaves a three-letter word that the
    // word layer keeps whole.
    if (!w.conj && w.norm.size() == 3 && (w.norm[0] == U'و' || w.norm[0] == U'ف'))
      add({w.norm.substr(1), true});
    if (base.size() > 3) {
      const std::u32string_view rest = std::u32string_view(base).substr(1);
      if (base[0] == U'س' && StartsImperfect(rest)) add({std::u32string(rest), true, true});
      if (base[0] == U'ل' && StartsImperfect(rest)) add({std::u32string(rest), true, false, true});
      if (base.size() > 4 && base[0] == U'ل' && base[1] == U'ا')
        add({base.substr(2), true, false, false, true});
    }
  }
  Candidate n{w.noun, false};
  // لمحاربة، للاحتجاج: an aim, not a deed (the coder drops this after تعرض ل "was subjected to").
  n.purpose = w.prep && StripConjunction(w.norm).starts_with(U"ل");
  add(n);
  // لقائه، لقاء: an initial ل or ب may be the root's, not a preposition the word layer
  // took off an indefinite noun; the whole word is a nominal reading too.
  if (w.prep && !w.definite) {
    const std::u32string_view whole =
        w.conj ? StripConjunction(w.norm) : std::u32string_view(w.norm);
    if (whole != w.noun) add({std::u32string(whole), false});
  }
  if (w.noun.size() > 3 && w.noun.back() == U'ا' && px.count(Prefix2(w.noun))) {  // هجوما
    Candidate a = n;
    a.form.pop_back();
    out.push_back(a);
  }
  return out;
}

}  // namespace

void EventLexicon::AddForm(const std::u32string& form, std::size_t id, bool imperfect) {
  if (form.size() < 2) return;
  prefixes_.insert(Prefix2(form));
  auto& ids = forms_[form];
  for (std::size_t x : ids) {
    if (x / 2 == id) return;  // the perfect reading, added first, wins
  }
  ids.push_back(id * 2 + (imperfect ? 1 : 0));
}

void EventLexicon::AddVerbForms(std::size_t id, const std::u32string& past,
                                const std::u32string& present) {
  if (!past.empty()) {
    AddForm(past, id);
    std::u32string base = past;
    if (base.back() == U'ي' || base.back() == U'ا') base.pop_back();  // نفي → نفت، نفوا
    for (const char32_t* s : {U"ت", U"وا", U"ا", U"تا", U"ن", U"نا", U"تم"}) {
      AddForm(past + s, id);
      AddForm(base + s, id);
    }
  }
  if (!present.empty()) {
    std::u32string base = present;
    if (base.back() == U'ي' || base.back() == U'و' || base.back() == U'ا') base.pop_back();
    for (const char32_t* p : {U"ي", U"ت", U"ن", U"ا"}) {
      const std::u32string pre(p);
      AddForm(pre + present, id, true);
      for (const char32_t* s : {U"ون", U"ان", U"وا", U"ن", U"ين"}) {
        AddForm(pre + present + s, id, true);
        AddForm(pre + base + s, id, true);
      }
    }
  }
}

Status EventLexicon::AddFile(const std::string& path, double weight) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open");
  std::string line;
  if (!std::getline(in, line) || !line.starts_with("# marsad-event-lexicon v1")) {
    return Status::Error(path +
                         ": not a marsad event lexicon (expected '# marsad-event-lexicon v1')");
  }
  for (int n = 2; std::getline(in, line); ++n) {
    if (Trim(line).empty() || line[0] == '#') continue;
    auto f = SplitOn(line, '\t');
    if (f.size() < 4)
      return Status::Error(path + ":" + std::to_string(n) + ": expected at least 4 fields");
    f.resize(6, "-");
    LexEntry e;
    const std::string kind = Trim(f[0]);
    if (kind == "V")
      e.kind = TriggerKind::kVerb;
    else if (kind == "N")
      e.kind = TriggerKind::kNoun;
    else if (kind == "P")
      e.kind = TriggerKind::kPassive;
    else if (kind == "A")
      e.kind = TriggerKind::kAgent;
    else
      return Status::Error(path + ":" + std::to_string(n) + ": kind must be V, N, P or A");
    e.code = Trim(f[2]);
    if (e.code.size() < 2 || e.code.size() > 4 ||
        e.code.find_first_not_of("0123456789") != std::string::npos) {
      return Status::Error(path + ":" + std::to_string(n) + ": bad CAMEO code '" + e.code + "'");
    }
    e.targets = NormList(f[3], '|');
    e.requires_any = NormList(f[4], '|');
    for (const auto& flag : SplitOn(Trim(f[5]), ',')) {
      const std::string t = Trim(flag);
      if (t == "speech")
        e.speech = true;
      else if (t == "deny")
        e.deny = true;
      else if (t == "coded")
        e.coded_only = true;
      else if (t == "role")
        e.no_event = true;
      else if (t == "sym")
        e.converse = "=";
      else if (t == "setting")
        e.setting = true;
      else if (t == "victim")
        e.victim_object = true;
      else if (t == "reaction")
        e.reaction = true;
      else if (t == "received")
        e.received = true;
      else if (t.starts_with("armed=") && t.size() > 6)
        e.armed_code = t.substr(6);
      else if (t.starts_with("converse=") && t.size() > 9)
        e.converse = t.substr(9);
      else if (!t.empty() && t != "-")
        return Status::Error(path + ":" + std::to_string(n) + ": unknown flag '" + t + "'");
    }
    if (e.converse == "=") e.converse = e.code;
    e.weight = weight;
    const std::string forms = Trim(f[1]);
    e.lemma = forms;
    const std::size_t id = entries_.size();
    // The first form may be a multiword trigger ("وقف إطلاق النار"): its tail follows it.
    auto alternatives = SplitOn(forms, '|');
    std::vector<std::u32string> firsts;
    for (std::size_t a = 0; a < alternatives.size(); ++a) {
      std::string alt = Trim(alternatives[a]);
      if (alt.empty()) continue;
      if (e.kind == TriggerKind::kVerb && a == 0 && alt.find('/') != std::string::npos) {
        const auto parts = SplitOn(alt, '/');
        const std::u32string past = parts[0] == "-" ? U"" : NormalizeArabic(ToU32(Trim(parts[0])));
        const std::u32string present = parts.size() < 2 || Trim(parts[1]) == "-"
                                           ? U""
                                           : NormalizeArabic(ToU32(Trim(parts[1])));
        AddVerbForms(id, past, present);
        continue;
      }
      auto words = SplitOn(alt, ' ');
      std::vector<std::u32string> norm;
      for (const auto& w : words) {
        if (!Trim(w).empty()) norm.push_back(NormalizeArabic(ToU32(Trim(w))));
      }
      if (norm.empty()) continue;
      if (norm.size() > 1) {
        if (!e.tail.empty() && std::vector(norm.begin() + 1, norm.end()) != e.tail) {
          return Status::Error(path + ":" + std::to_string(n) +
                               ": alternatives of a multiword trigger must share its tail");
        }
        e.tail.assign(norm.begin() + 1, norm.end());
      }
      // Nouns are looked up without their article (القبض is found as قبض): a form written
      // with ال is stored without it.
      if (e.kind != TriggerKind::kVerb && e.kind != TriggerKind::kPassive && norm[0].size() > 4 &&
          norm[0].starts_with(U"ال")) {
        norm[0].erase(0, 2);
      }
      AddForm(norm[0], id);
    }
    entries_.push_back(std::move(e));
  }
  return Status();
}

bool EventLexicon::MatchEntry(const LexEntry& e, const std::vector<Word>& words, std::size_t i,
                              std::size_t clause_end, TriggerMatch* out) const {
  std::size_t last = i;
  for (const auto& t : e.tail) {
    if (last + 1 >= clause_end || !WordMatches(words[last + 1], t)) return false;
    ++last;
  }
  std::size_t required = SIZE_MAX;
  if (!e.requires_any.empty()) {
    auto satisfies = [&](std::size_t j) {
      for (const auto& r : e.requires_any) {
        if (WordMatches(words[j], r)) return true;
      }
      return false;
    };
    // Mostly after the trigger (وقع اتفاقية), also just before it (سيارة مفخخة انفجرت): up to 10
    // words after it, a name with its titles counting as one (عبر سمو نائب خادم الحرمين
    // الشريفين عن التهاني).
    std::size_t counted = 0;
    for (std::size_t j = last + 1; j < clause_end && counted < 10 && required == SIZE_MAX; ++j) {
      if (words[j].punct) {
        // An apposition's commas (أعرب الأمين العام، عبداللطيف الزياني، عن استغرابه) keep the
        // trigger's phrase open; other punctuation, and a comma between plain words, close it.
        const bool apposition = IsComma(words[j]) && ((words[j - 1].actor >= 0) ||
                                                      (j + 1 < clause_end && words[j + 1].actor >= 0));
        if (!apposition) break;
        continue;
      }
      if (words[j].actor < 0 || words[j - 1].actor != words[j].actor) ++counted;
      if (satisfies(j)) required = j;
    }
    for (std::size_t j = i; j-- > 0 && j + 4 > i && required == SIZE_MAX;) {
      if (words[j].punct) break;
      if (satisfies(j)) required = SIZE_MAX - 1;  // before: nothing to consume
    }
    if (required == SIZE_MAX - 1) {
      out->entry = &e;
      out->first = i;
      out->last = last;
      out->required_word = SIZE_MAX;
      return true;
    }
    if (required == SIZE_MAX) return false;
  }
  out->entry = &e;
  out->first = i;
  out->last = last;
  out->required_word = required;
  return true;
}

bool EventLexicon::Match(const std::vector<Word>& words, std::size_t i, std::size_t clause_end,
                         TriggerMatch* out) const {
  int best_score = -1;
  for (const Candidate& c : Candidates(words[i], prefixes_)) {
    auto it = forms_.find(c.form);
    if (it == forms_.end()) continue;
    for (std::size_t coded_id : it->second) {
      const LexEntry& e = entries_[coded_id / 2];
      const bool nominal = e.kind == TriggerKind::kNoun || e.kind == TriggerKind::kAgent;
      if (c.verb == nominal) continue;
      if (c.function_word && e.requires_any.empty()) continue;
      TriggerMatch m;
      if (!MatchEntry(e, words, i, clause_end, &m)) continue;
      // A no-event line claims its word from a same-shaped conjugation (اثنين "two" against
      // أثنى's أثنين); a multiword form or a satisfied requirement still wins over it.
      int score = static_cast<int>(e.tail.size()) * 10 + (e.requires_any.empty() ? 0 : 5) +
                  (e.coded_only ? 0 : 3) + (c.form == words[i].norm ? 1 : 0) + (e.no_event ? 2 : 0);
      if (score > best_score) {
        best_score = score;
        m.future_prefix = c.future;
        m.purpose_prefix = c.purpose;
        m.glued_negation = c.negation;
        m.imperfect = (coded_id % 2) == 1 || c.future || c.purpose;
        *out = m;
      }
    }
  }
  return best_score >= 0;
}

}  // namespace marsad::events
