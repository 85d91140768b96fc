// Ingest(): pages from paths through the pipeline into a sink, skipping what the sink holds.
#include <string>
#include <unordered_set>

#include "marsad/extract/extract.h"
#include "marsad/pipeline/pipeline.h"

namespace marsad::pipeline {

Result<IngestSummary> Ingest(const std::vector<std::string>& sources,
                             const IngestOptions& options, Sink& sink,
                             const ProgressFn& progress) {
  Options o = options.pipeline;
  // Near-duplicates of held articles are found too: the finder first sees what the sink
  // holds, in the order it was written. (A streaming run keeps no state between pages.)
  extract::DuplicateFinder duplicates;
  if (o.detect_duplicates && o.duplicates == nullptr && !o.streaming) {
    auto s = sink.ForEachHeldBody(
        [&](const std::string& id, const std::string& body) { duplicates.FindAndAdd(id, body); });
    if (!s.ok()) return s;
    o.duplicates = &duplicates;
  }
  // Pages the sink holds (or seen earlier in this run) are skipped before any work.
  std::unordered_set<std::string> seen;
  if (options.skip_seen_ids) {
    o.page_filter = [&, caller = o.page_filter](const ingest::Page& page) {
      if (caller && !caller(page)) return false;
      return seen.insert(page.id).second && !sink.Holds(page.id);
    };
  }
  // A sink whose reader went away (`marsad code - | head -1`) ends the run.
  o.stop = [&, caller = o.stop] { return (caller && caller()) || sink.Closed(); };
  auto pipe = Pipeline::Create(o);
  if (!pipe.ok()) return pipe.status();
  if (auto s = sink.Begin(); !s.ok()) return s;

  ingest::PageReader reader(sources, options.reader);
  IngestSummary summary;
  Status checkpoint;
  const RunSummary run = pipe->Run(
      reader,
      [&](Article&& a) {
        const Status written = sink.Write(a);
        ++(written.ok() ? summary.written : summary.write_failed);
        if (options.on_written) options.on_written(a, written);
      },
      [&](const RunSummary& s) {
        if (checkpoint.ok()) checkpoint = sink.Checkpoint();
        if (progress) progress(s);
      });
  if (checkpoint.ok()) checkpoint = sink.Finish();
  if (!checkpoint.ok()) return checkpoint;
  static_cast<RunSummary&>(summary) = run;
  return summary;
}

}  // namespace marsad::pipeline
