// marsad/store: SQLite store of articles, entities and events (placeholder; see issue 8).
#pragma once

#include <string>

#include "marsad/core/core.h"

namespace marsad::store {

// Schema version this build writes.
int SchemaVersion();

}  // namespace marsad::store
