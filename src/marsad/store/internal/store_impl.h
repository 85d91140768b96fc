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
  Statement find_article, find_failure, insert_article, update_article, delete_entities,
      delete_events, insert_entity, insert_event, upsert_search, upsert_failure, delete_failure;
  bool read_only = false;
  Provenance provenance;
  ~Impl() {
    // Statements must be finalized before the connection closes.
    find_article = Statement();
    find_failure = Statement();
    upsert_search = Statement();
    upsert_failure = Statement();
    delete_failure = Statement();
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

// The search keys of an article as stored in article_search (see schema.cc, version 2).
struct SearchDocument {
  std::string words;  // each word's folded form, space-separated, title first
  std::string keys;   // each word's keys (folded form, then clitic variants)
};
SearchDocument MakeSearchDocument(std::string_view title, std::string_view body);
// ?1 seq, ?2 words, ?3 keys. An upsert, not INSERT OR REPLACE: REPLACE would delete without
// firing the trigger that keeps the FTS index in step.
inline constexpr const char* kUpsertSearchKeys =
    "INSERT INTO article_search (seq, words, keys) VALUES (?1, ?2, ?3) "
    "ON CONFLICT(seq) DO UPDATE SET words = excluded.words, keys = excluded.keys";

// Checks, without writing, that db is marsad's: its application_id, or a version-1 marsad
// database (which had none), or (may_create) an empty file. Otherwise an error saying what
// the file is.
Status CheckMarsadDatabase(sqlite3* db, bool may_create);
// For read-only use: an error unless the schema is exactly this build's.
Status CheckSchemaVersion(sqlite3* db);

// Registers the "marsad_arabic" FTS5 tokenizer (SearchTokens) on a connection: version 1's
// index used it, and a migration must open that index to drop it.
Status RegisterArabicTokenizer(sqlite3* db);
// Creates or migrates the schema to SchemaVersion(); rebuilds the search index when the search
// keys changed.
Status Migrate(sqlite3* db);

}  // namespace marsad::store
