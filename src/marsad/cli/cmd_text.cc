// segment, pos-conll (placeholder until the text layer lands).
#include "marsad/cli/commands.h"

namespace marsad::cli {
void RegisterTextCommands(CLI::App&, int*) {}
}  // namespace marsad::cli
