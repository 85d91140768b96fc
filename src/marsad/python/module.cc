// marsad._marsad: the Python module's C++ half, a thin layer over pipeline/ and store/ (as the
// CLI is). Pages go in as JSON lines and records come out as JSON lines: the page is read by
// ingest::PageFromJsonLine and the record written by ToJsonLine, exactly as `marsad code -`
// does for that line, so the module and the command cannot drift apart. python/marsad/
// __init__.py turns the lines into dicts and errors into exceptions.
//
// The GIL is released around all C++ work: resources are immutable and Pipeline is
// thread-safe, so Python threads (and code_many's own threads) code pages in parallel.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "marsad/core/core.h"
#include "marsad/ingest/ingest.h"
#include "marsad/pipeline/pipeline.h"
#include "marsad/store/store.h"
#include "marsad_version.h"

namespace py = pybind11;

namespace marsad::python {
namespace {

pipeline::Depth DepthNamed(const std::string& name) {
  if (name == "extract") return pipeline::Depth::kExtract;
  if (name == "annotate") return pipeline::Depth::kAnnotate;
  if (name == "code") return pipeline::Depth::kCode;
  throw std::invalid_argument("depth is extract, annotate or code, not '" + name + "'");
}

// The resources of the whole pipeline, loaded once; every call reads them, none changes them.
class Coder {
 public:
  Coder(bool facts_only, const std::string& date_field) {
    pipeline::Options options;
    options.depth = pipeline::Depth::kCode;
    options.facts_only = facts_only;
    options.detect_duplicates = false;  // one page at a time: nothing carries between pages
    reader_.date_field = date_field;
    auto created = pipeline::Pipeline::Create(options);
    if (!created.ok()) throw std::runtime_error("marsad: cannot load resources: " + created.error());
    pipeline_ = std::make_unique<pipeline::Pipeline>(std::move(created).value());
  }

  // One JSON line in, one record (JSON line) out.
  std::string Record(const std::string& line, const std::string& depth) const {
    const pipeline::Depth d = DepthNamed(depth);
    py::gil_scoped_release unlocked;
    const Article article = pipeline_->Process(ingest::PageFromJsonLine(line, reader_), d);
    return ToJsonLine(article, pipeline::FieldsFor(d));
  }

  // Many lines on up to `threads` threads, records in input order.
  std::vector<std::string> Records(const std::vector<std::string>& lines, const std::string& depth,
                                   unsigned threads) const {
    const pipeline::Depth d = DepthNamed(depth);
    py::gil_scoped_release unlocked;
    std::vector<ingest::Page> pages;
    pages.reserve(lines.size());
    for (const std::string& line : lines) pages.push_back(ingest::PageFromJsonLine(line, reader_));
    const std::vector<Article> articles = pipeline_->ProcessAll(pages, d, threads);
    std::vector<std::string> records;
    records.reserve(articles.size());
    for (const Article& a : articles) records.push_back(ToJsonLine(a, pipeline::FieldsFor(d)));
    return records;
  }

 private:
  std::unique_ptr<pipeline::Pipeline> pipeline_;
  ingest::ReaderOptions reader_;
};

// A store opened read-only, as the query commands open it.
class StoreReader {
 public:
  explicit StoreReader(const std::string& path) : path_(path) {
    auto opened = store::Store::Open(path, store::OpenMode::kReadOnly);
    if (!opened.ok()) throw std::runtime_error(path + ": " + opened.error());
    store_ = std::make_unique<store::Store>(std::move(opened).value());
  }

  // The events that pass the filter, one JSON object each (`marsad events --format jsonl`).
  std::vector<std::string> Events(const store::EventFilter& filter) {
    if (auto v = store::Validate(filter); !v.ok()) throw std::invalid_argument(v.message());
    std::vector<std::string> rows;
    marsad::Status status;
    {
      py::gil_scoped_release unlocked;
      auto events = store_->Events(filter);
      if (events.ok()) {
        rows.reserve(events->size());
        for (const auto& e : events.value()) rows.push_back(store::ToJsonLine(e));
      } else {
        status = events.status();
      }
    }
    if (!status.ok()) throw std::runtime_error(path_ + ": " + status.message());
    return rows;
  }

 private:
  std::string path_;
  std::unique_ptr<store::Store> store_;
};

// Pages at paths into the store at db, through pipeline::Ingest with the options `marsad
// ingest` runs with (pipeline::StoreIngestOptions). The counts as a dict.
py::dict Ingest(const std::vector<std::string>& paths, const std::string& db, unsigned threads,
                bool dedup, const std::string& date_field) {
  pipeline::IngestOptions options = pipeline::StoreIngestOptions();
  options.pipeline.threads = threads;
  options.pipeline.detect_duplicates = dedup;
  options.reader.date_field = date_field;
  std::vector<std::string> problems;  // first few write failures, to name in the exception
  Result<pipeline::IngestSummary> summary = Status::Error("not run");
  {
    py::gil_scoped_release unlocked;
    auto store = store::Store::Open(db);
    if (!store.ok()) {
      summary = store.status();
    } else {
      options.on_written = [&](const Article& a, const Status& written) {
        if (!written.ok() && problems.size() < 5) problems.push_back(written.message());
      };
      pipeline::StoreSink sink(store.value());
      summary = pipeline::Ingest(paths, options, sink);
    }
  }
  if (!summary.ok()) throw std::runtime_error(summary.error());
  const pipeline::IngestSummary& s = summary.value();
  if (s.write_failed > 0) {
    std::string message = db + ": " + std::to_string(s.write_failed) + " articles not stored";
    for (const auto& p : problems) message += "; " + p;
    throw std::runtime_error(message);
  }
  py::dict out;
  out["pages"] = s.pages;
  out["ok"] = s.ok;
  out["failed"] = s.failed;
  out["skipped"] = s.skipped;
  out["duplicates"] = s.duplicates;
  out["events"] = s.events;
  out["held"] = s.filtered;
  out["written"] = s.written;
  out["seconds"] = s.seconds;
  return out;
}

// The stores at inputs into the store at out, through pipeline::Merge (`marsad merge`).
py::dict Merge(const std::string& out, const std::vector<std::string>& inputs, bool dedup) {
  pipeline::MergeOptions options;
  options.detect_duplicates = dedup;
  Result<pipeline::MergeSummary> summary = Status::Error("not run");
  {
    py::gil_scoped_release unlocked;
    // Inputs first, so that a bad one does not leave a new empty output behind.
    Status bad;
    for (const std::string& input : inputs) {
      if (bad.ok() && !std::filesystem::exists(input)) {
        bad = Status::Error(input + ": no such file");
      }
    }
    auto store = bad.ok() ? store::Store::Open(out) : Result<store::Store>(bad);
    summary = store.ok() ? pipeline::Merge(store.value(), out, inputs, options)
                         : Result<pipeline::MergeSummary>(store.status());
  }
  if (!summary.ok()) throw std::runtime_error(summary.error());
  const pipeline::MergeSummary& s = summary.value();
  py::dict d;
  d["inputs"] = s.inputs;
  d["read"] = s.read;
  d["written"] = s.written;
  d["held"] = s.held;
  d["failures"] = s.failures;
  d["duplicates"] = s.duplicates;
  d["relinked"] = s.relinked;
  d["coded"] = s.coded;
  d["events"] = s.events;
  d["seconds"] = s.seconds;
  return d;
}

}  // namespace
}  // namespace marsad::python

PYBIND11_MODULE(_marsad, m) {
  using namespace marsad::python;
  m.doc() = "marsad's C++ pipeline; use the marsad package (Pipeline, Store), not this module.";
  m.attr("__version__") = MARSAD_VERSION;
  m.attr("commit") = MARSAD_COMMIT;
  m.def("data_dir", &marsad::DataDir, "where the resources are read from ($MARSAD_DATA or the checkout's data/)");

  m.def("list_files", &marsad::ingest::ListFiles, py::arg("paths"),
        "the files `marsad ingest PATHS` reads, in the order it reads them");
  m.def("ingest", &Ingest, py::arg("paths"), py::arg("db"), py::arg("threads") = 0,
        py::arg("dedup") = true, py::arg("date_field") = "",
        "pages at paths into the SQLite store db, as `marsad ingest --db DB PATHS`");
  m.def("merge", &Merge, py::arg("out"), py::arg("inputs"), py::arg("dedup") = true,
        "stores into one, as `marsad merge OUT INPUTS`");

  py::class_<Coder>(m, "Coder")
      .def(py::init<bool, const std::string&>(), py::arg("facts_only") = false,
           py::arg("date_field") = "")
      .def("record", &Coder::Record, py::arg("line"), py::arg("depth"))
      .def("records", &Coder::Records, py::arg("lines"), py::arg("depth"), py::arg("threads") = 0);

  py::class_<marsad::store::EventFilter>(m, "EventFilter")
      .def(py::init<>())
      .def_readwrite("actor", &marsad::store::EventFilter::actor)
      .def_readwrite("source", &marsad::store::EventFilter::source)
      .def_readwrite("target", &marsad::store::EventFilter::target)
      .def_readwrite("code", &marsad::store::EventFilter::code)
      .def_readwrite("root", &marsad::store::EventFilter::root)
      .def_readwrite("quad", &marsad::store::EventFilter::quad)
      .def_readwrite("since", &marsad::store::EventFilter::since)
      .def_readwrite("until", &marsad::store::EventFilter::until)
      .def_readwrite("modality", &marsad::store::EventFilter::modality)
      .def_readwrite("facts_only", &marsad::store::EventFilter::facts_only)
      .def_readwrite("country", &marsad::store::EventFilter::country)
      .def_readwrite("place", &marsad::store::EventFilter::place)
      .def_readwrite("limit", &marsad::store::EventFilter::limit)
      .def_readwrite("offset", &marsad::store::EventFilter::offset);

  py::class_<StoreReader>(m, "StoreReader")
      .def(py::init<const std::string&>(), py::arg("path"))
      .def("events", &StoreReader::Events, py::arg("filter"));
}
