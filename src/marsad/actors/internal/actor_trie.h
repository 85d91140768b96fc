// Internal to marsad/actors: the dictionary's forms as a trie over word ids, and the entries
// (code, kind, date range) that each complete form carries.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace marsad::actors {

enum class EntryKind : std::uint8_t {
  kActor,  // a noun naming the actor (country, capital, group, person)
  kNisba,  // an adjective of a country (السورية)
  kRole,   // a role word that combines with a following country (الطائرات → MIL)
};

struct Entry {
  EntryKind kind = EntryKind::kActor;
  bool needs_article = false;  // the form was written =ال...: the first word must carry ال
  bool curated = false;        // from the hand-written list (source "hand")
  int from = 0;                // YYYYMMDD, 0 = open
  int to = 0;                  // exclusive, 0 = open
  std::string code;
  std::string type;  // PER LOC ORG MISC, empty for roles
  bool Holds(int date) const { return (from == 0 || date >= from) && (to == 0 || date < to); }
};

// Heterogeneous look-up of word keys by view, so matching allocates nothing.
struct KeyHash {
  using is_transparent = void;
  std::size_t operator()(std::u32string_view s) const { return std::hash<std::u32string_view>{}(s); }
};
struct KeyEqual {
  using is_transparent = void;
  bool operator()(std::u32string_view a, std::u32string_view b) const { return a == b; }
};

class ActorTrie {
 public:
  static constexpr std::uint32_t kRoot = 0;
  static constexpr std::uint32_t kNone = UINT32_MAX;

  // words: canonical word keys (no leading ال) of one form.
  void Add(const std::vector<std::u32string>& words, Entry entry);
  std::uint32_t Child(std::uint32_t node, std::u32string_view word) const;
  const std::vector<std::uint32_t>& EntriesAt(std::uint32_t node) const { return nodes_[node]; }
  const Entry& entry(std::uint32_t i) const { return entries_[i]; }
  std::size_t forms() const { return forms_; }
  std::size_t entries() const { return entries_.size(); }

 private:
  std::uint32_t WordId(const std::u32string& word);
  std::unordered_map<std::u32string, std::uint32_t, KeyHash, KeyEqual> words_;
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;  // node << 32 | word id → child
  std::vector<std::vector<std::uint32_t>> nodes_{1};         // entry indices ending here
  std::vector<Entry> entries_;
  std::size_t forms_ = 0;
};

}  // namespace marsad::actors
