// TrainSegmenter: averaged perceptron ranking the clitic candidates of each gold word.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "marsad/text/internal/arabic_chars.h"
#include "marsad/text/internal/averaged_perceptron.h"
#include "marsad/text/internal/segmenter_model.h"
#include "marsad/text/internal/training.h"

namespace marsad::text {
namespace {

struct Example {
  std::vector<std::vector<std::uint64_t>> features;  // per candidate
  std::size_t gold = 0;
};

std::vector<std::u32string> SplitPlus(std::u32string_view w) {
  std::vector<std::u32string> out(1);
  for (char32_t c : w) {
    if (c == U'+') {
      out.emplace_back();
    } else {
      out.back().push_back(c);
    }
  }
  return out;
}

bool ArabicOnly(std::u32string_view w) {
  for (char32_t c : w) {
    if (!chars::IsArabicWordChar(c) || chars::IsTatweel(c)) return false;
  }
  return true;
}

}  // namespace

Result<std::string> TrainSegmenter(const TrainOptions& o) {
  auto lex = Lexicon::Load(o.lexicon_path);
  if (!lex.ok()) return lex.status();
  const CliticAnalysis analysis(&lex.value());
  std::vector<Example> examples;
  std::size_t words = 0, unreachable = 0;
  std::vector<CliticCandidate> candidates;
  for (const std::string& file : o.train_files) {
    std::ifstream in(file);
    if (!in) return Status::Error(file + ": cannot open");
    std::string line;
    while (std::getline(in, line)) {
      std::istringstream ws(line);
      std::string token;
      while (ws >> token) {
        const std::u32string gold_word = ToU32(token);
        std::vector<std::u32string> gold = SplitPlus(gold_word);
        std::u32string surface;
        for (const auto& s : gold) surface += s;
        if (!ArabicOnly(surface)) continue;  // numbers, Latin, tatweel: rules, not the model
        const NormalizedText n = CliticAnalysis::WordNormalizer().Normalize(surface);
        if (n.text.size() < 2) continue;
        ++words;
        CliticAnalysis::Candidates(n.text, candidates);
        Example ex;
        ex.gold = candidates.size();
        long evidence = 0;
        for (const CliticCandidate& c : candidates)
          evidence = std::max(evidence, analysis.StemEvidence(n.text, c));
        for (std::size_t k = 0; k < candidates.size(); ++k) {
          if (ex.gold == candidates.size() &&
              CliticAnalysis::Apply(surface, n, candidates[k]) == gold)
            ex.gold = k;
          ex.features.emplace_back();
          analysis.Features(n.text, candidates[k], evidence, ex.features.back());
        }
        if (ex.gold == candidates.size()) {
          ++unreachable;
          continue;
        }
        examples.push_back(std::move(ex));
      }
    }
  }
  AveragedWeights weights(1);
  std::vector<std::size_t> order(examples.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::size_t last_errors = 0;
  for (int epoch = 0; epoch < o.epochs; ++epoch) {
    DeterministicShuffle(order, static_cast<std::uint64_t>(epoch) + 1);
    last_errors = 0;
    for (std::size_t idx : order) {
      const Example& ex = examples[idx];
      weights.Tick();
      std::size_t best = 0;
      double best_score = 0;
      for (std::size_t k = 0; k < ex.features.size(); ++k) {
        double s = 0;
        for (std::uint64_t f : ex.features[k]) s += weights.Get(f, 0);
        if (k == 0 || s > best_score) best = k, best_score = s;
      }
      if (best == ex.gold) continue;
      ++last_errors;
      for (std::uint64_t f : ex.features[ex.gold]) weights.Update(f, 0, +1);
      for (std::uint64_t f : ex.features[best]) weights.Update(f, 0, -1);
    }
  }
  const auto rows = weights.Averaged();
  std::ofstream out(o.out_path);
  if (!out) return Status::Error(o.out_path + ": cannot write");
  out << SegmenterModel::kHeader << '\n'
      << "lexicon " << std::filesystem::path(o.lexicon_path).filename().string() << '\n'
      << "features " << rows.size() << '\n';
  char buf[64];
  for (const auto& [key, w] : rows) {
    std::snprintf(buf, sizeof buf, "%016llx %.6g\n", static_cast<unsigned long long>(key),
                  static_cast<double>(w[0]));
    out << buf;
  }
  if (!out) return Status::Error(o.out_path + ": write failed");
  return "segmenter: " + std::to_string(words) + " Arabic words, " + std::to_string(unreachable) +
         " with a segmentation outside the candidates, " + std::to_string(rows.size()) +
         " features, " + std::to_string(last_errors) + " training errors in the last epoch";
}

}  // namespace marsad::text
