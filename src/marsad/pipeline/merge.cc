// Merge(): per-partition stores into one, as one ingest of all their pages would have stored
// them (marsad merge, the Dask job's last step). StoreIngestOptions(): what an ingest into a
// store runs with.
#include <chrono>
#include <filesystem>
#include <optional>
#include <system_error>

#include "marsad/extract/extract.h"
#include "marsad/pipeline/pipeline.h"
#include "marsad/store/store.h"

namespace marsad::pipeline {

IngestOptions StoreIngestOptions() {
  IngestOptions options;
  options.pipeline.depth = Depth::kCode;
  options.pipeline.detect_duplicates = true;
  options.pipeline.skip_duplicate_analysis = true;  // a duplicate's events are its original's
  options.skip_seen_ids = true;                     // idempotent: stored pages are skipped
  return options;
}

namespace {

namespace fs = std::filesystem;

// Why `input` cannot be merged into the store at out_path, or ok.
Status CheckInput(const std::string& input, const std::string& out_path) {
  std::error_code ec;
  const fs::file_status st = fs::status(input, ec);
  if (ec || !fs::exists(st)) return Status::Error(input + ": no such file");
  if (fs::is_directory(st)) return Status::Error(input + ": a directory, not a marsad database");
  if (fs::exists(out_path, ec) && fs::equivalent(input, out_path, ec)) {
    return Status::Error(input + ": is the output database itself");
  }
  // Read-only, as the queries open a store: refuses other programs' files and other schema
  // versions, with the reason.
  auto opened = store::Store::Open(input, store::OpenMode::kReadOnly);
  if (!opened.ok()) return opened.status();
  return Status();
}

class Merger {
 public:
  Merger(store::Store& out, const MergeOptions& options, const MergeProgressFn& progress)
      : out_(out), options_(options), progress_(progress) {}

  Status SeedDuplicates() {
    if (!options_.detect_duplicates) return Status();
    return out_.ForEachBody(
        [&](const std::string& id, const std::string& body) { duplicates_.FindAndAdd(id, body); });
  }

  Status MergeInput(const std::string& input) {
    input_ = &input;
    auto in = store::Store::Open(input, store::OpenMode::kReadOnly);
    if (!in.ok()) return in.status();
    ++summary_.inputs;
    return in->ForEachArticle([&](Article&& a) { return Take(std::move(a)); });
  }

  Status Take(Article&& a) {
    ++summary_.read;
    // As ingest skips a page whose id is stored (or came earlier in the run): the first wins.
    auto held = out_.Contains(a.id);
    if (!held.ok()) return held.status();
    if (held.value()) {
      ++summary_.held;
      return Status();
    }
    if (!a.error && options_.detect_duplicates) {
      if (auto s = Relink(a); !s.ok()) return s;
    }
    if (auto s = out_.Put(a); !s.ok()) return s;
    ++summary_.written;
    if (a.error) ++summary_.failures;
    if (a.duplicate_of) ++summary_.duplicates;
    summary_.events += a.events.size();
    if (++in_batch_ == options_.batch) {
      in_batch_ = 0;
      if (auto s = out_.Commit(); !s.ok()) return s;
      if (auto s = out_.Begin(); !s.ok()) return s;
      Report();
    }
    return Status();
  }

  void Report() {
    summary_.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    if (progress_) progress_(summary_, input_ ? *input_ : std::string());
  }

  MergeSummary& summary() { return summary_; }

 private:
  // The link the merged order gives, as Pipeline::Run finds it: every article's body goes into
  // the finder in order; a duplicate keeps its body and is not annotated or coded.
  Status Relink(Article& a) {
    const std::optional<std::string> link = duplicates_.FindAndAdd(a.id, a.body);
    if (link) {
      if (a.duplicate_of != link) ++summary_.relinked;
      a.duplicate_of = link;
      a.sentences.clear();
      a.entities.clear();
      a.events.clear();
      return Status();
    }
    if (!a.duplicate_of) return Status();
    // The input linked it (to an article the merged order does not confirm) and left it
    // uncoded: code it now, from its stored body, as the run would have.
    a.duplicate_of.reset();
    ++summary_.relinked;
    if (!coder_) {
      Options o;
      o.depth = Depth::kCode;
      auto created = Pipeline::Create(o);
      if (!created.ok()) return created.status();
      coder_.emplace(std::move(created).value());
    }
    coder_->Analyze(a);
    ++summary_.coded;
    return Status();
  }

  store::Store& out_;
  const MergeOptions& options_;
  const MergeProgressFn& progress_;
  extract::DuplicateFinder duplicates_;
  std::optional<Pipeline> coder_;
  MergeSummary summary_;
  std::size_t in_batch_ = 0;
  const std::string* input_ = nullptr;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

}  // namespace

Result<MergeSummary> Merge(store::Store& out, const std::string& out_path,
                           const std::vector<std::string>& inputs, const MergeOptions& options,
                           const MergeProgressFn& progress) {
  for (const std::string& input : inputs) {
    if (auto s = CheckInput(input, out_path); !s.ok()) return s;
  }
  MergeOptions o = options;
  if (o.batch == 0) o.batch = 1;
  Merger merger(out, o, progress);
  if (auto s = merger.SeedDuplicates(); !s.ok()) return s;
  if (auto s = out.Begin(); !s.ok()) return s;
  Status failed;
  for (const std::string& input : inputs) {
    failed = merger.MergeInput(input);
    if (!failed.ok()) break;
  }
  // What was put before an error is kept (each Put is whole): a re-run goes on from there.
  if (auto s = out.Commit(); !s.ok() && failed.ok()) failed = s;
  if (!failed.ok()) return failed;
  merger.Report();
  return merger.summary();
}

}  // namespace marsad::pipeline
