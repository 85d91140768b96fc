// Internal to marsad/store: the hash that makes a Put of the same record a no-op.
#pragma once

#include <cstdint>

#include "marsad/core/core.h"

namespace marsad::store {

// A 64-bit hash of every field of the record (what ToJsonLine with all fields writes), fed
// field by field without building the JSON: equal records, equal hashes; a change to any
// field changes it (but for a 2^-64 chance). Stable across runs and builds. Warnings are not
// part of the record.
std::uint64_t ContentHash(const Article& article);

}  // namespace marsad::store
