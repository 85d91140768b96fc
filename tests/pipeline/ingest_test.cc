// pipeline::Ingest: pages from paths into a sink (a recording fake, the store, JSONL).
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "marsad/pipeline/pipeline.h"
#include "marsad/store/store.h"

namespace marsad::pipeline {
namespace {

namespace fs = std::filesystem;

// Records every call, holds the ids it is told to hold, fails the writes it is told to fail.
class RecordingSink : public Sink {
 public:
  std::vector<std::string> calls;
  std::vector<std::string> held;
  std::vector<std::string> fail_ids;
  bool fail_checkpoint = false;

  Status ForEachHeldBody(
      const std::function<void(const std::string&, const std::string&)>& fn) override {
    calls.push_back("held");
    for (const auto& id : held) fn(id, "جسم قديم");
    return Status();
  }
  bool Holds(const std::string& id) override {
    return std::find(held.begin(), held.end(), id) != held.end();
  }
  Status Begin() override {
    calls.push_back("begin");
    return Status();
  }
  Status Write(const Article& a) override {
    calls.push_back("write " + a.id);
    if (std::find(fail_ids.begin(), fail_ids.end(), a.id) != fail_ids.end()) {
      return Status::Error("disk full");
    }
    return Status();
  }
  Status Checkpoint() override {
    calls.push_back("checkpoint");
    return fail_checkpoint ? Status::Error("cannot commit") : Status();
  }
  Status Finish() override {
    calls.push_back("finish");
    return Status();
  }
};

class IngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("marsad_ingest_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // JSONL pages with these ids, each with a body of its own (no two are near-duplicates).
  std::string WritePages(const std::string& name, const std::vector<std::string>& ids) {
    static const char* const kBodies[] = {
        "التقى وزير الخارجية الأردني نظيره المصري في عمان لبحث العلاقات الثنائية بين البلدين.",
        "أعلنت الحكومة اللبنانية خطة جديدة لإصلاح قطاع الكهرباء خلال العام المقبل.",
        "انتقد رئيس البرلمان العراقي قرار وزارة المالية تأجيل صرف رواتب الموظفين.",
        "وقعت تونس والجزائر اتفاقا لتعزيز التعاون في مجال الطاقة والتجارة عبر الحدود.",
    };
    const fs::path path = dir_ / name;
    std::ofstream out(path);
    std::size_t n = 0;
    for (const auto& id : ids) {
      out << "{\"id\":\"" << id << "\",\"text\":\"" << kBodies[n++ % 4] << "\"}\n";
    }
    return path.string();
  }

  fs::path dir_;
};

TEST_F(IngestTest, WritesEveryPageInInputOrderBetweenBeginAndFinish) {
  const std::string pages = WritePages("a.jsonl", {"a", "b", "c"});
  RecordingSink sink;
  auto s = Ingest({pages}, {}, sink);
  ASSERT_TRUE(s.ok()) << s.error();
  EXPECT_EQ(s->pages, 3u);
  EXPECT_EQ(s->written, 3u);
  EXPECT_EQ(s->write_failed, 0u);
  const std::vector<std::string> want = {"held",    "begin",      "write a", "write b",
                                         "write c", "checkpoint", "finish"};
  EXPECT_EQ(sink.calls, want);
}

TEST_F(IngestTest, WithoutSkipSeenIdsEveryPageReadGivesOneArticle) {
  const std::string pages = WritePages("a.jsonl", {"a", "a", "b"});
  RecordingSink sink;
  sink.held = {"b"};
  auto s = Ingest({pages}, {}, sink);
  ASSERT_TRUE(s.ok()) << s.error();
  EXPECT_EQ(s->written, 3u);
  EXPECT_EQ(s->filtered, 0u);
}

TEST_F(IngestTest, SkipSeenIdsSkipsRepeatsAndWhatTheSinkHolds) {
  const std::string pages = WritePages("a.jsonl", {"a", "a", "b", "c"});
  RecordingSink sink;
  sink.held = {"b"};
  IngestOptions options;
  options.skip_seen_ids = true;
  auto s = Ingest({pages}, options, sink);
  ASSERT_TRUE(s.ok()) << s.error();
  EXPECT_EQ(s->filtered, 2u);
  EXPECT_EQ(s->written, 2u);
  EXPECT_EQ(std::count(sink.calls.begin(), sink.calls.end(), "write a"), 1);
  EXPECT_EQ(std::count(sink.calls.begin(), sink.calls.end(), "write b"), 0);
}

TEST_F(IngestTest, AFailedWriteIsCountedAndReportedAndTheRunGoesOn) {
  const std::string pages = WritePages("a.jsonl", {"a", "b", "c"});
  RecordingSink sink;
  sink.fail_ids = {"b"};
  IngestOptions options;
  std::vector<std::string> reported;
  options.on_written = [&](const Article& a, const Status& w) {
    reported.push_back(a.id + (w.ok() ? "" : ": " + w.message()));
  };
  auto s = Ingest({pages}, options, sink);
  ASSERT_TRUE(s.ok()) << s.error();
  EXPECT_EQ(s->written, 2u);
  EXPECT_EQ(s->write_failed, 1u);
  EXPECT_EQ(reported, (std::vector<std::string>{"a", "b: disk full", "c"}));
}

TEST_F(IngestTest, AFailedCheckpointIsTheRunsError) {
  const std::string pages = WritePages("a.jsonl", {"a"});
  RecordingSink sink;
  sink.fail_checkpoint = true;
  auto s = Ingest({pages}, {}, sink);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error(), "cannot commit");
  EXPECT_EQ(std::count(sink.calls.begin(), sink.calls.end(), "finish"), 0);
}

TEST_F(IngestTest, IntoTheStoreASecondRunAddsNothingAndNearDuplicatesOfStoredAreLinked) {
  const std::string db = (dir_ / "t.db").string();
  const std::string first = WritePages("first.jsonl", {"a", "b"});
  IngestOptions options;
  options.pipeline.depth = Depth::kCode;
  options.pipeline.skip_duplicate_analysis = true;
  options.skip_seen_ids = true;
  {
    auto store = store::Store::Open(db);
    ASSERT_TRUE(store.ok()) << store.error();
    StoreSink sink(store.value());
    auto s = Ingest({first}, options, sink);
    ASSERT_TRUE(s.ok()) << s.error();
    EXPECT_EQ(s->written, 2u);
  }
  // The same pages again, and a copy of "a" under a new id.
  const fs::path copy = dir_ / "copy.jsonl";
  {
    std::ifstream in(first);
    std::string line;
    std::getline(in, line);
    line.replace(line.find("\"a\""), 3, "\"a2\"");
    std::ofstream(copy) << line << "\n";
  }
  auto store = store::Store::Open(db);
  ASSERT_TRUE(store.ok()) << store.error();
  StoreSink sink(store.value());
  auto s = Ingest({first, copy.string()}, options, sink);
  ASSERT_TRUE(s.ok()) << s.error();
  EXPECT_EQ(s->filtered, 2u);
  EXPECT_EQ(s->written, 1u);
  EXPECT_EQ(s->duplicates, 1u);
  auto a2 = store->Get("a2");
  ASSERT_TRUE(a2.ok()) << a2.error();
  ASSERT_TRUE(a2.value().has_value());
  EXPECT_EQ(a2.value()->duplicate_of, std::optional<std::string>("a"));
}

TEST_F(IngestTest, JsonlSinkWritesOneParsableLinePerPage) {
  const std::string pages = WritePages("a.jsonl", {"a", "b"});
  const std::string out_path = (dir_ / "out.jsonl").string();
  std::FILE* out = std::fopen(out_path.c_str(), "w");
  ASSERT_NE(out, nullptr);
  JsonlSink sink(out, FieldsFor(Depth::kExtract));
  auto s = Ingest({pages}, {}, sink);
  std::fclose(out);
  ASSERT_TRUE(s.ok()) << s.error();
  std::ifstream in(out_path);
  std::vector<std::string> ids;
  for (std::string line; std::getline(in, line);) {
    auto a = ArticleFromJson(line);
    ASSERT_TRUE(a.ok()) << a.error();
    ids.push_back(a->id);
    EXPECT_EQ(line.find("\"events\""), std::string::npos) << "extract writes no events";
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b"}));
}

TEST(Fields, FollowTheDepth) {
  EXPECT_FALSE(FieldsFor(Depth::kExtract).sentences);
  EXPECT_TRUE(FieldsFor(Depth::kAnnotate).entities);
  EXPECT_FALSE(FieldsFor(Depth::kAnnotate).events);
  EXPECT_TRUE(FieldsFor(Depth::kCode).events);
}

}  // namespace
}  // namespace marsad::pipeline
