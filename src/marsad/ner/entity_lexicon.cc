#include "marsad/ner/internal/entity_lexicon.h"

#include "marsad/ner/internal/hashing.h"

namespace marsad::ner {

LexiconProfile EntityLexicon::Profile(std::uint64_t total, const std::array<std::uint64_t, kLexiconClasses>& tagged) {
  LexiconProfile p;
  if (total == 0) return p;
  for (int c = 0; c < kLexiconClasses; ++c) {
    const double share = static_cast<double>(tagged[c]) / static_cast<double>(total);
    p.share[c] = share < 0.05 ? 0 : share < 0.2 ? 1 : share < 0.5 ? 2 : share < 0.8 ? 3 : 4;
  }
  p.frequency = total < 10 ? 0 : total < 100 ? 1 : total < 1000 ? 2 : 3;
  return p;
}

void EntityLexicon::Add(std::u32string_view word, LexiconProfile profile) {
  auto [it, inserted] = index_.try_emplace(HashWord(word), entries_.size());
  if (inserted) {
    entries_.push_back({std::u32string(word), profile});
  } else {
    entries_[it->second].profile = profile;
  }
}

const LexiconProfile* EntityLexicon::FindHash(std::uint64_t word_hash) const {
  auto it = index_.find(word_hash);
  return it == index_.end() ? nullptr : &entries_[it->second].profile;
}

}  // namespace marsad::ner
