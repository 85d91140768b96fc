// extract, annotate, code: pages in, one JSON record per page out, in input order
// (pipeline::Ingest into a pipeline::JsonlSink on stdout).
#include <csignal>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "marsad/cli/commands.h"
#include "marsad/cli/progress.h"
#include "marsad/pipeline/pipeline.h"

namespace marsad::cli {
namespace {

struct PageArgs {
  std::vector<std::string> paths;
  unsigned threads = 0;
  bool no_dedup = false;
  bool facts_only = false;
  bool quiet = false;
  std::string date_field;
};

}  // namespace

void ReportProblems(const char* verb, const Article& a) {
  const std::string where = a.source_path.value_or("<stdin>");
  if (a.error) std::fprintf(stderr, "marsad %s: %s: %s\n", verb, where.c_str(), a.error->c_str());
  for (const std::string& w : a.warnings) {
    std::fprintf(stderr, "marsad %s: %s: article %s: %s\n", verb, where.c_str(), a.id.c_str(),
                 w.c_str());
  }
}

void AddDateFieldOption(CLI::App* cmd, std::string& date_field) {
  cmd->add_option("--date-field", date_field,
                  "JSONL field with the publication date (default: the first of date, "
                  "datePublished, published, pubDate, ..., date_extracted present)");
}

namespace {

int RunPages(const PageArgs& args, pipeline::Depth depth, const char* verb) {
  // `marsad code -` is a filter (Hadoop Streaming mapper, Spark RDD.pipe): a record out per
  // line in, each written as soon as it is ready, nothing carried between lines.
  const bool filter = args.paths.size() == 1 && args.paths[0] == "-";
  // A reader that goes away (`| head -1`) makes writes fail with EPIPE instead of killing the
  // process; the sink then closes and the run ends cleanly (status 0).
  std::signal(SIGPIPE, SIG_IGN);
  pipeline::IngestOptions options;
  options.pipeline.depth = depth;
  options.pipeline.threads = args.threads;
  options.pipeline.detect_duplicates = !args.no_dedup && !filter;
  options.pipeline.facts_only = args.facts_only;
  options.pipeline.streaming = filter;
  options.reader.date_field = args.date_field;
  options.reader.line_per_page = filter;
  options.on_written = [verb](const Article& a, const Status& written) {
    ReportProblems(verb, a);
    if (!written.ok()) std::fprintf(stderr, "marsad %s: %s\n", verb, written.message().c_str());
  };
  pipeline::JsonlSink sink(stdout, pipeline::FieldsFor(depth), /*flush_each_line=*/filter);
  ProgressReporter progress(verb, args.quiet);
  const auto summary = pipeline::Ingest(args.paths, options, sink,
                                        [&](const pipeline::RunSummary& s) { progress.Update(s); });
  if (!summary.ok()) {
    std::fprintf(stderr, "marsad %s: %s\n", verb, summary.error().c_str());
    return 2;
  }
  progress.Finish(summary.value());
  if (sink.Closed()) return 0;  // the reader had what it wanted
  if (summary->write_failed > 0) return 2;
  // The run went through every input; it "stopped" only if nothing at all could be read.
  return summary->pages > 0 && summary->ok == 0 ? 2 : 0;
}

void AddPageCommand(CLI::App& app, int* exit_code, const char* name, pipeline::Depth depth,
                    const std::string& description, const std::string& examples) {
  auto args = std::make_shared<PageArgs>();
  CLI::App* cmd = app.add_subcommand(name, description);
  cmd->footer(examples);
  cmd->add_option("PATH", args->paths,
                  "pages: files (HTML, .gz, WARC, JSONL, text dumps), directories (walked "
                  "recursively), or - alone for a stream filter: JSON lines on stdin, one "
                  "record out per line in, in order, each flushed when ready, no duplicate "
                  "detection (stdin that does not open with '{' is read as one page)")
      ->required();
  cmd->add_option("-j,--threads", args->threads, "worker threads (default: all cores)");
  cmd->add_flag("--no-dedup", args->no_dedup, "do not look for near-duplicate articles");
  cmd->add_flag("-q,--quiet", args->quiet, "no progress or summary on stderr");
  AddDateFieldOption(cmd, args->date_field);
  if (depth == pipeline::Depth::kCode) {
    cmd->add_flag("--facts-only", args->facts_only,
                  "drop negated, denied and hypothetical events");
  }
  cmd->callback([=] { *exit_code = RunPages(*args, depth, name); });
}

}  // namespace

void RegisterPageCommands(CLI::App& app, int* exit_code) {
  AddPageCommand(app, exit_code, "extract", pipeline::Depth::kExtract,
                 "Read pages and print one article record (JSON line) per page: title, body "
                 "without site furniture, date, site, encoding.",
                 "Examples:\n"
                 "  marsad extract samples/\n"
                 "  marsad extract -j1 page.html.gz crawl.warc.gz\n"
                 "  cat pages.jsonl | marsad extract -\n");
  AddPageCommand(app, exit_code, "annotate", pipeline::Depth::kAnnotate,
                 "Like extract, plus sentences and named entities with their actor codes.",
                 "Examples:\n"
                 "  marsad annotate ../shared/data/seed/\n"
                 "  marsad annotate page.html | jq '.entities[] | [.text, .actor]'\n");
  AddPageCommand(app, exit_code, "code", pipeline::Depth::kCode,
                 "Run the whole pipeline: article records with sentences, entities and CAMEO "
                 "events (who did what to whom, modality, Goldstein, QuadClass).",
                 "Examples:\n"
                 "  marsad code samples/\n"
                 "  marsad code --facts-only - < pages.jsonl > events.jsonl   # as a "
                 "streaming filter\n"
                 "  producer | marsad code -j2 - | consumer   # a line out per line in, flushed "
                 "per line; a bad line gives an error record\n");
}

}  // namespace marsad::cli
