#include "marsad/extract/internal/text_stats.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_set>

namespace marsad::extract {
namespace {

const std::unordered_set<std::string_view>& StopWords() {
  static const std::unordered_set<std::string_view> kWords = {
      // Arabic: prepositions, conjunctions, particles, pronouns, demonstratives, relatives and
      // the commonest auxiliaries; with and without hamza since pages spell both ways.
      "في", "من", "على", "إلى", "الى", "عن", "مع", "أن", "ان", "إن", "أنه", "انه", "إنه", "أنها",
      "التي", "الذي", "الذين", "اللذين", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هناك", "هنا",
      "كان", "كانت", "يكون", "تكون", "قد", "لقد", "لا", "ما", "لم", "لن", "أو", "او", "ثم",
      "بعد", "قبل", "حتى", "كما", "بين", "عند", "منذ", "خلال", "حول", "ضد", "لدى", "غير",
      "هو", "هي", "هم", "نحن", "أنا", "كل", "بعض", "أي", "إذا", "اذا", "لكن", "ولكن", "بل",
      "أيضا", "ايضا", "أمس", "اليوم", "وفي", "ومن", "وعلى", "وأن", "وإن", "وقد", "ولا", "وهو",
      "وهي", "وكان", "وكانت", "فقد", "فإن", "فيه", "فيها", "عليه", "عليها", "إليه", "منه",
      "منها", "عنه", "به", "بها", "له", "لها", "لهم", "الذى", "التى", "عام", "يوم", "وذلك",
      "وهذا", "مما", "وما", "ولم", "وقال", "وأضاف", "قال", "وأكد", "أكد", "وأشار", "حيث",
      // English.
      "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "with", "as",
      "was", "he", "she", "be", "by", "at", "this", "are", "from", "his", "her", "an", "or",
      "have", "has", "had", "not", "but", "they", "which", "were", "their", "will", "said",
      "its", "who", "been", "would", "we", "you", "i", "there", "can", "more", "about", "than",
      "into", "also", "if", "when", "what", "all", "one", "after", "so", "our", "them", "no",
      "up", "out", "could", "only", "other", "some", "these", "how", "just", "do", "does"};
  return kWords;
}

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Strips leading/trailing punctuation (ASCII and the Arabic comma/semicolon/question mark,
// quotes and brackets) and lower-cases ASCII.
std::string Bare(std::string_view w) {
  auto is_punct_at_end = [](std::string_view s) -> std::size_t {
    if (s.empty()) return 0;
    const auto c = static_cast<unsigned char>(s.back());
    if (c < 0x80) return std::ispunct(c) ? 1 : 0;
    // ، ؛ ؟ are D8 8C, D8 9B, D8 9F; quotes “ ” « » are E2 80 9C/9D, C2 AB/BB.
    if (s.size() >= 2) {
      const auto b = static_cast<unsigned char>(s[s.size() - 2]);
      if (b == 0xD8 && (c == 0x8C || c == 0x9B || c == 0x9F)) return 2;
      if (b == 0xC2 && (c == 0xAB || c == 0xBB)) return 2;
    }
    if (s.size() >= 3 && static_cast<unsigned char>(s[s.size() - 3]) == 0xE2 &&
        static_cast<unsigned char>(s[s.size() - 2]) == 0x80) {
      return 3;
    }
    return 0;
  };
  while (!w.empty()) {
    const std::size_t n = is_punct_at_end(w);
    if (n == 0) break;
    w.remove_suffix(n);
  }
  while (!w.empty() && static_cast<unsigned char>(w.front()) < 0x80 &&
         std::ispunct(static_cast<unsigned char>(w.front()))) {
    w.remove_prefix(1);
  }
  std::string out(w);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

bool IsStopWord(std::string_view word) { return StopWords().count(word) > 0; }

bool TextStats::LooksLikeProse() const {
  if (words < 6) return false;
  // Chinese and Japanese have no spaces and no stop words in our list: punctuation decides.
  if (cjk_chars * 2 > arabic_letters + latin_letters + cjk_chars) {
    return sentence_ends + commas > 0;
  }
  const bool punct = sentence_ends + commas > 0;
  // Arabic attaches many function words to the next word (و، ف، ب، ل، ال) so fewer stand
  // alone: a punctuated Arabic sentence needs fewer separate stop words than an English one.
  const bool arabic = arabic_letters > latin_letters;
  const double punctuated_min = arabic ? 0.03 : 0.06;
  return stop_ratio() >= 0.12 || (punct && words >= 8 && stop_ratio() >= punctuated_min);
}

TextStats MeasureText(std::string_view text) {
  TextStats st;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
    const std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n') ++i;
    if (i == start) break;
    const std::string_view w = text.substr(start, i - start);
    bool letters = false;
    std::size_t cjk_here = 0;
    for (std::size_t k = 0; k < w.size(); ++k) {
      const auto c = static_cast<unsigned char>(w[k]);
      if (IsAsciiAlpha(static_cast<char>(c))) {
        ++st.latin_letters;
        letters = true;
      } else if ((c == 0xD8 || c == 0xD9) && k + 1 < w.size()) {
        ++st.arabic_letters;  // U+0600–U+067F: close enough to count script
        letters = true;
      } else if (c >= 0xE3 && c <= 0xE9 && k + 2 < w.size()) {
        // Kana and CJK ideographs (U+3040–U+9FFF); 。and 、 are U+3002 and U+3001.
        const auto c1 = static_cast<unsigned char>(w[k + 1]);
        const auto c2 = static_cast<unsigned char>(w[k + 2]);
        if (c == 0xE3 && c1 == 0x80 && c2 == 0x82) ++st.sentence_ends;
        else if (c == 0xE3 && c1 == 0x80 && c2 == 0x81) ++st.commas;
        else if (c > 0xE3 || c1 >= 0x81) ++st.cjk_chars, ++cjk_here;
        letters = true;
        k += 2;
      } else if (c >= 0xC3 && c != 0xE2) {
        letters = true;  // other scripts (Cyrillic, Greek, Hangul, ...)
      } else if (c >= '0' && c <= '9') {
        letters = true;
      }
    }
    if (!letters) continue;
    // Text without spaces: count about two ideographs or kana as a word.
    st.words += cjk_here > 2 ? cjk_here / 2 : 1;
    const char last = w.back();
    if (last == '.' || last == '!' || last == '?' || last == ':') ++st.sentence_ends;
    if (last == ',' || last == ';') ++st.commas;
    if (w.size() >= 2) {
      const auto b = static_cast<unsigned char>(w[w.size() - 2]);
      const auto c = static_cast<unsigned char>(w.back());
      if (b == 0xD8 && c == 0x9F) ++st.sentence_ends;            // ؟
      if (b == 0xD8 && (c == 0x8C || c == 0x9B)) ++st.commas;  // ، ؛
    }
    if (IsStopWord(Bare(w))) ++st.stop_words;
  }
  return st;
}

}  // namespace marsad::extract
