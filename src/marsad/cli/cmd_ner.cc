// tag-conll (placeholder until the NER model lands).
#include "marsad/cli/commands.h"

namespace marsad::cli {
void RegisterNerCommands(CLI::App&, int*) {}
}  // namespace marsad::cli
