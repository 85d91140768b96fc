// NER speed: model load time, resident memory, and tagging throughput on one thread over the
// ANERcorp dev tokens (read in place from ../shared), in the two ways marsad tags: whole
// documents (tag-conll, annotate) and single sentences (NerTagger::Tag).
//
//   build/bench/ner_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "marsad/ner/ner.h"

namespace {

using Document = std::vector<std::vector<std::string>>;

Document DevSentences() {
  Document doc(1);
  std::ifstream in(std::string(MARSAD_SHARED_DIR) + "/data/ner/anercorp/dev.conll");
  std::string line, token;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    if (fields >> token) {
      doc.back().push_back(token);
    } else if (!doc.back().empty()) {
      doc.emplace_back();
    }
  }
  if (doc.back().empty()) doc.pop_back();
  return doc;
}

std::size_t Tokens(const Document& doc) {
  std::size_t n = 0;
  for (const auto& s : doc) n += s.size();
  return n;
}

long RssKb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

const marsad::ner::NerTagger& Tagger() {
  static const marsad::ner::NerTagger* tagger = [] {
    const long before = RssKb();
    const auto t0 = std::chrono::steady_clock::now();
    auto t = marsad::ner::NerTagger::LoadDefault();
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (!t.ok()) {
      std::fprintf(stderr, "ner_bench: %s\n", t.error().c_str());
      std::exit(2);
    }
    std::fprintf(stderr, "model load: %.1f ms, RSS %ld kB before, %ld kB after loading\n", ms, before, RssKb());
    return new marsad::ner::NerTagger(std::move(t).value());
  }();
  return *tagger;
}

void BM_LoadModel(benchmark::State& state) {
  for (auto _ : state) {
    auto t = marsad::ner::NerTagger::LoadDefault();
    benchmark::DoNotOptimize(t);
  }
  state.counters["rss_kB"] = static_cast<double>(RssKb());
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond);

void BM_TagDocument(benchmark::State& state) {
  const auto& tagger = Tagger();
  const Document doc = DevSentences();
  for (auto _ : state) benchmark::DoNotOptimize(tagger.TagDocument(doc));
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(Tokens(doc) * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["rss_kB"] = static_cast<double>(RssKb());
}
BENCHMARK(BM_TagDocument)->Unit(benchmark::kMillisecond);

void BM_TagSentences(benchmark::State& state) {
  const auto& tagger = Tagger();
  const Document doc = DevSentences();
  for (auto _ : state) {
    for (const auto& s : doc) benchmark::DoNotOptimize(tagger.Tag(s));
  }
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(Tokens(doc) * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagSentences)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
