// PosFeatures: what the POS tagger's perceptron sees of a token in its sentence. Shared by
// PosTagger and its trainer. Internal to marsad_text.
//
// Prepare() normalises a sentence and looks every token up in the lexicon once; Static()
// then gives a token's features (the token, its affixes and shape, its neighbours, how the
// corpus attaches clitics to it), and History() adds the two previous tags during greedy
// left-to-right decoding.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "marsad/text/lexicon.h"

namespace marsad::text {

struct PosSentence {
  std::vector<std::u32string> words;       // NormalizeKey forms
  std::vector<std::array<long, 7>> lex;    // lexicon buckets, see PosFeatures::Prepare
  std::vector<long> signature;             // clitic-taking bit set per token
};

class PosFeatures {
 public:
  explicit PosFeatures(const Lexicon* lexicon) : lexicon_(lexicon) {}

  PosSentence Prepare(const std::vector<std::u32string>& tokens) const;
  // Static features of token i (appended to out).
  void Static(const PosSentence& s, std::size_t i, std::vector<std::uint64_t>& out) const;
  // History features of token i given the previous two tags (-1 = sentence start).
  static void History(const PosSentence& s, std::size_t i, int prev, int prev2, std::vector<std::uint64_t>& out);

 private:
  const Lexicon* lexicon_;
};

}  // namespace marsad::text
