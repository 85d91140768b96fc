// Placeholder extractor (foundation skeleton): visible text, <title>. Replaced by the scorer.
#include <unordered_map>

#include "marsad/extract/extract.h"

namespace marsad::extract {

Article Extract(const ingest::Page& page) {
  Article a;
  a.id = page.id;
  a.source_path = page.source_path;
  a.url = page.url;
  a.date = page.date;
  a.encoding = page.encoding;
  a.invalid_bytes = page.invalid_bytes;
  a.error = page.error;
  if (page.error) return a;
  if (page.title) a.title = *page.title;
  a.body = page.content;
  return a;
}

struct DuplicateFinder::Impl {
  std::unordered_map<std::uint64_t, std::string> exact;
};
DuplicateFinder::DuplicateFinder() : impl_(std::make_unique<Impl>()) {}
DuplicateFinder::~DuplicateFinder() = default;
DuplicateFinder::DuplicateFinder(DuplicateFinder&&) noexcept = default;
DuplicateFinder& DuplicateFinder::operator=(DuplicateFinder&&) noexcept = default;

std::optional<std::string> DuplicateFinder::FindAndAdd(const std::string& id, const std::string& body) {
  if (body.empty()) return std::nullopt;
  auto [it, inserted] = impl_->exact.emplace(Fnv1a64(body), id);
  if (inserted) return std::nullopt;
  return it->second;
}

}  // namespace marsad::extract
