// pipeline::Merge (marsad merge): stores of consecutive parts of a page list merged into one
// equal the store one ingest of the whole list gives, row for row; merging again adds nothing;
// a merge cut short and run again ends the same; bad inputs are refused before any write.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "marsad/pipeline/pipeline.h"
#include "marsad/store/store.h"

namespace marsad::pipeline {
namespace {

namespace fs = std::filesystem;

// Two articles on a subject and a copy of the first with another lede (a near-duplicate).
const std::string kRest =
    "\\n\\nوتقضي الخطة بتوزيع البذور المحسنة على المزارعين بأسعار مدعومة، وتأمين مضخات تعمل "
    "بالطاقة الشمسية للآبار الجماعية في القرى الأكثر تضررا من موجة الجفاف الحالية."
    "\\n\\nوقال مدير الإرشاد الزراعي إن الوزارة ستتابع تنفيذ الخطة مع البلديات، مؤكدا أن الهدف "
    "هو الحفاظ على المساحات المزروعة ومنع هجرة المزارعين من أراضيهم نحو المدن الكبرى."
    "\\n\\nوندد وزير الخارجية الأردني بالهجوم الذي شنه المسلحون على مخفر حدودي قرب الرمثا.";
const std::string kFarm =
    "أعلنت وزارة الزراعة أمس عن خطة طارئة لدعم مزارعي القمح في سهل البقاع، بعد أن تراجعت "
    "كميات الأمطار هذا الشتاء إلى أقل من نصف معدلها السنوي." +
    kRest;
const std::string kFarmCopy =
    "كشفت وزارة الزراعة عن خطة عاجلة لمساندة مزارعي القمح في البقاع إثر موسم أمطار ضعيف لم "
    "يتجاوز نصف المعدل المعتاد." +
    kRest;
const std::string kStrike = "قصفت الطائرات الأمريكية مواقع داعش في العراق يوم الأحد.";
const std::string kTalks =
    "التقى وزير الخارجية الأردني نظيره المصري في عمان لبحث العلاقات الثنائية بين البلدين.";
const std::string kAid =
    "أعلنت الحكومة اللبنانية خطة جديدة لإصلاح قطاع الكهرباء خلال العام المقبل.";

std::string Line(const std::string& id, const std::string& text) {
  return "{\"id\":\"" + id + "\",\"date\":\"2015-07-21\",\"text\":\"" + text + "\"}\n";
}

// Every row of the tables a store is made of, as text, ingested_at left out (the time of the
// run). Row ids (articles.seq, events.id) are in: a merge into an empty store keeps them.
std::vector<std::string> Rows(const std::string& path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  std::vector<std::string> rows;
  for (const char* sql :
       {"SELECT 'a', seq, id, url, site, date, author, title, body, body_length, encoding, lang, "
        "source_path, duplicate_of, error, invalid_bytes, sentences, content_hash, "
        "coder_version, dictionary_fingerprint, date_source FROM articles ORDER BY seq",
        "SELECT 'n', * FROM entities ORDER BY article, idx",
        "SELECT 'e', * FROM events ORDER BY id",
        "SELECT 'f', id, source_path, url, error FROM failures ORDER BY rowid",
        "SELECT 's', * FROM article_search ORDER BY seq"}) {
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    while (sqlite3_step(st) == SQLITE_ROW) {
      std::string row;
      for (int c = 0; c < sqlite3_column_count(st); ++c) {
        const unsigned char* v = sqlite3_column_text(st, c);
        row += (v ? reinterpret_cast<const char*>(v) : "NULL");
        row += '|';
      }
      rows.push_back(row);
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return rows;
}

void Sql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK) << error;
  sqlite3_free(error);
  sqlite3_close(db);
}

class MergeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("marsad_merge_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    // Part 1: the farm article, a strike, a line that is no page. Part 2: the farm article's
    // copy under another id (a near-duplicate of part 1's), talks, and part 1's strike again
    // (the same id: a single ingest skips it). Within part 2 alone the copy is no duplicate.
    pages1_ = Write("pages-1.jsonl", Line("farm", kFarm) + Line("strike", kStrike) + "not json\n");
    pages2_ = Write("pages-2.jsonl", Line("copy", kFarmCopy) + Line("talks", kTalks) +
                                         Line("strike", kStrike) + Line("aid", kAid));
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name) << content;
    return (dir_ / name).string();
  }
  std::string Db(const std::string& name) { return (dir_ / name).string(); }

  // `marsad ingest --db path sources...`
  void IngestInto(const std::string& path, const std::vector<std::string>& sources) {
    auto store = store::Store::Open(path);
    ASSERT_TRUE(store.ok()) << store.error();
    StoreSink sink(store.value());
    auto s = Ingest(sources, StoreIngestOptions(), sink);
    ASSERT_TRUE(s.ok()) << s.error();
  }

  Result<MergeSummary> MergeInto(const std::string& path, const std::vector<std::string>& inputs,
                                 MergeOptions options = {}) {
    auto store = store::Store::Open(path);
    if (!store.ok()) return store.status();
    return Merge(store.value(), path, inputs, options);
  }

  fs::path dir_;
  std::string pages1_, pages2_;
};

TEST_F(MergeTest, PartsMergedEqualOneIngestRowForRow) {
  IngestInto(Db("single.db"), {pages1_, pages2_});
  IngestInto(Db("part-1.db"), {pages1_});
  IngestInto(Db("part-2.db"), {pages2_});
  // The part alone does not link the copy: the merge must.
  auto part2 = store::Store::Open(Db("part-2.db"), store::OpenMode::kReadOnly);
  ASSERT_TRUE(part2.ok());
  auto copy_in_part = part2->Get("copy");
  ASSERT_TRUE(copy_in_part.ok() && copy_in_part.value());
  EXPECT_FALSE(copy_in_part.value()->duplicate_of.has_value());
  EXPECT_FALSE(copy_in_part.value()->sentences.empty());

  auto merged = MergeInto(Db("merged.db"), {Db("part-1.db"), Db("part-2.db")});
  ASSERT_TRUE(merged.ok()) << merged.error();
  EXPECT_EQ(merged->inputs, 2u);
  EXPECT_EQ(merged->read, 3u + 4u);  // 2 articles and a failure, 4 articles
  EXPECT_EQ(merged->held, 1u);       // part 2's strike
  EXPECT_EQ(merged->written, 6u);
  EXPECT_EQ(merged->failures, 1u);
  EXPECT_EQ(merged->duplicates, 1u);
  EXPECT_EQ(merged->relinked, 1u);

  const auto single = Rows(Db("single.db"));
  ASSERT_EQ(single.size(), Rows(Db("merged.db")).size());
  EXPECT_EQ(single, Rows(Db("merged.db")));
  auto out = store::Store::Open(Db("merged.db"));  // read-write: the FTS check writes
  ASSERT_TRUE(out.ok());
  auto copy = out->Get("copy");
  ASSERT_TRUE(copy.ok() && copy.value());
  EXPECT_EQ(copy.value()->duplicate_of.value_or(""), "farm");
  EXPECT_TRUE(copy.value()->events.empty());  // a duplicate is not coded: its events are farm's
  auto counts = out->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_GT(counts->events, 0);
  auto integrity = out->IntegrityCheck();
  ASSERT_TRUE(integrity.ok());
  EXPECT_EQ(integrity.value(), "ok");
}

TEST_F(MergeTest, MergingAgainAddsNothingAndACutShortMergeFinishesTheSame) {
  IngestInto(Db("single.db"), {pages1_, pages2_});
  IngestInto(Db("part-1.db"), {pages1_});
  IngestInto(Db("part-2.db"), {pages2_});
  // A merge killed after part 1's batch committed holds part 1: what a re-run starts from.
  ASSERT_TRUE(MergeInto(Db("merged.db"), {Db("part-1.db")}).ok());
  auto rest = MergeInto(Db("merged.db"), {Db("part-1.db"), Db("part-2.db")});
  ASSERT_TRUE(rest.ok()) << rest.error();
  EXPECT_EQ(rest->held, 3u + 1u);
  EXPECT_EQ(Rows(Db("single.db")), Rows(Db("merged.db")));

  auto again = MergeInto(Db("merged.db"), {Db("part-1.db"), Db("part-2.db")});
  ASSERT_TRUE(again.ok()) << again.error();
  EXPECT_EQ(again->written, 0u);
  EXPECT_EQ(again->held, 7u);
  EXPECT_EQ(Rows(Db("single.db")), Rows(Db("merged.db")));

  // Later pages merged into the same store: as a second ingest into the single store.
  const std::string pages3 = Write("pages-3.jsonl", Line("farm2", kFarmCopy + " والمصدر وكالة."));
  IngestInto(Db("single.db"), {pages3});
  IngestInto(Db("part-3.db"), {pages3});
  ASSERT_TRUE(MergeInto(Db("merged.db"), {Db("part-3.db")}).ok());
  EXPECT_EQ(Rows(Db("single.db")), Rows(Db("merged.db")));
}

TEST_F(MergeTest, ALinkTheMergedOrderDoesNotConfirmIsDroppedAndTheArticleCoded) {
  // A part whose "strike" is stored as an uncoded duplicate of an unrelated article.
  {
    auto part = store::Store::Open(Db("odd.db"));
    ASSERT_TRUE(part.ok());
    Article talks;
    talks.id = "talks";
    talks.body = kTalks;
    ASSERT_TRUE(part->Put(talks).ok());
    Article strike;
    strike.id = "strike";
    strike.body = kStrike;
    strike.date = "2015-07-21";
    strike.duplicate_of = "talks";
    ASSERT_TRUE(part->Put(strike).ok());
  }
  auto merged = MergeInto(Db("merged.db"), {Db("odd.db")});
  ASSERT_TRUE(merged.ok()) << merged.error();
  EXPECT_EQ(merged->coded, 1u);
  auto out = store::Store::Open(Db("merged.db"), store::OpenMode::kReadOnly);
  auto strike = out->Get("strike");
  ASSERT_TRUE(strike.ok() && strike.value());
  EXPECT_FALSE(strike.value()->duplicate_of.has_value());
  EXPECT_FALSE(strike.value()->sentences.empty());
  ASSERT_FALSE(strike.value()->events.empty());
  EXPECT_EQ(strike.value()->events[0].root, "19");
}

TEST_F(MergeTest, BadInputsAreRefusedByNameBeforeAnyWrite) {
  IngestInto(Db("part-1.db"), {pages1_});
  IngestInto(Db("out.db"), {pages2_});
  const auto before = Rows(Db("out.db"));
  auto refused = [&](const std::string& input, const std::string& reason) {
    auto merged = MergeInto(Db("out.db"), {Db("part-1.db"), input});
    ASSERT_FALSE(merged.ok()) << input;
    EXPECT_NE(merged.error().find(input), std::string::npos) << merged.error();
    EXPECT_NE(merged.error().find(reason), std::string::npos) << merged.error();
    EXPECT_EQ(Rows(Db("out.db")), before);  // part-1.db, valid, was not merged either
  };
  refused(Db("missing.db"), "no such file");
  refused(pages1_, "not");  // a JSONL file: not an SQLite database
  Sql(Db("other.db"), "CREATE TABLE t (x INTEGER)");
  refused(Db("other.db"), "not a marsad database");
  IngestInto(Db("newer.db"), {pages1_});
  Sql(Db("newer.db"), "PRAGMA user_version = 99");
  refused(Db("newer.db"), "newer than this build");
  IngestInto(Db("older.db"), {pages1_});
  Sql(Db("older.db"), "PRAGMA user_version = " + std::to_string(store::SchemaVersion() - 1));
  refused(Db("older.db"), "marsad upgrade");
  refused(Db("out.db"), "output database itself");
  refused(dir_.string(), "directory");
}

}  // namespace
}  // namespace marsad::pipeline
