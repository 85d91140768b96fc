// TrainPosTagger: averaged perceptron, greedy left-to-right decoding with the gold history
// replaced by the model's own predictions (as at tagging time).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "marsad/text/internal/averaged_perceptron.h"
#include "marsad/text/internal/pos_model.h"
#include "marsad/text/internal/training.h"

namespace marsad::text {
namespace {

struct Sentence {
  std::vector<std::u32string> tokens;
  std::vector<std::string> tags;
};

Result<std::vector<Sentence>> ReadConll(const std::vector<std::string>& files) {
  std::vector<Sentence> out(1);
  for (const auto& file : files) {
    std::ifstream in(file);
    if (!in) return Status::Error(file + ": cannot open");
    std::string line;
    while (std::getline(in, line)) {
      std::istringstream f(line);
      std::string token, tag;
      if (!(f >> token)) {
        if (!out.back().tokens.empty()) out.emplace_back();
        continue;
      }
      if (!(f >> tag)) return Status::Error(file + ": a line without a tag: " + line);
      out.back().tokens.push_back(ToU32(token));
      out.back().tags.push_back(tag);
    }
    if (!out.back().tokens.empty()) out.emplace_back();
  }
  out.pop_back();
  return out;
}

}  // namespace

Result<std::string> TrainPosTagger(const TrainOptions& o) {
  auto lex = Lexicon::Load(o.lexicon_path);
  if (!lex.ok()) return lex.status();
  auto sentences = ReadConll(o.train_files);
  if (!sentences.ok()) return sentences.status();
  std::set<std::string> tagset;
  for (const auto& s : sentences.value()) tagset.insert(s.tags.begin(), s.tags.end());
  const std::vector<std::string> tags(tagset.begin(), tagset.end());
  std::map<std::string, int> tag_id;
  for (std::size_t t = 0; t < tags.size(); ++t) tag_id[tags[t]] = static_cast<int>(t);

  std::optional<WordClusters> clusters;
  if (!o.clusters_path.empty()) {
    auto c = WordClusters::Load(o.clusters_path);
    if (!c.ok()) return c.status();
    clusters.emplace(std::move(c).value());
  }
  const PosFeatures features(&lex.value(), clusters ? &*clusters : nullptr);
  // Static features once per token.
  struct Prepared {
    PosSentence sentence;
    std::vector<std::vector<std::uint64_t>> feats;
    std::vector<int> gold;
  };
  std::vector<Prepared> data;
  std::size_t tokens = 0;
  for (const auto& s : sentences.value()) {
    Prepared p;
    p.sentence = features.Prepare(s.tokens);
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      p.feats.emplace_back();
      features.Static(p.sentence, i, p.feats.back());
      p.gold.push_back(tag_id[s.tags[i]]);
    }
    tokens += s.tokens.size();
    data.push_back(std::move(p));
  }

  AveragedWeights weights(tags.size());
  std::vector<std::size_t> order(data.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::size_t errors = 0;
  std::vector<double> scores(tags.size());
  std::vector<std::uint64_t> feats;
  for (int epoch = 0; epoch < o.epochs; ++epoch) {
    DeterministicShuffle(order, static_cast<std::uint64_t>(epoch) + 101);
    errors = 0;
    for (std::size_t idx : order) {
      const Prepared& p = data[idx];
      int prev = -1, prev2 = -1;
      for (std::size_t i = 0; i < p.gold.size(); ++i) {
        feats = p.feats[i];
        PosFeatures::History(p.sentence, i, prev, prev2, feats);
        weights.Tick();
        std::fill(scores.begin(), scores.end(), 0.0);
        for (std::uint64_t f : feats) weights.AddTo(f, scores);
        int best = 0;
        for (std::size_t t = 1; t < tags.size(); ++t) {
          if (scores[t] > scores[static_cast<std::size_t>(best)]) best = static_cast<int>(t);
        }
        if (best != p.gold[i]) {
          ++errors;
          for (std::uint64_t f : feats) {
            weights.Update(f, static_cast<std::size_t>(p.gold[i]), +1);
            weights.Update(f, static_cast<std::size_t>(best), -1);
          }
        }
        prev2 = prev;
        prev = best;
      }
    }
  }
  const auto rows = weights.Averaged();
  std::ofstream out(o.out_path);
  if (!out) return Status::Error(o.out_path + ": cannot write");
  out << PosModel::kHeader << '\n'
      << "lexicon " << std::filesystem::path(o.lexicon_path).filename().string() << '\n';
  if (clusters)
    out << "clusters " << std::filesystem::path(o.clusters_path).filename().string() << '\n';
  out << "tags " << tags.size();
  for (const auto& t : tags) out << ' ' << t;
  out << "\nfeatures " << rows.size() << '\n';
  char buf[64];
  for (const auto& [key, w] : rows) {
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(key));
    out << buf;
    for (std::size_t t = 0; t < w.size(); ++t) {
      if (w[t] > 1e-4f || w[t] < -1e-4f) {
        std::snprintf(buf, sizeof buf, " %zu:%.5g", t, static_cast<double>(w[t]));
        out << buf;
      }
    }
    out << '\n';
  }
  if (!out) return Status::Error(o.out_path + ": write failed");
  return "pos: " + std::to_string(data.size()) + " sentences, " + std::to_string(tokens) +
         " tokens, " + std::to_string(tags.size()) + " tags, " + std::to_string(rows.size()) +
         " features, " + std::to_string(errors) + " training errors in the last epoch";
}

}  // namespace marsad::text
