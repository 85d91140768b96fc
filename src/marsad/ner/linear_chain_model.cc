#include "marsad/ner/internal/linear_chain_model.h"

#include <algorithm>
#include <limits>

namespace marsad::ner {

bool AllowedTransition(const std::string& prev, const std::string& cur) {
  if (cur.rfind("I-", 0) != 0) return true;
  if (prev.size() < 2 || prev == "O") return false;
  return prev.substr(2) == cur.substr(2);
}

std::vector<int> Viterbi(const std::vector<float>& emissions, std::size_t L,
                         const std::vector<float>& transitions, const std::vector<char>& allowed) {
  if (L == 0) return {};
  const std::size_t n = emissions.size() / L;
  if (n == 0) return {};
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  std::vector<float> score(n * L, kNone);
  std::vector<int> back(n * L, 0);
  for (std::size_t y = 0; y < L; ++y) {
    if (allowed[L * L + y]) score[y] = transitions[L * L + y] + emissions[y];
  }
  for (std::size_t t = 1; t < n; ++t) {
    for (std::size_t y = 0; y < L; ++y) {
      float best = kNone;
      int arg = 0;
      for (std::size_t p = 0; p < L; ++p) {
        if (!allowed[p * L + y]) continue;
        const float s = score[(t - 1) * L + p] + transitions[p * L + y];
        if (s > best) {
          best = s;
          arg = static_cast<int>(p);
        }
      }
      score[t * L + y] = best + emissions[t * L + y];
      back[t * L + y] = arg;
    }
  }
  std::vector<int> path(n);
  const float* last = &score[(n - 1) * L];
  path[n - 1] = static_cast<int>(std::max_element(last, last + L) - last);
  for (std::size_t t = n - 1; t > 0; --t) path[t - 1] = back[t * L + path[t]];
  return path;
}

LinearChainModel::LinearChainModel(std::vector<std::string> labels) : labels_(std::move(labels)) {
  const std::size_t L = labels_.size();
  transitions_.assign((L + 1) * L, 0.0f);
  allowed_.assign((L + 1) * L, 1);
  for (std::size_t y = 0; y < L; ++y) {
    for (std::size_t p = 0; p < L; ++p) allowed_[p * L + y] = AllowedTransition(labels_[p], labels_[y]);
    allowed_[L * L + y] = AllowedTransition("", labels_[y]);
  }
  slots_.assign(1024, Slot{});
}

std::size_t LinearChainModel::Find(std::uint64_t feature) const {
  const std::size_t mask = slots_.size() - 1;
  std::size_t s = static_cast<std::size_t>(feature) & mask;
  while (slots_[s].key != 0 && slots_[s].key != feature) s = (s + 1) & mask;
  return s;
}

void LinearChainModel::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  for (const Slot& o : old) {
    if (o.key != 0) slots_[Find(o.key)] = o;
  }
}

void LinearChainModel::SetWeights(std::uint64_t feature, const float* w) {
  if (feature == 0 || labels_.empty()) return;
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  Slot& slot = slots_[Find(feature)];
  const std::size_t L = labels_.size();
  if (slot.key == 0) {
    slot.key = feature;
    slot.row = static_cast<std::uint32_t>(size_++);
    weights_.resize(size_ * L);
  }
  std::copy(w, w + L, &weights_[static_cast<std::size_t>(slot.row) * L]);
}

void LinearChainModel::ClearWeights() {
  slots_.assign(1024, Slot{});
  std::vector<float>().swap(weights_);
  size_ = 0;
}

const float* LinearChainModel::Weights(std::uint64_t feature) const {
  if (slots_.empty()) return nullptr;
  const Slot& slot = slots_[Find(feature)];
  return slot.key == 0 ? nullptr : &weights_[static_cast<std::size_t>(slot.row) * labels_.size()];
}

std::vector<float> LinearChainModel::Emissions(const FeatureMatrix& f) const {
  const std::size_t L = labels_.size();
  std::vector<float> e(f.size() * L, 0.0f);
  for (std::size_t t = 0; t < f.size(); ++t) {
    float* row = &e[t * L];
    for (std::uint32_t k = f.offsets[t]; k < f.offsets[t + 1]; ++k) {
      if (const float* w = Weights(f.ids[k]); w != nullptr) {
        for (std::size_t y = 0; y < L; ++y) row[y] += w[y];
      }
    }
  }
  return e;
}

std::vector<int> LinearChainModel::Decode(const FeatureMatrix& f) const {
  return Viterbi(Emissions(f), labels_.size(), transitions_, allowed_);
}

}  // namespace marsad::ner
