// LinearChainModel: a first-order linear-chain model over IOB2 labels. A token's score for a
// label is the sum of its features' weights for that label; a sentence's score adds the
// transition weights; Decode finds the best label sequence by Viterbi. Transitions that break
// IOB2 (O → I-PER, B-LOC → I-ORG, a sentence starting with I-) are forbidden, so the output
// is always well-formed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "marsad/ner/internal/feature_extractor.h"

namespace marsad::ner {

// True if label `cur` may follow `prev` in IOB2 (prev empty = sentence start).
bool AllowedTransition(const std::string& prev, const std::string& cur);

// Best label sequence for emissions[t * L + y] and transitions (row L = start, see
// LinearChainModel::transitions). allowed has the same layout as transitions.
std::vector<int> Viterbi(const std::vector<float>& emissions, std::size_t num_labels,
                         const std::vector<float>& transitions, const std::vector<char>& allowed);

class LinearChainModel {
 public:
  LinearChainModel() = default;
  explicit LinearChainModel(std::vector<std::string> labels);

  const std::vector<std::string>& labels() const { return labels_; }
  std::size_t num_labels() const { return labels_.size(); }

  // (L + 1) × L: transitions()[p * L + y] scores label y after label p; row L is the start.
  const std::vector<float>& transitions() const { return transitions_; }
  std::vector<float>& mutable_transitions() { return transitions_; }
  const std::vector<char>& allowed() const { return allowed_; }

  // Sets one feature's L weights. REQUIRES: feature != 0, weights has num_labels() values.
  void SetWeights(std::uint64_t feature, const float* weights);
  // The feature's L weights, or nullptr for a feature the model never saw.
  const float* Weights(std::uint64_t feature) const;
  std::size_t num_features() const { return size_; }
  // Calls fn(feature, weights) for every feature, in table order.
  template <typename Fn>
  void ForEachFeature(Fn fn) const {
    for (const Slot& s : slots_) {
      if (s.key != 0) fn(s.key, &weights_[static_cast<std::size_t>(s.row) * labels_.size()]);
    }
  }

  // Drops every feature's weights (labels and transitions stay): for a model whose weights
  // were copied into a TwoPassWeights for tagging.
  void ClearWeights();

  // Emission scores, features.size() × L.
  std::vector<float> Emissions(const FeatureMatrix& features) const;
  std::vector<int> Decode(const FeatureMatrix& features) const;

 private:
  std::size_t Find(std::uint64_t feature) const;  // the feature's slot, or the empty one for it
  void Grow();

  std::vector<std::string> labels_;
  std::vector<float> transitions_;
  std::vector<char> allowed_;
  // Open addressing, linear probing, power-of-two size, at most half full; key 0 marks an
  // empty slot. Key and row share a slot so that a look-up touches one cache line, then the
  // weights (tagging speed is mostly these look-ups).
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t row = 0;
  };
  std::vector<Slot> slots_;
  std::vector<float> weights_;
  std::size_t size_ = 0;
};

}  // namespace marsad::ner
