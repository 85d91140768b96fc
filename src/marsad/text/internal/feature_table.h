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
    for (int k = 0; k < 8; ++k)
      Byte(static_cast<unsigned char>(static_cast<unsigned long>(v) >> (8 * k)));
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

// Open addressing from a feature hash to a small value (a row number or a count bucket, less
// than 2^20), built once, read by many threads. A slot is one 64-bit word: the key's top 44
// bits and the value, so tables stay small enough for the cache (a hit is one miss at most).
// Two features sharing 44 key bits and a probe run would alias; at these table sizes that
// is about one chance in 10^9 per look-up.
class FeatureTable {
 public:
  static constexpr std::uint64_t kMaxValue = (1u << 20) - 1;

  // values[r] is the value of keys[r]; without values, the value is the row number r.
  // Returns false when a value does not fit in 20 bits.
  bool Build(const std::vector<std::uint64_t>& keys,
             const std::vector<std::uint32_t>* values = nullptr) {
    std::size_t cap = 16;
    while (cap < keys.size() + keys.size() / 2) cap <<= 1;  // load at most 2/3
    mask_ = cap - 1;
    slots_.assign(cap, 0);
    for (std::size_t r = 0; r < keys.size(); ++r) {
      const std::uint64_t value = values != nullptr ? (*values)[r] : r;
      if (value > kMaxValue) return false;
      const std::uint64_t tag = Tag(keys[r]);
      std::size_t i = Mix(keys[r]) & mask_;
      while (slots_[i] != 0 && (slots_[i] & ~kMaxValue) != tag) i = (i + 1) & mask_;
      slots_[i] = tag | value;
    }
    return true;
  }
  // Starts loading key's slot into the cache (look-ups of many features overlap their misses).
  void Prefetch(std::uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[Mix(key) & mask_]);
  }
  // The value of key, or -1.
  std::int64_t Find(std::uint64_t key) const {
    if (slots_.empty()) return -1;
    const std::uint64_t tag = Tag(key);
    std::size_t i = Mix(key) & mask_;
    while (true) {
      const std::uint64_t s = slots_[i];
      if ((s & ~kMaxValue) == tag) return static_cast<std::int64_t>(s & kMaxValue);
      if (s == 0) return -1;
      i = (i + 1) & mask_;
    }
  }

 private:
  // The key's top 44 bits, never 0 (0 marks an empty slot).
  static std::uint64_t Tag(std::uint64_t k) {
    const std::uint64_t t = k & ~kMaxValue;
    return t != 0 ? t : (kMaxValue + 1);
  }
  static std::size_t Mix(std::uint64_t k) {
    return static_cast<std::size_t>(k ^ (k >> 23) ^ (k >> 41));
  }
  std::vector<std::uint64_t> slots_;
  std::size_t mask_ = 0;
};

}  // namespace marsad::text
