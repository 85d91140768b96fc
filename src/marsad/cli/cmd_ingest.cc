// marsad ingest: pages through the whole pipeline into the store, in input order, idempotent.
// The work is pipeline::Ingest into a pipeline::StoreSink; this file is options and messages.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "marsad/cli/commands.h"
#include "marsad/cli/progress.h"
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

int Fail(const std::string& message) {
  std::fprintf(stderr, "marsad ingest: %s\n", message.c_str());
  return 2;
}

int RunIngest(const IngestArgs& args) {
  auto store = store::Store::Open(args.db);
  if (!store.ok()) return Fail(store.error());

  // Code depth, duplicates linked, stored pages skipped (idempotent): as the Python module.
  pipeline::IngestOptions options = pipeline::StoreIngestOptions();
  options.pipeline.threads = args.threads;
  options.pipeline.detect_duplicates = !args.no_dedup;
  options.reader.date_field = args.date_field;
  options.on_written = [](const Article& a, const Status& written) {
    ReportProblems("ingest", a);
    if (!written.ok()) {
      std::fprintf(stderr, "marsad ingest: %s: %s\n", a.source_path.value_or("<stdin>").c_str(),
                   written.message().c_str());
    }
  };
  pipeline::StoreSink sink(store.value());
  ProgressReporter progress("ingest", args.quiet);
  const auto summary = pipeline::Ingest(args.paths, options, sink,
                                        [&](const pipeline::RunSummary& s) { progress.Update(s); });
  if (!summary.ok()) return Fail(summary.error());
  progress.Finish(summary.value());

  auto counts = store->Counts();
  if (!args.quiet && counts.ok()) {
    std::fprintf(stderr,
                 "marsad ingest: %zu new articles stored, %zu already stored and skipped, %zu "
                 "not stored (errors above); %s now holds %lld articles (%lld duplicates, %lld "
                 "failed, %lld undated) and %lld events\n",
                 summary->written, summary->filtered, summary->write_failed, args.db.c_str(),
                 static_cast<long long>(counts->articles),
                 static_cast<long long>(counts->duplicates),
                 static_cast<long long>(counts->failed),
                 static_cast<long long>(counts->undated), static_cast<long long>(counts->events));
  }
  if (summary->write_failed > 0) return 2;
  return summary->pages > 0 && summary->ok == 0 ? 2 : 0;
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
