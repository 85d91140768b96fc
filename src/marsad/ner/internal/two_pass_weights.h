// TwoPassWeights: the weights of the first-pass and the final model (ner_model.h) in one
// table, for tagging. Every feature of the first pass is also a feature of the second (the
// second only appends DocumentContext features to each token), so one look-up serves both
// passes: tagging speed is mostly these look-ups, each a cache miss in a 20 MB model.
//
// The scores are bit for bit those of LinearChainModel::Emissions on each model: weights are
// added per token in feature order, a feature missing from one model adds +0.0 there, and the
// second pass continues each token's sum with its extra features in their order.
#pragma once

#include <cstdint>
#include <vector>

#include "marsad/ner/internal/feature_extractor.h"
#include "marsad/ner/internal/linear_chain_model.h"

namespace marsad::ner {

class TwoPassWeights {
 public:
  // REQUIRES: first and chain have the same labels.
  TwoPassWeights(const LinearChainModel& first, const LinearChainModel& chain);

  std::size_t num_labels() const { return labels_; }
  // Emissions of both models for the features of a sentence, each features.size() × L.
  void Emissions(const FeatureMatrix& features, std::vector<float>* first,
                 std::vector<float>* chain) const;
  // Continues chain (from Emissions) with the final model's weights of extra[t], token t's
  // features appended after its own (as WithExtraFeatures does).
  void AddFinal(const std::vector<std::vector<std::uint64_t>>& extra, std::vector<float>* chain) const;

 private:
  // The feature's row into weights_ (2L floats: first's L, then the final model's L), or -1.
  std::int64_t Find(std::uint64_t feature) const;
  void Prefetch(std::uint64_t feature) const;
  std::size_t Home(std::uint64_t feature) const { return static_cast<std::size_t>(feature) & mask_; }

  struct Slot {
    std::uint64_t key = 0;  // 0: empty
    std::uint32_t row = 0;
  };
  std::size_t labels_ = 0;
  std::vector<Slot> slots_;  // open addressing, linear probing, power-of-two size, ≤ half full
  std::size_t mask_ = 0;
  std::vector<float> weights_;
};

}  // namespace marsad::ner
