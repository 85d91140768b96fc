// Store: opening, writing and reading back articles. Queries are in event_queries.cc and
// search.cc; the schema in schema.cc.
#include "marsad/store/store.h"

#include <cstdio>
#include <ctime>
#include <nlohmann/json.hpp>

#include "marsad/store/internal/content_hash.h"
#include "marsad/store/internal/store_impl.h"

namespace marsad::store {
namespace {

std::string UtcNow() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::optional<std::string> NullIfEmpty(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

std::string SentencesJson(const std::vector<Sentence>& sentences) {
  nlohmann::json j = nlohmann::json::array();
  for (const auto& s : sentences) j.push_back({s.span.start, s.span.end});
  return j.dump();
}

std::vector<Sentence> SentencesFromJson(const std::string& text) {
  std::vector<Sentence> out;
  const auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_array()) return out;
  for (const auto& s : j) {
    if (s.is_array() && s.size() == 2 && s[0].is_number_unsigned() && s[1].is_number_unsigned()) {
      out.push_back({{s[0].get<std::size_t>(), s[1].get<std::size_t>()}});
    }
  }
  return out;
}

constexpr const char* kArticleColumns =
    "id, url, site, date, author, title, body, body_length, encoding, lang, source_path, "
    "duplicate_of, error, invalid_bytes, sentences, content_hash, ingested_at, coder_version, "
    "dictionary_fingerprint, date_source";

// Binds an article to ?1..?20 in kArticleColumns order.
void BindArticle(Statement& s, const Article& a, const std::string& hash, const Provenance& p) {
  s.Bind(1, a.id).Bind(2, a.url).Bind(3, a.site).Bind(4, a.date).Bind(5, a.author);
  s.Bind(6, a.title).Bind(7, a.body).Bind(8, CodePointCount(a.body)).Bind(9, a.encoding);
  s.Bind(10, a.lang).Bind(11, a.source_path).Bind(12, a.duplicate_of).Bind(13, a.error);
  s.Bind(14, a.invalid_bytes).Bind(15, SentencesJson(a.sentences)).Bind(16, hash);
  s.Bind(17, UtcNow()).Bind(18, NullIfEmpty(p.coder_version));
  s.Bind(19, NullIfEmpty(p.dictionary_fingerprint)).Bind(20, a.date_source);
}

// Binds a place to ?first..?first+10 in the events table's place_* order (NULLs when absent).
void BindPlace(Statement& s, int first, const std::optional<Place>& place) {
  if (!place) {
    for (int i = 0; i < 11; ++i) s.BindNull(first + i);
    return;
  }
  const Place& p = *place;
  s.Bind(first, p.text);
  if (p.span.empty()) {
    s.BindNull(first + 1).BindNull(first + 2);
  } else {
    s.Bind(first + 1, p.span.start).Bind(first + 2, p.span.end);
  }
  s.Bind(first + 3, NullIfEmpty(p.name)).Bind(first + 4, NullIfEmpty(p.kind));
  s.Bind(first + 5, NullIfEmpty(p.country)).Bind(first + 6, NullIfEmpty(p.adm1));
  s.Bind(first + 7, p.lat).Bind(first + 8, p.lon);
  if (p.geonameid == 0) {
    s.BindNull(first + 9);
  } else {
    s.Bind(first + 9, p.geonameid);
  }
  s.Bind(first + 10, NullIfEmpty(p.source));
}

void BindArgument(Statement& s, int first, const EventArgument& arg, bool with_code) {
  if (!arg.present()) {
    for (int i = 0; i < (with_code ? 4 : 3); ++i) s.BindNull(first + i);
    return;
  }
  s.Bind(first, arg.text);
  if (with_code) s.Bind(++first, NullIfEmpty(arg.code));
  s.Bind(first + 1, arg.span.start).Bind(first + 2, arg.span.end);
}

}  // namespace

Store::Store() : impl_(std::make_unique<Impl>()) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

namespace {

// Opens the connection. A read-only database in WAL mode needs its -shm file; in a folder the
// user cannot write, without one, SQLite can read it only as immutable (no writer can be
// there either: the folder is read-only).
Status Connect(Store::Impl& im, OpenMode mode) {
  const bool read_only = mode == OpenMode::kReadOnly;
  const int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(im.path.c_str(), &im.db, flags, nullptr) != SQLITE_OK) {
    return im.Error("cannot open");
  }
  sqlite3_busy_timeout(im.db, 10000);
  if (!read_only) return Status();
  if (Exec(im.db, "SELECT count(*) FROM sqlite_schema").ok()) return Status();
  sqlite3_close(im.db);
  im.db = nullptr;
  std::string uri = "file:";
  for (char c : im.path) {
    if (c == '?' || c == '#' || c == '%') {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
      uri += buf;
    } else {
      uri += c;
    }
  }
  const std::string escaped = uri + "?immutable=1";
  if (sqlite3_open_v2(escaped.c_str(), &im.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) !=
      SQLITE_OK) {
    return im.Error("cannot open");
  }
  return Status();
}

}  // namespace

Result<Store> Store::Open(const std::string& path, OpenMode mode) {
  Store store;
  Impl& im = *store.impl_;
  im.path = path;
  im.read_only = mode == OpenMode::kReadOnly;
  Status s = Connect(im, mode);
  if (!s.ok()) return s;
  // Before anything that writes (WAL mode writes the header): another program's database is
  // left exactly as it was.
  s = CheckMarsadDatabase(im.db, !im.read_only);
  if (s.ok() && im.read_only) s = CheckSchemaVersion(im.db);
  if (s.ok()) s = Exec(im.db, "PRAGMA foreign_keys = ON");
  if (s.ok() && !im.read_only) {
    // WAL: readers never block the writer and a killed writer leaves the last commit intact.
    // synchronous=NORMAL is durable against a killed process (not against power loss), which
    // is what an ingest can re-run from anyway.
    s = Exec(im.db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
    if (s.ok()) s = RegisterArabicTokenizer(im.db);
    if (s.ok()) s = Migrate(im.db);
  }
  if (!s.ok()) return Status::Error(path + ": " + s.message());

  const std::string cols = kArticleColumns;
  im.find_article = Statement(im.db, "SELECT seq, content_hash FROM articles WHERE id = ?1");
  im.find_failure = Statement(im.db, "SELECT 1 FROM failures WHERE id = ?1");
  im.insert_article = Statement(
      im.db, "INSERT INTO articles (" + cols +
                 ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                 "?16, ?17, ?18, ?19, ?20)");
  im.update_article = Statement(
      im.db, "UPDATE articles SET (" + cols +
                 ") = (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
                 "?17, ?18, ?19, ?20) WHERE seq = ?21");
  im.delete_entities = Statement(im.db, "DELETE FROM entities WHERE article = ?1");
  im.delete_events = Statement(im.db, "DELETE FROM events WHERE article = ?1");
  im.insert_entity = Statement(
      im.db, "INSERT INTO entities (article, idx, char_start, char_end, text, type, actor) "
             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  im.insert_event = Statement(
      im.db,
      "INSERT INTO events (article, idx, sentence, char_start, char_end, text, source_text, "
      "source_code, source_start, source_end, target_text, target_code, target_start, "
      "target_end, verb_text, verb_start, verb_end, cameo, root, goldstein, quad_class, plover, "
      "modality, confidence, article_id, " + std::string(kPlaceColumns) +
          ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
          "?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, "
          "?34, ?35, ?36)");
  im.upsert_search = Statement(im.db, kUpsertSearchKeys);
  im.upsert_failure = Statement(
      im.db, "INSERT INTO failures (id, source_path, url, error, ingested_at) VALUES (?1, ?2, "
             "?3, ?4, ?5) ON CONFLICT(id) DO UPDATE SET source_path = excluded.source_path, "
             "url = excluded.url, error = excluded.error, ingested_at = excluded.ingested_at");
  im.delete_failure = Statement(im.db, "DELETE FROM failures WHERE id = ?1");
  for (Statement* st : {&im.find_article, &im.find_failure, &im.insert_article,
                        &im.update_article, &im.delete_entities, &im.delete_events,
                        &im.insert_entity, &im.insert_event, &im.upsert_search,
                        &im.upsert_failure, &im.delete_failure}) {
    if (!st->ok()) return Status::Error(path + ": " + st->status().message());
  }
  return store;
}

void Store::SetProvenance(Provenance provenance) { impl_->provenance = std::move(provenance); }

Status Store::Begin() {
  if (auto s = Exec(impl_->db, "BEGIN IMMEDIATE"); !s.ok()) return impl_->Error("begin");
  return Status();
}

Status Store::Commit() {
  if (auto s = Exec(impl_->db, "COMMIT"); !s.ok()) return impl_->Error("commit");
  return Status();
}

namespace {

Status PutChildren(Store::Impl& im, std::int64_t seq, const Article& a) {
  const SearchDocument doc = MakeSearchDocument(a.title, a.body);
  if (auto s = im.upsert_search.Bind(1, seq).Bind(2, doc.words).Bind(3, doc.keys).Run(); !s.ok()) {
    return s;
  }
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    im.insert_entity.Bind(1, seq).Bind(2, i).Bind(3, e.span.start).Bind(4, e.span.end);
    im.insert_entity.Bind(5, e.text).Bind(6, e.type).Bind(7, NullIfEmpty(e.actor));
    if (auto s = im.insert_entity.Run(); !s.ok()) return s;
  }
  for (std::size_t i = 0; i < a.events.size(); ++i) {
    const Event& e = a.events[i];
    Statement& st = im.insert_event;
    st.Bind(1, seq).Bind(2, i).Bind(3, e.sentence).Bind(4, e.span.start).Bind(5, e.span.end);
    st.Bind(6, e.text);
    BindArgument(st, 7, e.source, true);
    BindArgument(st, 11, e.target, true);
    BindArgument(st, 15, e.verb, false);
    st.Bind(18, e.cameo).Bind(19, e.root).Bind(20, e.goldstein).Bind(21, e.quad_class);
    st.Bind(22, NullIfEmpty(e.plover)).Bind(23, e.modality).Bind(24, e.confidence);
    st.Bind(25, a.id);
    BindPlace(st, 26, e.place);
    if (auto s = st.Run(); !s.ok()) return s;
  }
  return Status();
}

// A failed input: a row of failures, no article.
Status PutFailure(Store::Impl& im, const Article& a) {
  Statement& s = im.upsert_failure;
  s.Bind(1, a.id).Bind(2, a.source_path).Bind(3, a.url).Bind(4, *a.error).Bind(5, UtcNow());
  return s.Run();
}

Status PutInSavepoint(Store::Impl& im, const Article& a) {
  if (a.error) return PutFailure(im, a);
  if (auto s = im.delete_failure.Bind(1, a.id).Run(); !s.ok()) return s;
  const std::string hash = Hex64(ContentHash(a));
  im.find_article.Bind(1, a.id);
  std::optional<std::int64_t> seq;
  if (im.find_article.Step()) {
    if (im.find_article.Text(1) == hash) {
      im.find_article.Reset();
      return Status();  // the same record is stored already
    }
    seq = im.find_article.Int(0);
  }
  Status found = im.find_article.StepError();
  im.find_article.Reset();
  if (!found.ok()) return found;

  if (seq) {
    BindArticle(im.update_article, a, hash, im.provenance);
    im.update_article.Bind(21, *seq);
    if (auto s = im.update_article.Run(); !s.ok()) return s;
    if (auto s = im.delete_entities.Bind(1, *seq).Run(); !s.ok()) return s;
    if (auto s = im.delete_events.Bind(1, *seq).Run(); !s.ok()) return s;
  } else {
    BindArticle(im.insert_article, a, hash, im.provenance);
    if (auto s = im.insert_article.Run(); !s.ok()) return s;
    seq = sqlite3_last_insert_rowid(im.db);
  }
  return PutChildren(im, *seq, a);
}

}  // namespace

Status Store::Put(const Article& article) {
  Impl& im = *impl_;
  // A savepoint makes each Put all-or-nothing, inside a Begin() batch or on its own.
  if (auto s = Exec(im.db, "SAVEPOINT put"); !s.ok()) return im.Error("put " + article.id);
  Status s = PutInSavepoint(im, article);
  if (!s.ok()) {
    Exec(im.db, "ROLLBACK TO put; RELEASE put");
    return Status::Error(im.path + ": article " + article.id + ": " + s.message());
  }
  if (auto r = Exec(im.db, "RELEASE put"); !r.ok()) return im.Error("put " + article.id);
  return Status();
}

Result<bool> Store::Contains(const std::string& article_id) {
  for (Statement* s : {&impl_->find_article, &impl_->find_failure}) {
    s->Bind(1, article_id);
    const bool found = s->Step();
    Status error = s->StepError();
    s->Reset();
    if (!error.ok()) return Status::Error(impl_->path + ": " + error.message());
    if (found) return true;
  }
  return false;
}

namespace {

EventArgument ReadArgument(const Statement& s, int first, bool with_code) {
  EventArgument a;
  if (s.IsNull(first)) return a;
  a.text = s.Text(first);
  if (with_code) a.code = s.Text(++first);
  a.span = {static_cast<std::size_t>(s.Int(first + 1)), static_cast<std::size_t>(s.Int(first + 2))};
  return a;
}

// Reads a place from the 11 place_* columns from `first`.
std::optional<Place> ReadPlace(const Statement& s, int first) {
  if (s.IsNull(first)) return std::nullopt;
  Place p;
  p.text = s.Text(first);
  if (!s.IsNull(first + 1)) {
    p.span = {static_cast<std::size_t>(s.Int(first + 1)), static_cast<std::size_t>(s.Int(first + 2))};
  }
  p.name = s.Text(first + 3);
  p.kind = s.Text(first + 4);
  p.country = s.Text(first + 5);
  p.adm1 = s.Text(first + 6);
  p.lat = s.Double(first + 7);
  p.lon = s.Double(first + 8);
  p.geonameid = s.Int(first + 9);
  p.source = s.Text(first + 10);
  return p;
}

}  // namespace

// Reads an event from columns first.. in the order of the events table (sentence .. confidence).
Event ReadEventColumns(const Statement& s, int first) {
  Event e;
  e.sentence = static_cast<std::size_t>(s.Int(first));
  e.span = {static_cast<std::size_t>(s.Int(first + 1)), static_cast<std::size_t>(s.Int(first + 2))};
  e.text = s.Text(first + 3);
  e.source = ReadArgument(s, first + 4, true);
  e.target = ReadArgument(s, first + 8, true);
  e.verb = ReadArgument(s, first + 12, false);
  e.cameo = s.Text(first + 15);
  e.root = s.Text(first + 16);
  e.goldstein = s.Double(first + 17);
  e.quad_class = static_cast<int>(s.Int(first + 18));
  e.plover = s.Text(first + 19);
  e.modality = s.Text(first + 20);
  e.confidence = s.Double(first + 21);
  e.place = ReadPlace(s, first + 22);
  return e;
}

namespace {

// A failed input as an article record with error set, or nullopt.
Result<std::optional<Article>> GetFailure(Store::Impl& im, const std::string& id) {
  Statement s(im.db, "SELECT source_path, url, error FROM failures WHERE id = ?1");
  if (!s.ok()) return im.Error("get");
  s.Bind(1, id);
  if (!s.Step()) {
    if (!s.StepError().ok()) return im.Error("get " + id);
    return std::optional<Article>();
  }
  Article a;
  a.id = id;
  a.source_path = s.OptText(0);
  a.url = s.OptText(1);
  a.error = s.Text(2);
  return std::optional<Article>(std::move(a));
}

}  // namespace

Result<std::optional<Article>> Store::Get(const std::string& article_id) {
  Impl& im = *impl_;
  Statement s(im.db, std::string("SELECT seq, ") + kArticleColumns + " FROM articles WHERE id = ?1");
  if (!s.ok()) return im.Error("get");
  s.Bind(1, article_id);
  if (!s.Step()) {
    if (!s.StepError().ok()) return im.Error("get " + article_id);
    return GetFailure(im, article_id);
  }
  Article a;
  const std::int64_t seq = s.Int(0);
  a.id = s.Text(1);
  a.url = s.OptText(2);
  a.site = s.OptText(3);
  a.date = s.OptText(4);
  a.author = s.OptText(5);
  a.title = s.Text(6);
  a.body = s.Text(7);
  a.encoding = s.Text(9);
  a.lang = s.Text(10);
  a.source_path = s.OptText(11);
  a.duplicate_of = s.OptText(12);
  a.error = s.OptText(13);
  a.invalid_bytes = static_cast<std::size_t>(s.Int(14));
  a.sentences = SentencesFromJson(s.Text(15));
  a.date_source = s.OptText(20);

  Statement ents(im.db,
                 "SELECT char_start, char_end, text, type, actor FROM entities WHERE article = ?1 "
                 "ORDER BY idx");
  ents.Bind(1, seq);
  while (ents.Step()) {
    a.entities.push_back({{static_cast<std::size_t>(ents.Int(0)), static_cast<std::size_t>(ents.Int(1))},
                          ents.Text(2), ents.Text(3), ents.Text(4)});
  }
  Statement evs(im.db,
                "SELECT sentence, char_start, char_end, text, source_text, source_code, "
                "source_start, source_end, target_text, target_code, target_start, target_end, "
                "verb_text, verb_start, verb_end, cameo, root, goldstein, quad_class, plover, "
                "modality, confidence, " + std::string(kPlaceColumns) +
                    " FROM events WHERE article = ?1 ORDER BY idx");
  evs.Bind(1, seq);
  while (evs.Step()) a.events.push_back(ReadEventColumns(evs, 0));
  if (!ents.StepError().ok() || !evs.StepError().ok()) return im.Error("get " + article_id);
  return std::optional<Article>(std::move(a));
}

Status Store::ForEachBody(const std::function<void(const std::string&, const std::string&)>& fn) {
  Statement s(impl_->db, "SELECT id, body FROM articles WHERE error IS NULL ORDER BY seq");
  if (!s.ok()) return impl_->Error("read bodies");
  while (s.Step()) fn(s.Text(0), s.Text(1));
  if (!s.StepError().ok()) return impl_->Error("read bodies");
  return Status();
}

Status Store::ForEachArticle(const std::function<Status(Article&&)>& fn) {
  Impl& im = *impl_;
  for (const char* sql :
       {"SELECT id FROM articles ORDER BY seq", "SELECT id FROM failures ORDER BY rowid"}) {
    Statement ids(im.db, sql);
    if (!ids.ok()) return im.Error("read articles");
    while (ids.Step()) {
      auto article = Get(ids.Text(0));
      if (!article.ok()) return article.status();
      if (!article.value()) continue;  // deleted meanwhile by another process
      if (auto s = fn(std::move(*article.value())); !s.ok()) return s;
    }
    if (!ids.StepError().ok()) return im.Error("read articles");
  }
  return Status();
}

Result<StoreCounts> Store::Counts() {
  Statement s(impl_->db,
              "SELECT (SELECT count(*) FROM articles), "
              "(SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL), "
              "(SELECT count(*) FROM failures), "
              "(SELECT count(*) FROM articles WHERE date IS NULL), "
              "(SELECT count(*) FROM entities), (SELECT count(*) FROM events)");
  if (!s.ok() || !s.Step()) return impl_->Error("count");
  return StoreCounts{s.Int(0), s.Int(1), s.Int(2), s.Int(3), s.Int(4), s.Int(5)};
}

Result<std::string> Store::IntegrityCheck() {
  Impl& im = *impl_;
  std::string problems;
  Statement check(im.db, "PRAGMA integrity_check");
  while (check.Step()) {
    if (check.Text(0) != "ok") problems += check.Text(0) + "\n";
  }
  Statement fk(im.db, "PRAGMA foreign_key_check");
  while (fk.Step()) problems += "foreign key: " + fk.Text(0) + " row " + fk.Text(1) + "\n";
  // The FTS index against its content table.
  if (auto s = Exec(im.db, "INSERT INTO articles_fts(articles_fts, rank) VALUES "
                           "('integrity-check', 1)");
      !s.ok()) {
    problems += "full-text index: " + s.message() + "\n";
  }
  if (!check.StepError().ok() || !fk.StepError().ok()) return im.Error("integrity check");
  return problems.empty() ? std::string("ok") : problems;
}

}  // namespace marsad::store

namespace marsad::store {
namespace {

// The articles a DeleteFilter selects, as a WHERE clause over articles (?1 ids as a JSON
// array, ?2 site, ?3 since, ?4 until; unset ones are NULL and do not filter).
constexpr const char* kDeleteWhere =
    "(?1 IS NULL OR id IN (SELECT value FROM json_each(?1))) AND (?2 IS NULL OR site = ?2) AND "
    "(?3 IS NULL OR date >= ?3) AND (?4 IS NULL OR date <= ?4)";

void BindDeleteFilter(Statement& s, const DeleteFilter& f) {
  if (f.ids.empty()) {
    s.BindNull(1);
  } else {
    s.Bind(1, nlohmann::json(f.ids).dump());
  }
  s.Bind(2, NullIfEmpty(f.site)).Bind(3, NullIfEmpty(f.since)).Bind(4, NullIfEmpty(f.until));
}

Result<std::int64_t> CountWhere(Store::Impl& im, const std::string& sql, const DeleteFilter& f) {
  Statement s(im.db, sql);
  if (!s.ok()) return im.Error("delete");
  BindDeleteFilter(s, f);
  if (!s.Step()) return im.Error("delete");
  return s.Int(0);
}

Result<DeleteCounts> DeleteInTransaction(Store::Impl& im, const DeleteFilter& f) {
  const std::string where = kDeleteWhere;
  DeleteCounts counts;
  auto events = CountWhere(
      im, "SELECT count(*) FROM events WHERE article IN (SELECT seq FROM articles WHERE " + where + ")", f);
  if (!events.ok()) return events.status();
  counts.events = events.value();
  auto unlinked = CountWhere(
      im, "SELECT count(*) FROM articles d WHERE d.duplicate_of IN (SELECT id FROM articles "
          "WHERE " + where + ") AND d.id NOT IN (SELECT id FROM articles WHERE " + where + ")", f);
  if (!unlinked.ok()) return unlinked.status();
  counts.unlinked_duplicates = unlinked.value();
  // The articles_delete trigger removes entities, events and search keys and unlinks duplicates.
  Statement del(im.db, "DELETE FROM articles WHERE " + where);
  if (!del.ok()) return im.Error("delete");
  BindDeleteFilter(del, f);
  if (auto s = del.Run(); !s.ok()) return im.Error("delete");
  counts.articles = sqlite3_changes(im.db);
  // Failed inputs have only an id: they go with a delete by id alone.
  if (!f.ids.empty() && f.site.empty() && f.since.empty() && f.until.empty()) {
    Statement fail(im.db, "DELETE FROM failures WHERE id IN (SELECT value FROM json_each(?1))");
    fail.Bind(1, nlohmann::json(f.ids).dump());
    if (auto s = fail.Run(); !s.ok()) return im.Error("delete");
    counts.failures = sqlite3_changes(im.db);
  }
  return counts;
}

}  // namespace

Status Validate(const DeleteFilter& filter) {
  if (filter.ids.empty() && filter.site.empty() && filter.since.empty() && filter.until.empty()) {
    return Status::Error("say which articles to delete: ARTICLE_ID..., --site, --since or --until");
  }
  EventFilter dates;
  dates.since = filter.since;
  dates.until = filter.until;
  return Validate(dates);
}

Result<DeleteCounts> Store::Delete(const DeleteFilter& filter) {
  if (auto v = Validate(filter); !v.ok()) return v;
  Impl& im = *impl_;
  if (auto s = Exec(im.db, "BEGIN IMMEDIATE"); !s.ok()) return im.Error("delete");
  auto counts = DeleteInTransaction(im, filter);
  if (!counts.ok()) {
    Exec(im.db, "ROLLBACK");
    return counts;
  }
  if (auto s = Exec(im.db, "COMMIT"); !s.ok()) return im.Error("delete");
  return counts;
}

}  // namespace marsad::store
