// Language evidence of a block of text: words, stop words and sentence punctuation, for Arabic
// and Latin scripts alike. Running prose has many function words (في، من، على / the, of, and)
// and ends sentences with punctuation; menus, tickers and link lists have neither.
#pragma once

#include <cstddef>
#include <string_view>

namespace marsad::extract {

struct TextStats {
  std::size_t words = 0;
  std::size_t stop_words = 0;
  std::size_t sentence_ends = 0;  // . ! ? ؟ … at the end of a word
  std::size_t commas = 0;         // , ، ; ؛
  std::size_t arabic_letters = 0;
  std::size_t latin_letters = 0;
  std::size_t cjk_chars = 0;

  double stop_ratio() const { return words == 0 ? 0 : double(stop_words) / double(words); }
  // Prose-like: enough words, function words in proportion, and punctuation.
  bool LooksLikeProse() const;
};

TextStats MeasureText(std::string_view utf8);

// True for a function word of Arabic (also with the conjunction و/ف attached) or English.
bool IsStopWord(std::string_view word);

}  // namespace marsad::extract
