#include "marsad/ner/internal/two_pass_weights.h"

#include <algorithm>

namespace marsad::ner {

TwoPassWeights::TwoPassWeights(const LinearChainModel& first, const LinearChainModel& chain)
    : labels_(chain.num_labels()) {
  const std::size_t L = labels_;
  const bool has_first = first.num_labels() == L;
  // Keys first (the union of both models' features, usually much smaller than the sum), in a
  // table at most half full; then the rows, allocated once.
  std::size_t cap = 1024;
  while (cap < 2 * (first.num_features() + chain.num_features())) cap <<= 1;
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  std::size_t rows = 0;
  auto insert = [&](std::uint64_t key, const float*) {
    std::size_t s = Home(key);
    while (slots_[s].key != 0 && slots_[s].key != key) s = (s + 1) & mask_;
    if (slots_[s].key == 0) slots_[s] = {key, static_cast<std::uint32_t>(rows++)};
  };
  if (has_first) first.ForEachFeature(insert);
  chain.ForEachFeature(insert);
  std::size_t fit = 1024;
  while (fit < 2 * rows) fit <<= 1;
  if (fit < cap) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(fit, Slot{});
    mask_ = fit - 1;
    for (const Slot& o : old) {
      if (o.key == 0) continue;
      std::size_t s = Home(o.key);
      while (slots_[s].key != 0) s = (s + 1) & mask_;
      slots_[s] = o;
    }
  }
  weights_.assign(rows * 2 * L, 0.0f);
  auto copy = [&](std::size_t half) {
    return [this, half, L](std::uint64_t key, const float* w) {
      std::copy(w, w + L, &weights_[static_cast<std::size_t>(Find(key)) * 2 * L + half * L]);
    };
  };
  if (has_first) first.ForEachFeature(copy(0));
  chain.ForEachFeature(copy(1));
}

std::int64_t TwoPassWeights::Find(std::uint64_t feature) const {
  for (std::size_t s = Home(feature);; s = (s + 1) & mask_) {
    if (slots_[s].key == feature) return slots_[s].row;
    if (slots_[s].key == 0) return -1;
  }
}

void TwoPassWeights::Prefetch(std::uint64_t feature) const { __builtin_prefetch(&slots_[Home(feature)]); }

void TwoPassWeights::Emissions(const FeatureMatrix& f, std::vector<float>* first,
                               std::vector<float>* chain) const {
  const std::size_t L = labels_;
  first->assign(f.size() * L, 0.0f);
  chain->assign(f.size() * L, 0.0f);
  std::vector<const float*> rows;
  for (std::size_t t = 0; t < f.size(); ++t) {
    // Memory bound: issue every slot load of the token, then every row load, then add, so
    // that the cache misses overlap instead of following one another.
    const std::uint32_t a = f.offsets[t], b = f.offsets[t + 1];
    for (std::uint32_t k = a; k < b; ++k) Prefetch(f.ids[k]);
    rows.clear();
    for (std::uint32_t k = a; k < b; ++k) {
      const std::int64_t r = Find(f.ids[k]);
      if (r < 0) continue;
      const float* w = &weights_[static_cast<std::size_t>(r) * 2 * L];
      __builtin_prefetch(w);
      __builtin_prefetch(w + 2 * L - 1);
      rows.push_back(w);
    }
    float* e1 = &(*first)[t * L];
    float* e2 = &(*chain)[t * L];
    for (const float* w : rows) {
      for (std::size_t y = 0; y < L; ++y) e1[y] += w[y];
      for (std::size_t y = 0; y < L; ++y) e2[y] += w[L + y];
    }
  }
}

void TwoPassWeights::AddFinal(const std::vector<std::vector<std::uint64_t>>& extra,
                              std::vector<float>* chain) const {
  const std::size_t L = labels_;
  const std::size_t n = std::min(extra.size(), chain->size() / L);
  for (std::size_t t = 0; t < n; ++t) {
    for (std::uint64_t id : extra[t]) Prefetch(id);
    float* e = &(*chain)[t * L];
    for (std::uint64_t id : extra[t]) {
      const std::int64_t r = Find(id);
      if (r < 0) continue;
      const float* w = &weights_[static_cast<std::size_t>(r) * 2 * L + L];
      for (std::size_t y = 0; y < L; ++y) e[y] += w[y];
    }
  }
}

}  // namespace marsad::ner
