// EntityLexicon: how a word is used across a large unlabeled corpus, as seen by a first tagger.
// tools/train_ner tags SaudiNewsNet (10M words) with a model trained on ANERcorp and records,
// for each frequent word, which share of its occurrences came out PER, LOC, ORG or MISC. A
// name that is rare in ANERcorp but appears in the corpus after الرئيس or in في ... lands
// with a clear profile, which the final tagger uses as features. (Training uses lexicons
// built by models that did not see the sentence being trained on, so it learns how far to
// trust a lexicon entry; see tools/train_ner.cc.)
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace marsad::ner {

inline constexpr int kLexiconClasses = 4;  // PER, LOC, ORG, MISC

struct LexiconProfile {
  std::array<std::uint8_t, kLexiconClasses> share{};  // bucket 0..4 of the share tagged as each class
  std::uint8_t frequency = 0;                         // bucket of the corpus count
};

class EntityLexicon {
 public:
  struct Entry {
    std::u32string word;  // NormalizeWord form
    LexiconProfile profile;
  };

  // Buckets for raw counts: total occurrences and how many were tagged with each class.
  static LexiconProfile Profile(std::uint64_t total, const std::array<std::uint64_t, kLexiconClasses>& tagged);

  void Add(std::u32string_view word, LexiconProfile profile);
  const LexiconProfile* FindHash(std::uint64_t word_hash) const;
  const std::vector<Entry>& entries() const { return entries_; }
  std::size_t size() const { return entries_.size(); }

 private:
  std::vector<Entry> entries_;
  std::unordered_map<std::uint64_t, std::size_t> index_;
};

}  // namespace marsad::ner
