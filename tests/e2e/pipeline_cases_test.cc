// End-to-end: sentences of tests/e2e/data/pipeline_sentences.tsv coded by `marsad code`, for
// event rules that hold only on what the whole pipeline finds (NER spans, resolved actors):
// each case passes when one event matches its code, modality, source and target columns, or,
// for a forbidding row (none, !CODE), when none matches.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "marsad/core/core.h"
#include "support/run_marsad.h"

namespace marsad {
namespace {

using testing::RunMarsad;
using testing::SourceDir;

struct Case {
  int line = 0;
  std::string sentence, source, target, code, modality;
};

bool IsArgumentColumn(const std::string& column) {
  if (column == "*" || column == "-") return true;
  return !column.empty() && std::all_of(column.begin(), column.end(),
                                        [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

std::vector<Case> ReadCases() {
  std::ifstream in(SourceDir() + "/tests/e2e/data/pipeline_sentences.tsv");
  std::vector<Case> cases;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string x; std::getline(ss, x, '\t');) f.push_back(x);
    if (f.size() != 5) {
      ADD_FAILURE() << "pipeline_sentences.tsv:" << n << ": want 5 fields";
    } else if (!IsArgumentColumn(f[1]) || !IsArgumentColumn(f[2])) {
      // A word there could never match a code: the row would pass whatever the coder did.
      ADD_FAILURE() << "pipeline_sentences.tsv:" << n << ": source and target are *, - or a code";
    } else {
      cases.push_back({n, f[0], f[1], f[2], f[3], f[4]});
    }
  }
  return cases;
}

// A column: * anything, - no argument, Latin capitals a code prefix.
bool Matches(const std::string& want, const std::string& code) {
  if (want == "*") return true;
  if (want == "-") return code.empty();
  return code.rfind(want, 0) == 0;
}

TEST(PipelineCases, EveryCaseFindsItsEvent) {
  const std::vector<Case> cases = ReadCases();
  ASSERT_GE(cases.size(), 5u);
  char path[] = "/tmp/marsad-pipeline-cases-XXXXXX";
  const int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  {
    std::ofstream out(path);
    for (const Case& c : cases) {  // the sentences hold no quote or backslash to escape
      out << "{\"id\":\"" << c.line << "\",\"date\":\"2015-08-01\",\"text\":\"" << c.sentence
          << "\"}\n";
    }
  }
  close(fd);
  const auto r = RunMarsad(std::string("code -q -j1 ") + path);
  std::remove(path);
  ASSERT_EQ(r.status, 0) << r.err;
  std::map<std::string, Article> by_id;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    auto a = ArticleFromJson(line);
    ASSERT_TRUE(a.ok()) << line.substr(0, 200);
    by_id[a->id] = std::move(a).value();
  }
  for (const Case& c : cases) {
    const Article& a = by_id[std::to_string(c.line)];
    // "none" forbids every event, "!CODE" every event whose code starts so and whose arguments
    // match (as in tests/events/data/sentences.tsv); any other code asks for one such event.
    const bool forbids = c.code == "none" || c.code.starts_with("!");
    const std::string code = c.code == "none" ? "" : forbids ? c.code.substr(1) : c.code;
    bool found = forbids;
    std::string got;
    for (const Event& e : a.events) {
      got +=
          "  [" + e.cameo + " " + e.modality + "] " + e.source.code + " -> " + e.target.code + "\n";
      const bool match = e.cameo.rfind(code, 0) == 0 && Matches(c.source, e.source.code) &&
                         Matches(c.target, e.target.code);
      if (forbids && match) found = false;
      if (!forbids && match && e.modality == c.modality) found = true;
    }
    EXPECT_TRUE(found) << "pipeline_sentences.tsv:" << c.line << ": " << c.sentence << "\n  want "
                       << c.code << " " << c.modality << " " << c.source << " -> " << c.target
                       << "\n  got\n"
                       << got;
  }
}

}  // namespace
}  // namespace marsad
