#include "marsad/ner/internal/perceptron_trainer.h"

#include <cmath>

namespace marsad::ner {

PerceptronTrainer::PerceptronTrainer(std::vector<std::string> labels)
    : shape_(std::move(labels)), L_(shape_.num_labels()) {
  tw_.assign((L_ + 1) * L_, 0.0);
  tu_.assign((L_ + 1) * L_, 0.0);
  current_transitions_.assign((L_ + 1) * L_, 0.0f);
}

std::vector<float> PerceptronTrainer::Emissions(const FeatureMatrix& f) const {
  std::vector<float> e(f.size() * L_, 0.0f);
  for (std::size_t t = 0; t < f.size(); ++t) {
    for (std::uint32_t k = f.offsets[t]; k < f.offsets[t + 1]; ++k) {
      auto it = index_.find(f.ids[k]);
      if (it == index_.end()) continue;
      const double* w = &w_[static_cast<std::size_t>(it->second) * L_];
      for (std::size_t y = 0; y < L_; ++y) e[t * L_ + y] += static_cast<float>(w[y]);
    }
  }
  return e;
}

void PerceptronTrainer::Update(std::uint64_t feature, int label, double delta) {
  auto [it, inserted] = index_.try_emplace(feature, static_cast<std::uint32_t>(ids_.size()));
  if (inserted) {
    ids_.push_back(feature);
    w_.resize(w_.size() + L_, 0.0);
    u_.resize(u_.size() + L_, 0.0);
  }
  const std::size_t k = static_cast<std::size_t>(it->second) * L_ + static_cast<std::size_t>(label);
  w_[k] += delta;
  u_[k] += steps_ * delta;
}

void PerceptronTrainer::UpdateTransition(int prev, int label, double delta) {
  const std::size_t row = prev < 0 ? L_ : static_cast<std::size_t>(prev);
  const std::size_t k = row * L_ + static_cast<std::size_t>(label);
  tw_[k] += delta;
  tu_[k] += steps_ * delta;
  current_transitions_[k] = static_cast<float>(tw_[k]);
}

std::size_t PerceptronTrainer::Epoch(const std::vector<FeatureMatrix>& sentences,
                                     const std::vector<std::vector<int>>& gold,
                                     const std::vector<std::size_t>& order) {
  std::size_t errors = 0;
  for (std::size_t i : order) {
    const FeatureMatrix& f = sentences[i];
    const std::vector<int>& y = gold[i];
    const std::vector<int> p = Viterbi(Emissions(f), L_, current_transitions_, shape_.allowed());
    for (std::size_t t = 0; t < y.size(); ++t) {
      if (p[t] != y[t]) {
        ++errors;
        for (std::uint32_t k = f.offsets[t]; k < f.offsets[t + 1]; ++k) {
          Update(f.ids[k], y[t], 1.0);
          Update(f.ids[k], p[t], -1.0);
        }
      }
      const int yp = t == 0 ? -1 : y[t - 1];
      const int pp = t == 0 ? -1 : p[t - 1];
      if (yp != pp || y[t] != p[t]) {
        UpdateTransition(yp, y[t], 1.0);
        UpdateTransition(pp, p[t], -1.0);
      }
    }
    steps_ += 1;
  }
  return errors;
}

LinearChainModel PerceptronTrainer::Averaged(float prune) const {
  LinearChainModel m(shape_.labels());
  auto& trans = m.mutable_transitions();
  for (std::size_t k = 0; k < trans.size(); ++k) trans[k] = static_cast<float>(tw_[k] - tu_[k] / steps_);
  std::vector<float> row(L_);
  for (std::size_t i = 0; i < ids_.size(); ++i) {
    bool keep = false;
    for (std::size_t y = 0; y < L_; ++y) {
      const std::size_t k = i * L_ + y;
      row[y] = static_cast<float>(w_[k] - u_[k] / steps_);
      keep = keep || std::fabs(row[y]) > prune;
    }
    if (keep) m.SetWeights(ids_[i], row.data());
  }
  return m;
}

}  // namespace marsad::ner
