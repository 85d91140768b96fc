#include "marsad/events/internal/argument_finder.h"

#include <unordered_set>

namespace marsad::events {
namespace {

WordSet MakeSet(std::initializer_list<const char*> words) { return MakeWordSet(words); }

// Quantifiers and demonstratives that sit inside a phrase but never head it (and متن: على متن
// ثلاثة قطارات).
const WordSet& TransparentWords() {
  static const auto s = MakeSet({"بعض", "كل", "جميع", "هؤلاء", "هذا", "هذه", "ذلك", "تلك", "عدد",
                                 "مئات", "آلاف", "عشرات", "الاف", "اغلب", "معظم", "متن"});
  return s;
}
const WordSet& Partitives() {
  static const auto s = MakeSet({"مجموعه", "احد", "احدى", "عدد", "بعض", "قوه", "عناصر", "افراد",
                                 "اكثر", "جماعه", "مئات", "عشرات", "الاف", "مجموعات"});
  return s;
}
const WordSet& Demonstratives() {
  static const auto s = MakeSet({"هؤلاء", "هذا", "هذه", "ذلك", "تلك", "اولئك"});
  return s;
}
// Words between a verb and its preceding subject that do not belong to either.
const WordSet& PreVerbParticles() {
  static const auto s =
      MakeSet({"قد",     "لقد",  "لم",   "لن",  "لا",    "ما",   "سوف",  "كان",    "كانت", "كانوا",
               "بالفعل", "فعلا", "ايضا", "امس", "اليوم", "يكون", "تكون", "يكونوا", "اذ",   "قبل"});
  return s;
}
const WordSet& Approximately() {
  static const auto s = MakeSet({"نحو", "حوالي", "حوالى", "قرابه", "زهاء", "قرابة"});
  return s;
}
const WordSet& AgentMarkers() {
  static const auto s =
      MakeSet({"برصاص", "بايدي", "بنيران", "بقذيفه", "بقذائف", "نفذه", "نفذته", "نفذها", "شنه",
               "شنته", "شنها", "تبنته", "تبناه", "تبنتها", "نفذتها", "شنتها",
               // لقاء عقده الرئيسان، اتصال أجراه الوزير: who held the meeting or made the call
               "عقده", "عقدته", "عقدها", "عقداه", "اجراه", "اجرته", "اجراها"});
  return s;
}

const WordSet& CommonAdjectives() {
  static const auto s = MakeSet({"عام",  "خاص",   "اعلي",  "كبير",    "كبري",    "جديد",  "جديده",
                                 "سابق", "سابقه", "اسبق",  "اول",     "ثاني",    "اخير",  "متحده",
                                 "مسلح", "مسلحه", "مجهول", "مجهولون", "مجهولين", "مختلفه"});
  return s;
}

bool NisbaShape(const std::u32string& n) {
  for (const char32_t* suf : {U"يه", U"يون", U"يين", U"يات", U"ي", U"يا"}) {
    if (n.size() > 3 && std::u32string_view(n).ends_with(suf)) return true;
  }
  return false;
}

}  // namespace

bool IsAgentMarker(const Word& w) { return AgentMarkers().count(StripConjunction(w.norm)) > 0; }

namespace {
// A quantifier's accusative (عددا من الأشخاص، عشراتٍ) is the quantifier.
std::u32string_view WithoutAccusative(const Word& w) {
  std::u32string_view n = w.noun;
  if (!w.definite && n.size() > 3 && n.back() == U'ا') n.remove_suffix(1);
  return n;
}
}  // namespace

bool ArgumentFinder::Transparent(std::size_t i) const {
  return TransparentWords().count(s_.words[i].noun) > 0 ||
         TransparentWords().count(s_.words[i].norm) > 0 ||
         TransparentWords().count(std::u32string(WithoutAccusative(s_.words[i]))) > 0;
}

bool ArgumentFinder::Nominal(std::size_t i) const {
  const Word& w = s_.words[i];
  if (w.punct || w.function || IsAgentMarker(w)) return false;  // شنته، عقده: a verb
  if (i < s_.trigger_at.size() && s_.trigger_at[i] >= 0 &&
      s_.triggers[s_.trigger_at[i]].entry->kind == TriggerKind::kAgent) {
    return true;  // المتظاهرون names actors
  }
  return !(i < s_.reserved.size() && s_.reserved[i]);  // an event word is not an argument
}

bool ArgumentFinder::Adjective(std::size_t prev, std::size_t i) const {
  const Word& p = s_.words[prev];
  const Word& w = s_.words[i];
  if (w.conj || !Nominal(i)) return false;
  if (p.definite != w.definite) return false;
  // A name is definite: شنت تركيا عملية عسكرية — the indefinite word after it is the object.
  if (p.actor >= 0 && !w.definite) return false;
  if (w.actor >= 0 && !s_.mentions[w.actor].nisba) return false;  // a second name, not an adjective
  // Case and number agreement, as far as the letters show it: an accusative -ا starts the
  // object (مسلحون مهندسا); a human plural nisba follows a human plural (مفجرون انتحاريون).
  if (w.noun.ends_with(U"ا") && !p.noun.ends_with(U"ا")) return false;
  if ((w.noun.ends_with(U"ين") && p.noun.ends_with(U"ون")) ||
      (w.noun.ends_with(U"ون") && p.noun.ends_with(U"ين"))) {
    return false;  // مفجرون انتحاريون سياسيين: nominative subject, then the object
  }
  if ((w.noun.ends_with(U"يين") || w.noun.ends_with(U"يون")) &&
      !(p.noun.ends_with(U"ين") || p.noun.ends_with(U"ون"))) {
    return false;
  }
  if (CommonAdjectives().count(w.noun)) return true;
  // مسلحون مجهولون، جماعة مسلحة: an indefinite participle after an indefinite noun.
  if (!w.definite && w.noun.starts_with(U"م") && w.noun.size() >= 5) return true;
  return NisbaShape(w.noun);
}

Phrase ArgumentFinder::PhraseAt(std::size_t i, std::size_t end) const {
  Phrase p;
  p.first = i;
  p.last = SIZE_MAX;
  if (i >= end || i >= s_.words.size()) return p;
  if (s_.words[i].actor >= 0) {
    const Mention& m = s_.mentions[s_.words[i].actor];
    p.last = std::min(m.last, end - 1);
  } else if (Nominal(i) || (Transparent(i) && i + 1 < end && Nominal(i + 1))) {
    p.last = i;
  } else {
    return p;
  }
  // Idafa chain, then agreeing adjectives; at most six words. An idafa chain of indefinite
  // nouns must end in a definite noun or a name (مواقع تنظيم الدولة); one that does not is a
  // subject followed by its object (مسلحون مهندسا) and is cut back to the last safe word.
  const bool starts_with_name = s_.words[p.first].actor >= 0;
  bool idafa_open = !starts_with_name && !s_.words[p.last].definite;
  if (s_.words[p.last].number || Transparent(p.last)) idafa_open = true;
  std::size_t safe_last = p.last;
  bool after_number = s_.words[p.last].number;
  while (p.last + 1 < end && p.last - p.first < 6) {
    const std::size_t k = p.last + 1;
    const Word& w = s_.words[k];
    if (w.punct || w.conj || w.prep) break;
    if (w.actor >= 0 && s_.mentions[w.actor].nisba) {
      p.last = safe_last = std::min(s_.mentions[w.actor].last, end - 1);
      idafa_open = false;
      continue;
    }
    // An adjective never makes an unsafe idafa chain safe (مسلحون مهندسا أجنبيا: subject, object).
    if (Adjective(p.last, k) && !(idafa_open && w.actor >= 0) && p.last == safe_last) {
      p.last = safe_last = k;
      idafa_open = false;
      continue;
    }
    if (idafa_open && w.number && !s_.words[p.last].number && !Transparent(p.last)) break;
    if (idafa_open && (Nominal(k) || Transparent(k))) {
      if (w.actor >= 0) {
        p.last = safe_last = std::min(s_.mentions[w.actor].last, end - 1);
        idafa_open = false;
        continue;
      }
      p.last = k;
      if (w.definite || after_number) safe_last = k;
      after_number = w.number;
      idafa_open = !w.definite || Transparent(k);
      continue;
    }
    break;
  }
  p.last = safe_last;
  // Partitive: سبعة من عناصر الشرطة، مجموعة من المتمردين.
  const Word& head = s_.words[p.first];
  if (p.last + 2 < end && (head.number || Transparent(p.first) || Partitives().count(head.noun) ||
                         Partitives().count(std::u32string(WithoutAccusative(head)))) &&
      s_.words[p.last + 1].norm == U"من" && Nominal(p.last + 2)) {
    Phrase rest = PhraseAt(p.last + 2, end);
    if (rest.valid()) p.last = rest.last;
  }
  p.code = CodeOf(p);
  p = p.code.empty() ? WithApposition(p, end) : WithNamedHolder(p, end);
  return p;
}

// رئيس البرلمان العراقي سليم الجبوري، وزير الخارجية الإيراني محمد جواد ظريف: a coded office
// followed (after a comma, too) by the name of a person of the same country is one phrase, coded as the person
// (whose code is the more precise: IRQLEG, not the office's IRQGOV).
Phrase ArgumentFinder::WithNamedHolder(Phrase p, std::size_t end) const {
  if (!p.valid() || s_.classes == nullptr || p.code.size() < 3) return p;
  bool office = false;
  for (std::size_t i = p.first; i <= p.last; ++i) {
    office |= s_.classes->HasWord(WordClass::kTitle, s_.words[i]);
  }
  std::size_t stop = std::min(end, s_.words.size());
  std::size_t k = p.last + 1;
  // الأمين العام لمجلس التعاون، عبداللطيف الزياني، عن: the comma that ends the clause opens the
  // apposition, which then runs to its own closing comma.
  if (k < s_.words.size() && IsComma(s_.words[k])) {
    ++k;
    stop = s_.words.size();
  }
  if (!office) return p;
  // سفير خادم الحرمين الشريفين لدى الأردن، مندوب اليمن لدى الأمم المتحدة: the post belongs to
  // the office (what it names is not the other side of the office holder's deeds). Not في: a
  // place after في is as often where the deed happened (رئيس الصندوق السابق في مدريد).
  if (k + 1 < stop && s_.words[k + 1].actor >= 0 && s_.words[k].norm == U"لدي") {
    const Mention& post = s_.mentions[s_.words[k + 1].actor];
    if (!post.code.empty() && post.first == k + 1) {
      p.last = std::min(post.last, stop - 1);
      k = post.last + 1;
    }
  }
  const std::size_t before_honorifics = k;
  while (k < stop && s_.classes->HasWord(WordClass::kHonorific, s_.words[k])) {
    ++k;  // وزير الخارجية الأستاذ عادل الجبير
  }
  if (k >= stop || s_.words[k].actor < 0 || s_.words[k].conj) return p;
  const Mention& m = s_.mentions[s_.words[k].actor];
  if (!m.person || m.first != k) return p;
  // ... الدكتور سامي الصالح: an uncoded name after an honorific is the holder, named.
  if (m.code.empty() && k > before_honorifics) {
    p.last = std::min(m.last, stop - 1);
    return p;
  }
  if (m.code.size() < 3 || m.code.compare(0, 3, p.code, 0, 3) != 0) return p;
  p.last = std::min(m.last, stop - 1);
  if (m.code.size() >= p.code.size()) p.code = m.code;  // not ARL over the office's ARLGOV
  return p;
}

// The apposition chain of a title or a name: honorifics and offices stack before the name
// (صاحب السمو الملكي الأمير محمد بن سلمان، الرئيس العام لهيئة ...)، and after a name an
// indefinite office continues it (خالد العطية وزير الخارجية القطري، محمد الهيصمي مندوب اليمن
// لدى الجامعة). A definite title or an honorific after a name starts the next phrase
// (استقبل الأمير محمد الشيخ تميم), as do punctuation (but for «، الأستاذ» before the name),
// conjunctions, clause openers, numbers and event words. A place in the chain codes it when
// the chain holds an office (مندوب اليمن، وزير الدفاع في دولة قطر).
Phrase ArgumentFinder::WithApposition(Phrase p, std::size_t end) const {
  if (!p.valid() || s_.classes == nullptr) return p;
  const WordClasses& wc = *s_.classes;
  bool office = false, name = false;
  for (std::size_t i = p.first; i <= p.last; ++i) {
    const Word& w = s_.words[i];
    if (wc.HasWord(WordClass::kTitle, w)) office = true;
    if (w.actor >= 0 && s_.mentions[w.actor].person) name = true;
  }
  const bool titled = office || wc.HasWord(WordClass::kHonorific, s_.words[p.first]);
  if (!titled && !name) return p;
  end = std::min(end, s_.words.size());
  // وكيل الوزارة للتعليم الأهلي الدكتور سعد الفهيد: a chain that reaches only an uncoded name
  // still ends there, so that what follows it is the next phrase (the object).
  std::size_t named_last = p.last;
  for (std::size_t k = p.last + 1; k < end && k <= p.last + 12; ++k) {
    const Word& w = s_.words[k];
    if (w.punct) {
      const bool comma = w.norm == U"،" || w.norm == U",";
      if (comma && !name && k + 1 < end &&
          (wc.HasWord(WordClass::kHonorific, s_.words[k + 1]) || s_.words[k + 1].actor >= 0)) {
        continue;  // وزير الخارجية، الأستاذ عادل الجبير
      }
      break;
    }
    if (w.conj || w.number || OpensClause(w) || (k < s_.reserved.size() && s_.reserved[k])) break;
    if (w.actor >= 0) {
      const Mention& m = s_.mentions[w.actor];
      if (!m.code.empty()) {
        if (m.place && !office) break;  // الأمير ... في الرياض: where, not who
        // A name after a definite word is its apposition (الرئيس أوباما); any other actor
        // there is the next phrase (دعا الأمين العام إسرائيل), unless a preposition or a
        // construct head joins it (مندوب اليمن، وزير الدولة في قطر، بمملكة البحرين).
        const Word& before = s_.words[k - 1];
        const bool joined = m.person || w.prep || !before.definite || before.function;
        if (!joined) break;
        p.last = m.last;
        p.code = m.code;
        if (m.person) p.last = OfficeApposition(m.last + 1, end, p.code);
        return p;
      }
      if (m.person) {
        name = true;
        named_last = m.last;
      }
      k = m.last;
      continue;
    }
    if (w.function) {
      // في، لدى before a coded place or body belong to an office (وزير الدولة في دولة قطر،
      // مندوب اليمن لدى الجامعة); before anything else they start an adjunct (الوزير في مكتبه).
      if ((w.norm == U"في" || w.norm == U"لدي") && office && CodedWithin(k + 1, 2, end)) continue;
      break;
    }
    const bool is_office = wc.HasWord(WordClass::kTitle, w);
    if (name) {
      // فخامة الرئيس رمضان قاديروف رئيس جمهورية الشيشان: an indefinite office after the name
      // opens its apposition, whose construct chain may name the country.
      if (wc.HasWord(WordClass::kHonorific, w) || w.definite || !is_office) break;
      name = false;
      office = true;
      continue;
    }
    office |= is_office;
  }
  if (titled) p.last = std::min(named_last, end - 1);
  return p;
}

// A coded mention starts within n words from i (دولة قطر: the second).
bool ArgumentFinder::CodedWithin(std::size_t i, std::size_t n, std::size_t end) const {
  for (std::size_t k = i; k < end && k < i + n; ++k) {
    const int a = s_.words[k].actor;
    if (a >= 0 && !s_.mentions[a].code.empty()) return true;
  }
  return false;
}

// The office after a coded name that is its apposition (خالد العطية وزير الخارجية القطري):
// an indefinite office whose phrase names the name's own country. One naming another country
// or none is the verb's object (التقى أوباما وزير الخارجية السعودي). Returns the last word of
// the apposition, or from - 1 when there is none.
std::size_t ArgumentFinder::OfficeApposition(std::size_t from, std::size_t end,
                                             const std::string& code) const {
  if (from >= end || s_.classes == nullptr || code.size() < 3) return from - 1;
  const Word& head = s_.words[from];
  if (head.definite || head.actor >= 0 || !s_.classes->HasWord(WordClass::kTitle, head))
    return from - 1;
  Phrase office = PhraseAt(from, end);
  if (!office.valid() || office.code.size() < 3 || office.code.compare(0, 3, code, 0, 3) != 0)
    return from - 1;
  return office.last;
}

Phrase ArgumentFinder::WithOwner(Phrase p, std::size_t end) const {
  if (!p.valid() || !p.code.empty() || p.last + 1 >= std::min(end, s_.words.size())) return p;
  // الأمانة العامة لجامعة الدول العربية: past the head's definite adjectives, to the owner.
  std::size_t k = p.last + 1;
  const std::size_t stop = std::min(end, s_.words.size());
  while (k + 1 < stop && k < p.last + 3 && s_.words[k].definite && !s_.words[k].prep &&
         s_.words[k].actor < 0 && !s_.words[k].punct && s_.words[k].noun.ends_with(U"ه")) {
    ++k;
  }
  const Word& w = s_.words[k];
  // The name may hold the ل itself (لمنظمة التعاون as the entity): the word's noun without it
  // says so.
  const bool lam =
      StripConjunction(w.norm).starts_with(U"ل") && (w.prep || !w.noun.starts_with(U"ل"));
  if (!lam || w.actor < 0) return p;
  const Mention& m = s_.mentions[w.actor];
  if (m.code.empty() || m.first != k) return p;
  p.last = m.last;
  p.code = m.code;
  return WithNamedHolder(p, end);  // الأمين العام لجامعة الدول العربية، نبيل العربي
}

std::string ArgumentFinder::AgentRole(const Phrase& p) const {
  if (!p.valid() || s_.classes == nullptr) return "";
  std::string role, found;
  for (std::size_t i = p.first; i <= p.last && i < s_.words.size(); ++i) {
    const Word& w = s_.words[i];
    // مجلس الأمن الدولي: an agent word inside a coded name is part of the name, not a role.
    if (w.actor >= 0 && !s_.mentions[w.actor].code.empty() && !s_.mentions[w.actor].nisba) continue;
    std::string r;
    if (WordClasses::HasNoun(WordClass::kAgent, w)) {
      s_.classes->Has(WordClass::kAgent, w.noun, &r);
    } else if (!s_.classes->HasWord(WordClass::kAgent, w, &r)) {
      continue;
    }
    if (found.empty()) found = "-";
    if (r != "-") return r;
  }
  return found;
}

Phrase ArgumentFinder::PhraseEndingAt(std::size_t i, std::size_t begin) const {
  Phrase p;
  p.last = SIZE_MAX;
  if (i >= s_.words.size() || i < begin) return p;
  if (s_.words[i].actor >= 0) {
    const Mention& m = s_.mentions[s_.words[i].actor];
    p.first = std::max(m.first, begin);
    p.last = i;
  } else if (Nominal(i)) {
    p.first = p.last = i;
  } else {
    return p;
  }
  // Reach back over adjectives and idafa heads (قوات الأمن العراقية ← العراقية).
  while (p.first > begin && p.last - p.first < 5) {
    const std::size_t k = p.first - 1;
    const Word& w = s_.words[k];
    if (!Nominal(k) && !Transparent(k)) break;
    if (s_.words[p.first].conj) break;
    if (w.actor >= 0) {
      p.first = std::max(s_.mentions[w.actor].first, begin);
      continue;
    }
    const bool adjective_of_k = Adjective(k, p.first);
    const bool idafa_head = !w.definite;
    if (!adjective_of_k && !idafa_head) break;
    p.first = k;
  }
  p.code = CodeOf(p);
  return p;
}

Phrase ArgumentFinder::PhraseAfter(std::size_t i, std::size_t end) const {
  auto time_word = [&](const Word& w) {
    return s_.classes != nullptr &&
           (s_.classes->HasWord(WordClass::kTime, w) || WordClasses::HasNoun(WordClass::kTime, w));
  };
  // قبل خمسة أيام: a count of time units is a time too.
  auto time_count = [&](std::size_t k) {
    return s_.words[k].number && k + 1 < end && time_word(s_.words[k + 1]);
  };
  while (i < end && (time_word(s_.words[i]) || time_count(i) ||
                     (Approximately().count(s_.words[i].norm) && i + 1 < end &&
                      s_.words[i + 1].number))) {
    ++i;
    // خطف مسلحون قبل خمسة أيام، عددا من الأشخاص: the time set off by a comma.
    if (i < end && IsComma(s_.words[i]) && i + 1 < end && !time_word(s_.words[i + 1])) ++i;
  }
  return PhraseAt(i, end);
}

Phrase ArgumentFinder::SubjectBefore(std::size_t v, std::size_t begin) const {
  std::size_t i = v;
  while (i > begin) {
    --i;
    const Word& w = s_.words[i];
    if (PreVerbParticles().count(w.norm) || PreVerbParticles().count((StripConjunction(w.norm))))
      continue;
    if (w.norm == U"الاقل" && i > begin && s_.words[i - 1].norm == U"علي") {  // على الأقل
      --i;
      continue;
    }
    if (OpensClause(w)) break;
    // كانت بعثة الأمم المتحدة في ليبيا قد أعربت: a place after في closes the subject's phrase
    // (its post), not the subject.
    if (w.actor >= 0 && s_.mentions[w.actor].place) {
      const std::size_t at = s_.mentions[w.actor].first;
      if (at >= begin + 2 && s_.words[at - 1].norm == U"في" && !s_.words[at - 2].punct &&
          !s_.words[at - 2].function) {
        i = at - 2;
      }
    }
    return PhraseEndingAt(i, begin);
  }
  Phrase none;
  none.last = SIZE_MAX;
  return none;
}

Phrase ArgumentFinder::PrepositionObject(const std::u32string& prep, std::size_t from,
                                         std::size_t end) const {
  Phrase none;
  none.last = SIZE_MAX;
  const bool attached = prep.size() == 1;  // ب ل: written on the next word
  for (std::size_t i = from; i < end; ++i) {
    const Word& w = s_.words[i];
    if (w.punct) break;
    std::size_t start = SIZE_MAX;
    if (!attached && (w.norm == prep || (w.conj && StripConjunction(w.norm) == prep))) {
      start = i + 1;
    } else if (attached && !w.function && StripConjunction(w.norm).starts_with(prep)) {
      start = i;
    } else if (!attached && !w.function && StripConjunction(w.norm).size() > prep.size() + 1 &&
               StripConjunction(w.norm).starts_with(prep) && (prep == U"علي" || prep == U"مع")) {
      start = i + 1;  // عليه، معها: a pronoun, look no further
      return none;
    }
    if (start == SIZE_MAX) continue;
    // A coded actor shortly after the preposition is the target (بما في ذلك أمريكا).
    for (std::size_t j = start; j < end && j < start + 6; ++j) {
      if (s_.words[j].punct) break;
      // في جبال وزيرستان is where, not whom (but بما في ذلك أمريكا is whom).
      if (j > start && s_.words[j].norm == U"في" && !(j > 0 && s_.words[j - 1].norm == U"بما"))
        break;
      if (s_.words[j].actor >= 0 && !s_.mentions[s_.words[j].actor].code.empty()) {
        Phrase direct = PhraseAt(start, end);
        if (direct.valid() && direct.last >= j) return direct;
        return PhraseAt(s_.mentions[s_.words[j].actor].first, end);
      }
    }
    return PhraseAt(start, end);
  }
  return none;
}

void ArgumentFinder::MarkAgents() const {
  const std::size_t n = s_.words.size();
  next_agent_.assign(n + 1, SIZE_MAX);
  agent_skip_.assign(n, 0);
  for (std::size_t i = n; i-- > 0;) {
    const std::u32string_view w = StripConjunction(s_.words[i].norm);
    if (AgentMarkers().count(std::u32string(w))) {
      agent_skip_[i] = 1;
    } else if (i + 1 < n && ((w == U"علي" && s_.words[i + 1].noun == U"يد") ||
                             (w == U"من" && s_.words[i + 1].norm == U"قبل"))) {
      agent_skip_[i] = 2;
    }
    next_agent_[i] = agent_skip_[i] != 0 ? i : next_agent_[i + 1];
  }
}

Phrase ArgumentFinder::AgentAfter(std::size_t from, std::size_t end) const {
  Phrase none;
  none.last = SIZE_MAX;
  if (next_agent_.size() != s_.words.size() + 1) MarkAgents();
  if (from >= s_.words.size()) return none;
  // The first marker at or after `from` with a word after it before `end`: a later marker
  // would not have one either.
  const std::size_t i = next_agent_[from];
  if (i == SIZE_MAX || i + 1 >= end) return none;
  return PhraseAt(i + agent_skip_[i], end);
}

Phrase ArgumentFinder::ExplicitAgentAt(std::size_t i, std::size_t end) const {
  Phrase none;
  none.last = SIZE_MAX;
  if (i + 2 >= end) return none;
  const std::u32string_view n = StripConjunction(s_.words[i].norm);
  if ((n == U"علي" && s_.words[i + 1].noun == U"يد") ||
      (n == U"من" && s_.words[i + 1].norm == U"قبل")) {
    return PhraseAt(i + 2, end);
  }
  return none;
}

std::vector<Phrase> ArgumentFinder::WithConjuncts(const Phrase& p, std::size_t end) const {
  std::vector<Phrase> out{p};
  if (!p.valid() || p.code.empty()) return out;
  std::size_t k = p.last + 1;
  // أمريكا وبريطانيا، دمشق ودول الخليج: a conjunct that names a coded actor.
  while (k < end && s_.words[k].conj) {
    Phrase q = PhraseAt(k, end);
    if (!q.valid() || q.code.empty()) break;
    out.push_back(q);
    k = q.last + 1;
  }
  return out;
}

std::string ArgumentFinder::CodeOf(const Phrase& p) const {
  if (!p.valid()) return "";
  for (std::size_t i = p.first; i <= p.last && i < s_.words.size(); ++i) {
    const int a = s_.words[i].actor;
    if (a >= 0 && !s_.mentions[a].code.empty()) return s_.mentions[a].code;
  }
  return "";
}

std::u32string ArgumentFinder::DemonstrativeHead(const Phrase& p) const {
  if (!p.valid()) return U"";
  for (std::size_t i = p.first; i < p.last && i + 1 < s_.words.size(); ++i) {
    if (Demonstratives().count(s_.words[i].norm)) return s_.words[i + 1].noun;
  }
  return U"";
}

}  // namespace marsad::events
