#include "marsad/text/internal/segmenter_model.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace marsad::text {

Status SegmenterModel::Load(const std::string& path, const Lexicon* shared,
                            std::string_view shared_name) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open segmenter model");
  std::string line, word, lexicon_name;
  if (!std::getline(in, line) || line != kHeader) {
    return Status::Error(path + ": not a segmenter model (expected header '" +
                         std::string(kHeader) + "')");
  }
  std::size_t n = 0;
  if (!(in >> word >> lexicon_name) || word != "lexicon" || !(in >> word >> n) ||
      word != "features") {
    return Status::Error(path + ": malformed header lines");
  }
  const auto dir = std::filesystem::path(path).parent_path();
  if (shared != nullptr && lexicon_name == shared_name) {
    lexicon_in_use_ = shared;
  } else {
    auto lex = Lexicon::Load((dir / lexicon_name).string());
    if (!lex.ok()) return lex.status();
    lexicon_ = std::move(lex).value();
    lexicon_in_use_ = &lexicon_;
  }
  analysis_ = CliticAnalysis(lexicon_in_use_);
  std::vector<std::uint64_t> keys;
  keys.reserve(n);
  weights_.reserve(n);
  std::string hex;
  float w = 0;
  while (keys.size() < n && in >> hex >> w) {
    keys.push_back(std::stoull(hex, nullptr, 16));
    weights_.push_back(w);
  }
  if (keys.size() != n)
    return Status::Error(path + ": truncated (" + std::to_string(keys.size()) + " of " +
                         std::to_string(n) + " features)");
  if (!table_.Build(keys)) return Status::Error(path + ": too many features");
  return {};
}

CliticCandidate SegmenterModel::Best(std::u32string_view w,
                                     std::vector<CliticCandidate>& candidates,
                                     std::vector<std::uint64_t>& features) const {
  CliticAnalysis::Candidates(w, candidates);
  if (candidates.size() == 1) return candidates[0];
  long evidence = 0;
  for (const CliticCandidate& c : candidates)
    evidence = std::max(evidence, analysis_.StemEvidence(w, c));
  std::size_t best = 0;
  float best_score = 0;
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    features.clear();
    analysis_.Features(w, candidates[k], evidence, features);
    float score = 0;
    for (std::uint64_t f : features) {
      const std::int64_t row = table_.Find(f);
      if (row >= 0) score += weights_[static_cast<std::size_t>(row)];
    }
    if (k == 0 || score > best_score) {
      best = k;
      best_score = score;
    }
  }
  return candidates[best];
}

}  // namespace marsad::text
