// marsad/pipeline: composes the stages and runs them over a stream of pages on many threads,
// and owns writing the result into a sink (the store, a JSONL stream).
//
// Resources load once and are shared read-only by all workers. Run() reads pages in input
// order, processes them in parallel in bounded batches, and hands articles to the sink in
// input order whatever the thread count; memory is bounded by the batch, not the input.
//
// Ingest() is the one call that the CLI (ingest, extract, annotate, code), a server or a
// binding makes to take pages from paths into a sink:
//
//   auto db = store::Store::Open("marsad.db");
//   pipeline::StoreSink sink(*db);
//   pipeline::IngestOptions options;            // depth kCode, idempotent: skip stored pages
//   options.pipeline.depth = pipeline::Depth::kCode;
//   options.skip_seen_ids = true;
//   auto summary = pipeline::Ingest({"pages/"}, options, sink);
//
// The sink is called, and never calls back into the pipeline.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "marsad/core/core.h"
#include "marsad/ingest/ingest.h"

namespace marsad::extract {
class DuplicateFinder;
}
namespace marsad::store {
class Store;
}

namespace marsad::pipeline {

enum class Depth {
  kExtract,   // title, body, metadata
  kAnnotate,  // + sentences, entities with actors
  kCode,      // + events, each with its place
};

struct Options {
  Depth depth = Depth::kExtract;
  unsigned threads = 0;     // 0: all cores
  bool detect_duplicates = true;
  bool facts_only = false;  // drop negated/denied/hypothetical events
  // Pages for which this returns false are dropped before any work and counted in
  // RunSummary::filtered (Ingest() uses it to skip pages the sink holds). Called from the
  // thread that calls Run(), in input order.
  std::function<bool(const ingest::Page&)> page_filter;
  // Run() looks for near-duplicates with this finder instead of a fresh one when set, so a
  // caller can seed it with articles seen before (Ingest(): the sink's). Not owned; used by
  // Run() only.
  extract::DuplicateFinder* duplicates = nullptr;
  // Near-duplicates keep their body and duplicate_of but are not annotated or coded: their
  // events are already in the original's.
  bool skip_duplicate_analysis = false;
  // A filter in a pipe (`marsad code -`): each page is processed as soon as it is read and
  // handed to the sink as soon as it and every page before it are done, instead of waiting
  // for a batch to fill; progress is called after each page. Nothing carries from one page to
  // the next: no duplicate detection. In this mode the reader and page_filter run on a thread
  // of their own (still one page at a time, in input order); the sink is still called from
  // the thread that called Run().
  bool streaming = false;
  // Run() reads no further page once this returns true (a sink that lost its reader: `| head`).
  // Checked before each page is read; pages already read are still handed to the sink.
  std::function<bool()> stop;
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
  // The same up to `depth`. REQUIRES: depth <= options().depth (what was loaded).
  Article Process(const ingest::Page& page, Depth depth) const;
  // Pages through Process(page, depth) on up to `threads` threads (0: all cores), the articles
  // in input order: what `marsad code -` writes for the same lines. For bindings (the Python
  // module's code_many); nothing carries from one page to the next.
  std::vector<Article> ProcessAll(const std::vector<ingest::Page>& pages, Depth depth,
                                  unsigned threads) const;
  // Annotates / codes an article whose body is already set (sentences, entities, events).
  void Analyze(Article& article) const;

  RunSummary Run(ingest::PageReader& reader, const ArticleSink& sink,
                 const ProgressFn& progress = nullptr) const;

  const Options& options() const;

 private:
  Pipeline();
  void Analyze(Article& article, Depth depth) const;
  RunSummary Stream(ingest::PageReader& reader, const ArticleSink& sink,
                    const ProgressFn& progress, unsigned threads) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// ---- ingest: pages from paths through the pipeline into a sink -----------------------------

// Where Ingest() puts articles. Ingest() calls it from the thread that called Ingest(), in
// this order: ForEachHeldBody, Holds (per page, in input order), Begin, then per batch Write
// (per article, in input order) and Checkpoint, and Finish at the end.
class Sink {
 public:
  virtual ~Sink() = default;
  // Calls fn(id, body) for the articles the sink already holds, in the order they were
  // written: near-duplicate detection sees them first, as an uninterrupted run would have.
  virtual Status ForEachHeldBody(
      const std::function<void(const std::string& id, const std::string& body)>& fn);
  // True when the sink already holds the article with this id: its page is skipped before any
  // work. False when it does not or cannot tell (the page is then processed again).
  virtual bool Holds(const std::string& id);
  virtual Status Begin();
  // One article. A failed write is counted (IngestSummary::write_failed), reported through
  // IngestOptions::on_written, and the run goes on.
  virtual Status Write(const Article& article) = 0;
  // After each batch: makes what was written so far durable.
  virtual Status Checkpoint();
  virtual Status Finish();
  // True once the sink can take nothing more (the reader of its output went away): Ingest()
  // then stops reading pages, and the run ends as if the input had ended. A streaming run
  // calls it from its reading thread, while Write runs on another.
  virtual bool Closed() const;
};

// Writes into the store, one transaction per pipeline batch: a killed run keeps every batch it
// committed and none of the next one. Holds() and ForEachHeldBody() read the store, so a run
// skips what an earlier run stored. The store must outlive the sink.
class StoreSink final : public Sink {
 public:
  explicit StoreSink(store::Store& store);
  Status ForEachHeldBody(
      const std::function<void(const std::string& id, const std::string& body)>& fn) override;
  bool Holds(const std::string& id) override;
  Status Begin() override;
  Status Write(const Article& article) override;
  Status Checkpoint() override;
  Status Finish() override;

 private:
  store::Store& store_;
};

// One JSON line per article (ToJsonLine with these fields) to a stdio stream, flushed at the
// end, or after every line with flush_each_line (a filter in a pipe). Holds nothing: every
// page read gives one line. A write that fails with EPIPE (the reader closed the pipe; SIGPIPE
// ignored) closes the sink: Closed() is true and later writes are dropped quietly.
class JsonlSink final : public Sink {
 public:
  JsonlSink(std::FILE* out, RecordFields fields, bool flush_each_line = false);
  Status Write(const Article& article) override;
  Status Finish() override;
  bool Closed() const override;

 private:
  Status Failed(const char* what);
  std::FILE* out_;
  RecordFields fields_;
  bool flush_each_line_;
  std::atomic<bool> closed_{false};
  std::string line_;
};

// The record fields that a run to this depth fills (extract: none of the three lists).
RecordFields FieldsFor(Depth depth);

struct IngestOptions {
  // Depth, threads, duplicates. A page_filter set here applies first; a duplicates finder set
  // here is used as it is, instead of a fresh one seeded with the sink's ForEachHeldBody.
  Options pipeline;
  ingest::ReaderOptions reader;    // e.g. the JSONL date field
  // Pages whose id came earlier in this run, or that the sink Holds(), are skipped before any
  // work (counted in RunSummary::filtered): a store keeps one article per id. Off, every page
  // read gives one article (extract, annotate, code: one record out per page in).
  bool skip_seen_ids = false;
  // Called after each Write with the article and the write's status (messages, counters).
  std::function<void(const Article& article, const Status& written)> on_written;
};

struct IngestSummary : RunSummary {
  std::size_t written = 0;       // articles the sink took
  std::size_t write_failed = 0;  // articles whose Write failed
};

// Reads the pages at `sources` (as ingest::PageReader), runs them through the pipeline and
// writes the articles into the sink in input order. progress (optional) gets the running
// totals after each batch. A resource that does not load or a sink that cannot begin is an
// error before any page is read; a failed Checkpoint stops checkpointing and is returned once
// the input is read. Articles whose write failed are counted, not an error of the run.
Result<IngestSummary> Ingest(const std::vector<std::string>& sources,
                             const IngestOptions& options, Sink& sink,
                             const ProgressFn& progress = nullptr);

// The options `marsad ingest` runs with, for every caller that ingests into a store (the CLI,
// the Python module): code depth, near-duplicates linked and left uncoded, pages whose id the
// store holds (or that came earlier in the run) skipped. Callers set threads, the reader's date
// field, on_written, or turn duplicate detection off.
IngestOptions StoreIngestOptions();

// ---- merge: per-partition stores into one ---------------------------------------------------

struct MergeOptions {
  // Link near-duplicates again over the merged order (off: keep each input's links as stored).
  bool detect_duplicates = true;
  std::size_t batch = 256;  // articles per transaction
};

struct MergeSummary {
  std::size_t inputs = 0;
  std::size_t read = 0;        // articles and failed inputs read from the inputs
  std::size_t written = 0;     // put into the output
  std::size_t held = 0;        // skipped: the output holds the id already (or an earlier input)
  std::size_t failures = 0;    // written failed inputs (no article, as ingest stores them)
  std::size_t duplicates = 0;  // written articles linked as near-duplicates
  std::size_t relinked = 0;    // of which the input had not linked, or linked elsewhere
  std::size_t coded = 0;       // written articles that the input had left uncoded as a
                               // duplicate and the merged order does not link: coded here
  std::size_t events = 0;      // events written
  double seconds = 0;
};

// Called after each committed batch with the running totals and the input being read.
using MergeProgressFn = std::function<void(const MergeSummary&, const std::string& input)>;

// Puts the articles of the stores at `inputs` into `out`, input after input, each input's
// articles in the order it stored them, as one `marsad ingest` of the inputs' pages in that
// order would have stored them: an id already in `out` (or in an earlier input) is skipped,
// and near-duplicates are linked over the merged order, `out`'s articles first. So merging
// stores that ingested consecutive parts of a list of pages gives the store one ingest of the
// whole list gives (same rows, same row ids when `out` starts empty), and a merge run twice adds
// nothing. One transaction per batch: a killed merge keeps what it committed and a re-run
// finishes it with the same result. Every input is checked (exists, is a marsad store of this
// schema version, is not `out`) before anything is written; an error names the input.
Result<MergeSummary> Merge(store::Store& out, const std::string& out_path,
                           const std::vector<std::string>& inputs, const MergeOptions& options,
                           const MergeProgressFn& progress = nullptr);

}  // namespace marsad::pipeline
