// NerModel: everything the tagger needs, in one file so its parts can never disagree: the
// feature set it was trained with, the word clusters and gazetteer its features look up, and
// the linear-chain weights. Format (docs in data/ner/FORMAT.md):
//
//   marsad-ner-model 3\n            text header line; the number is the format version
//   binary little-endian sections:  feature set, text-model fingerprint, labels, transitions, clusters, gazetteer,
//                                   entity lexicon, feature weights, first-pass model,
//                                   feature weights, then the end mark "END\n"
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "marsad/core/core.h"
#include "marsad/ner/internal/entity_lexicon.h"
#include "marsad/ner/internal/feature_extractor.h"
#include "marsad/ner/internal/gazetteer.h"
#include "marsad/ner/internal/linear_chain_model.h"
#include "marsad/ner/internal/text_tags.h"
#include "marsad/ner/internal/two_pass_weights.h"
#include "marsad/ner/internal/word_clusters.h"

namespace marsad::ner {

inline constexpr const char* kModelHeader = "marsad-ner-model";
inline constexpr int kModelVersion = 3;

struct NerModel {
  std::uint32_t feature_set = kFeatAll;
  WordClusters clusters;
  Gazetteer gazetteer;
  EntityLexicon lexicon;
  LinearChainModel chain;
  // With kFeatDocument: the first pass, whose labels feed chain's DocumentContext features
  // (same labels as chain), and the context window in sentences.
  LinearChainModel first;
  std::uint32_t window = 0;
  // With kFeatPos: the text models the features come from, and their fingerprint (stored in
  // the file; 0 without kFeatPos).
  std::shared_ptr<const TextTags> text_tags;
  std::uint64_t text_fingerprint = 0;
  // Both passes' weights in one table (two_pass_weights.h), built by LoadNerModel for
  // tagging, which then clears chain's and first's weights (such a model cannot be saved);
  // null for a model being trained (chain and first are then read directly, with the same
  // scores).
  std::shared_ptr<const TwoPassWeights> tagging_weights;

  // Label indices (into chain.labels()) for one sentence.
  std::vector<int> Tag(const std::vector<std::u32string>& tokens) const;
  // The same for consecutive sentences of one text: with kFeatDocument, a sentence's labels
  // depend on its neighbours within `window` sentences.
  // `text`, when given, holds each sentence's text tags (TextTags::Of the text layer's analysis).
  std::vector<std::vector<int>> TagDocument(const std::vector<std::vector<std::u32string>>& sentences,
                                            const std::vector<TextTags::Tags>* text = nullptr) const;
};

Status SaveNerModel(const NerModel& model, const std::string& path);
// Errors name the path and what is wrong (missing, not a model, other version, truncated, or
// text models in text_dir other than those it was trained with). With kFeatPos the text
// models are loaded from text_dir ("": DataDir() + "/text").
Result<NerModel> LoadNerModel(const std::string& path, const std::string& text_dir = "");
// The same with the text layer's Analyzer loaded already (null: as above from DataDir()).
Result<NerModel> LoadNerModel(const std::string& path, std::shared_ptr<const text::Analyzer> analyzer);
// The model alone: text_tags stays null, so a kFeatPos model tags without those features
// until the caller attaches the text models with the stored fingerprint.
Result<NerModel> ParseNerModel(std::string_view bytes);

}  // namespace marsad::ner
