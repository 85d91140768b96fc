// The store's maintenance commands: delete (articles by id, site or date range), upgrade
// (migrate an older database so that the read-only queries can open it) and merge (stores of
// partitions into one: the work is pipeline::Merge).
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "marsad/cli/commands.h"
#include "marsad/pipeline/pipeline.h"
#include "marsad/store/store.h"

namespace marsad::cli {
namespace {

int Fail(const char* command, const std::string& message, int status = 2) {
  std::fprintf(stderr, "marsad %s: %s\n", command, message.c_str());
  return status;
}

int RunDelete(const std::string& db, const store::DeleteFilter& filter, bool quiet) {
  if (auto v = store::Validate(filter); !v.ok()) return Fail("delete", v.message(), 1);
  if (access(db.c_str(), F_OK) != 0) return Fail("delete", db + ": no such database");
  auto store = store::Store::Open(db);
  if (!store.ok()) return Fail("delete", store.error());
  auto deleted = store->Delete(filter);
  if (!deleted.ok()) return Fail("delete", deleted.error());
  auto counts = store->Counts();
  if (!quiet && counts.ok()) {
    const auto& d = deleted.value();
    std::fprintf(stderr,
                 "marsad delete: %lld articles deleted with their %lld events, %lld failed "
                 "inputs, %lld near-duplicates unlinked; %s now holds %lld articles and %lld "
                 "events\n",
                 static_cast<long long>(d.articles), static_cast<long long>(d.events),
                 static_cast<long long>(d.failures),
                 static_cast<long long>(d.unlinked_duplicates), db.c_str(),
                 static_cast<long long>(counts->articles), static_cast<long long>(counts->events));
  }
  return 0;
}

void RegisterDelete(CLI::App& app, int* exit_code) {
  auto db = std::make_shared<std::string>();
  auto filter = std::make_shared<store::DeleteFilter>();
  auto quiet = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand(
      "delete",
      "Delete stored articles with their entities, events and search index entries, by id, "
      "site or date range (all given criteria must match). Near-duplicates of a deleted "
      "article stay, unlinked. Deleting with any SQLite tool (DELETE FROM articles WHERE ...) "
      "is as consistent: triggers remove what belongs to the article.");
  cmd->footer(
      "Examples:\n"
      "  marsad delete --db marsad.db 3f2a9c0e1b7d4a55 77c1e0d2a9b3f410\n"
      "  marsad delete --db news.db --site example.com\n"
      "  marsad delete --db news.db --since 2015-01-01 --until 2015-01-31\n");
  cmd->add_option("--db", *db, "SQLite database written by marsad ingest")->required();
  cmd->add_option("ARTICLE_ID", filter->ids, "ids of articles or failed inputs to delete");
  cmd->add_option("--site", filter->site, "articles of this site (exactly: www.example.com)");
  cmd->add_option("--since", filter->since, "articles dated on or after, YYYY-MM-DD");
  cmd->add_option("--until", filter->until, "articles dated on or before, YYYY-MM-DD");
  cmd->add_flag("-q,--quiet", *quiet, "no summary on stderr");
  cmd->callback([=] { *exit_code = RunDelete(*db, *filter, *quiet); });
}

int RunUpgrade(const std::string& db) {
  if (access(db.c_str(), F_OK) != 0) return Fail("upgrade", db + ": no such database");
  auto store = store::Store::Open(db);  // migrates
  if (!store.ok()) return Fail("upgrade", store.error());
  std::fprintf(stderr, "marsad upgrade: %s is at schema version %d\n", db.c_str(),
               store::SchemaVersion());
  return 0;
}

void RegisterUpgrade(CLI::App& app, int* exit_code) {
  auto db = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "upgrade",
      "Migrate a database written by an older marsad to this build's schema (ingest, delete "
      "and merge do it too; the queries open databases read-only and ask for this).");
  cmd->footer("Example:\n  marsad upgrade --db old.db\n");
  cmd->add_option("--db", *db, "SQLite database written by marsad ingest")->required();
  cmd->callback([=] { *exit_code = RunUpgrade(*db); });
}

struct MergeArgs {
  std::string out;
  std::vector<std::string> inputs;
  bool no_dedup = false;
  bool quiet = false;
};

int RunMerge(const MergeArgs& args) {
  // Every input is checked by Merge before the output is written; check the first ones here
  // too so that a typo does not leave a new empty output behind.
  for (const std::string& input : args.inputs) {
    if (access(input.c_str(), F_OK) != 0) return Fail("merge", input + ": no such file");
  }
  auto out = store::Store::Open(args.out);
  if (!out.ok()) return Fail("merge", out.error());
  pipeline::MergeOptions options;
  options.detect_duplicates = !args.no_dedup;
  auto last = std::chrono::steady_clock::now();
  const auto summary = pipeline::Merge(
      out.value(), args.out, args.inputs, options,
      [&](const pipeline::MergeSummary& s, const std::string& input) {
        const auto now = std::chrono::steady_clock::now();
        if (args.quiet || now - last < std::chrono::seconds(2)) return;
        last = now;
        std::fprintf(stderr, "marsad merge: %zu/%zu inputs, %zu articles read, %zu written (%s)\n",
                     s.inputs, args.inputs.size(), s.read, s.written, input.c_str());
      });
  if (!summary.ok()) return Fail("merge", summary.error());
  auto counts = out->Counts();
  if (!args.quiet && counts.ok()) {
    const auto& s = summary.value();
    std::fprintf(stderr,
                 "marsad merge: %zu inputs, %zu articles and failed inputs read: %zu written "
                 "(%zu failed inputs, %zu near-duplicates, %zu of them linked anew, %zu coded "
                 "anew; %zu events), %zu already held and skipped, in %.1f s; %s now holds "
                 "%lld articles (%lld duplicates, %lld failed) and %lld events\n",
                 s.inputs, s.read, s.written, s.failures, s.duplicates, s.relinked, s.coded,
                 s.events, s.held, s.seconds, args.out.c_str(),
                 static_cast<long long>(counts->articles),
                 static_cast<long long>(counts->duplicates), static_cast<long long>(counts->failed),
                 static_cast<long long>(counts->events));
  }
  return 0;
}

void RegisterMerge(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<MergeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "merge",
      "Combine stores into one: OUT gets the articles, entities, events and failed inputs of "
      "IN1, IN2, ... in that order, each input's articles in the order it stored them, exactly "
      "as one `marsad ingest --db OUT` of all their pages in that order would have stored "
      "them. An article whose id OUT already holds (or an earlier input had) is skipped, so "
      "merging is idempotent: merging again adds nothing. Near-duplicates are linked again "
      "over the merged order, OUT's articles first: an article of IN2 that repeats one of IN1 "
      "ends linked to it (duplicate_of) and uncoded, as in a single ingest. OUT is created if "
      "missing; the "
      "inputs are opened read-only and must be marsad stores of this build's schema version "
      "(marsad upgrade --db IN migrates an older one). One transaction per 256 articles: a "
      "killed merge keeps what it committed, and running it again finishes it with the same "
      "result. With OUT empty and the inputs ingested from consecutive parts of a list of "
      "pages (what python3 -m marsad.dask does), OUT equals one ingest of the whole list row "
      "for row, row ids included.");
  cmd->footer(
      "Examples:\n"
      "  marsad ingest --db part-0.db pages-0.jsonl; marsad ingest --db part-1.db pages-1.jsonl\n"
      "  marsad merge news.db part-0.db part-1.db   # as ingest of pages-0.jsonl pages-1.jsonl\n"
      "  marsad merge news.db part-2.db             # later parts into the same store\n"
      "  marsad merge --no-dedup all.db a.db b.db   # keep each input's duplicate links\n");
  cmd->add_option("OUT", args->out, "SQLite database to merge into (created if missing)")
      ->required();
  cmd->add_option("IN", args->inputs, "stores written by marsad ingest, in page order")->required();
  cmd->add_flag("--no-dedup", args->no_dedup,
                "do not link near-duplicates across inputs (each input's links are kept)");
  cmd->add_flag("-q,--quiet", args->quiet, "no progress or summary on stderr");
  cmd->callback([=] { *exit_code = RunMerge(*args); });
}

}  // namespace

void RegisterMaintainCommands(CLI::App& app, int* exit_code) {
  RegisterDelete(app, exit_code);
  RegisterUpgrade(app, exit_code);
  RegisterMerge(app, exit_code);
}

}  // namespace marsad::cli
