// Event coding speed, one thread: EventCoder::Code on prepared sentences (sentence splitting
// and actor resolution, done by other stages, are not timed). Sentences are the dev event
// records and event-detection sentences of ../shared/data/events, read in place; actors come
// from the real dictionary through actors::ResolveActors, as in the pipeline.
//   build/events_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "marsad/actors/actors.h"
#include "marsad/events/events.h"
#include "marsad/text/text.h"

namespace {

struct Prepared {
  std::u32string body;
  std::vector<marsad::Sentence> sentences;
  std::vector<marsad::Entity> entities;
};

std::vector<Prepared> LoadSentences(const marsad::actors::ActorDictionary* dict) {
  std::vector<Prepared> out;
  for (const char* file : {"arabic-gsr-dev.jsonl", "is-event-dev.jsonl"}) {
    std::ifstream in(std::string(MARSAD_SHARED_DIR) + "/data/events/" + file);
    for (std::string line; std::getline(in, line);) {
      const auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("text")) continue;
      Prepared p;
      p.body = marsad::ToU32(j["text"].get<std::string>());
      p.sentences = marsad::text::SplitSentences(p.body);
      // Actors are resolved before coding, as in the pipeline; that stage is not timed here.
      if (dict != nullptr) marsad::actors::ResolveActors(*dict, p.body, std::nullopt, p.entities);
      out.push_back(std::move(p));
    }
  }
  return out;
}

void BM_CodeSentences(benchmark::State& state) {
  static auto dict = marsad::actors::ActorDictionary::LoadDefault();
  static auto coder = marsad::events::EventCoder::LoadDefault(dict.ok() ? &dict.value() : nullptr);
  static const auto data = LoadSentences(dict.ok() ? &dict.value() : nullptr);
  if (!coder.ok() || data.empty()) {
    state.SkipWithError("event coder or ../shared/data/events not available");
    return;
  }
  std::size_t sentences = 0, events = 0;
  for (auto _ : state) {
    for (const auto& p : data) {
      auto ev = coder->Code({p.body, &p.sentences, &p.entities, std::nullopt, std::nullopt, std::nullopt});
      events += ev.size();
      sentences += p.sentences.size();
      benchmark::DoNotOptimize(ev);
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["events/sentence"] = static_cast<double>(events) / static_cast<double>(sentences);
}
BENCHMARK(BM_CodeSentences)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
