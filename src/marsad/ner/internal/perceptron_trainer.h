// PerceptronTrainer: averaged structured perceptron (Collins 2002) for LinearChainModel.
// Decodes each training sentence with the current weights under the IOB2 constraints and, on
// a mistake, moves weight from the predicted to the gold labels; the model it returns uses
// the weights averaged over every step, which generalises far better than the last ones.
// Deterministic: the caller gives the sentence order of each epoch.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "marsad/ner/internal/feature_extractor.h"
#include "marsad/ner/internal/linear_chain_model.h"

namespace marsad::ner {

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(std::vector<std::string> labels);

  // One pass over sentences[order[0]], sentences[order[1]], ...; returns how many tokens were
  // mistagged. REQUIRES: gold[i].size() == sentences[i].size().
  std::size_t Epoch(const std::vector<FeatureMatrix>& sentences, const std::vector<std::vector<int>>& gold,
                    const std::vector<std::size_t>& order);

  // The averaged model; features whose averaged weights all have |w| <= prune are left out.
  LinearChainModel Averaged(float prune = 0.0f) const;

 private:
  std::vector<float> Emissions(const FeatureMatrix& f) const;
  void Update(std::uint64_t feature, int label, double delta);
  void UpdateTransition(int prev, int label, double delta);

  LinearChainModel shape_;  // labels, allowed transitions
  std::size_t L_;
  std::unordered_map<std::uint64_t, std::uint32_t> index_;
  std::vector<std::uint64_t> ids_;
  // w: current weights; u: sum of step × delta, so the average is w - u / steps.
  std::vector<double> w_, u_;
  std::vector<double> tw_, tu_;
  std::vector<float> current_transitions_;
  double steps_ = 1;
};

}  // namespace marsad::ner
