// The sinks Ingest() writes into: the store, a JSONL stream.
#include <cerrno>
#include <cstring>

#include "marsad/pipeline/pipeline.h"
#include "marsad/store/store.h"

namespace marsad::pipeline {

Status Sink::ForEachHeldBody(const std::function<void(const std::string&, const std::string&)>&) {
  return Status();
}
bool Sink::Holds(const std::string&) { return false; }
Status Sink::Begin() { return Status(); }
Status Sink::Checkpoint() { return Status(); }
Status Sink::Finish() { return Status(); }
bool Sink::Closed() const { return false; }

StoreSink::StoreSink(store::Store& store) : store_(store) {}

Status StoreSink::ForEachHeldBody(
    const std::function<void(const std::string&, const std::string&)>& fn) {
  return store_.ForEachBody(fn);
}

bool StoreSink::Holds(const std::string& id) {
  auto stored = store_.Contains(id);
  return stored.ok() && stored.value();
}

Status StoreSink::Begin() { return store_.Begin(); }
Status StoreSink::Write(const Article& article) { return store_.Put(article); }

Status StoreSink::Checkpoint() {
  if (auto s = store_.Commit(); !s.ok()) return s;
  return store_.Begin();
}

Status StoreSink::Finish() { return store_.Commit(); }

JsonlSink::JsonlSink(std::FILE* out, RecordFields fields, bool flush_each_line)
    : out_(out), fields_(fields), flush_each_line_(flush_each_line) {}

bool JsonlSink::Closed() const { return closed_; }

Status JsonlSink::Failed(const char* what) {
  if (errno == EPIPE) {
    closed_ = true;  // the reader went away: not an error of the run
    return Status();
  }
  return Status::Error(std::string(what) + std::strerror(errno));
}

Status JsonlSink::Write(const Article& article) {
  if (closed_) return Status();
  line_ = ToJsonLine(article, fields_);
  line_ += '\n';
  if (std::fwrite(line_.data(), 1, line_.size(), out_) != line_.size()) {
    return Failed("writing the record failed: ");
  }
  if (flush_each_line_ && std::fflush(out_) != 0) return Failed("writing the record failed: ");
  return Status();
}

Status JsonlSink::Finish() {
  if (closed_) return Status();
  if (std::fflush(out_) != 0) return Failed("writing the records failed: ");
  return Status();
}

RecordFields FieldsFor(Depth depth) {
  RecordFields fields;
  fields.sentences = depth != Depth::kExtract;
  fields.entities = depth != Depth::kExtract;
  fields.events = depth == Depth::kCode;
  return fields;
}

}  // namespace marsad::pipeline
