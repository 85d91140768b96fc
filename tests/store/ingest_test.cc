// marsad ingest end to end: idempotence, duplicates, and SIGKILL at random points.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <random>
#include <thread>

#include "marsad/store/store.h"
#include "store/store_fixture.h"
#include "store/test_corpus.h"
#include "support/run_marsad.h"

namespace marsad::store {
namespace {

using testing::TempDir;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// Everything stored except when: the rows of articles, entities and events in storage order.
std::string Dump(const std::string& db_path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return "";
  std::string out;
  for (const char* sql :
       {"SELECT seq, id, url, site, date, author, title, body, body_length, encoding, lang, "
        "source_path, duplicate_of, error, invalid_bytes, sentences, content_hash FROM articles "
        "ORDER BY seq",
        "SELECT * FROM entities ORDER BY article, idx", "SELECT * FROM events ORDER BY id"}) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) {
      out += std::string("error: ") + sqlite3_errmsg(db);
      continue;
    }
    while (sqlite3_step(s) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(s); ++c) {
        const auto* text = sqlite3_column_text(s, c);
        out += text ? reinterpret_cast<const char*>(text) : "NULL";
        out += '\t';
      }
      out += '\n';
    }
    sqlite3_finalize(s);
    out += "--\n";
  }
  sqlite3_close(db);
  return out;
}

pid_t StartIngest(const std::string& db, const std::vector<std::string>& paths) {
  std::vector<std::string> args = {MARSAD_BINARY, "ingest", "-q", "-j2", "--db", db};
  args.insert(args.end(), paths.begin(), paths.end());
  const pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    freopen("/dev/null", "w", stdout);
    freopen("/dev/null", "w", stderr);
    execv(MARSAD_BINARY, argv.data());
    _exit(127);
  }
  return pid;
}

// Exit status, or -signal if killed.
int Wait(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFSIGNALED(status) ? -WTERMSIG(status) : WEXITSTATUS(status);
}

int Ingest(const std::string& db, const std::vector<std::string>& paths) {
  return Wait(StartIngest(db, paths));
}

std::string SharedSample() {
  return marsad::testing::SharedDir() + "/data/corpus/saudinewsnet/sample-200.jsonl";
}

TEST(Ingest, SecondRunAddsNothingAndDuplicatesAreLinkedNotCoded) {
  TempDir dir;
  const std::string pages = testing::WriteGeneratedPages(dir.File("pages"), 30);
  const std::string db = dir.File("m.db");
  ASSERT_EQ(Ingest(db, {pages}), 0);
  const std::string first = Dump(db);
  ASSERT_EQ(Ingest(db, {pages}), 0);
  EXPECT_EQ(Dump(db), first);
  // The same pages under another name are new pages, but all duplicates of stored ones.
  std::filesystem::copy(pages, dir.File("again"));
  ASSERT_EQ(Ingest(db, {dir.File("again")}), 0);
  auto store = Store::Open(db);
  ASSERT_TRUE(store.ok());
  auto counts = store->Counts().value();
  EXPECT_EQ(counts.articles, 60);
  EXPECT_GE(counts.duplicates, 30);  // the copies (and maybe copies inside the first set)
  auto events = store->Events({}).value();
  std::set<std::string> coded;
  for (const auto& e : events) coded.insert(e.article_id);
  std::size_t duplicates_coded = 0, duplicates = 0;
  sqlite3* db_handle = nullptr;
  sqlite3_open(db.c_str(), &db_handle);
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db_handle, "SELECT id FROM articles WHERE duplicate_of IS NOT NULL", -1, &s,
                     nullptr);
  while (sqlite3_step(s) == SQLITE_ROW) {
    ++duplicates;
    if (coded.count(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)))) ++duplicates_coded;
  }
  sqlite3_finalize(s);
  sqlite3_close(db_handle);
  EXPECT_EQ(duplicates, static_cast<std::size_t>(counts.duplicates));
  EXPECT_EQ(duplicates_coded, 0u);
  EXPECT_EQ(store->IntegrityCheck().value(), "ok");
}

TEST(Ingest, SearchFindsACliticAttachedUnhamzatedVariant) {
  TempDir dir;
  // JSON lines with already extracted text: the search, not the HTML extractor, is under test.
  std::ofstream(dir.File("pages.jsonl"))
      << R"({"id": "g1", "title": "لقاء في جنيف", "date": "2015-07-01", "text": )"
         R"("اجتمع ممثلو روسيا وامريكا في جنيف لبحث الأزمة السورية.\n\nوقال المتحدث إن )"
         R"(المحادثات كانت بناءة."})" "\n"
      << R"({"id": "g2", "title": "خبر آخر", "date": "2015-07-02", "text": )"
         R"("أعلنت الحكومة الفرنسية عن خطة جديدة للطاقة في باريس."})" "\n";
  const std::string db = dir.File("m.db");
  ASSERT_EQ(Ingest(db, {dir.File("pages.jsonl")}), 0);
  auto r = marsad::testing::RunMarsad("search --db " + db + " أمريكا");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("[وامريكا]"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("فرنسية"), std::string::npos) << r.out;
}

// The acceptance test on the project's own samples: أمريكا finds its un-hamzated forms with
// attached clitics (samples/informal-spelling-geneva-talks.html writes وامريكا and لامريكا).
TEST(Ingest, SearchOnTheSamplesFindsUnhamzatedCliticForms) {
  TempDir dir;
  const std::string db = dir.File("m.db");
  ASSERT_EQ(Ingest(db, {marsad::testing::SourceDir() + "/samples"}), 0);
  auto r = marsad::testing::RunMarsad("search --db " + db + " أمريكا");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("[وامريكا]"), std::string::npos) << r.out;
  auto hits = marsad::testing::RunMarsad("search --db " + db + " --format tsv الأمم");
  EXPECT_NE(hits.out.find("[للامم]"), std::string::npos) << hits.out;
}

TEST(Ingest, QueriesOnAMissingDatabaseFailWithoutCreatingIt) {
  TempDir dir;
  auto r = marsad::testing::RunMarsad("events --db " + dir.File("none.db"));
  EXPECT_EQ(r.status, 2);
  EXPECT_FALSE(std::filesystem::exists(dir.File("none.db")));
  EXPECT_EQ(marsad::testing::RunMarsad("events --db x.db --format xml").status, 1);
}

// Kills `marsad ingest` with SIGKILL at random points (seeded), runs it again to the end, and
// checks the database equals an uninterrupted run's and passes the integrity checks.
TEST(Ingest, SurvivesSigkillAtRandomPoints) {
  TempDir dir;
  std::vector<std::string> corpus;
  const unsigned generated = kSanitized ? 20 : 80;
  corpus.push_back(testing::WriteGeneratedPages(dir.File("pages"), generated));
  if (std::filesystem::exists(SharedSample())) {
    if (kSanitized) {
      // A shorter copy of the sample, kept in the test's temp dir.
      std::ifstream in(SharedSample());
      std::ofstream out(dir.File("sample.jsonl"));
      std::string line;
      for (int i = 0; i < 30 && std::getline(in, line); ++i) out << line << '\n';
      corpus.push_back(dir.File("sample.jsonl"));
    } else {
      corpus.push_back(SharedSample());
    }
  }

  const std::string reference = dir.File("reference.db");
  const auto started = std::chrono::steady_clock::now();
  ASSERT_EQ(Ingest(reference, corpus), 0);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const std::string expected = Dump(reference);
  ASSERT_NE(expected.find("--\n"), std::string::npos);

  const int wanted_kills = kSanitized ? 6 : 20;
  std::mt19937 rng(20151125);
  int kills = 0, trials = 0;
  while (kills < wanted_kills && trials < 3 * wanted_kills) {
    const std::string db = dir.File("crash-" + std::to_string(trials++) + ".db");
    // A chain of runs killed at random points, each resuming what the last one committed; a
    // run that finishes before its kill ends the chain.
    for (int k = 0; k < 4; ++k) {
      std::uniform_real_distribution<double> delay(0, seconds);
      const pid_t pid = StartIngest(db, corpus);
      std::this_thread::sleep_for(std::chrono::duration<double>(delay(rng)));
      kill(pid, SIGKILL);
      if (Wait(pid) != -SIGKILL) break;
      ++kills;
    }
    ASSERT_EQ(Ingest(db, corpus), 0) << "resuming " << db;
    ASSERT_EQ(Dump(db), expected) << db << " differs from the uninterrupted run";
    auto store = Store::Open(db);
    ASSERT_TRUE(store.ok()) << store.error();
    EXPECT_EQ(store->IntegrityCheck().value(), "ok") << db;
    store = Status::Error("closed");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  }
  EXPECT_GE(kills, wanted_kills);
}

}  // namespace
}  // namespace marsad::store
