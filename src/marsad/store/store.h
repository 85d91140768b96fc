// marsad/store: an SQLite database of articles, entities and events that users can open, query,
// search and share.
//
//   auto store = store::Store::Open("marsad.db");          // creates or migrates the schema
//   store->Put(article);                                   // idempotent upsert by article id
//   store::EventFilter f; f.actor = "SYR"; f.root = "19";  // fights involving Syria
//   for (const auto& e : store->Events(f).value()) ...
//   store->Search("أمريكا", 10);   // also finds امريكا and وأمريكا (Arabic-aware FTS5)
//
// Any SQLite tool can read the database, search it (articles_fts over pre-normalised keys, see
// schema.cc) and delete articles from it (triggers delete what belongs to them).
//
// Guarantees: every write is a transaction (one per Put, or one per Begin()/Commit() batch), the
// database is in WAL mode with foreign keys on, so a process killed at any point leaves the last
// committed state and nothing half-written. The schema carries its version in PRAGMA
// user_version and is migrated forward on Open. Offsets stored for entities and events are the
// contract's code-point offsets into the article body. A Store is used from one thread.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/core/core.h"

namespace marsad::store {

// Schema version this build writes (PRAGMA user_version).
int SchemaVersion();

// ---- queries -----------------------------------------------------------------------------

// Filters for event queries; empty fields do not filter. Codes are prefixes: "SYR" matches
// SYR, SYRGOV, SYRMIL. Dates are YYYY-MM-DD, YYYY-MM or YYYY, inclusive (--until 2015-07
// takes all of July); events of undated articles never pass a date filter.
struct EventFilter {
  std::string actor;   // source or target code prefix
  std::string source;  // source code prefix
  std::string target;  // target code prefix
  std::string code;    // CAMEO code prefix ("04", "042")
  std::string root;    // CAMEO root, exactly ("04")
  int quad = 0;        // QuadClass 1..4, 0 for any
  std::string since;
  std::string until;
  std::string modality;     // asserted|negated|denied|reported|hypothetical|future
  bool facts_only = false;  // drop negated, denied and hypothetical (as events::IsFact)
  std::string country;      // the event's place is in this country (ISO alpha-3, "IRQ")
  std::string place;        // the event's place, by its Arabic name as written or English name
  std::size_t limit = 0;    // 0: no limit
  std::size_t offset = 0;   // skip this many events first (pages of `limit`)
};
// Checks the filter's values (code shapes, dates, quad, modality); the error names the field.
Status Validate(const EventFilter& filter);

// An event with where it was said.
struct StoredEvent {
  std::int64_t id = 0;      // stable within a database: its row id
  std::string article_id;
  std::size_t index = 0;    // position among the article's events
  std::optional<std::string> date;  // the article's date
  std::optional<std::string> url;
  std::optional<std::string> site;
  std::string ingested_at;  // UTC, YYYY-MM-DDTHH:MM:SSZ
  std::size_t body_length = 0;  // code points
  Event event;
};

// One JSON object (no newline): the contract's event fields plus id, article_id, date, url,
// site.
std::string ToJsonLine(const StoredEvent& event);

struct Dyad {
  std::string source;
  std::string target;
  std::int64_t events = 0;
  double mean_goldstein = 0;
};

enum class Period { kDay, kWeek, kMonth };
struct TimelinePoint {
  std::string period;  // 2015-07-21, 2015-07-20 (the week's Monday), 2015-07
  std::int64_t events = 0;
  double mean_goldstein = 0;
  std::int64_t quad[4] = {0, 0, 0, 0};  // events per QuadClass 1..4
};

struct ActorCount {
  std::string code;
  std::string name;  // the words most often coded with it
  std::int64_t as_source = 0;
  std::int64_t as_target = 0;
  std::int64_t events() const { return as_source + as_target; }
};

struct SearchHit {
  std::string article_id;
  std::optional<std::string> date;
  std::optional<std::string> url;
  std::string title;    // with matches between the highlight marks
  std::string snippet;  // a few words around the best match, with highlight marks
};
struct SearchOptions {
  std::size_t limit = 20;
  std::size_t offset = 0;  // skip this many hits first (pages of `limit`)
  std::string open = "[";  // around each matched word
  std::string close = "]";
};

// Articles to list: empty fields do not filter. query is an FTS5 query as for Search (best
// match first; a query of no words matches nothing); without one, the newest articles come
// first (undated ones last).
struct ArticleFilter {
  std::string query;
  std::string site;   // exactly
  std::string since;  // YYYY-MM-DD, inclusive
  std::string until;
  std::size_t limit = 20;
  std::size_t offset = 0;
};
struct ArticleSummary {
  std::string id;
  std::string title;
  std::optional<std::string> site;
  std::optional<std::string> date;
  std::optional<std::string> url;
  std::int64_t events = 0;
};
struct ArticleList {
  std::vector<ArticleSummary> articles;  // at most limit, from offset
  std::int64_t total = 0;                // all the filter matches
};
struct SiteCount {
  std::string site;
  std::int64_t articles = 0;
};

struct StoreCounts {
  std::int64_t articles = 0;
  std::int64_t duplicates = 0;
  std::int64_t failed = 0;   // rows of the failures table
  std::int64_t undated = 0;  // articles without a date
  std::int64_t entities = 0;
  std::int64_t events = 0;
};

// Which articles Delete() removes: those matching every set field. At least one must be set.
struct DeleteFilter {
  std::vector<std::string> ids;  // article ids (failed inputs' ids too)
  std::string site;              // exactly
  std::string since;             // article dates, YYYY-MM-DD, inclusive
  std::string until;
};
// Checks the filter (a criterion set, dates well formed); the error names the flag.
Status Validate(const DeleteFilter& filter);
struct DeleteCounts {
  std::int64_t articles = 0;
  std::int64_t failures = 0;
  std::int64_t events = 0;
  std::int64_t unlinked_duplicates = 0;  // duplicates of a deleted article, kept unlinked
};

// What coded the articles Put from now on: stored with each article.
struct Provenance {
  std::string coder_version;           // e.g. "0.1.0 (e2202d3)"
  std::string dictionary_fingerprint;  // of the actor dictionary and verb lexicon used
};

enum class OpenMode {
  kReadWrite,  // creates the file if missing, migrates an older schema
  kReadOnly,   // for queries: never writes, works on read-only files and folders
};

// ---- the store ---------------------------------------------------------------------------

class Store {
 public:
  // Opens the database at path. kReadWrite creates it if missing and migrates an older schema;
  // kReadOnly requires this build's schema. A file that is not marsad's (another program's
  // SQLite database: no marsad application_id) is refused and left unchanged. An error names
  // the file and the reason (not a database, not marsad's, newer schema than this build ...).
  static Result<Store> Open(const std::string& path, OpenMode mode = OpenMode::kReadWrite);
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  // Stores the article with its entities and events, replacing what was stored under its id;
  // putting the same article again changes nothing. Failed articles (error set) go to the
  // failures table, so that a re-run knows them (Contains) and they are never article rows.
  // REQUIRES: duplicate_of, if set, names a stored article.
  Status Put(const Article& article);
  // Recorded with every article Put after this call.
  void SetProvenance(Provenance provenance);
  // Deletes the matching articles with their entities, events and search keys (and matching
  // failures), in one transaction; near-duplicates of a deleted article stay, unlinked.
  Result<DeleteCounts> Delete(const DeleteFilter& filter);
  // Groups the Puts between them in one transaction (faster; all or nothing on a crash).
  Status Begin();
  Status Commit();

  Result<bool> Contains(const std::string& article_id);
  // The article with sentences, entities and events, or nullopt if not stored.
  Result<std::optional<Article>> Get(const std::string& article_id);
  // Calls fn(id, body) for every stored article without error, in the order they were stored
  // (to seed near-duplicate detection).
  Status ForEachBody(const std::function<void(const std::string&, const std::string&)>& fn);
  // Calls fn with every stored article as Get returns it (sentences, entities, events), in the
  // order they were stored, then every failed input (error set), in the order they failed: to
  // copy a store into another (pipeline::Merge). Stops at the first error fn returns.
  Status ForEachArticle(const std::function<Status(Article&&)>& fn);

  Result<std::vector<StoredEvent>> Events(const EventFilter& filter);
  // How many events pass the filter but its dates: the events of undated articles that
  // --since/--until (or a timeline) leaves out, so that a query can say so.
  Result<std::int64_t> UndatedEvents(const EventFilter& filter);
  // Actor pairs (both codes set) by number of events, with mean Goldstein.
  Result<std::vector<Dyad>> Dyads(const EventFilter& filter, std::size_t limit);
  // Periods from the first to the last dated event, empty ones included (with zeros).
  Result<std::vector<TimelinePoint>> Timeline(const EventFilter& filter, Period by);
  Result<std::vector<ActorCount>> TopActors(const EventFilter& filter, std::size_t limit);
  // The CAMEO codebook's labels by code ("130" → "Threaten, not specified below").
  Result<std::map<std::string, std::string>> CameoLabels();
  // Articles matching an FTS5 query (words, "phrases", OR, NOT, prefix*), best first. A query
  // of more than kMaxQueryWords words or kMaxQueryBytes bytes is refused with an error naming
  // the limit (Articles too); a word repeated is searched and highlighted once. Time: linear in
  // the query, then SQLite's FTS5 over at most kMaxQueryWords terms.
  static constexpr std::size_t kMaxQueryWords = 64;
  static constexpr std::size_t kMaxQueryBytes = 4096;
  Result<std::vector<SearchHit>> Search(const std::string& query, const SearchOptions& options);
  // Stored articles without error (duplicates included), filtered, one page of them.
  Result<ArticleList> Articles(const ArticleFilter& filter);
  // Sites with their number of articles, most first.
  Result<std::vector<SiteCount>> Sites();

  Result<StoreCounts> Counts();
  // "ok" or SQLite's list of problems (PRAGMA integrity_check, foreign keys, FTS index).
  Result<std::string> IntegrityCheck();

  struct Impl;  // opaque: the SQLite connection and prepared statements

 private:
  Store();
  std::unique_ptr<Impl> impl_;
};

// ---- Arabic-aware search keys (stored in article_search, indexed by articles_fts) ------------

// A word of a text as the full-text index sees it: where the word is, in bytes of the UTF-8
// text, and its keys. keys[0] is the word normalised (text::NormalizeKey, then hamza and alef
// forms, ى/ي, ة/ه, tashkeel and tatweel folded); with variants, the keys after it are the same
// with proclitics (و ف ب ك ل ال and their combinations, لل) and enclitic pronouns (ه ها هم كم
// نا ...) stripped while at least two letters are left. Documents are indexed with variants and
// queries looked up without, so the query أمريكا finds امريكا, وأمريكا and لأمريكا, while the
// query لبنان does not find بنان. From another tool, search the folded form:
//   sqlite3 news.db "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'امريكا'"
struct SearchToken {
  std::vector<std::string> keys;
  std::size_t begin = 0;
  std::size_t end = 0;
};
std::vector<SearchToken> SearchTokens(std::string_view utf8, bool with_variants);
// A hash of the keys of a fixed probe text covering the Arabic letters, marks and clitics. The
// store keeps it and rewrites the keys on a writing Open when it changes, e.g. after the text layer's
// normaliser changed, so that old documents and new queries never disagree on keys.
std::string SearchKeyFingerprint();

// ---- output ------------------------------------------------------------------------------

enum class Format { kTable, kJsonl, kTsv, kCsv };
// "table", "jsonl", "tsv", "csv"; nullopt for anything else.
std::optional<Format> ParseFormat(std::string_view name);

// Rows of strings written as an aligned table (widths counted in terminal columns, so Arabic
// and other non-ASCII text lines up), JSON objects keyed by header, TSV or CSV (RFC 4180).
class TableWriter {
 public:
  TableWriter(Format format, std::vector<std::string> header);
  void Add(std::vector<std::string> row);
  // Streams rows for jsonl/tsv/csv; a table is buffered to measure widths and written here.
  void Finish(std::ostream& out);
  void Flush(std::ostream& out);  // writes rows added so far (not for tables)

 private:
  Format format_;
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
  bool wrote_header_ = false;
};
// Columns a string takes in a terminal: one per code point, none for combining marks and
// zero-width characters (Arabic harakat, ZWJ), two for wide East Asian characters.
std::size_t DisplayWidth(std::string_view utf8);

// ---- GDELT 2.0 export (see GDELT.md beside this file) ---------------------------------------

// GDELT 2.0 Events: one line per distinct (date, source, target, CAMEO code), 61 tab-separated
// columns in GDELT's order, NumMentions/NumSources/NumArticles counted from the store.
Status WriteGdeltEvents(Store& store, const EventFilter& filter, std::ostream& out);
// GDELT 2.0 Mentions: one line per stored event (a mention), 16 columns, with char offsets.
Status WriteGdeltMentions(Store& store, const EventFilter& filter, std::ostream& out);
// The column names, in order (61 and 16).
const std::vector<std::string>& GdeltEventColumns();
const std::vector<std::string>& GdeltMentionColumns();

}  // namespace marsad::store
