// Actor look-up speed: FindMentions per sentence (as the event coder calls it) and
// ResolveActors per article, on the news sample in ../shared (read in place), plus load time.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "marsad/actors/actors.h"
#include "marsad/text/text.h"

namespace {

using marsad::actors::ActorDictionary;

struct Corpus {
  std::vector<std::u32string> bodies;
  std::vector<std::vector<marsad::Sentence>> sentences;
  std::size_t sentence_count = 0;
};

const Corpus& Sample() {
  static const Corpus corpus = [] {
    Corpus c;
    std::ifstream in(std::string(MARSAD_SHARED_DIR) + "/data/corpus/saudinewsnet/sample-200.jsonl");
    for (std::string line; std::getline(in, line);) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("content")) continue;
      c.bodies.push_back(marsad::ToU32(j["content"].get<std::string>()));
      c.sentences.push_back(marsad::text::SplitSentences(c.bodies.back()));
      c.sentence_count += c.sentences.back().size();
    }
    return c;
  }();
  return corpus;
}

const ActorDictionary& Dictionary() {
  static const ActorDictionary* d = [] {
    const auto start = std::chrono::steady_clock::now();
    auto r = ActorDictionary::LoadDefault();
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.error().c_str());
      std::exit(1);
    }
    std::fprintf(stderr, "actor dictionary: %zu forms loaded in %.1f ms\n", r->size(), ms);
    return new ActorDictionary(std::move(r).value());
  }();
  return *d;
}

void BM_FindMentionsPerSentence(benchmark::State& state) {
  const auto& corpus = Sample();
  const auto& dictionary = Dictionary();
  const std::optional<std::string> date = "2015-07-21";
  std::size_t mentions = 0, chars = 0;
  for (auto _ : state) {
    for (std::size_t a = 0; a < corpus.bodies.size(); ++a) {
      for (const auto& s : corpus.sentences[a]) {
        mentions += dictionary.FindMentions(corpus.bodies[a], s.span, date).size();
        chars += s.span.size();
      }
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(corpus.sentence_count * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["chars/s"] = benchmark::Counter(static_cast<double>(chars), benchmark::Counter::kIsRate);
  state.counters["mentions/sentence"] =
      static_cast<double>(mentions) / static_cast<double>(corpus.sentence_count * state.iterations());
}
BENCHMARK(BM_FindMentionsPerSentence)->Unit(benchmark::kMillisecond);

void BM_ResolveActorsPerArticle(benchmark::State& state) {
  const auto& corpus = Sample();
  const auto& dictionary = Dictionary();
  const std::optional<std::string> date = "2015-07-21";
  for (auto _ : state) {
    for (const auto& body : corpus.bodies) {
      std::vector<marsad::Entity> entities;
      marsad::actors::ResolveActors(dictionary, body, date, entities);
      benchmark::DoNotOptimize(entities);
    }
  }
  state.counters["articles/s"] = benchmark::Counter(
      static_cast<double>(corpus.bodies.size() * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ResolveActorsPerArticle)->Unit(benchmark::kMillisecond);

void BM_LoadDictionary(benchmark::State& state) {
  for (auto _ : state) {
    auto r = ActorDictionary::LoadDefault();
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_LoadDictionary)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
