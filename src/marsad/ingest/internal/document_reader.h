// Internal to ingest: an input that is one page (an HTML file, a text dump, stdin that is not
// JSON lines), or an input that failed before any page could be read.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "marsad/ingest/internal/byte_source.h"
#include "marsad/ingest/internal/page_source.h"

namespace marsad::ingest {

class DocumentReader final : public PageSource {
 public:
  // Reads the whole stream (at most kMaxPageBytes) as one page. locator: the path, or "-".
  DocumentReader(std::unique_ptr<ByteSource> in, std::optional<std::string> source_path,
                 std::string locator);
  // An input that yields one error page with this reason.
  static std::unique_ptr<DocumentReader> Failed(std::optional<std::string> source_path,
                                                std::string locator, std::string reason);
  std::optional<Page> Next() override;

 private:
  std::unique_ptr<ByteSource> in_;
  std::optional<std::string> source_path_;
  std::string locator_;
  std::optional<std::string> failure_;
  bool done_ = false;
};

}  // namespace marsad::ingest
