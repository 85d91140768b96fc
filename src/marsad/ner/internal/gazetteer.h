// Gazetteer: known names (one or more normalised words) with their classes, matched in a
// sentence by longest match. The tagger sees the matches as features, never as decisions, so
// a gazetteer entry that is also a common word (الجزيرة, اليوم) costs little.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace marsad::ner {

enum class GazetteerClass : std::uint8_t { kPer = 0, kLoc = 1, kOrg = 2 };
inline constexpr int kGazetteerClasses = 3;

class Gazetteer {
 public:
  struct Entry {
    std::vector<std::u32string> words;  // NormalizeWord forms
    std::uint8_t classes = 0;           // bit (1 << GazetteerClass)
  };

  // Adds a name; adding the same words again with another class unites the classes.
  void Add(const std::vector<std::u32string>& words, GazetteerClass c);

  // For each token, bit c set if a longest match of class c begins at the token and bit
  // (c + kGazetteerClasses) if it continues one. stripped[i] is tried for the first word of a
  // match so that وواشنطن and لدمشق match واشنطن and دمشق.
  // REQUIRES: normalized.size() == stripped.size().
  std::vector<std::uint8_t> Match(const std::vector<std::u32string>& normalized,
                                  const std::vector<std::u32string>& stripped) const;
  // The same with the words already hashed (HashWord), as the feature extractor has them.
  std::vector<std::uint8_t> MatchHashes(const std::vector<std::uint64_t>& normalized,
                                        const std::vector<std::uint64_t>& stripped) const;

  const std::vector<Entry>& entries() const { return entries_; }
  std::size_t size() const { return entries_.size(); }

 private:
  static constexpr std::size_t kMaxWords = 8;
  std::vector<Entry> entries_;
  std::unordered_map<std::uint64_t, std::size_t> full_;  // hash of the word sequence → entry
  std::unordered_set<std::uint64_t> prefixes_;           // hashes of proper prefixes
};

}  // namespace marsad::ner
