#include "marsad/events/internal/arabic_word.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "marsad/text/text.h"

namespace marsad::events {
namespace {

bool IsTashkeel(char32_t c) { return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640; }

// Arabic presentation forms (ﺍﻟﺠﻴﻮﺏ، ﻻ): some sites type or scrape text in them.
bool IsPresentationForm(char32_t c) {
  if (c == 0xFD3E || c == 0xFD3F) return false;  // ﴾ ﴿ are brackets, not letters
  return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
}

bool IsWordChar(char32_t c) {
  return IsArabicLetter(c) || IsTashkeel(c) || IsPresentationForm(c) || (c >= U'0' && c <= U'9') ||
         (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9) ||
         (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || c == 0x200C || c == 0x200D;
}

bool IsSpace(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x00A0 || c == 0x200F ||
         c == 0x200E || c == 0xFEFF || (c >= 0x2000 && c <= 0x200B);
}

// Closed-class words that never head a noun phrase. Kept normalised (ة → ه, ى → ي).
const WordSet& FunctionWords() {
  static const WordSet words = [] {
    WordSet s;
    for (const char* w :
         {"في", "من", "الي", "علي", "عن", "مع", "ضد", "بين", "حتي", "منذ", "عبر", "نحو", "لدي",
          "عند", "حول", "خلال", "بعد", "قبل", "دون", "بدون", "تحت", "فوق", "امام", "وراء", "ان",
          "انه", "انها", "انهم", "لان", "كان", "كانت", "قد", "لقد", "لم", "لن", "لا", "ما", "ليس",
          "ليست", "سوف", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "هذا",
          "هذه", "ذلك", "تلك", "هؤلاء", "اولئك", "هو", "هي", "هم", "هما", "نحن", "انا", "او", "ام",
          "ثم", "بل", "لكن", "لكنه", "حيث", "عندما", "بينما", "كما", "كل", "بعض", "غير", "اي",
          "اذا", "لو", "ربما", "يوم", "امس", "اليوم", "الان", "ايضا", "كذلك", "فقط", "جدا", "الا",
          "اما", "وسط", "قرب", "حسب", "بحسب", "وفقا", "نقلا", "عدم", "اثر", "جراء", "بسبب",
          "عقب", "ازاء", "تجاه", "لدي", "ضمن", "داخل", "خارج", "بشكل", "نفسه", "نفسها", "ب", "ل",
          "و", "ف", "مما", "فيما", "كي", "لكي", "حين", "اثناء", "منها", "منه", "فيها", "فيه",
          "عليه", "عليها", "لها", "له", "لهم", "بها", "به", "الى", "على", "حتى", "نفسيهما", "انفسهم",
          "نفسهم", "بنفسه", "نفسي", "جميعا", "جميعهم", "كلهم", "بعضهم", "آخرون", "اخرون", "اخرين"}) {
      s.insert(NormalizeArabic(ToU32(w)));
    }
    return s;
  }();
  return words;
}

const WordSet& NumberWords() {
  static const WordSet words = [] {
    WordSet s;
    for (const char* w :
         {"واحد", "اثنان", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه",
          "عشره", "عشرات", "مئات", "الاف", "آلاف", "الآلاف", "عشرين", "ثلاثين", "اربعين",
          "خمسين", "مئه", "مائه", "الف", "جنديان", "شخصان", "قتيلان", "ثلاث", "اربع", "خمس", "ست",
          "سبع", "ثماني", "تسع", "عشر", "اثنا", "اثني", "عده", "عدد", "عشرات", "ملايين", "احد",
          "احدى", "عشرات"}) {
      s.insert(NormalizeArabic(ToU32(w)));
    }
    return s;
  }();
  return words;
}

// A word list written as in text, normalised once (the stems the two lists below match).
std::vector<std::u32string> NormalizedStems(std::initializer_list<const char*> words) {
  std::vector<std::u32string> v;
  for (const char* x : words) v.push_back(NormalizeArabic(ToU32(x)));
  return v;
}

// Indefinite nouns whose ب، ل or ك is a root letter (لاعب، لجنة، لقاء، برقية، كلمة), so not a
// preposition: frequent news words, matched as whole stems or with a nominal ending.
bool RootInitialPreposition(std::u32string_view w) {
  static const std::vector<std::u32string> stems = NormalizedStems(
      {"لاعب", "لجنه", "لجان", "لقاء", "لقاءات", "لقائ", "لبنان", "ليبيا", "لندن", "لواء", "لحظه", "لائحه", "لهجه",
       "بلد", "بلاد", "بلدان", "برلمان", "برنامج", "بطوله", "بنك", "بيت", "برقيه", "برقيات", "بند", "بنود",
       "بطاقه", "برميل", "براميل", "بيئه", "بوابه", "بغداد", "بيروت", "باكستان", "بعثه", "بحر", "كارثه",
       "كتاب", "كنيسه", "كليه", "كلمه", "كتائب", "كتيبه", "كندا", "كوريا", "كرامه", "كميه", "كبار"});
  for (const auto& st : stems) {
    if (!w.starts_with(st)) continue;
    const std::u32string_view rest = w.substr(st.size());
    // لقائه، لقائهما: the hamza seat before a pronoun (لقاء + ه).
    if (rest.empty() || rest == U"ه" || rest == U"ا" || rest == U"ي" || rest == U"ين" || rest == U"ها" ||
        rest == U"هم" || rest == U"ون" || rest == U"هما" || rest == U"نا") {
      return true;
    }
  }
  return false;
}

// Words whose و or ف is a root letter (وجود، وزير، فرنسا), so not the conjunction. A short
// list of frequent news words, matched as stems (وزيرا، وزارة).
bool RootInitialWaw(std::u32string_view w) {
  static const std::vector<std::u32string> stems = NormalizedStems(
      {"وجود", "وزير", "وزار", "وزراء", "وحد", "وقف", "وضع", "ولاي", "وكال", "وفد",
       "وسط", "وطن", "وقت", "وثيق", "وصول", "وقوع", "واشنطن", "ورق", "وسائل",
       "وسيل", "واقع", "والي", "ولي", "وفاه", "وفق", "وصف", "وعد", "ورد", "وجه",
       "واجه", "وافق", "ودع", "وراء", "فرنس", "فلسطين", "فصائل", "فصيل", "فريق",
       "فرق", "فرض", "فجر", "فتح", "فشل", "فضل", "فندق", "فكر", "فعل", "فيلق",
       "فنزويل", "فيتنام", "فترة", "فتر", "فقد", "فور", "فوز", "وقع", "وصل"});
  for (const auto& st : stems) {
    if (!w.starts_with(st)) continue;
    const std::u32string_view rest = w.substr(st.size());
    // ودعا is و + دعا "and called" far more often than ودّعا "the two bade farewell"; وزار and
    // وزارت are و + زار "and visited" (the ministry is وزارة, folded to وزاره).
    if ((st == U"ودع" && rest == U"ا") || (st == U"وزار" && (rest.empty() || rest == U"ت")))
      continue;
    // وسيلة "means" and its forms, not و + سـ + يلتقي (وسيلتقي "and will meet").
    static const std::vector<std::u32string> kMeansEndings = {
        U"", U"ه", U"ات", U"تي", U"ته", U"تها", U"تهم", U"تين", U"تان", U"اتها", U"اتهم"};
    if (st == U"وسيل" &&
        std::find(kMeansEndings.begin(), kMeansEndings.end(), rest) == kMeansEndings.end())
      continue;
    // والي "governor" also begins و + ال + ي (واليمن، واليوم): like the three-letter stems it
    // needs a nominal ending.
    if (st.size() >= 4 && !st.starts_with(U"وال")) return true;
    // Three-letter stems only with a nominal ending, so وقتل stays و + قتل.
    if (rest.empty() || rest == U"ه" || rest == U"ا" || rest == U"ات" || rest == U"ي" || rest == U"يه" ||
        rest == U"اء" || rest == U"ها" || rest == U"هم") {
      return true;
    }
  }
  return false;
}

// ال after an optional single-letter preposition (بال، لل، كال).
std::u32string_view StripArticle(std::u32string_view w, bool* definite) {
  *definite = false;
  if (w.size() > 4 && (w[0] == U'ب' || w[0] == U'ك') && w[1] == U'ا' && w[2] == U'ل') {
    *definite = true;
    return w.substr(3);
  }
  if (w.size() > 3 && w[0] == U'ل' && w[1] == U'ل') {  // ل + ال
    *definite = true;
    return w.substr(2);
  }
  if (w.size() > 3 && w[0] == U'ا' && w[1] == U'ل') {
    *definite = true;
    return w.substr(2);
  }
  return w;
}

}  // namespace

bool IsArabicLetter(char32_t c) {
  return (c >= 0x0621 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3) || (c >= 0xFB50 && c <= 0xFDFF) ||
         (c >= 0xFE70 && c <= 0xFEFC);
}

WordSet MakeWordSet(std::initializer_list<const char*> words) {
  WordSet s;
  for (const char* w : words) s.insert(NormalizeArabic(ToU32(w)));
  return s;
}

std::u32string NormalizeArabic(std::u32string_view word) {
  std::u32string out;
  out.reserve(word.size());
  for (char32_t c : word) {
    if (IsTashkeel(c) || c == 0x200C || c == 0x200D) continue;
    if (IsPresentationForm(c)) {  // the text layer knows their letters (ﻻ is لا)
      const std::u32string letters = text::NormalizeKey(std::u32string_view(&c, 1));
      // Some code points of the block have no decomposition (﴾ ﴿ stay themselves):
      // recursing on them would never end.
      if (letters != std::u32string_view(&c, 1)) {
        out += NormalizeArabic(letters);
        continue;
      }
    }
    switch (c) {
      case U'أ': case U'إ': case U'آ': case U'ٱ': c = U'ا'; break;
      case U'ى': c = U'ي'; break;
      case U'ة': c = U'ه'; break;
      case U'ی': c = U'ي'; break;
      case U'ک': c = U'ك'; break;
      default:
        if (c >= 0x0660 && c <= 0x0669) c = U'0' + (c - 0x0660);
        else if (c >= 0x06F0 && c <= 0x06F9) c = U'0' + (c - 0x06F0);
        break;
    }
    out.push_back(c);
  }
  return out;
}

std::u32string_view StripConjunction(std::u32string_view w) {
  if (w.size() > 3 && (w[0] == U'و' || w[0] == U'ف')) return w.substr(1);
  return w;
}

std::vector<Word> SplitWords(std::u32string_view body, Span range) {
  std::vector<Word> words;
  const std::size_t end = std::min(range.end, body.size());
  std::size_t i = std::min(range.start, end);
  while (i < end) {
    const char32_t c = body[i];
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    if (c == U'«' || c == U'»' || c == U'"' || c == U'“' || c == U'”' || c == U'\'') {
      ++i;  // quotation marks delimit quotes, not clauses or phrases
      continue;
    }
    Word w;
    if (IsWordChar(c)) {
      std::size_t j = i;
      while (j < end && IsWordChar(body[j])) ++j;
      w.span = {i, j};
      i = j;
    } else {
      w.span = {i, i + 1};
      w.punct = true;
      ++i;
    }
    w.norm = NormalizeArabic(body.substr(w.span.start, w.span.size()));
    w.pronoun_suffix = body[w.span.end - 1] == U'ه';
    if (!w.punct) {
      const auto& fn = FunctionWords();
      w.function = fn.count(w.norm) > 0;
      std::u32string_view rest = w.norm;
      const bool digits_after = rest.size() >= 2 && rest[1] >= U'0' && rest[1] <= U'9';  // و32
      if (!w.function && (rest.size() >= 3 || digits_after) && (rest[0] == U'و' || rest[0] == U'ف')) {
        if (fn.count(std::u32string(rest.substr(1)))) {  // وفي، ومن
          w.function = w.conj = true;
          rest = rest.substr(1);
        } else if ((rest.size() > 3 && !RootInitialWaw(rest)) || digits_after) {
          w.conj = true;
          rest = rest.substr(1);
        }
      }
      bool definite = false;
      std::u32string_view bare = StripArticle(rest, &definite);
      w.prep = definite && !rest.starts_with(U"ال");
      if (!definite && !w.function && bare.size() > 3 && (bare[0] == U'ب' || bare[0] == U'ل' || bare[0] == U'ك') &&
          !RootInitialPreposition(bare)) {
        // A single-letter preposition on an indefinite noun (بمعلومات، لمحاربة).
        bare = bare.substr(1);
        w.prep = true;
      }
      w.definite = definite;
      w.noun = bare;
      auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
      w.number = digit(w.norm[0]) || (!w.noun.empty() && digit(w.noun[0])) ||  // و32
                 NumberWords().count(w.norm) || NumberWords().count(w.noun);
    }
    words.push_back(std::move(w));
  }
  return words;
}

}  // namespace marsad::events
