// Placeholder (foundation skeleton): exact duplicates only. Replaced by MinHash + LSH.
#include <unordered_map>

#include "marsad/extract/extract.h"

namespace marsad::extract {

struct DuplicateFinder::Impl {
  std::unordered_map<std::uint64_t, std::string> exact;
};
DuplicateFinder::DuplicateFinder() : impl_(std::make_unique<Impl>()) {}
DuplicateFinder::~DuplicateFinder() = default;
DuplicateFinder::DuplicateFinder(DuplicateFinder&&) noexcept = default;
DuplicateFinder& DuplicateFinder::operator=(DuplicateFinder&&) noexcept = default;

std::optional<std::string> DuplicateFinder::FindAndAdd(const std::string& id,
                                                       const std::string& body) {
  if (body.empty()) return std::nullopt;
  auto [it, inserted] = impl_->exact.emplace(Fnv1a64(body), id);
  if (inserted) return std::nullopt;
  return it->second;
}

}  // namespace marsad::extract
