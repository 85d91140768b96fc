// The store's maintenance commands: delete (articles by id, site or date range) and upgrade
// (migrate an older database so that the read-only queries can open it).
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "marsad/cli/commands.h"
#include "marsad/store/store.h"

namespace marsad::cli {
namespace {

int Fail(const char* command, const std::string& message, int status = 2) {
  std::fprintf(stderr, "marsad %s: %s\n", command, message.c_str());
  return status;
}

int RunDelete(const std::string& db, const store::DeleteFilter& filter, bool quiet) {
  if (auto v = store::Validate(filter); !v.ok()) return Fail("delete", v.message(), 1);
  if (access(db.c_str(), F_OK) != 0) return Fail("delete", db + ": no such database");
  auto store = store::Store::Open(db);
  if (!store.ok()) return Fail("delete", store.error());
  auto deleted = store->Delete(filter);
  if (!deleted.ok()) return Fail("delete", deleted.error());
  auto counts = store->Counts();
  if (!quiet && counts.ok()) {
    const auto& d = deleted.value();
    std::fprintf(stderr,
                 "marsad delete: %lld articles deleted with their %lld events, %lld failed "
                 "inputs, %lld near-duplicates unlinked; %s now holds %lld articles and %lld "
                 "events\n",
                 static_cast<long long>(d.articles), static_cast<long long>(d.events),
                 static_cast<long long>(d.failures),
                 static_cast<long long>(d.unlinked_duplicates), db.c_str(),
                 static_cast<long long>(counts->articles), static_cast<long long>(counts->events));
  }
  return 0;
}

void RegisterDelete(CLI::App& app, int* exit_code) {
  auto db = std::make_shared<std::string>();
  auto filter = std::make_shared<store::DeleteFilter>();
  auto quiet = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand(
      "delete",
      "Delete stored articles with their entities, events and search index entries, by id, "
      "site or date range (all given criteria must match). Near-duplicates of a deleted "
      "article stay, unlinked. Deleting with any SQLite tool (DELETE FROM articles WHERE ...) "
      "is as consistent: triggers remove what belongs to the article.");
  cmd->footer(
      "Examples:\n"
      "  marsad delete --db marsad.db 3f2a9c0e1b7d4a55 77c1e0d2a9b3f410\n"
      "  marsad delete --db news.db --site example.com\n"
      "  marsad delete --db news.db --since 2015-01-01 --until 2015-01-31\n");
  cmd->add_option("--db", *db, "SQLite database written by marsad ingest")->required();
  cmd->add_option("ARTICLE_ID", filter->ids, "ids of articles or failed inputs to delete");
  cmd->add_option("--site", filter->site, "articles of this site (exactly: www.example.com)");
  cmd->add_option("--since", filter->since, "articles dated on or after, YYYY-MM-DD");
  cmd->add_option("--until", filter->until, "articles dated on or before, YYYY-MM-DD");
  cmd->add_flag("-q,--quiet", *quiet, "no summary on stderr");
  cmd->callback([=] { *exit_code = RunDelete(*db, *filter, *quiet); });
}

int RunUpgrade(const std::string& db) {
  if (access(db.c_str(), F_OK) != 0) return Fail("upgrade", db + ": no such database");
  auto store = store::Store::Open(db);  // migrates
  if (!store.ok()) return Fail("upgrade", store.error());
  std::fprintf(stderr, "marsad upgrade: %s is at schema version %d\n", db.c_str(),
               store::SchemaVersion());
  return 0;
}

void RegisterUpgrade(CLI::App& app, int* exit_code) {
  auto db = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "upgrade",
      "Migrate a database written by an older marsad to this build's schema (ingest, delete "
      "and recode do it too; the queries open databases read-only and ask for this).");
  cmd->footer("Example:\n  marsad upgrade --db old.db\n");
  cmd->add_option("--db", *db, "SQLite database written by marsad ingest")->required();
  cmd->callback([=] { *exit_code = RunUpgrade(*db); });
}

}  // namespace

void RegisterMaintainCommands(CLI::App& app, int* exit_code) {
  RegisterDelete(app, exit_code);
  RegisterUpgrade(app, exit_code);
}

}  // namespace marsad::cli
