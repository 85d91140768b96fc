#include "marsad/text/internal/pos_model.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace marsad::text {

Status PosModel::Load(const std::string& path, const Lexicon* shared, std::string_view shared_name) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open POS model");
  std::string line, word, lexicon_name;
  if (!std::getline(in, line) || line != kHeader) {
    return Status::Error(path + ": not a POS model (expected header '" + std::string(kHeader) +
                         "')");
  }
  std::size_t ntags = 0, n = 0;
  if (!(in >> word >> lexicon_name) || word != "lexicon" || !(in >> word)) {
    return Status::Error(path + ": malformed header lines");
  }
  const auto dir = std::filesystem::path(path).parent_path();
  if (word == "clusters") {
    std::string clusters_name;
    in >> clusters_name >> word;
    auto c = WordClusters::Load((dir / clusters_name).string());
    if (!c.ok()) return c.status();
    clusters_.emplace(std::move(c).value());
  }
  if (word != "tags" || !(in >> ntags) || ntags == 0 || ntags > 64)
    return Status::Error(path + ": malformed header lines");
  tags_.resize(ntags);
  for (auto& t : tags_) in >> t;
  if (!(in >> word >> n) || word != "features")
    return Status::Error(path + ": malformed header lines");
  const Lexicon* lexicon = shared;
  if (shared == nullptr || lexicon_name != shared_name) {
    auto lex = Lexicon::Load((dir / lexicon_name).string());
    if (!lex.ok()) return lex.status();
    lexicon_ = std::move(lex).value();
    lexicon = &lexicon_;
  }
  features_ = PosFeatures(lexicon, clusters_ ? &*clusters_ : nullptr);
  std::getline(in, line);
  std::vector<std::uint64_t> keys;
  keys.reserve(n);
  storage_.assign(n * ntags + 16, 0.0f);
  {
    const auto addr = reinterpret_cast<std::uintptr_t>(storage_.data());
    weights_ = storage_.data() + ((64 - addr % 64) % 64) / sizeof(float);
  }
  while (keys.size() < n && std::getline(in, line)) {
    const char* p = line.c_str();
    char* end = nullptr;
    keys.push_back(std::strtoull(p, &end, 16));
    p = end;
    const std::size_t row = keys.size() - 1;
    while (*p != '\0') {
      const unsigned long tag = std::strtoul(p, &end, 10);
      if (end == p || *end != ':' || tag >= ntags)
        return Status::Error(path + ": bad weight in row " + std::to_string(row));
      p = end + 1;
      weights_[row * ntags + tag] = std::strtof(p, &end);
      p = end;
    }
  }
  if (keys.size() != n) return Status::Error(path + ": truncated");
  if (!table_.Build(keys)) return Status::Error(path + ": too many features");
  return {};
}

std::vector<int> PosModel::Decode(const std::vector<std::u32string>& tokens) const {
  const PosSentence sentence = features_.Prepare(tokens);
  std::vector<int> out(tokens.size(), 0);
  std::vector<std::uint64_t> feats;
  std::vector<float> scores(tags_.size());
  std::vector<std::size_t> rows;
  int prev = -1, prev2 = -1;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    feats.clear();
    features_.Static(sentence, i, feats);
    PosFeatures::History(sentence, i, prev, prev2, feats);
    std::fill(scores.begin(), scores.end(), 0.0f);
    // Memory bound: issue every slot load, then every weight-row load, then add, so the
    // cache misses overlap instead of following one another.
    for (std::uint64_t f : feats) table_.Prefetch(f);
    rows.clear();
    for (std::uint64_t f : feats) {
      const std::int64_t row = table_.Find(f);
      if (row < 0) continue;
      rows.push_back(static_cast<std::size_t>(row) * tags_.size());
      __builtin_prefetch(weights_ + rows.back());
    }
    for (std::size_t r : rows) {
      const float* w = weights_ + r;
      for (std::size_t t = 0; t < tags_.size(); ++t) scores[t] += w[t];
    }
    int best = 0;
    for (std::size_t t = 1; t < scores.size(); ++t) {
      if (scores[t] > scores[static_cast<std::size_t>(best)]) best = static_cast<int>(t);
    }
    out[i] = best;
    prev2 = prev;
    prev = best;
  }
  return out;
}

}  // namespace marsad::text
