// marsad ingest: pages through the whole pipeline into the store, in input order, idempotent.
#include <cstdio>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "marsad/cli/commands.h"
#include "marsad/cli/progress.h"
#include "marsad/extract/extract.h"
#include "marsad/pipeline/pipeline.h"
#include "marsad/store/store.h"

namespace marsad::cli {
namespace {

struct IngestArgs {
  std::string db;
  std::vector<std::string> paths;
  unsigned threads = 0;
  bool no_dedup = false;
  bool quiet = false;
  std::string date_field;
};

// Writes articles as the pipeline hands them over, one transaction per pipeline batch: a
// killed run keeps every batch it committed and none of the next one.
class StoreWriter {
 public:
  explicit StoreWriter(store::Store& store) : store_(store) {}
  Status Start() { return store_.Begin(); }
  void Write(const Article& a) {
    ReportProblems("ingest", a);
    if (auto s = store_.Put(a); !s.ok()) {
      ++failed_;
      std::fprintf(stderr, "marsad ingest: %s: %s\n", a.source_path.value_or("<stdin>").c_str(),
                   s.message().c_str());
      return;
    }
    ++stored_;
  }
  // Commits the batch and opens the next.
  Status Checkpoint() {
    if (auto s = store_.Commit(); !s.ok()) return s;
    return store_.Begin();
  }
  Status Finish() { return store_.Commit(); }
  std::size_t stored() const { return stored_; }
  std::size_t failed() const { return failed_; }

 private:
  store::Store& store_;
  std::size_t stored_ = 0;
  std::size_t failed_ = 0;
};

int Fail(const std::string& message) {
  std::fprintf(stderr, "marsad ingest: %s\n", message.c_str());
  return 2;
}

int RunIngest(const IngestArgs& args) {
  auto store = store::Store::Open(args.db);
  if (!store.ok()) return Fail(store.error());

  pipeline::Options options;
  options.depth = pipeline::Depth::kCode;
  options.threads = args.threads;
  options.detect_duplicates = !args.no_dedup;
  options.skip_duplicate_analysis = true;
  // Near-duplicates of stored articles are found too: the finder first sees what is stored,
  // in the order it was stored, as an uninterrupted run would have.
  extract::DuplicateFinder duplicates;
  if (!args.no_dedup) {
    auto s = store->ForEachBody(
        [&](const std::string& id, const std::string& body) { duplicates.FindAndAdd(id, body); });
    if (!s.ok()) return Fail(s.message());
    options.duplicates = &duplicates;
  }
  // Pages already stored (or seen earlier in this run) are skipped before any work.
  std::unordered_set<std::string> seen;
  options.page_filter = [&](const ingest::Page& page) {
    if (!seen.insert(page.id).second) return false;
    auto stored = store->Contains(page.id);
    return !(stored.ok() && stored.value());
  };
  auto pipe = pipeline::Pipeline::Create(options);
  if (!pipe.ok()) return Fail(pipe.error());

  StoreWriter writer(store.value());
  if (auto s = writer.Start(); !s.ok()) return Fail(s.message());
  ingest::PageReader reader(args.paths, {args.date_field});
  ProgressReporter progress("ingest", args.quiet);
  Status checkpoint;
  const auto summary = pipe->Run(
      reader, [&](Article&& a) { writer.Write(a); },
      [&](const pipeline::RunSummary& s) {
        if (checkpoint.ok()) checkpoint = writer.Checkpoint();
        progress.Update(s);
      });
  if (checkpoint.ok()) checkpoint = writer.Finish();
  if (!checkpoint.ok()) return Fail(checkpoint.message());
  progress.Finish(summary);

  auto counts = store->Counts();
  if (!args.quiet && counts.ok()) {
    std::fprintf(stderr,
                 "marsad ingest: %zu new articles stored, %zu already stored and skipped, %zu "
                 "not stored (errors above); %s now holds %lld articles (%lld duplicates, %lld "
                 "failed, %lld undated) and %lld events\n",
                 writer.stored(), summary.filtered, writer.failed(), args.db.c_str(),
                 static_cast<long long>(counts->articles),
                 static_cast<long long>(counts->duplicates),
                 static_cast<long long>(counts->failed),
                 static_cast<long long>(counts->undated), static_cast<long long>(counts->events));
  }
  if (writer.failed() > 0) return 2;
  return summary.pages > 0 && summary.ok == 0 ? 2 : 0;
}

}  // namespace

void RegisterIngestCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Run the whole pipeline on pages and store articles, entities and events in an SQLite "
      "database (created if missing). Idempotent: pages already stored are skipped before any "
      "work, near-duplicates of stored articles are linked (duplicate_of) and not coded again. "
      "Safe to kill at any point and run again.");
  cmd->footer(
      "Examples:\n"
      "  marsad ingest --db marsad.db samples/\n"
      "  marsad ingest --db news.db -j2 ../shared/data/corpus/saudinewsnet/sample-200.jsonl\n"
      "  zcat pages.jsonl.gz | marsad ingest --db news.db -\n");
  cmd->add_option("--db", args->db, "SQLite database file")->required();
  cmd->add_option("PATH", args->paths,
                  "pages: files (HTML, .gz, WARC, JSONL, text dumps), directories (walked "
                  "recursively), or - for JSON lines on stdin")
      ->required();
  cmd->add_option("-j,--threads", args->threads, "worker threads (default: all cores)");
  cmd->add_flag("--no-dedup", args->no_dedup, "do not look for near-duplicate articles");
  cmd->add_flag("-q,--quiet", args->quiet, "no progress or summary on stderr");
  AddDateFieldOption(cmd, args->date_field);
  cmd->callback([=] { *exit_code = RunIngest(*args); });
}

}  // namespace marsad::cli
