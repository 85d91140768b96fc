#include "marsad/store/store.h"

namespace marsad::store {
int SchemaVersion() { return 0; }
}  // namespace marsad::store
