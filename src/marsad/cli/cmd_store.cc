// ingest, events, search, ... (placeholder until the store lands).
#include "marsad/cli/commands.h"

namespace marsad::cli {
void RegisterStoreCommands(CLI::App&, int*) {}
}  // namespace marsad::cli
