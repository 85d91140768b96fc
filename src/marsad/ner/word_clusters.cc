#include "marsad/ner/internal/word_clusters.h"

#include "marsad/ner/internal/hashing.h"

namespace marsad::ner {

void WordClusters::Add(std::u32string_view word, ClusterIds ids) {
  const std::uint64_t h = HashWord(word);
  auto [it, inserted] = index_.try_emplace(h, entries_.size());
  if (inserted) {
    entries_.push_back({std::u32string(word), ids});
  } else {
    entries_[it->second].ids = ids;
  }
}

const ClusterIds* WordClusters::Find(std::u32string_view word) const { return FindHash(HashWord(word)); }

const ClusterIds* WordClusters::FindHash(std::uint64_t word_hash) const {
  auto it = index_.find(word_hash);
  return it == index_.end() ? nullptr : &entries_[it->second].ids;
}

}  // namespace marsad::ner
