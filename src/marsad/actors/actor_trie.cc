#include "marsad/actors/internal/actor_trie.h"

namespace marsad::actors {

std::uint32_t ActorTrie::WordId(const std::u32string& word) {
  auto [it, added] = words_.try_emplace(word, static_cast<std::uint32_t>(words_.size()));
  return it->second;
}

void ActorTrie::Add(const std::vector<std::u32string>& words, Entry entry) {
  if (words.empty()) return;
  std::uint32_t node = kRoot;
  for (const auto& w : words) {
    const std::uint64_t edge = static_cast<std::uint64_t>(node) << 32 | WordId(w);
    auto it = edges_.find(edge);
    if (it == edges_.end()) {
      it = edges_.emplace(edge, static_cast<std::uint32_t>(nodes_.size())).first;
      nodes_.emplace_back();
    }
    node = it->second;
  }
  if (nodes_[node].empty()) ++forms_;
  nodes_[node].push_back(static_cast<std::uint32_t>(entries_.size()));
  entries_.push_back(std::move(entry));
}

std::uint32_t ActorTrie::Child(std::uint32_t node, std::u32string_view word) const {
  auto w = words_.find(word);
  if (w == words_.end()) return kNone;
  auto it = edges_.find(static_cast<std::uint64_t>(node) << 32 | w->second);
  return it == edges_.end() ? kNone : it->second;
}

}  // namespace marsad::actors
