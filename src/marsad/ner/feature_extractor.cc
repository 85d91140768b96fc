#include "marsad/ner/internal/feature_extractor.h"

#include <algorithm>

#include "marsad/ner/internal/hashing.h"
#include "marsad/ner/internal/word_forms.h"

namespace marsad::ner {

namespace {

// Template numbers: part of the model file format; append, never renumber.
enum Templ : std::uint32_t {
  kBias = 1, kWord, kStripped, kPrefix1, kPrefix2, kPrefix3, kSuffix1, kSuffix2, kSuffix3,
  kShape, kLength, kHasArticle, kWordM1, kWordP1, kWordM2, kWordP2, kStrippedM1, kStrippedP1,
  kBigramM1, kBigramP1, kShapeWindow, kClusterCoarse, kClusterFine, kClusterFineM1,
  kClusterFineP1, kClusterCoarseBigram, kGazetteerHere, kGazetteerM1, kGazetteerP1,
  kStrippedSuffix2, kStrippedPrefix2, kClusterStripped, kRawWord, kStrippedPrefix3, kStrippedSuffix3,
  kStrippedSuffix4, kClusterFineM2, kClusterFineP2, kClusterCoarseM1, kClusterCoarseP1, kClusterWordM1,
  kClusterWordP1, kClusterMid, kClusterMidM1, kClusterMidP1, kLexShare, kLexBest, kLexBestM1,
  kLexBestP1, kLexBestWordM1, kPosStem, kPosStemM1, kPosStemP1, kPosSegments, kPosStemWordM1, kPosStemTrigram,
};

// Sentence padding: the word hash of the positions before the first and after the last token.
constexpr std::uint64_t kBos = 0x3c733e0000000001ULL;
constexpr std::uint64_t kEos = 0x3c2f733e00000002ULL;

std::uint64_t Affix(std::u32string_view w, std::size_t n, bool prefix) {
  if (w.size() < n) return 0;
  return HashWord(prefix ? w.substr(0, n) : w.substr(w.size() - n));
}

}  // namespace

std::uint64_t BiasFeature() { return FeatureId(kBias, 0); }

struct FeatureExtractor::Words {
  std::vector<std::u32string> norm, stripped;
  std::vector<std::uint64_t> h_raw, h_norm, h_stripped;
  std::vector<char> shape;
  std::vector<const ClusterIds*> cluster;
  std::vector<std::uint8_t> gazetteer;
  std::vector<const LexiconProfile*> lexicon;
  TextTags::Tags text;  // empty without kFeatPos

  std::uint64_t Norm(std::ptrdiff_t i) const { return At(h_norm, i); }
  std::uint64_t Stripped(std::ptrdiff_t i) const { return At(h_stripped, i); }
  std::uint64_t At(const std::vector<std::uint64_t>& v, std::ptrdiff_t i) const {
    if (i < 0) return kBos;
    if (i >= static_cast<std::ptrdiff_t>(v.size())) return kEos;
    return v[i];
  }
};

FeatureExtractor::FeatureExtractor(std::uint32_t feature_set, const WordClusters* clusters,
                                   const Gazetteer* gazetteer, const EntityLexicon* lexicon,
                                   const TextTags* text_tags)
    : feature_set_(feature_set), clusters_(clusters), gazetteer_(gazetteer), lexicon_(lexicon), text_tags_(text_tags) {
  if (text_tags_ == nullptr) feature_set_ &= ~kFeatPos;
  if (lexicon_ == nullptr) feature_set_ &= ~kFeatLexicon;
  if (clusters_ == nullptr) feature_set_ &= ~kFeatClusters;
  if (gazetteer_ == nullptr) feature_set_ &= ~kFeatGazetteer;
}

void FeatureExtractor::Extract(const std::vector<std::u32string>& tokens, FeatureMatrix* out,
                               const TextTags::Tags* text) const {
  out->Clear();
  Words w;
  const std::size_t n = tokens.size();
  for (const auto& t : tokens) {
    w.norm.push_back(NormalizeWord(t));
    w.stripped.push_back(StripProclitics(w.norm.back()));
    w.h_raw.push_back(HashWord(t));
    w.h_norm.push_back(HashWord(w.norm.back()));
    w.h_stripped.push_back(HashWord(w.stripped.back()));
    w.shape.push_back(WordShape(w.norm.back()));
    const ClusterIds* c = nullptr;
    if (feature_set_ & kFeatClusters) {
      c = clusters_->FindHash(w.h_norm.back());
      if (c == nullptr) c = clusters_->FindHash(w.h_stripped.back());
    }
    w.cluster.push_back(c);
    const LexiconProfile* p = nullptr;
    if (feature_set_ & kFeatLexicon) {
      p = lexicon_->FindHash(w.h_norm.back());
      if (p == nullptr) p = lexicon_->FindHash(w.h_stripped.back());
    }
    w.lexicon.push_back(p);
  }
  if (feature_set_ & kFeatGazetteer) {
    w.gazetteer = gazetteer_->MatchHashes(w.h_norm, w.h_stripped);
  } else {
    w.gazetteer.assign(n, 0);
  }
  if (feature_set_ & kFeatPos) w.text = text != nullptr ? *text : text_tags_->Tag(tokens);
  out->ids.reserve(n * 40);
  for (std::size_t i = 0; i < n; ++i) {
    TokenFeatures(w, i, &out->ids);
    out->offsets.push_back(static_cast<std::uint32_t>(out->ids.size()));
  }
}

namespace {
// The class a lexicon profile leans to most, with its bucket: (class << 4 | bucket), or a
// marker for a word that has no profile.
std::uint64_t LeaningOf(const LexiconProfile* p) {
  if (p == nullptr) return 0xFF;
  int best = 0;
  for (int c = 1; c < kLexiconClasses; ++c) {
    if (p->share[c] > p->share[best]) best = c;
  }
  return p->share[best] == 0 ? 0xFE : static_cast<std::uint64_t>(best << 4 | p->share[best]);
}
}  // namespace

void FeatureExtractor::LexiconFeatures(const Words& w, std::size_t pos, std::vector<std::uint64_t>* ids) const {
  const LexiconProfile* p = w.lexicon[pos];
  auto add = [ids](std::uint32_t t, std::uint64_t a, std::uint64_t b = 0) { ids->push_back(FeatureId(t, a, b)); };
  if (p != nullptr) {
    for (int c = 0; c < kLexiconClasses; ++c) add(kLexShare, static_cast<std::uint64_t>(c << 4 | p->share[c]), p->frequency);
  }
  add(kLexBest, LeaningOf(p));
  add(kLexBestM1, pos > 0 ? LeaningOf(w.lexicon[pos - 1]) : 0xFD);
  add(kLexBestP1, pos + 1 < w.lexicon.size() ? LeaningOf(w.lexicon[pos + 1]) : 0xFD);
  add(kLexBestWordM1, w.Norm(static_cast<std::ptrdiff_t>(pos) - 1), LeaningOf(p));
}

void FeatureExtractor::TextFeatures(const Words& w, std::size_t pos, std::vector<std::uint64_t>* ids) const {
  const auto i = static_cast<std::ptrdiff_t>(pos);
  const auto stem = [&w](std::ptrdiff_t k) -> std::uint64_t {
    return k < 0 || k >= static_cast<std::ptrdiff_t>(w.text.stem.size()) ? 7 : w.text.stem[k];
  };
  auto add = [ids](std::uint32_t t, std::uint64_t a, std::uint64_t b = 0) { ids->push_back(FeatureId(t, a, b)); };
  add(kPosStem, stem(i));
  add(kPosStemM1, stem(i - 1));
  add(kPosStemP1, stem(i + 1));
  add(kPosSegments, w.text.segments[pos]);
  add(kPosStemWordM1, w.Norm(i - 1), stem(i));
  add(kPosStemTrigram, stem(i - 1) * 31 + stem(i), stem(i + 1));
}

void FeatureExtractor::TokenFeatures(const Words& w, std::size_t pos, std::vector<std::uint64_t>* ids) const {
  const auto i = static_cast<std::ptrdiff_t>(pos);
  const std::u32string& norm = w.norm[pos];
  const std::u32string& stripped = w.stripped[pos];
  auto add = [ids](std::uint32_t t, std::uint64_t a, std::uint64_t b = 0) { ids->push_back(FeatureId(t, a, b)); };

  add(kBias, 0);
  add(kRawWord, w.h_raw[pos]);
  add(kWord, w.h_norm[pos]);
  add(kStripped, w.h_stripped[pos]);
  for (std::size_t k = 1; k <= 3; ++k) {
    if (norm.size() > k) {
      add(kPrefix1 + static_cast<std::uint32_t>(k - 1), Affix(norm, k, true));
      add(kSuffix1 + static_cast<std::uint32_t>(k - 1), Affix(norm, k, false));
    }
  }
  if (stripped.size() > 2) {
    add(kStrippedPrefix2, Affix(stripped, 2, true));
    add(kStrippedSuffix2, Affix(stripped, 2, false));
  }
  if (stripped.size() > 3) {
    add(kStrippedPrefix3, Affix(stripped, 3, true));
    add(kStrippedSuffix3, Affix(stripped, 3, false));
  }
  if (stripped.size() > 4) add(kStrippedSuffix4, Affix(stripped, 4, false));
  add(kShape, static_cast<std::uint64_t>(w.shape[pos]));
  add(kLength, std::min<std::size_t>(norm.size(), 10));
  add(kHasArticle, stripped.size() < norm.size() ? 1 : 0, norm.size() - stripped.size());
  add(kWordM1, w.Norm(i - 1));
  add(kWordP1, w.Norm(i + 1));
  add(kWordM2, w.Norm(i - 2));
  add(kWordP2, w.Norm(i + 2));
  add(kStrippedM1, w.Stripped(i - 1));
  add(kStrippedP1, w.Stripped(i + 1));
  add(kBigramM1, w.Norm(i - 1), w.Norm(i));
  add(kBigramP1, w.Norm(i), w.Norm(i + 1));
  const auto shape_at = [&w](std::ptrdiff_t k) -> std::uint64_t {
    return k < 0 || k >= static_cast<std::ptrdiff_t>(w.shape.size()) ? 'S' : w.shape[k];
  };
  add(kShapeWindow, shape_at(i - 1) << 16 | shape_at(i) << 8 | shape_at(i + 1));

  if (feature_set_ & kFeatClusters) {
    const auto fine = [&w](std::ptrdiff_t k) -> std::uint64_t {
      if (k < 0 || k >= static_cast<std::ptrdiff_t>(w.cluster.size())) return 0xFFFF0;
      return w.cluster[k] ? w.cluster[k]->fine : 0xFFFF1;
    };
    const auto coarse = [&w](std::ptrdiff_t k) -> std::uint64_t {
      if (k < 0 || k >= static_cast<std::ptrdiff_t>(w.cluster.size())) return 0xFFFF0;
      return w.cluster[k] ? w.cluster[k]->coarse : 0xFFFF1;
    };
    const auto mid = [&w](std::ptrdiff_t k) -> std::uint64_t {
      if (k < 0 || k >= static_cast<std::ptrdiff_t>(w.cluster.size())) return 0xFFFF0;
      return w.cluster[k] ? w.cluster[k]->mid : 0xFFFF1;
    };
    add(kClusterMid, mid(i));
    add(kClusterMidM1, mid(i - 1));
    add(kClusterMidP1, mid(i + 1));
    add(kClusterCoarse, coarse(i));
    add(kClusterFine, fine(i));
    add(kClusterFineM1, fine(i - 1));
    add(kClusterFineP1, fine(i + 1));
    add(kClusterCoarseBigram, coarse(i - 1), coarse(i));
    add(kClusterFineM2, fine(i - 2));
    add(kClusterFineP2, fine(i + 2));
    add(kClusterCoarseM1, coarse(i - 1));
    add(kClusterCoarseP1, coarse(i + 1));
    add(kClusterWordM1, w.Norm(i - 1), fine(i));
    add(kClusterWordP1, fine(i), w.Norm(i + 1));
    if (const ClusterIds* c = clusters_->FindHash(w.h_stripped[pos]); c != nullptr) add(kClusterStripped, c->fine);
  }
  if (feature_set_ & kFeatLexicon) LexiconFeatures(w, pos, ids);
  if (feature_set_ & kFeatPos) TextFeatures(w, pos, ids);
  if (feature_set_ & kFeatGazetteer) {
    const std::uint8_t g = w.gazetteer[pos];
    for (unsigned b = 0; b < 2 * kGazetteerClasses; ++b) {
      if (g & (1u << b)) add(kGazetteerHere, b);
    }
    add(kGazetteerM1, i > 0 ? w.gazetteer[pos - 1] : 0xFF);
    add(kGazetteerP1, pos + 1 < w.gazetteer.size() ? w.gazetteer[pos + 1] : 0xFF);
  }
}

}  // namespace marsad::ner
