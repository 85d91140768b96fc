// Placeholder reader (foundation skeleton): files as UTF-8 HTML. Replaced by the real readers.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "marsad/ingest/ingest.h"

namespace marsad::ingest {

struct PageReader::Impl {
  std::vector<std::string> files;
  std::size_t next = 0;
  IngestCounts counts;
};

PageReader::PageReader(std::vector<std::string> paths) : impl_(std::make_unique<Impl>()) {
  namespace fs = std::filesystem;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (const auto& e : fs::recursive_directory_iterator(p, ec))
        if (e.is_regular_file()) found.push_back(e.path().string());
      std::sort(found.begin(), found.end());
      impl_->files.insert(impl_->files.end(), found.begin(), found.end());
    } else {
      impl_->files.push_back(p);
    }
  }
}
PageReader::~PageReader() = default;
PageReader::PageReader(PageReader&&) noexcept = default;
PageReader& PageReader::operator=(PageReader&&) noexcept = default;
const IngestCounts& PageReader::counts() const { return impl_->counts; }

std::optional<Page> PageReader::Next() {
  if (impl_->next >= impl_->files.size()) return std::nullopt;
  const std::string path = impl_->files[impl_->next++];
  Page page;
  page.source_path = path;
  std::ifstream in(path, std::ios::binary);
  ++impl_->counts.pages;
  if (!in) {
    page.error = "cannot open file";
    ++impl_->counts.errors;
  } else {
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    DecodeHtml(bytes, std::nullopt, page);
  }
  page.id = Hex64(Fnv1a64(path + '\0' + page.content));
  return page;
}

void DecodeHtml(std::string_view bytes, const std::optional<std::string>&, Page& page) {
  page.encoding = "UTF-8";
  page.content = std::string(bytes);
  page.invalid_bytes = SanitizeUtf8(page.content);
  page.kind = page.content.find('<') == std::string::npos ? PageKind::kTextDump : PageKind::kHtml;
}

}  // namespace marsad::ingest
