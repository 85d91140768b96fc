// Text layer throughput, one thread, over real news text: the 200 articles of
// ../shared/data/corpus/saudinewsnet/sample-200.jsonl (read in place, never copied).
//   build/bench/text_bench                       all benchmarks
//   MARSAD_BENCH_CORPUS=FILE build/bench/text_bench   another JSONL file with "content"
// Figures in bench/RESULTS.md.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "marsad/core/core.h"
#include "marsad/text/text.h"

namespace {

using marsad::text::TokenKind;

const std::vector<std::string>& Bodies() {
  static const std::vector<std::string> bodies = [] {
    const char* env = std::getenv("MARSAD_BENCH_CORPUS");
    const std::string path =
        env ? env : std::string(MARSAD_SHARED_DIR) + "/data/corpus/saudinewsnet/sample-200.jsonl";
    std::ifstream in(path);
    std::vector<std::string> out;
    std::string line;
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object() && j.contains("content") && j["content"].is_string())
        out.push_back(j["content"].get<std::string>());
    }
    if (out.empty()) std::cerr << "text_bench: no articles in " << path << '\n';
    return out;
  }();
  return bodies;
}

std::size_t TotalBytes() {
  std::size_t n = 0;
  for (const auto& b : Bodies()) n += b.size();
  return n;
}

// UTF-8 body → code points → normalised text with offsets, sentences, tokens (what the
// pipeline does per article before NER).
void BM_NormalizeSplitTokenize(benchmark::State& state) {
  std::size_t tokens = 0;
  for (auto _ : state) {
    for (const std::string& body : Bodies()) {
      const std::u32string u = marsad::ToU32(body);
      auto normalized = marsad::text::Normalize(u);
      auto sentences = marsad::text::SplitSentences(u);
      auto toks = marsad::text::Tokenize(u);
      tokens += toks.size();
      benchmark::DoNotOptimize(normalized.text.data());
      benchmark::DoNotOptimize(sentences.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_NormalizeSplitTokenize)->Unit(benchmark::kMillisecond);

void BM_NormalizeOnly(benchmark::State& state) {
  std::vector<std::u32string> bodies;
  std::size_t bytes = 0;
  for (const auto& b : Bodies()) bodies.push_back(marsad::ToU32(b)), bytes += b.size();
  for (auto _ : state) {
    for (const auto& u : bodies) benchmark::DoNotOptimize(marsad::text::Normalize(u).text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_NormalizeOnly)->Unit(benchmark::kMillisecond);

void BM_DecodeOnly(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& body : Bodies()) benchmark::DoNotOptimize(marsad::ToU32(body).data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_DecodeOnly)->Unit(benchmark::kMillisecond);

void BM_SplitOnly(benchmark::State& state) {
  std::vector<std::u32string> bodies;
  for (const auto& b : Bodies()) bodies.push_back(marsad::ToU32(b));
  for (auto _ : state) {
    for (const auto& u : bodies) benchmark::DoNotOptimize(marsad::text::SplitSentences(u).data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_SplitOnly)->Unit(benchmark::kMillisecond);

void BM_TokenizeOnly(benchmark::State& state) {
  std::vector<std::u32string> bodies;
  for (const auto& b : Bodies()) bodies.push_back(marsad::ToU32(b));
  for (auto _ : state) {
    for (const auto& u : bodies) benchmark::DoNotOptimize(marsad::text::Tokenize(u).data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_TokenizeOnly)->Unit(benchmark::kMillisecond);

// Sentences of word tokens, as the NER/event stages see them.
struct Prepared {
  std::vector<std::vector<std::u32string>> sentences;
  std::size_t words = 0;
};

const Prepared& Words() {
  static const Prepared p = [] {
    Prepared out;
    for (const std::string& body : Bodies()) {
      const std::u32string u = marsad::ToU32(body);
      for (const auto& s : marsad::text::SplitSentences(u)) {
        std::vector<std::u32string> words;
        for (const auto& t : marsad::text::Tokenize(u, s.span))
          words.emplace_back(u.substr(t.span.start, t.span.size()));
        out.words += words.size();
        out.sentences.push_back(std::move(words));
      }
    }
    return out;
  }();
  return p;
}

void BM_SegmentAndTag(benchmark::State& state) {
  auto segmenter = marsad::text::Segmenter::LoadDefault();
  auto tagger = marsad::text::PosTagger::LoadDefault();
  if (!segmenter.ok() || !tagger.ok()) {
    state.SkipWithError("models missing");
    return;
  }
  const Prepared& p = Words();
  std::vector<std::u32string> segments;
  for (auto _ : state) {
    for (const auto& sentence : p.sentences) {
      segments.clear();
      for (const auto& w : sentence) {
        for (auto& s : segmenter->Segment(w)) segments.push_back(std::move(s));
      }
      benchmark::DoNotOptimize(tagger->Tag(segments).data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * p.words));
}
BENCHMARK(BM_SegmentAndTag)->Unit(benchmark::kMillisecond);

void BM_SegmentOnly(benchmark::State& state) {
  auto segmenter = marsad::text::Segmenter::LoadDefault();
  if (!segmenter.ok()) {
    state.SkipWithError("model missing");
    return;
  }
  const Prepared& p = Words();
  for (auto _ : state) {
    for (const auto& sentence : p.sentences) {
      for (const auto& w : sentence) benchmark::DoNotOptimize(segmenter->Segment(w).data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * p.words));
}
BENCHMARK(BM_SegmentOnly)->Unit(benchmark::kMillisecond);

void BM_NormalizeKeyUtf8(benchmark::State& state) {
  const Prepared& p = Words();
  std::vector<std::string> keys;
  for (const auto& s : p.sentences) {
    for (const auto& w : s) keys.push_back(marsad::ToUtf8(w));
  }
  for (auto _ : state) {
    for (const auto& k : keys)
      benchmark::DoNotOptimize(marsad::text::NormalizeKey(std::string_view(k)).data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * keys.size()));
}
BENCHMARK(BM_NormalizeKeyUtf8)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
