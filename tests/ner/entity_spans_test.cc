// IOB2 runs → spans, and the NER tokenisation of a body with its offsets.
#include "marsad/ner/internal/entity_spans.h"

#include <gtest/gtest.h>

namespace marsad::ner {
namespace {

TEST(TagRuns, ReadsIob2AndIob1LikeConlleval) {
  const auto runs = TagRuns({"B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG", "I-ORG", "I-LOC"});
  ASSERT_EQ(runs.size(), 5u);
  EXPECT_EQ(runs[0].begin, 0u);
  EXPECT_EQ(runs[0].end, 2u);
  EXPECT_EQ(runs[0].type, "PER");
  EXPECT_EQ(runs[1].begin, 3u);  // B- after B- of the same type starts a new entity
  EXPECT_EQ(runs[2].begin, 4u);
  EXPECT_EQ(runs[3].type, "ORG");  // I- that does not continue its type starts one
  EXPECT_EQ(runs[3].begin, 5u);
  EXPECT_EQ(runs[3].end, 7u);
  EXPECT_EQ(runs[4].type, "LOC");
  EXPECT_EQ(runs[4].end, 8u);
  EXPECT_TRUE(TagRuns({}).empty());
  EXPECT_TRUE(TagRuns({"O", "O"}).empty());
}

std::vector<std::string> Texts(std::u32string_view body, const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (const Span& s : spans) out.push_back(ToUtf8(body.substr(s.start, s.size())));
  return out;
}

TEST(NerTokens, SplitsPunctuationFromWords) {
  const std::u32string body = U"قال «الأسد»: دمشق، وبيروت؟ نعم.";
  const auto spans = NerTokens(body, {0, body.size()});
  EXPECT_EQ(Texts(body, spans), (std::vector<std::string>{"قال", "«", "الأسد", "»", ":", "دمشق", "،", "وبيروت",
                                                          "؟", "نعم", "."}));
  for (const Span& s : spans) EXPECT_LE(s.end, body.size());
}

TEST(NerTokens, OnlyTheGivenRange) {
  const std::u32string body = U"أولا. زار السيسي القاهرة. ثالثا";
  const Span second{6, 25};
  const auto spans = NerTokens(body, second);
  EXPECT_EQ(Texts(body, spans), (std::vector<std::string>{"زار", "السيسي", "القاهرة", "."}));
  EXPECT_EQ(spans.front().start, 6u);
}

}  // namespace
}  // namespace marsad::ner
