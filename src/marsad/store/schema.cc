// The schema and its migrations. Migration N takes a database from user_version N to N + 1 and
// runs in one transaction with the version bump, so a crash leaves either version, never a mix.
// Append migrations; never edit one that has shipped.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "marsad/store/internal/store_impl.h"

namespace marsad::store {
namespace {

// PRAGMA application_id of marsad databases: "MRSD". A file without it is not written to.
constexpr std::int64_t kApplicationId = 0x4D525344;

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

// Version 2: a database any SQLite tool can read, search and delete from.
// - The full-text index uses SQLite's built-in unicode61 tokenizer over search keys that
//   marsad stores pre-normalised in article_search (SearchTokens: folded words, and each word
//   with its clitic variants), so stock sqlite3 and Python can query it (no custom tokenizer).
// - Deleting an article (from any tool, foreign keys on or off) deletes its entities, events
//   and search row and unlinks its near-duplicates, by trigger.
// - Failed inputs go to their own table instead of being article rows.
// - Events carry the visible article id (the join key users see), articles the coder version
//   and dictionary fingerprint that coded them; cameo_codes and events_full label events.
constexpr const char* kVersion2 = R"sql(
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;

CREATE TABLE failures (
  id TEXT PRIMARY KEY,                  -- the record id of the input that failed
  source_path TEXT, url TEXT,
  error TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
INSERT INTO failures (id, source_path, url, error, ingested_at)
  SELECT id, source_path, url, error, ingested_at FROM articles WHERE error IS NOT NULL;
DELETE FROM articles WHERE error IS NOT NULL;

ALTER TABLE articles ADD COLUMN coder_version TEXT;           -- marsad version that coded it
ALTER TABLE articles ADD COLUMN dictionary_fingerprint TEXT;  -- of the actor/verb data used
CREATE INDEX articles_site ON articles(site);

ALTER TABLE events ADD COLUMN article_id TEXT;  -- articles.id: the id every output shows
UPDATE events SET article_id = (SELECT id FROM articles WHERE seq = events.article);
CREATE INDEX events_article_id ON events(article_id);

-- Search keys, one row per article (rowid = articles.seq): `words` holds each word of title
-- and body folded (hamza/alef forms, ى/ي, ة/ه, marks, digits), `keys` each word followed by its
-- forms without clitics (وأمريكا → وامريكا امريكا). Queries use the folded form of each word.
CREATE TABLE article_search (
  seq INTEGER PRIMARY KEY,
  words TEXT NOT NULL,
  keys TEXT NOT NULL
);
CREATE VIRTUAL TABLE articles_fts USING fts5(
  words, keys, content='article_search', content_rowid='seq',
  tokenize='unicode61 remove_diacritics 0');
CREATE TRIGGER article_search_insert AFTER INSERT ON article_search BEGIN
  INSERT INTO articles_fts(rowid, words, keys) VALUES (new.seq, new.words, new.keys);
END;
CREATE TRIGGER article_search_delete AFTER DELETE ON article_search BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, words, keys)
    VALUES ('delete', old.seq, old.words, old.keys);
END;
CREATE TRIGGER article_search_update AFTER UPDATE ON article_search BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, words, keys)
    VALUES ('delete', old.seq, old.words, old.keys);
  INSERT INTO articles_fts(rowid, words, keys) VALUES (new.seq, new.words, new.keys);
END;
CREATE TRIGGER articles_delete AFTER DELETE ON articles BEGIN
  DELETE FROM article_search WHERE seq = old.seq;
  DELETE FROM entities WHERE article = old.seq;
  DELETE FROM events WHERE article = old.seq;
  UPDATE articles SET duplicate_of = NULL WHERE duplicate_of = old.id;
END;
-- RefreshSearchIndex fills article_search for the articles stored before version 2.
DELETE FROM meta WHERE key = 'search_keys';

-- The CAMEO codebook (code, label, Goldstein, QuadClass, PLOVER), filled by marsad on open.
CREATE TABLE cameo_codes (
  code TEXT PRIMARY KEY, root TEXT NOT NULL, label TEXT NOT NULL,
  goldstein REAL, quad_class INTEGER, plover TEXT
);

-- Events with their article, sentence and CAMEO label: one row per event, ready to read.
CREATE VIEW events_full AS
  SELECT e.id, e.article_id, a.date, a.site, a.url, a.title,
         e.sentence, json_extract(a.sentences, '$[' || e.sentence || '][0]') AS sentence_start,
         json_extract(a.sentences, '$[' || e.sentence || '][1]') AS sentence_end,
         e.text AS sentence_text, e.char_start, e.char_end,
         e.source_code, e.source_text, e.source_start, e.source_end,
         e.verb_text, e.verb_start, e.verb_end,
         e.target_code, e.target_text, e.target_start, e.target_end,
         e.cameo, c.label AS cameo_label, e.root, r.label AS root_label,
         e.goldstein, e.quad_class, e.plover, e.modality, e.confidence,
         a.coder_version, a.dictionary_fingerprint
  FROM events e JOIN articles a ON a.seq = e.article
  LEFT JOIN cameo_codes c ON c.code = e.cameo
  LEFT JOIN cameo_codes r ON r.code = e.root;
)sql";

const std::vector<const char*>& Migrations() {
  static const std::vector<const char*> migrations = {kVersion1, kVersion2};
  return migrations;
}

Result<int> UserVersion(sqlite3* db) {
  Statement s(db, "PRAGMA user_version");
  if (!s.ok()) return s.status();
  if (!s.Step()) return Status::Error("cannot read the schema version");
  return static_cast<int>(s.Int(0));
}

// Rewrites every article's search keys if they were made by another build's SearchTokens
// (or not made yet, after the migration to version 2), then rebuilds the full-text index.
Status RefreshSearchIndex(sqlite3* db) {
  const std::string fingerprint = SearchKeyFingerprint();
  Statement get(db, "SELECT value FROM meta WHERE key = 'search_keys'");
  if (!get.ok()) return get.status();
  if (get.Step() && get.Text(0) == fingerprint) return Status();
  if (auto s = Exec(db, "BEGIN IMMEDIATE"); !s.ok()) return s;
  Status s;
  {
    Statement read(db, "SELECT seq, title, body FROM articles");
    Statement write(db, kUpsertSearchKeys);
    if (!read.ok() || !write.ok()) s = read.ok() ? write.status() : read.status();
    while (s.ok() && read.Step()) {
      const SearchDocument doc = MakeSearchDocument(read.Text(1), read.Text(2));
      s = write.Bind(1, read.Int(0)).Bind(2, doc.words).Bind(3, doc.keys).Run();
    }
    if (s.ok()) s = read.StepError();
    Statement set(db, "INSERT OR REPLACE INTO meta(key, value) VALUES ('search_keys', ?1)");
    if (s.ok()) s = Exec(db, "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')");
    if (s.ok()) s = set.Bind(1, fingerprint).Run();
  }
  if (!s.ok()) {
    Exec(db, "ROLLBACK");
    return s;
  }
  return Exec(db, "COMMIT");
}

// Tables of a marsad database; a file with application_id 0 and these is a version-1 marsad
// database (version 1 did not set the application id).
bool HasVersion1Tables(const std::vector<std::string>& tables) {
  for (const char* name : {"articles", "entities", "events", "meta"}) {
    if (std::find(tables.begin(), tables.end(), name) == tables.end()) return false;
  }
  return true;
}

std::string Join(const std::vector<std::string>& names, std::size_t at_most) {
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < at_most; ++i) out += (i ? ", " : "") + names[i];
  if (names.size() > at_most) out += ", ...";
  return out;
}

}  // namespace

int SchemaVersion() { return static_cast<int>(Migrations().size()); }

Status CheckMarsadDatabase(sqlite3* db, bool may_create) {
  Statement app(db, "PRAGMA application_id");
  if (!app.ok()) return Status::Error("not an SQLite database (" + app.status().message() + ")");
  if (!app.Step()) return Status::Error("not an SQLite database (" + app.StepError().message() + ")");
  const std::int64_t application_id = app.Int(0);
  auto version = UserVersion(db);
  if (!version.ok()) return version.status();
  std::vector<std::string> tables;
  Statement list(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                     "'sqlite_%' ORDER BY name");
  while (list.Step()) tables.push_back(list.Text(0));
  if (!list.StepError().ok()) return list.StepError();

  if (application_id == kApplicationId) return Status();
  if (application_id == 0 && version.value() == 0 && tables.empty()) {
    if (may_create) return Status();
    return Status::Error("an empty database, not one written by marsad ingest");
  }
  if (application_id == 0 && version.value() == 1 && HasVersion1Tables(tables)) return Status();
  char id[16];
  std::snprintf(id, sizeof id, "0x%08llx", static_cast<unsigned long long>(application_id) & 0xffffffffULL);
  return Status::Error(
      std::string("not a marsad database: an SQLite file with application_id ") + id +
      ", schema version " + std::to_string(version.value()) +
      (tables.empty() ? std::string(" and no tables") : " and tables " + Join(tables, 6)) +
      "; marsad leaves it unchanged (give --db a new file name to make a marsad database)");
}

Status CheckSchemaVersion(sqlite3* db) {
  auto version = UserVersion(db);
  if (!version.ok()) return version.status();
  if (version.value() > SchemaVersion()) {
    return Status::Error("schema version " + std::to_string(version.value()) +
                         " is newer than this build's (" + std::to_string(SchemaVersion()) +
                         "): upgrade marsad");
  }
  if (version.value() < SchemaVersion()) {
    return Status::Error("schema version " + std::to_string(version.value()) +
                         " is older than this build's (" + std::to_string(SchemaVersion()) +
                         ") and queries open databases read-only: upgrade it once with "
                         "marsad upgrade --db FILE");
  }
  return Status();
}

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
    if (s.ok()) {
      s = Exec(db, "PRAGMA user_version = " + std::to_string(v + 1) +
                       "; PRAGMA application_id = " + std::to_string(kApplicationId));
    }
    if (!s.ok()) {
      Exec(db, "ROLLBACK");
      return Status::Error("migration to schema version " + std::to_string(v + 1) + ": " +
                           s.message());
    }
    if (auto c = Exec(db, "COMMIT"); !c.ok()) return c;
  }
}

}  // namespace marsad::store
