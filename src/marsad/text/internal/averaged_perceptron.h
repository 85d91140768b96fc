// AveragedWeights: the training side of the perceptron models, with the lazy averaging trick
// (each weight remembers when it last changed, so averaging costs nothing per step).
// Internal to marsad_text; used only by the trainers.
#pragma once

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace marsad::text {

class AveragedWeights {
 public:
  explicit AveragedWeights(std::size_t width) : width_(width) {}

  void Tick() { ++now_; }
  double Get(std::uint64_t key, std::size_t cls) const {
    auto it = rows_.find(key);
    return it == rows_.end() ? 0.0 : it->second.w[cls];
  }
  // Adds every class's current weight for key into scores (size width).
  void AddTo(std::uint64_t key, std::vector<double>& scores) const {
    auto it = rows_.find(key);
    if (it == rows_.end()) return;
    for (std::size_t c = 0; c < width_; ++c) scores[c] += it->second.w[c];
  }
  void Update(std::uint64_t key, std::size_t cls, double delta) {
    Row& r = rows_[key];
    if (r.w.empty()) {
      r.w.assign(width_, 0);
      r.total.assign(width_, 0);
      r.last.assign(width_, 0);
    }
    r.total[cls] += r.w[cls] * static_cast<double>(now_ - r.last[cls]);
    r.last[cls] = now_;
    r.w[cls] += delta;
  }
  // The averaged weights, rows sorted by key; rows whose weights all round to 0 are dropped.
  std::vector<std::pair<std::uint64_t, std::vector<float>>> Averaged() const {
    std::vector<std::pair<std::uint64_t, std::vector<float>>> out;
    for (const auto& [key, r] : rows_) {
      std::vector<float> avg(width_);
      bool any = false;
      for (std::size_t c = 0; c < width_; ++c) {
        const double total = r.total[c] + r.w[c] * static_cast<double>(now_ - r.last[c]);
        avg[c] = now_ == 0 ? 0.0f : static_cast<float>(total / static_cast<double>(now_));
        any |= avg[c] > 1e-4f || avg[c] < -1e-4f;
      }
      if (any) out.emplace_back(key, std::move(avg));
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
  }

 private:
  struct Row {
    std::vector<double> w, total;
    std::vector<long> last;
  };
  std::size_t width_;
  long now_ = 0;
  std::unordered_map<std::uint64_t, Row> rows_;
};

// Deterministic shuffle (std::shuffle's algorithm is implementation-defined).
template <typename T>
void DeterministicShuffle(std::vector<T>& v, std::uint64_t seed) {
  std::uint64_t x = seed * 0x9E3779B97F4A7C15ULL + 1;
  for (std::size_t i = v.size(); i > 1; --i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    std::swap(v[i - 1], v[x % i]);
  }
}

}  // namespace marsad::text
