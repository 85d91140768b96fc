// A database safe to share: read-only opening, refusing other programs' SQLite files, delete
// (by marsad and by stock sqlite3) that keeps the FTS index and counts consistent.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "marsad/store/store.h"
#include "store/store_fixture.h"

namespace marsad::store {
namespace {

using testing::MakeArticle;
using testing::MakeEvent;
using testing::TempDir;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Runs a shell command; its stdout (stderr kept apart) and exit status.
std::pair<int, std::string> Shell(const std::string& command) {
  std::string out;
  FILE* p = popen(command.c_str(), "r");
  if (p == nullptr) return {-1, ""};
  std::array<char, 4096> buf{};
  for (std::size_t n; (n = fread(buf.data(), 1, buf.size(), p)) > 0;) out.append(buf.data(), n);
  const int status = pclose(p);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

// Three articles on two sites, one with a near-duplicate, one failed input.
void PutSample(Store& store) {
  Article a1 = MakeArticle("a1", "2015-07-20", "زار الوزير أمريكا الأسبوع الماضي.",
                           {MakeEvent("الوزير", "SYRGOV", "زار", "أمريكا", "USA", "042", 1.9, 1)});
  Article a2 = MakeArticle("a2", "2015-07-22", "اجتمع ممثلو روسيا وأمريكا في جنيف.",
                           {MakeEvent("روسيا", "RUS", "اجتمع", "أمريكا", "USA", "040", 1.0, 1)});
  a2.site = "other.example";
  Article a3 = MakeArticle("a3", "2015-08-03", "اجتمع ممثلو روسيا وأمريكا في جنيف اليوم.");
  a3.duplicate_of = "a2";
  Article bad;
  bad.id = "bad";
  bad.error = "cannot open file";
  for (const Article* a : {&a1, &a2, &a3, &bad}) ASSERT_TRUE(store.Put(*a).ok()) << a->id;
}

std::vector<std::string> SearchIds(Store& store, const std::string& query) {
  std::vector<std::string> ids;
  auto hits = store.Search(query, {});
  if (!hits.ok()) return {hits.error()};
  for (const auto& h : hits.value()) ids.push_back(h.article_id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

TEST(Safety, QueriesOpenAReadOnlyFileAndFolder) {
  TempDir dir;
  const std::string folder = dir.File("shared");
  std::filesystem::create_directory(folder);
  const std::string path = folder + "/m.db";
  {
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok()) << store.error();
    PutSample(store.value());
  }
  ASSERT_EQ(chmod(path.c_str(), 0444), 0);
  const std::string before = ReadFile(path);
  for (bool folder_read_only : {false, true}) {
    if (folder_read_only) ASSERT_EQ(chmod(folder.c_str(), 0555), 0);
    auto store = Store::Open(path, OpenMode::kReadOnly);
    ASSERT_TRUE(store.ok()) << store.error();
    EXPECT_EQ(store->Events({}).value().size(), 2u);
    EXPECT_EQ(store->Counts()->articles, 3);
    EXPECT_EQ(SearchIds(store.value(), "أمريكا"), (std::vector<std::string>{"a1", "a2", "a3"}));
    EXPECT_TRUE(store->Get("a1").value().has_value());
    // Writes fail cleanly.
    EXPECT_FALSE(store->Put(MakeArticle("a4", "2015-01-01", "نص.")).ok());
  }
  chmod(folder.c_str(), 0755);
  EXPECT_EQ(ReadFile(path), before);
  // Writing opens fail with a message naming the file, not a crash.
  if (geteuid() != 0) {  // root writes anyway
    auto writer = Store::Open(path);
    if (!writer.ok()) {
      EXPECT_NE(writer.error().find("m.db"), std::string::npos);
    }
  }
}

TEST(Safety, AForeignSqliteFileIsRefusedAndLeftUnchanged) {
  TempDir dir;
  const std::string path = dir.File("other.db");
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); "
                               "INSERT INTO customers (name) VALUES ('سارة')",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
  }
  const std::string before = ReadFile(path);
  for (OpenMode mode : {OpenMode::kReadWrite, OpenMode::kReadOnly}) {
    auto store = Store::Open(path, mode);
    ASSERT_FALSE(store.ok());
    EXPECT_NE(store.error().find("other.db"), std::string::npos) << store.error();
    EXPECT_NE(store.error().find("not a marsad database"), std::string::npos) << store.error();
    EXPECT_NE(store.error().find("customers"), std::string::npos) << store.error();
  }
  EXPECT_EQ(ReadFile(path), before);
  EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
  // A file only carrying another application id is refused too.
  const std::string tagged = dir.File("tagged.db");
  {
    sqlite3* db = nullptr;
    sqlite3_open(tagged.c_str(), &db);
    sqlite3_exec(db, "PRAGMA application_id = 42", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  EXPECT_FALSE(Store::Open(tagged).ok());
  // An empty file is a new database for a writer only.
  std::ofstream(dir.File("empty.db")).close();
  EXPECT_FALSE(Store::Open(dir.File("empty.db"), OpenMode::kReadOnly).ok());
  EXPECT_TRUE(Store::Open(dir.File("empty.db")).ok());
}

TEST(Safety, DeleteByIdSiteAndDateKeepsSearchAndCountsConsistent) {
  struct Case {
    const char* name;
    DeleteFilter filter;
    std::vector<std::string> left;  // articles left
    std::int64_t failures_left;
  };
  const std::vector<Case> cases = {
      {"by id", {{"a1", "bad"}, "", "", ""}, {"a2", "a3"}, 0},
      {"by site", {{}, "example.com", "", ""}, {"a2"}, 1},
      {"by date range", {{}, "", "2015-07-21", "2015-12-31"}, {"a1"}, 1},
      {"id and site", {{"a1", "a2"}, "other.example", "", ""}, {"a1", "a3"}, 1},
  };
  for (const auto& c : cases) {
    TempDir dir;
    auto store = Store::Open(dir.File("m.db"));
    PutSample(store.value());
    auto deleted = store->Delete(c.filter);
    ASSERT_TRUE(deleted.ok()) << c.name << ": " << deleted.error();
    EXPECT_EQ(deleted->articles, static_cast<std::int64_t>(3 - c.left.size())) << c.name;
    EXPECT_EQ(store->Counts()->articles, static_cast<std::int64_t>(c.left.size())) << c.name;
    EXPECT_EQ(store->Counts()->failed, c.failures_left) << c.name;
    EXPECT_EQ(SearchIds(store.value(), "أمريكا"), c.left) << c.name;
    EXPECT_EQ(store->IntegrityCheck().value(), "ok") << c.name;
    std::size_t events = 0;
    for (const auto& id : c.left) events += store->Get(id).value()->events.size();
    EXPECT_EQ(store->Counts()->events, static_cast<std::int64_t>(events)) << c.name;
  }
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  EXPECT_FALSE(store->Delete({}).ok());  // deleting everything needs a criterion
  DeleteFilter bad_date;
  bad_date.since = "July";
  EXPECT_FALSE(store->Delete(bad_date).ok());
}

TEST(Safety, StockSqliteDeletesRowsAndSearchesTheIndex) {
  if (Shell("command -v sqlite3 >/dev/null").first != 0) GTEST_SKIP() << "no sqlite3 shell";
  TempDir dir;
  const std::string path = dir.File("m.db");
  {
    auto store = Store::Open(path);
    PutSample(store.value());
  }
  const std::string sqlite = "sqlite3 " + path + " ";
  // Foreign keys are off in the stock shell by default: the triggers do the cleaning.
  auto deleted = Shell(sqlite + "\"DELETE FROM articles WHERE id = 'a2'\" 2>&1");
  ASSERT_EQ(deleted.first, 0) << deleted.second;
  EXPECT_EQ(deleted.second, "");
  auto fts = Shell(sqlite +
                   "\"SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
                   "WHERE articles_fts MATCH 'امريكا' ORDER BY a.id\" 2>&1");
  ASSERT_EQ(fts.first, 0) << fts.second;
  EXPECT_EQ(fts.second, "a1\na3\n");
  auto orphans = Shell(sqlite + "\"SELECT (SELECT count(*) FROM events WHERE article_id = 'a2'), "
                                "(SELECT count(*) FROM article_search), (SELECT count(*) FROM "
                                "articles WHERE duplicate_of = 'a2')\" 2>&1");
  EXPECT_EQ(orphans.second, "0|2|0\n");
  auto check = Shell(sqlite + "\"INSERT INTO articles_fts(articles_fts, rank) VALUES "
                              "('integrity-check', 1)\" 2>&1");
  EXPECT_EQ(check.first, 0) << check.second;
  // And marsad agrees.
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.error();
  EXPECT_EQ(store->IntegrityCheck().value(), "ok");
  EXPECT_EQ(SearchIds(store.value(), "أمريكا"), (std::vector<std::string>{"a1", "a3"}));
  EXPECT_EQ(store->Counts()->events, 1);
}

TEST(Safety, EventsCarryTheVisibleArticleIdAndLabels) {
  TempDir dir;
  const std::string path = dir.File("m.db");
  {
    auto store = Store::Open(path);
    PutSample(store.value());
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "SELECT article_id, a.url, sentence_text, cameo FROM events_full "
                               "JOIN articles a ON a.id = events_full.article_id ORDER BY events_full.id",
                               -1, &s, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(db);
  std::vector<std::string> ids;
  while (sqlite3_step(s) == SQLITE_ROW) ids.push_back(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
  sqlite3_finalize(s);
  sqlite3_close(db);
  EXPECT_EQ(ids, (std::vector<std::string>{"a1", "a2"}));
}

}  // namespace
}  // namespace marsad::store
