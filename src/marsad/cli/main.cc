// marsad: Arabic news pages → political events. Parses the command line and calls pipeline/.
#include <cstdio>

#include "marsad/cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{
      "marsad (مرصد): turns raw Arabic news pages into coded political events — who did what "
      "to whom, when, and in which sentence it was said.",
      "marsad"};
  app.footer(
      "Typical use:\n"
      "  marsad extract samples/                 # clean article records (JSONL)\n"
      "  marsad code samples/                    # + sentences, entities, CAMEO events\n"
      "  marsad ingest --db marsad.db samples/   # into an SQLite store\n"
      "  marsad events --db marsad.db            # the coded events\n"
      "Run 'marsad COMMAND --help' for a command's options and examples.");
  app.require_subcommand(1);
  int exit_code = 0;
  marsad::cli::RegisterPageCommands(app, &exit_code);
  marsad::cli::RegisterTextCommands(app, &exit_code);
  marsad::cli::RegisterNerCommands(app, &exit_code);
  marsad::cli::RegisterStoreCommands(app, &exit_code);
  marsad::cli::RegisterServeCommand(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 1;  // usage error, per the contract
  }
  return exit_code;
}
