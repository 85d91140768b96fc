// The subcommands of the marsad binary. Each Register* function adds its subcommands to the
// app; a subcommand's callback runs the work and stores its exit status in *exit_code
// (0 success, 1 usage error, 2 input error that stopped the run; see CONTRACT.md).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "marsad/core/core.h"

namespace marsad::cli {

void RegisterPageCommands(CLI::App& app, int* exit_code);   // extract, annotate, code
void RegisterTextCommands(CLI::App& app, int* exit_code);   // segment, pos-conll
void RegisterNerCommands(CLI::App& app, int* exit_code);    // tag-conll
void RegisterStoreCommands(CLI::App& app, int* exit_code);  // ingest, events, search, ...
void RegisterServeCommand(CLI::App& app, int* exit_code);   // serve

// The article's error and warnings on stderr, "marsad VERB: PATH: message" (page commands and
// ingest).
void ReportProblems(const char* verb, const Article& article);
// --date-field NAME: the JSONL field that holds the publication date.
void AddDateFieldOption(CLI::App* cmd, std::string& date_field);

// A fingerprint of the resources under dir (lexicons, dictionaries, models, gazetteer): 16 hex
// digits of FNV-1a 64 over every file's relative path and bytes, in path order, Markdown files
// left out. Equal fingerprints mean the coder read the same data. Error if dir is unreadable.
Result<std::string> DataFingerprint(const std::string& dir);

}  // namespace marsad::cli
