#include "marsad/pipeline/pipeline.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace marsad::pipeline {
namespace {

namespace fs = std::filesystem;

// A directory of small JSONL pages written by the test itself.
class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("marsad_pipeline_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string WritePages(const std::string& name, int count) {
    const fs::path path = dir_ / name;
    std::ofstream out(path);
    for (int i = 0; i < count; ++i) {
      out << "{\"id\":\"p" << i << "\",\"text\":\"خبر رقم " << i << " عن اجتماع الوزراء\"}\n";
    }
    return path.string();
  }

  std::vector<Article> RunAll(const std::vector<std::string>& paths, unsigned threads) {
    Options options;
    options.threads = threads;
    auto pipe = Pipeline::Create(options);
    EXPECT_TRUE(pipe.ok());
    std::vector<Article> out;
    ingest::PageReader reader(paths);
    pipe->Run(reader, [&](Article&& a) { out.push_back(std::move(a)); });
    return out;
  }

  fs::path dir_;
};

TEST_F(PipelineTest, OutputOrderIsInputOrderAtAnyThreadCount) {
  const std::string pages = WritePages("pages.jsonl", 100);
  const auto one = RunAll({pages}, 1);
  const auto four = RunAll({pages}, 4);
  ASSERT_EQ(one.size(), 100u);
  ASSERT_EQ(four.size(), 100u);
  for (std::size_t i = 0; i < one.size(); ++i) {
    std::string id = "p";  // not "p" + to_string(i): GCC 12 warns falsely on that (-Wrestrict)
    id += std::to_string(i);
    EXPECT_EQ(one[i].id, id);
    EXPECT_EQ(ToJsonLine(one[i], {}), ToJsonLine(four[i], {}));
  }
}

TEST_F(PipelineTest, ABadInputDoesNotStopTheRun) {
  const std::string before = WritePages("a.jsonl", 3);
  const std::string after = WritePages("b.jsonl", 3);
  const auto out = RunAll({before, (dir_ / "missing.html").string(), after}, 2);
  ASSERT_EQ(out.size(), 7u);
  EXPECT_FALSE(out[0].error.has_value());
  EXPECT_TRUE(out[3].error.has_value());
  EXPECT_FALSE(out[6].error.has_value());
}

TEST_F(PipelineTest, SummaryCountsPagesAndFailures) {
  const std::string pages = WritePages("pages.jsonl", 5);
  auto pipe = Pipeline::Create({});
  ASSERT_TRUE(pipe.ok());
  ingest::PageReader reader({pages, (dir_ / "missing.html").string()});
  const RunSummary s = pipe->Run(reader, [](Article&&) {});
  EXPECT_EQ(s.pages, 6u);
  EXPECT_EQ(s.failed, 1u);
  EXPECT_EQ(s.ok, 5u);
}

}  // namespace
}  // namespace marsad::pipeline
