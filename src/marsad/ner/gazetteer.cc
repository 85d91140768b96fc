#include "marsad/ner/internal/gazetteer.h"

#include "marsad/ner/internal/hashing.h"

namespace marsad::ner {

namespace {
std::uint64_t Extend(std::uint64_t seq, std::uint64_t word) { return Mix64(seq * 31 + word); }
constexpr std::uint64_t kSeqSeed = 0x67617a6574746565ULL;
}  // namespace

void Gazetteer::Add(const std::vector<std::u32string>& words, GazetteerClass c) {
  if (words.empty() || words.size() > kMaxWords) return;
  std::uint64_t h = kSeqSeed;
  for (std::size_t i = 0; i < words.size(); ++i) {
    h = Extend(h, HashWord(words[i]));
    if (i + 1 < words.size()) prefixes_.insert(h);
  }
  const auto bit = static_cast<std::uint8_t>(1u << static_cast<unsigned>(c));
  auto [it, inserted] = full_.try_emplace(h, entries_.size());
  if (inserted) {
    entries_.push_back({words, bit});
  } else {
    entries_[it->second].classes |= bit;
  }
}

std::vector<std::uint8_t> Gazetteer::Match(const std::vector<std::u32string>& normalized,
                                           const std::vector<std::u32string>& stripped) const {
  std::vector<std::uint64_t> hn, hs;
  for (const auto& w : normalized) hn.push_back(HashWord(w));
  for (const auto& w : stripped) hs.push_back(HashWord(w));
  return MatchHashes(hn, hs);
}

std::vector<std::uint8_t> Gazetteer::MatchHashes(const std::vector<std::uint64_t>& hn,
                                                 const std::vector<std::uint64_t>& hs) const {
  const std::size_t n = hn.size();
  std::vector<std::uint8_t> marks(n, 0);
  if (entries_.empty()) return marks;
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t best_len = 0;
    std::uint8_t best_classes = 0;
    for (std::uint64_t first : {hn[i], hs[i]}) {
      std::uint64_t h = kSeqSeed;
      for (std::size_t j = i; j < n && j - i < kMaxWords; ++j) {
        h = Extend(h, j == i ? first : hn[j]);
        if (auto it = full_.find(h); it != full_.end() && j + 1 - i > best_len) {
          best_len = j + 1 - i;
          best_classes = entries_[it->second].classes;
        }
        if (!prefixes_.count(h)) break;
      }
      if (hs[i] == hn[i]) break;
    }
    if (best_len == 0) continue;
    marks[i] |= best_classes;
    for (std::size_t k = i + 1; k < i + best_len; ++k) marks[k] |= best_classes << kGazetteerClasses;
  }
  return marks;
}

}  // namespace marsad::ner
