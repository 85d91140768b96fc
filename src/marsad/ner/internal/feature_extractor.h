// FeatureExtractor: the sparse features of every token of a sentence, as 64-bit ids.
// Which templates are on is part of the model (FeatureSet), so a model file always decodes
// with the features it was trained with.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "marsad/ner/internal/entity_lexicon.h"
#include "marsad/ner/internal/gazetteer.h"
#include "marsad/ner/internal/text_tags.h"
#include "marsad/ner/internal/word_clusters.h"

namespace marsad::ner {

// Bits of FeatureSet. Lexical features (word, clitic-stripped word, affixes, shape, the words
// at ±2) are always on.
enum FeatureSetBits : std::uint32_t {
  kFeatGazetteer = 1u << 0,
  kFeatClusters = 1u << 1,
  kFeatLexicon = 1u << 2,
  kFeatDocument = 1u << 3,  // second pass with DocumentContext features (document_context.h)
  kFeatPos = 1u << 4,       // the text layer's segments and UPOS tags (text_tags.h)
  kFeatAll = kFeatGazetteer | kFeatClusters | kFeatLexicon | kFeatDocument | kFeatPos,
};

// Token i's features are ids[offsets[i] .. offsets[i + 1]).
struct FeatureMatrix {
  std::vector<std::uint64_t> ids;
  std::vector<std::uint32_t> offsets{0};
  std::size_t size() const { return offsets.size() - 1; }
  void Clear() {
    ids.clear();
    offsets.assign(1, 0);
  }
};

// The feature every token has; its weights are the per-label bias.
std::uint64_t BiasFeature();

class FeatureExtractor {
 public:
  // The pointers may be null when the matching bit is off. REQUIRES: they outlive this.
  FeatureExtractor(std::uint32_t feature_set, const WordClusters* clusters, const Gazetteer* gazetteer,
                   const EntityLexicon* lexicon, const TextTags* text_tags = nullptr);

  // `text`: the sentence's text tags when the caller has them (from the text layer's
  // analysis); without, the extractor computes them from the tokens.
  void Extract(const std::vector<std::u32string>& tokens, FeatureMatrix* out,
               const TextTags::Tags* text = nullptr) const;

 private:
  struct Words;  // per-sentence word forms and their hashes
  void TokenFeatures(const Words& w, std::size_t i, std::vector<std::uint64_t>* ids) const;
  void LexiconFeatures(const Words& w, std::size_t i, std::vector<std::uint64_t>* ids) const;
  void TextFeatures(const Words& w, std::size_t i, std::vector<std::uint64_t>* ids) const;

  std::uint32_t feature_set_;
  const WordClusters* clusters_;
  const Gazetteer* gazetteer_;
  const EntityLexicon* lexicon_;
  const TextTags* text_tags_;
};

}  // namespace marsad::ner
