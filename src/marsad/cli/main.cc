// marsad: Arabic news pages → political events. Parses the command line and calls pipeline/.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string_view>

#include "marsad/cli/commands.h"
#include "marsad_version.h"

namespace {

// `marsad --version`: what built this binary and which data it codes with.
int PrintVersion() {
  const std::string dir = marsad::DataDir();
  auto fingerprint = marsad::cli::DataFingerprint(dir);
  std::cout << "marsad " << MARSAD_VERSION << "\n"
            << "commit " << MARSAD_COMMIT << "\n"
            << "data " << dir << " fingerprint "
            << (fingerprint.ok() ? fingerprint.value() : "unreadable (" + fingerprint.error() + ")")
            << "\n";
  return fingerprint.ok() ? 0 : 2;
}

std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// "marsad frobnicate": name the unknown command, suggest the closest one, list them all.
int UnknownCommand(const CLI::App& app, std::string_view name) {
  std::string best, all;
  std::size_t best_distance = 3;  // suggest only a near miss (evnets, ingset)
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    const std::string& n = sub->get_name();
    all += (all.empty() ? "" : ", ") + n;
    if (const std::size_t d = EditDistance(name, n); d < best_distance) {
      best = n;
      best_distance = d;
    }
  }
  std::cerr << "marsad: unknown command '" << name << "'";
  if (!best.empty()) std::cerr << "; did you mean '" << best << "'?";
  std::cerr << "\ncommands: " << all << "\nRun 'marsad --help' for what each does.\n";
  return 1;
}

}  // namespace

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
      "  marsad --version                        # version, commit, data fingerprint\n"
      "Run 'marsad COMMAND --help' for a command's options and examples.");
  app.require_subcommand(1);
  int exit_code = 0;
  marsad::cli::RegisterPageCommands(app, &exit_code);
  marsad::cli::RegisterTextCommands(app, &exit_code);
  marsad::cli::RegisterNerCommands(app, &exit_code);
  marsad::cli::RegisterStoreCommands(app, &exit_code);
  marsad::cli::RegisterServeCommand(app, &exit_code);
  bool version = false;  // handled before parsing: no subcommand is required with it
  app.add_flag("--version", version, "print the version, the commit built from and the data fingerprint");
  if (argc >= 2 && std::string_view(argv[1]) == "--version") return PrintVersion();
  const auto commands = app.get_subcommands([](const CLI::App*) { return true; });
  if (argc >= 2 && argv[1][0] != '-' &&
      std::none_of(commands.begin(), commands.end(), [&](const CLI::App* c) { return c->check_name(argv[1]); })) {
    return UnknownCommand(app, argv[1]);
  }
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
