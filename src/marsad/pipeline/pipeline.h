// marsad/pipeline: composes the stages and runs them over a stream of pages on many threads.
//
// Resources load once and are shared read-only by all workers. Run() reads pages in input
// order, processes them in parallel in bounded batches, and hands articles to the sink in
// input order whatever the thread count; memory is bounded by the batch, not the input.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "marsad/core/core.h"
#include "marsad/ingest/ingest.h"

namespace marsad::extract {
class DuplicateFinder;
}

namespace marsad::pipeline {

enum class Depth {
  kExtract,   // title, body, metadata
  kAnnotate,  // + sentences, entities with actors
  kCode,      // + events
};

struct Options {
  Depth depth = Depth::kExtract;
  unsigned threads = 0;     // 0: all cores
  bool detect_duplicates = true;
  bool facts_only = false;  // drop negated/denied/hypothetical events
  // Pages for which this returns false are dropped before any work and counted in
  // RunSummary::filtered (the store uses it to skip pages it already holds). Called from the
  // thread that calls Run(), in input order.
  std::function<bool(const ingest::Page&)> page_filter;
  // Run() looks for near-duplicates with this finder instead of a fresh one when set, so a
  // caller can seed it with articles seen before (the store's). Not owned; used by Run() only.
  extract::DuplicateFinder* duplicates = nullptr;
  // Near-duplicates keep their body and duplicate_of but are not annotated or coded: their
  // events are already in the original's.
  bool skip_duplicate_analysis = false;
};

struct RunSummary {
  std::size_t pages = 0;       // pages read
  std::size_t ok = 0;          // articles without error
  std::size_t failed = 0;      // articles with error set
  std::size_t skipped = 0;     // records skipped by the readers (not pages)
  std::size_t duplicates = 0;  // articles with duplicate_of set
  std::size_t events = 0;
  std::size_t filtered = 0;    // pages dropped by Options::page_filter
  double seconds = 0;
};

// Called after each batch with the running totals (for progress lines/bars).
using ProgressFn = std::function<void(const RunSummary&)>;
using ArticleSink = std::function<void(Article&&)>;

class Pipeline {
 public:
  // Loads what the depth needs from data/. An error names the missing or bad resource.
  static Result<Pipeline> Create(const Options& options);
  Pipeline(Pipeline&&) noexcept;
  Pipeline& operator=(Pipeline&&) noexcept;
  ~Pipeline();

  // One page through every stage up to the depth (no duplicate detection). Thread-safe.
  Article Process(const ingest::Page& page) const;
  // Annotates / codes an article whose body is already set (sentences, entities, events).
  void Analyze(Article& article) const;

  RunSummary Run(ingest::PageReader& reader, const ArticleSink& sink,
                 const ProgressFn& progress = nullptr) const;

  const Options& options() const;

 private:
  Pipeline();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad::pipeline
