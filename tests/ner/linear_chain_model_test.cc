// Viterbi decoding on a tiny hand-made model, and the IOB2 constraints.
#include "marsad/ner/internal/linear_chain_model.h"

#include <gtest/gtest.h>

namespace marsad::ner {
namespace {

// Labels O, B-PER, I-PER, B-LOC; features 1..4 are "one token" features set by hand.
LinearChainModel TinyModel() {
  LinearChainModel m({"O", "B-PER", "I-PER", "B-LOC"});
  const float title[] = {2, 0, 0, 0};      // feature 1: الرئيس, a plain word
  const float name[] = {0, 2, 1.5f, 0};    // feature 2: a person's name
  const float place[] = {0.5f, 0, 0, 3};   // feature 3: a place
  const float surname[] = {1, 0.9f, 0, 0}; // feature 4: alone it looks like O
  m.SetWeights(1, title);
  m.SetWeights(2, name);
  m.SetWeights(3, place);
  m.SetWeights(4, surname);
  // B-PER → I-PER is strongly preferred: a surname after a first name belongs to it.
  m.mutable_transitions()[1 * 4 + 2] = 2.0f;
  return m;
}

FeatureMatrix Tokens(const std::vector<std::vector<std::uint64_t>>& per_token) {
  FeatureMatrix f;
  for (const auto& t : per_token) {
    f.ids.insert(f.ids.end(), t.begin(), t.end());
    f.offsets.push_back(static_cast<std::uint32_t>(f.ids.size()));
  }
  return f;
}

TEST(LinearChainModel, DecodesTheBestSequence) {
  const LinearChainModel m = TinyModel();
  // الرئيس NAME SURNAME PLACE: the transition pulls the surname into the person.
  EXPECT_EQ(m.Decode(Tokens({{1}, {2}, {4}, {3}})), (std::vector<int>{0, 1, 2, 3}));
  // Without the first name, the surname stays O.
  EXPECT_EQ(m.Decode(Tokens({{1}, {4}, {3}})), (std::vector<int>{0, 0, 3}));
}

TEST(LinearChainModel, UnknownFeaturesScoreNothing) {
  const LinearChainModel m = TinyModel();
  EXPECT_EQ(m.Weights(99), nullptr);
  EXPECT_EQ(m.Decode(Tokens({{1, 99}, {2, 99}, {3}})), m.Decode(Tokens({{1}, {2}, {3}})));
  EXPECT_TRUE(m.Decode(Tokens({})).empty());
}

TEST(LinearChainModel, NeverOutputsIllFormedIob2) {
  LinearChainModel m({"O", "B-PER", "I-PER", "B-LOC", "I-LOC"});
  const float inside_only[] = {0, 0, 5, 0, 0};  // I-PER scores best everywhere
  m.SetWeights(7, inside_only);
  // I- cannot start a sentence, so the best well-formed path opens the person with B-PER.
  EXPECT_EQ(m.Decode(Tokens({{7}, {7}, {7}})), (std::vector<int>{1, 2, 2}));
}

TEST(LinearChainModel, AllowedTransitions) {
  EXPECT_TRUE(AllowedTransition("B-PER", "I-PER"));
  EXPECT_TRUE(AllowedTransition("I-PER", "I-PER"));
  EXPECT_FALSE(AllowedTransition("B-LOC", "I-PER"));
  EXPECT_FALSE(AllowedTransition("O", "I-ORG"));
  EXPECT_FALSE(AllowedTransition("", "I-ORG"));
  EXPECT_TRUE(AllowedTransition("", "B-ORG"));
  EXPECT_TRUE(AllowedTransition("I-LOC", "O"));
}

TEST(LinearChainModel, ManyFeaturesSurviveTableGrowth) {
  LinearChainModel m({"O", "B-PER"});
  for (std::uint64_t f = 1; f <= 5000; ++f) {
    const float w[] = {static_cast<float>(f), -static_cast<float>(f)};
    m.SetWeights(f * 0x9e3779b97f4a7c15ULL, w);
  }
  ASSERT_EQ(m.num_features(), 5000u);
  for (std::uint64_t f = 1; f <= 5000; f += 499) {
    const float* w = m.Weights(f * 0x9e3779b97f4a7c15ULL);
    ASSERT_NE(w, nullptr);
    EXPECT_EQ(w[0], static_cast<float>(f));
  }
}

}  // namespace
}  // namespace marsad::ner
