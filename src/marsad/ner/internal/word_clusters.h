// WordClusters: normalised word → three cluster ids (coarse, mid, fine) learned from unlabeled news
// text by tools/ner_clusters. Rare words in ANERcorp share a cluster with frequent words of the
// corpus (a new city name lands with the other cities), which is what lets the tagger
// generalise beyond its 110k training tokens.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace marsad::ner {

struct ClusterIds {
  std::uint16_t coarse = 0;
  std::uint16_t mid = 0;
  std::uint16_t fine = 0;
};

class WordClusters {
 public:
  struct Entry {
    std::u32string word;  // NormalizeWord form
    ClusterIds ids;
  };

  // A later Add of the same word replaces the earlier one.
  void Add(std::u32string_view word, ClusterIds ids);
  const ClusterIds* Find(std::u32string_view word) const;
  const ClusterIds* FindHash(std::uint64_t word_hash) const;
  const std::vector<Entry>& entries() const { return entries_; }
  std::size_t size() const { return entries_.size(); }

 private:
  std::vector<Entry> entries_;
  std::unordered_map<std::uint64_t, std::size_t> index_;  // HashWord(word) → entries_ index
};

}  // namespace marsad::ner
