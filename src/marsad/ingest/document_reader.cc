#include "marsad/ingest/internal/document_reader.h"

#include "marsad/ingest/internal/page_decoder.h"

namespace marsad::ingest {

DocumentReader::DocumentReader(std::unique_ptr<ByteSource> in,
                               std::optional<std::string> source_path, std::string locator)
    : in_(std::move(in)), source_path_(std::move(source_path)), locator_(std::move(locator)) {}

std::unique_ptr<DocumentReader> DocumentReader::Failed(std::optional<std::string> source_path,
                                                       std::string locator, std::string reason) {
  auto r = std::make_unique<DocumentReader>(nullptr, std::move(source_path), std::move(locator));
  r->failure_ = std::move(reason);
  return r;
}

std::optional<Page> DocumentReader::Next() {
  if (done_) return std::nullopt;
  done_ = true;
  Page page;
  page.source_path = source_path_;
  if (failure_) {
    SetError(page, *failure_);
  } else {
    BufferedReader reader(std::move(in_));
    std::string bytes;
    auto got = reader.ReadAll(bytes, kMaxPageBytes);
    if (!got.ok()) {
      SetError(page, got.error());
    } else if (bytes.size() > kMaxPageBytes) {
      SetError(page, "page larger than " + std::to_string(kMaxPageBytes >> 20) + " MiB");
    } else {
      DecodeDocument(bytes, std::nullopt, page);
    }
  }
  AssignId(page, locator_);
  return page;
}

}  // namespace marsad::ingest
