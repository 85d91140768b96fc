// The query commands as a user runs them, on the samples ingested once for the whole suite.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "marsad/store/store.h"
#include "store/store_fixture.h"
#include "support/run_marsad.h"

namespace marsad::store {
namespace {

using marsad::testing::RunMarsad;

class QueryCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    db_ = dir_->File("samples.db");
    ingest_status_ = RunMarsad("ingest -q --db " + db_ + " " + marsad::testing::SourceDir() +
                               "/samples").status;
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string Run(const std::string& args) {
    auto r = RunMarsad(args + " --db " + db_);
    EXPECT_EQ(r.status, 0) << args;
    return r.out;
  }
  static std::vector<std::string> Lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    return lines;
  }
  static std::size_t Fields(const std::string& line, char sep = '\t') {
    return static_cast<std::size_t>(std::count(line.begin(), line.end(), sep)) + 1;
  }
  static testing::TempDir* dir_;
  static std::string db_;
  static int ingest_status_;
};
testing::TempDir* QueryCli::dir_ = nullptr;
std::string QueryCli::db_;
int QueryCli::ingest_status_ = -1;

TEST_F(QueryCli, SamplesIngestAndHaveEvents) {
  ASSERT_EQ(ingest_status_, 0);
  const auto lines = Lines(Run("events --format jsonl"));
  ASSERT_FALSE(lines.empty()) << "no events coded in samples/";
  for (const auto& l : lines) {
    const auto j = nlohmann::json::parse(l);
    EXPECT_TRUE(j.contains("article_id"));
    EXPECT_EQ(j["cameo"].get<std::string>().substr(0, 2), j["root"].get<std::string>());
  }
}

TEST_F(QueryCli, GdeltLinesHave61And16Fields) {
  const auto events = Lines(Run("events --format gdelt"));
  ASSERT_FALSE(events.empty());
  for (const auto& l : events) EXPECT_EQ(Fields(l), 61u) << l;
  const auto mentions = Lines(Run("events --format gdelt --mentions"));
  ASSERT_GE(mentions.size(), events.size());
  for (const auto& l : mentions) EXPECT_EQ(Fields(l), 16u) << l;
}

TEST_F(QueryCli, TsvCsvAndTableHaveAHeaderAndOneRowPerEvent) {
  const auto jsonl = Lines(Run("events --format jsonl"));
  const auto tsv = Lines(Run("events --format tsv"));
  ASSERT_EQ(tsv.size(), jsonl.size() + 1);
  EXPECT_EQ(tsv[0].substr(0, 8), "id\tdate\t");
  for (const auto& l : tsv) EXPECT_EQ(Fields(l), Fields(tsv[0]));
  EXPECT_EQ(Lines(Run("events --format table")).size(), jsonl.size() + 2);  // + rule
  EXPECT_EQ(Lines(Run("events --format csv --limit 2")).size(), 3u);
  EXPECT_EQ(Lines(Run("events --format tsv")), tsv);  // not a terminal: TSV by default
}

TEST_F(QueryCli, AggregatesAndShow) {
  EXPECT_EQ(Lines(Run("dyads --format tsv"))[0], "source\ttarget\tevents\tmean_goldstein");
  EXPECT_EQ(Lines(Run("timeline --by week --format tsv"))[0].substr(0, 12), "week\tevents\t");
  EXPECT_EQ(Lines(Run("top-actors --format tsv"))[0].substr(0, 9), "code\tname");
  const auto j = nlohmann::json::parse(Lines(Run("events --format jsonl --limit 1"))[0]);
  const std::string id = j["article_id"];
  auto article = ArticleFromJson(Run("show " + id + " --format jsonl"));
  ASSERT_TRUE(article.ok()) << article.error();
  EXPECT_EQ(article->id, id);
  ASSERT_FALSE(article->events.empty());
  // Offsets point into the body.
  const Event& e = article->events[0];
  EXPECT_LE(e.span.end, CodePointCount(article->body));
  EXPECT_EQ(Substring(article->body, e.verb.span), e.verb.text);
  EXPECT_NE(Run("show " + id).find("events ("), std::string::npos);
  EXPECT_EQ(RunMarsad("show no-such-id --db " + db_).status, 2);
}

TEST_F(QueryCli, UsageErrorsExitOne) {
  EXPECT_EQ(RunMarsad("events --db " + db_ + " --actor 'sy r'").status, 1);
  EXPECT_EQ(RunMarsad("events --db " + db_ + " --since yesterday").status, 1);
  EXPECT_EQ(RunMarsad("events --db " + db_ + " --since 2024-13-45").status, 1);
  EXPECT_EQ(RunMarsad("timeline --db " + db_ + " --until 2015-02-30").status, 1);
  EXPECT_EQ(RunMarsad("events --db " + db_ + " --mentions").status, 1);
  EXPECT_EQ(RunMarsad("timeline --db " + db_ + " --by year").status, 1);
}

// Issue 18: --limit is a whole number from 0 to 10^9, checked as written ("-1" once wrapped to
// 2^64 - 1 and became an SQLite datatype mismatch, exit 2; top-actors printed every row).
TEST_F(QueryCli, LimitOutOfRangeIsAUsageError) {
  for (const std::string cmd : {"events", "dyads", "top-actors", "search الرباط"}) {
    for (const std::string value : {"-1", "-5", "99999999999999999999", "1000000001", "2x", "''"}) {
      const auto r = RunMarsad(cmd + " --db " + db_ + " --limit " + value);
      EXPECT_EQ(r.status, 1) << cmd << " --limit " << value;
      EXPECT_NE(r.err.find("--limit"), std::string::npos) << r.err;
    }
  }
  EXPECT_EQ(RunMarsad("events --db " + db_ + " --limit 1000000000").status, 0);
}

// Issue 18: a query of more than 64 words (here one word 1,000 times) is refused at once with
// the limit named, exit 1; 64 copies of a word are searched as one word.
TEST_F(QueryCli, QueryOverTheLimitIsRefused) {
  std::string many, sixty_four;
  for (int i = 0; i < 1000; ++i) many += "الرباط ";
  for (int i = 0; i < 64; ++i) sixty_four += "الرباط ";
  const auto r = RunMarsad("search --db " + db_ + " '" + many + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("at most 64 words"), std::string::npos) << r.err;
  EXPECT_EQ(RunMarsad("search --db " + db_ + " '" + sixty_four + "'").status, 0);
}

}  // namespace
}  // namespace marsad::store
