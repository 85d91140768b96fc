// Hashed features for the perceptron models: a feature is a template name plus a few strings,
// hashed (FNV-1a, 64 bits) without building the string; weights sit in a flat array found
// through an open-addressing table. Internal to marsad_text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace marsad::text {

class FeatureHash {
 public:
  explicit FeatureHash(std::string_view name) { Add(name); }
  FeatureHash& Add(std::string_view s) {
    for (unsigned char c : s) Byte(c);
    Byte(0xFF);  // separator: ("ab","c") differs from ("a","bc")
    return *this;
  }
  // One multiply per code point (FNV-1a over 32-bit units): this runs for every feature of
  // every token.
  FeatureHash& Add(std::u32string_view s) {
    for (char32_t c : s) {
      h_ ^= c;
      h_ *= 0x100000001b3ULL;
    }
    Byte(0xFE);
    return *this;
  }
  FeatureHash& Add(long v) {
    for (int k = 0; k < 8; ++k) Byte(static_cast<unsigned char>(static_cast<unsigned long>(v) >> (8 * k)));
    return *this;
  }
  // Never 0: 0 marks an empty slot in FeatureTable.
  std::uint64_t value() const { return h_ | 1; }

 private:
  void Byte(unsigned char b) {
    h_ ^= b;
    h_ *= 0x100000001b3ULL;
  }
  std::uint64_t h_ = 0xcbf29ce484222325ULL;
};

// Open addressing from a feature hash to a 32-bit value (a row number, or a count), built
// once, read by many threads. Key and value share a slot, so a hit costs one cache miss.
class FeatureTable {
 public:
  // values[r] is the value of keys[r]; without values, the value is the row number r.
  void Build(const std::vector<std::uint64_t>& keys, const std::vector<std::uint32_t>* values = nullptr) {
    std::size_t cap = 16;
    while (cap < keys.size() * 2) cap <<= 1;
    mask_ = cap - 1;
    slots_.assign(cap, Slot{});
    for (std::size_t r = 0; r < keys.size(); ++r) {
      std::size_t i = Mix(keys[r]) & mask_;
      while (slots_[i].key != 0 && slots_[i].key != keys[r]) i = (i + 1) & mask_;
      slots_[i].key = keys[r];
      slots_[i].value = values != nullptr ? static_cast<std::int64_t>((*values)[r]) : static_cast<std::int64_t>(r);
    }
  }
  // The value of key, or -1.
  std::int64_t Find(std::uint64_t key) const {
    if (slots_.empty()) return -1;
    std::size_t i = Mix(key) & mask_;
    while (true) {
      const Slot& s = slots_[i];
      if (s.key == key) return s.value;
      if (s.key == 0) return -1;
      i = (i + 1) & mask_;
    }
  }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::int64_t value = -1;
  };
  static std::size_t Mix(std::uint64_t k) { return static_cast<std::size_t>((k ^ (k >> 31)) * 0x9E3779B97F4A7C15ULL >> 20); }
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

}  // namespace marsad::text
