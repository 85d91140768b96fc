// Internal to marsad/store: the state behind a Store, shared by the files that implement it.
#pragma once

#include <sqlite3.h>

#include <string>

#include "marsad/core/core.h"
#include "marsad/store/internal/sqlite_statement.h"
#include "marsad/store/store.h"

namespace marsad::store {

struct Store::Impl {
  std::string path;
  sqlite3* db = nullptr;
  // Prepared once: Put runs them for every article.
  Statement find_article, insert_article, update_article, delete_entities, delete_events,
      insert_entity, insert_event;
  ~Impl() {
    // Statements must be finalized before the connection closes.
    find_article = Statement();
    insert_article = Statement();
    update_article = Statement();
    delete_entities = Statement();
    delete_events = Statement();
    insert_entity = Statement();
    insert_event = Statement();
    sqlite3_close(db);
  }
  Status Error(const std::string& what) const {
    return Status::Error(path + ": " + what + ": " + sqlite3_errmsg(db));
  }
};

// Reads an event from 22 columns starting at `first`, in the events table's order from
// sentence to confidence.
Event ReadEventColumns(const Statement& s, int first);

// Registers the "marsad_arabic" FTS5 tokenizer (SearchTokens) on a connection.
Status RegisterArabicTokenizer(sqlite3* db);
// Creates or migrates the schema to SchemaVersion(); rebuilds the search index when the search
// keys changed.
Status Migrate(sqlite3* db);

}  // namespace marsad::store
