// Search keys: what the Arabic-aware full-text index stores for each word.
//
// Folding here goes further than text::NormalizeKey on purpose: a search for مسؤول should find
// مسئول and a search for الحكومة should find الحكومه, although a dictionary must keep them apart.
// Clitic stripping is a fixed rule set rather than the segmenter model, so that the keys are a
// pure function of the text: a retrained model must not make old index entries unreachable.
#include <unicode/uchar.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/store/store.h"
#include "marsad/text/text.h"

namespace marsad::store {
namespace {

// Decodes one UTF-8 sequence at text[i]; invalid bytes decode to U+FFFD, length 1.
char32_t DecodeAt(std::string_view text, std::size_t i, std::size_t* length) {
  const auto b = static_cast<unsigned char>(text[i]);
  std::size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > text.size()) {
    *length = 1;
    return b < 0x80 ? b : 0xFFFD;
  }
  char32_t c = n == 1 ? b : b & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    const auto cont = static_cast<unsigned char>(text[i + k]);
    if ((cont >> 6) != 2) {
      *length = 1;
      return 0xFFFD;
    }
    c = (c << 6) | (cont & 0x3F);
  }
  *length = n;
  return c;
}

bool IsWordChar(char32_t c) {
  if (c == 0xFFFD) return false;
  const auto cat = static_cast<UCharCategory>(u_charType(static_cast<UChar32>(c)));
  return u_isalnum(static_cast<UChar32>(c)) || cat == U_NON_SPACING_MARK ||
         cat == U_COMBINING_SPACING_MARK || c == 0x200C || c == 0x200D;  // ZWNJ/ZWJ inside words
}

bool IsTashkeel(char32_t c) { return (c >= 0x064B && c <= 0x065F) || c == 0x0670; }

// The search folding on top of NormalizeKey (which may already have done some of it).
std::u32string Fold(std::u32string_view word) {
  std::u32string out;
  for (char32_t c : text::NormalizeKey(word)) {
    switch (c) {
      case U'أ': case U'إ': case U'آ': case U'ٱ': out += U'ا'; break;
      case U'ؤ': case U'ئ': out += U'ء'; break;  // مسؤول = مسئول
      case U'ى': case U'ی': out += U'ي'; break;
      case U'ة': out += U'ه'; break;
      case U'ک': out += U'ك'; break;
      case U'ـ': case 0x200C: case 0x200D: break;
      default:
        if (IsTashkeel(c) || u_getCombiningClass(static_cast<UChar32>(c)) != 0) break;
        if (c >= U'٠' && c <= U'٩') c = U'0' + (c - U'٠');
        if (c >= U'۰' && c <= U'۹') c = U'0' + (c - U'۰');
        out += static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    }
  }
  return out;
}

// Proclitic chains, longest first: conjunction (و ف), then preposition (ب ك ل), then the
// article (ال); ل + ال is written لل.
// Every chain is listed, so each stage of stripping is a key: وبالولايات → بالولايات, الولايات,
// ولايات.
constexpr std::array<std::u32string_view, 23> kProclitics = {
    U"وبال", U"وكال", U"فبال", U"فكال", U"ولل", U"فلل", U"وال", U"فال",
    U"بال",  U"كال",  U"وب",   U"وك",   U"ول",  U"فب",  U"فك",  U"فل",
    U"لل",   U"ال",   U"و",    U"ف",    U"ب",   U"ك",   U"ل"};
// Enclitic pronouns, longest first.
constexpr std::array<std::u32string_view, 10> kEnclitics = {U"هما", U"كما", U"ها", U"هم", U"هن",
                                                            U"كم",  U"كن",  U"نا", U"ه",  U"ك"};
constexpr std::size_t kMinStem = 2;

bool IsArabicLetter(char32_t c) { return c >= 0x0621 && c <= 0x064A; }

void AddUnique(std::vector<std::u32string>& keys, std::u32string key) {
  for (const auto& k : keys) {
    if (k == key) return;
  }
  keys.push_back(std::move(key));
}

// Stems without enclitics; a stem left ending in ت had a ta marbuta (حكومتها → حكومه).
void AddEncliticVariants(std::vector<std::u32string>& keys, std::u32string_view stem) {
  for (auto suffix : kEnclitics) {
    if (stem.size() < suffix.size() + kMinStem + 1 || !stem.ends_with(suffix)) continue;
    std::u32string base(stem.substr(0, stem.size() - suffix.size()));
    if (base.back() == U'ت') AddUnique(keys, base.substr(0, base.size() - 1) + U'ه');
    AddUnique(keys, std::move(base));
  }
}

std::vector<std::u32string> Keys(std::u32string folded, bool with_variants) {
  std::vector<std::u32string> keys{folded};
  if (!with_variants || folded.empty() || !IsArabicLetter(folded[0])) return keys;
  AddEncliticVariants(keys, folded);
  for (auto prefix : kProclitics) {
    if (folded.size() < prefix.size() + kMinStem || !folded.starts_with(prefix)) continue;
    std::u32string stem = folded.substr(prefix.size());
    // لل stands for ل + ال: للحكومة is لـ الحكومة.
    if (prefix.ends_with(U"لل")) AddUnique(keys, U"ال" + stem);
    AddEncliticVariants(keys, stem);
    AddUnique(keys, std::move(stem));
  }
  return keys;
}

}  // namespace

std::vector<SearchToken> SearchTokens(std::string_view utf8, bool with_variants) {
  std::vector<SearchToken> tokens;
  std::u32string word;
  std::size_t word_begin = 0;
  auto flush = [&](std::size_t end) {
    if (word.empty()) return;
    std::u32string folded = Fold(word);
    word.clear();
    if (folded.empty()) return;  // only marks
    SearchToken t;
    t.begin = word_begin;
    t.end = end;
    for (auto& k : Keys(std::move(folded), with_variants)) t.keys.push_back(ToUtf8(k));
    tokens.push_back(std::move(t));
  };
  for (std::size_t i = 0, n = 0; i < utf8.size(); i += n) {
    const char32_t c = DecodeAt(utf8, i, &n);
    if (IsWordChar(c)) {
      if (word.empty()) word_begin = i;
      word += c;
    } else {
      flush(i);
    }
  }
  flush(utf8.size());
  return tokens;
}

std::string SearchKeyFingerprint() {
  // Every Arabic letter, hamza forms, marks, tatweel, digits, presentation forms and clitic
  // chains: any change in how keys are made changes this hash.
  std::string probe =
      "ء آ أ ؤ إ ئ ا ب ة ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ـ ف ق ك ل م ن ه و ى ي ٱ ی ک "
      "مُحَمَّد ﻻ ﷲ ٣٤٥ ۴ Latin ABC وبالحكومة فللدولة وأمريكا لأمريكا بإيران حكومتها "
      "مسؤول مسئول كتابهم الولايات‌المتحدة";
  std::string all;
  for (const auto& t : SearchTokens(probe, true)) {
    for (const auto& k : t.keys) all += k + '|';
    all += '\n';
  }
  return Hex64(Fnv1a64(all));
}

}  // namespace marsad::store
