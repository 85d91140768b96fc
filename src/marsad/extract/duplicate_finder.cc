// DuplicateFinder: exact duplicates by a hash of the normalised words, near duplicates by
// MinHash over 5-word shingles with LSH banding. Parameters and their reasons are in README.md.
#include <algorithm>
#include <limits>
#include <unordered_map>

#include "marsad/extract/extract.h"
#include "marsad/text/text.h"

namespace marsad::extract {
namespace {

constexpr std::size_t kShingle = 5;
constexpr std::size_t kBands = 32;
constexpr std::size_t kRows = BodyFingerprint::kHashes / kBands;  // 4
// Share of equal signature values (an estimate of Jaccard similarity) for a near duplicate.
constexpr double kMinSimilarity = 0.5;
// Entries kept per LSH bucket (the earliest ones): a stream of thousands of near-identical
// pages fills a band's bucket, and Match would compare each new page with all of them. With
// the cap a lookup costs at most kBands * kMaxBucket signature comparisons. The earliest
// entries are the ones Match reports (roots), so a page is missed only when it shares no band
// with any of the first kMaxBucket pages of its buckets.
constexpr std::size_t kMaxBucket = 32;

std::uint64_t Mix(std::uint64_t x) {  // splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// Words of the normalised body: letters and digits, Latin lower-cased, punctuation dropped.
std::vector<std::uint64_t> WordHashes(const std::string& body) {
  const std::u32string text = ToU32(text::NormalizeKey(body));
  std::vector<std::uint64_t> words;
  // FNV-1a over the code points of the current word; 0 while no word is open.
  std::uint64_t word = 0;
  auto flush = [&] {
    if (word != 0) words.push_back(word);
    word = 0;
  };
  for (char32_t c : text) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                       (c >= 'A' && c <= 'Z') || (c >= 0x00C0 && c != 0x00D7 && c != 0x00F7 &&
                                                  !(c >= 0x2000 && c <= 0x2BFF) &&
                                                  !(c >= 0x3000 && c <= 0x303F) &&
                                                  c != 0x060C && c != 0x061B && c != 0x061F &&
                                                  c != 0x06D4 && c != 0xFEFF);
    if (!alnum) {
      flush();
      continue;
    }
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
    if (word == 0) word = 0xcbf29ce484222325ULL;
    word = (word ^ static_cast<std::uint64_t>(c)) * 0x100000001b3ULL;
  }
  flush();
  return words;
}

std::uint64_t BandKey(const std::vector<std::uint32_t>& sig, std::size_t band) {
  std::uint64_t h = Mix(band + 1);
  for (std::size_t r = 0; r < kRows; ++r) h = Mix(h ^ sig[band * kRows + r]);
  return h;
}

double Similarity(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  std::size_t same = 0;
  for (std::size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  return static_cast<double>(same) / static_cast<double>(a.size());
}

}  // namespace

struct DuplicateFinder::Impl {
  struct Entry {
    std::string id;
    std::vector<std::uint32_t> minhash;
    std::size_t root;  // index of the earliest article this one duplicates (itself if none)
  };
  std::vector<Entry> entries;
  std::unordered_map<std::uint64_t, std::size_t> exact;
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> buckets;  // band key → entries

  // Index of the earliest entry `fp` duplicates, or npos.
  std::size_t Match(const BodyFingerprint& fp) const {
    constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();
    if (fp.exact == 0) return npos;
    if (auto it = exact.find(fp.exact); it != exact.end()) return entries[it->second].root;
    if (fp.minhash.size() != BodyFingerprint::kHashes) return npos;
    std::size_t best = npos;
    for (std::size_t band = 0; band < kBands; ++band) {
      auto it = buckets.find(BandKey(fp.minhash, band));
      if (it == buckets.end()) continue;
      for (std::size_t e : it->second) {
        if (entries[e].root < best && Similarity(fp.minhash, entries[e].minhash) >= kMinSimilarity) {
          best = entries[e].root;
        }
      }
    }
    return best;
  }
};

DuplicateFinder::DuplicateFinder() : impl_(std::make_unique<Impl>()) {}
DuplicateFinder::~DuplicateFinder() = default;
DuplicateFinder::DuplicateFinder(DuplicateFinder&&) noexcept = default;
DuplicateFinder& DuplicateFinder::operator=(DuplicateFinder&&) noexcept = default;

BodyFingerprint DuplicateFinder::Fingerprint(const std::string& body) {
  BodyFingerprint fp;
  const std::vector<std::uint64_t> words = WordHashes(body);
  if (words.empty()) return fp;
  std::uint64_t h = 0x9e3779b97f4a7c15ULL;
  for (std::uint64_t w : words) h = Mix(h ^ w);
  fp.exact = h == 0 ? 1 : h;
  if (words.size() < kShingle) return fp;
  // One 64-bit hash per shingle; the kHashes permutations are multiply-shift hashes of it
  // with fixed odd multipliers (the same in every run and every build).
  static const std::vector<std::uint64_t> kMultipliers = [] {
    std::vector<std::uint64_t> m(BodyFingerprint::kHashes);
    for (std::size_t i = 0; i < m.size(); ++i) m[i] = Mix(0x5eedULL + i) | 1;
    return m;
  }();
  fp.minhash.assign(BodyFingerprint::kHashes, std::numeric_limits<std::uint32_t>::max());
  for (std::size_t i = 0; i + kShingle <= words.size(); ++i) {
    std::uint64_t s = 0;
    for (std::size_t k = 0; k < kShingle; ++k) s = Mix(s ^ words[i + k]);
    for (std::size_t j = 0; j < BodyFingerprint::kHashes; ++j) {
      const auto v = static_cast<std::uint32_t>((kMultipliers[j] * s) >> 32);
      fp.minhash[j] = std::min(fp.minhash[j], v);
    }
  }
  return fp;
}

std::optional<std::string> DuplicateFinder::Find(const BodyFingerprint& fp) const {
  const std::size_t m = impl_->Match(fp);
  if (m >= impl_->entries.size()) return std::nullopt;
  return impl_->entries[m].id;
}

void DuplicateFinder::Add(const std::string& id, const BodyFingerprint& fp) {
  Insert(id, fp, impl_->Match(fp));
}

void DuplicateFinder::Insert(const std::string& id, const BodyFingerprint& fp,
                             std::size_t match) {
  if (fp.exact == 0) return;
  const std::size_t index = impl_->entries.size();
  const std::size_t m = match;
  impl_->entries.push_back({id, fp.minhash, m < index ? m : index});
  impl_->exact.emplace(fp.exact, index);
  if (fp.minhash.size() == BodyFingerprint::kHashes) {
    for (std::size_t band = 0; band < kBands; ++band) {
      std::vector<std::size_t>& bucket = impl_->buckets[BandKey(fp.minhash, band)];
      if (bucket.size() < kMaxBucket) bucket.push_back(index);
    }
  }
}

std::optional<std::string> DuplicateFinder::FindAndAdd(const std::string& id,
                                                       const std::string& body) {
  const BodyFingerprint fp = Fingerprint(body);
  const std::size_t m = impl_->Match(fp);
  std::optional<std::string> found;
  if (m < impl_->entries.size()) found = impl_->entries[m].id;
  Insert(id, fp, m);
  return found;
}

}  // namespace marsad::extract
