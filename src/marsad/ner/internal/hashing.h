// 64-bit feature and word hashes for the ner stage. Stable across runs and machines: they are
// the keys stored in the model file, so changing them invalidates every trained model.
#pragma once

#include <cstdint>
#include <string_view>

namespace marsad::ner {

// FNV-1a over the code points (4 little-endian bytes each), seeded.
inline std::uint64_t HashWord(std::u32string_view word, std::uint64_t seed = 0xcbf29ce484222325ULL) {
  std::uint64_t h = seed;
  for (char32_t c : word) {
    for (int b = 0; b < 4; ++b) {
      h ^= (static_cast<std::uint32_t>(c) >> (8 * b)) & 0xFFu;
      h *= 0x100000001b3ULL;
    }
  }
  return h;
}

// splitmix64 finaliser: spreads the bits of a combined key.
inline std::uint64_t Mix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// A feature id from a template number and one or two value hashes. Never 0 (0 marks an empty
// slot in the model's table).
inline std::uint64_t FeatureId(std::uint32_t templ, std::uint64_t a, std::uint64_t b = 0) {
  const std::uint64_t h = Mix64(Mix64(a ^ (static_cast<std::uint64_t>(templ) << 56)) ^ b);
  return h == 0 ? 1 : h;
}

}  // namespace marsad::ner
