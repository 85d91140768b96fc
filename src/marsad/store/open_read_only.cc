// Store::OpenReadOnly: a connection for queries that can never change the database.
#include "marsad/store/internal/store_impl.h"

namespace marsad::store {

Result<Store> Store::OpenReadOnly(const std::string& path) {
  Store store;
  Impl& im = *store.impl_;
  im.path = path;
  // No SQLITE_OPEN_CREATE: a missing file is an error, not a new empty database.
  if (sqlite3_open_v2(path.c_str(), &im.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    return im.Error("cannot open");
  }
  sqlite3_busy_timeout(im.db, 10000);
  // query_only refuses writes even through a future code path that tries one.
  if (auto s = Exec(im.db, "PRAGMA query_only = ON; PRAGMA foreign_keys = ON"); !s.ok()) {
    return Status::Error(path + ": " + s.message());
  }
  if (auto s = RegisterArabicTokenizer(im.db); !s.ok()) return Status::Error(path + ": " + s.message());
  Statement version(im.db, "PRAGMA user_version");
  if (!version.ok() || !version.Step()) return im.Error("not a database");
  const std::int64_t v = version.Int(0);
  if (v == 0) return Status::Error(path + ": not a marsad database (no schema)");
  if (v > SchemaVersion()) {
    return Status::Error(path + ": schema version " + std::to_string(v) +
                         " is newer than this build's (" + std::to_string(SchemaVersion()) +
                         "): upgrade marsad");
  }
  if (v < SchemaVersion()) {
    return Status::Error(path + ": schema version " + std::to_string(v) +
                         " is older than this build's: run marsad ingest --db on it once to "
                         "migrate it");
  }
  return store;
}

}  // namespace marsad::store
