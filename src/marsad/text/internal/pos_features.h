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

#include "marsad/text/internal/lexicon.h"

namespace marsad::text {

// Word clusters from unlabelled news (coarse / mid / fine ids per word form), the
// distributional evidence a 12k-token treebank cannot give. File format: a header line
// starting "# marsad-ner-clusters 1", then "<word>\t<coarse>\t<mid>\t<fine>" lines (the
// file tools/ner_clusters writes).
class WordClusters {
 public:
  static Result<WordClusters> Load(const std::string& path);
  // Cluster ids of a normalised word, or nullptr.
  const std::array<std::uint16_t, 3>* Find(std::u32string_view normalized) const {
    const std::int64_t row = table_.Find(Lexicon::Key(normalized));
    return row < 0 ? nullptr : &ids_[static_cast<std::size_t>(row)];
  }

 private:
  FeatureTable table_;
  std::vector<std::array<std::uint16_t, 3>> ids_;
};

struct PosSentence {
  std::vector<std::u32string> words;         // NormalizeKey forms
  std::vector<std::array<long, 7>> lex;      // lexicon buckets, see PosFeatures::Prepare
  std::vector<long> signature;               // clitic-taking bit set per token
  std::vector<std::array<long, 3>> cluster;  // coarse/mid/fine cluster ids, -1 when unknown
};

class PosFeatures {
 public:
  explicit PosFeatures(const Lexicon* lexicon, const WordClusters* clusters = nullptr)
      : lexicon_(lexicon), clusters_(clusters) {}

  PosSentence Prepare(const std::vector<std::u32string>& tokens) const;
  // Static features of token i (appended to out).
  void Static(const PosSentence& s, std::size_t i, std::vector<std::uint64_t>& out) const;
  // History features of token i given the previous two tags (-1 = sentence start).
  static void History(const PosSentence& s, std::size_t i, int prev, int prev2,
                      std::vector<std::uint64_t>& out);

 private:
  const Lexicon* lexicon_;
  const WordClusters* clusters_;
};

}  // namespace marsad::text
