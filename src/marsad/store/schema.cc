// The schema and its migrations. Migration N takes a database from user_version N to N + 1 and
// runs in one transaction with the version bump, so a crash leaves either version, never a mix.
// Append migrations; never edit one that has shipped.
#include <string>
#include <vector>

#include "marsad/store/internal/store_impl.h"

namespace marsad::store {
namespace {

// Version 1: articles, entities, events, the actors seen, full-text search.
// Columns named char_start/char_end hold the contract's code-point offsets into articles.body.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,              -- storage order; stable row id for the FTS index
  id TEXT NOT NULL UNIQUE,              -- the record id (CONTRACT.md)
  url TEXT, site TEXT, date TEXT, author TEXT,
  title TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  body_length INTEGER NOT NULL DEFAULT 0,  -- code points
  encoding TEXT, lang TEXT, source_path TEXT,
  duplicate_of TEXT REFERENCES articles(id),
  error TEXT,
  invalid_bytes INTEGER NOT NULL DEFAULT 0,
  sentences TEXT NOT NULL DEFAULT '[]',    -- JSON [[start, end], ...]
  content_hash TEXT NOT NULL,              -- of the record: a Put of the same record is a no-op
  ingested_at TEXT NOT NULL                -- UTC, 2015-07-21T02:51:32Z
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE entities (
  article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
  text TEXT NOT NULL, type TEXT NOT NULL, actor TEXT,
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;
CREATE INDEX entities_actor ON entities(actor) WHERE actor IS NOT NULL;

CREATE TABLE events (
  id INTEGER PRIMARY KEY,               -- GLOBALEVENTID of the mention in exports
  article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  source_text TEXT, source_code TEXT, source_start INTEGER, source_end INTEGER,
  target_text TEXT, target_code TEXT, target_start INTEGER, target_end INTEGER,
  verb_text TEXT, verb_start INTEGER, verb_end INTEGER,
  cameo TEXT NOT NULL, root TEXT NOT NULL,
  goldstein REAL NOT NULL, quad_class INTEGER NOT NULL,
  plover TEXT,
  modality TEXT NOT NULL,
  confidence REAL NOT NULL,
  UNIQUE (article, idx)
);
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_cameo ON events(cameo);

-- Every actor code seen, as an entity or an event argument, with how often and when.
CREATE VIEW actors_seen AS
  SELECT code, sum(entities) AS entities, sum(events) AS events,
         min(date) AS first_date, max(date) AS last_date
  FROM (SELECT e.actor AS code, 1 AS entities, 0 AS events, a.date AS date
          FROM entities e JOIN articles a ON a.seq = e.article WHERE e.actor IS NOT NULL
        UNION ALL
        SELECT v.source_code, 0, 1, a.date
          FROM events v JOIN articles a ON a.seq = v.article WHERE v.source_code IS NOT NULL
        UNION ALL
        SELECT v.target_code, 0, 1, a.date
          FROM events v JOIN articles a ON a.seq = v.article WHERE v.target_code IS NOT NULL)
  GROUP BY code;

-- Full-text index over title and body, kept in step with articles by the triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, body, content='articles', content_rowid='seq', tokenize='marsad_arabic');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body)
    VALUES ('delete', old.seq, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body)
    VALUES ('delete', old.seq, old.title, old.body);
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
)sql";

const std::vector<const char*>& Migrations() {
  static const std::vector<const char*> migrations = {kVersion1};
  return migrations;
}

Result<int> UserVersion(sqlite3* db) {
  Statement s(db, "PRAGMA user_version");
  if (!s.ok()) return s.status();
  if (!s.Step()) return Status::Error("cannot read the schema version");
  return static_cast<int>(s.Int(0));
}

// Rebuilds the full-text index if it was made with other search keys than this build's.
Status RefreshSearchIndex(sqlite3* db) {
  const std::string fingerprint = SearchKeyFingerprint();
  Statement get(db, "SELECT value FROM meta WHERE key = 'search_keys'");
  if (!get.ok()) return get.status();
  if (get.Step() && get.Text(0) == fingerprint) return Status();
  if (auto s = Exec(db, "BEGIN IMMEDIATE"); !s.ok()) return s;
  Statement set(db, "INSERT OR REPLACE INTO meta(key, value) VALUES ('search_keys', ?1)");
  Status s = Exec(db, "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')");
  if (s.ok()) s = set.Bind(1, fingerprint).Run();
  if (!s.ok()) {
    Exec(db, "ROLLBACK");
    return s;
  }
  return Exec(db, "COMMIT");
}

}  // namespace

int SchemaVersion() { return static_cast<int>(Migrations().size()); }

Status Migrate(sqlite3* db) {
  for (;;) {
    if (auto s = Exec(db, "BEGIN IMMEDIATE"); !s.ok()) return s;
    // Read the version inside the write transaction: another process may have migrated.
    auto version = UserVersion(db);
    if (!version.ok() || version.value() >= SchemaVersion()) {
      Exec(db, "COMMIT");
      if (!version.ok()) return version.status();
      if (version.value() > SchemaVersion()) {
        return Status::Error("schema version " + std::to_string(version.value()) +
                             " is newer than this build's (" + std::to_string(SchemaVersion()) +
                             "): upgrade marsad");
      }
      return RefreshSearchIndex(db);
    }
    const int v = version.value();
    Status s = Exec(db, Migrations()[static_cast<std::size_t>(v)]);
    if (s.ok()) s = Exec(db, "PRAGMA user_version = " + std::to_string(v + 1));
    if (!s.ok()) {
      Exec(db, "ROLLBACK");
      return Status::Error("migration to schema version " + std::to_string(v + 1) + ": " +
                           s.message());
    }
    if (auto c = Exec(db, "COMMIT"); !c.ok()) return c;
  }
}

}  // namespace marsad::store
