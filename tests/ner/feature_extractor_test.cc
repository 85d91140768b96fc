// Feature extraction: what a token's features depend on, gazetteer matching, clusters, and
// the text layer's tags.
#include "marsad/ner/internal/feature_extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "marsad/core/core.h"
#include "marsad/ner/internal/gazetteer.h"
#include "marsad/ner/internal/hashing.h"
#include "marsad/ner/internal/text_tags.h"
#include "marsad/ner/internal/word_clusters.h"

namespace marsad::ner {
namespace {

std::set<std::uint64_t> TokenFeatures(const FeatureMatrix& f, std::size_t t) {
  return {f.ids.begin() + f.offsets[t], f.ids.begin() + f.offsets[t + 1]};
}

std::size_t Shared(const std::set<std::uint64_t>& a, const std::set<std::uint64_t>& b) {
  std::vector<std::uint64_t> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  return common.size();
}

TEST(FeatureExtractor, OneRowPerTokenAndDeterministic) {
  FeatureExtractor fx(0, nullptr, nullptr, nullptr);
  FeatureMatrix a, b;
  fx.Extract({U"زار", U"الرئيس", U"دمشق", U"."}, &a);
  fx.Extract({U"زار", U"الرئيس", U"دمشق", U"."}, &b);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a.ids, b.ids);
  EXPECT_EQ(a.offsets, b.offsets);
  EXPECT_TRUE(std::find(a.ids.begin(), a.ids.end(), BiasFeature()) != a.ids.end());
  for (std::uint64_t id : a.ids) EXPECT_NE(id, 0u);
}

TEST(FeatureExtractor, EmptySentenceHasNoFeatures) {
  FeatureExtractor fx(kFeatAll, nullptr, nullptr, nullptr);
  FeatureMatrix f;
  fx.Extract({}, &f);
  EXPECT_EQ(f.size(), 0u);
  EXPECT_TRUE(f.ids.empty());
}

TEST(FeatureExtractor, SpellingVariantsShareTheNormalisedWordFeatures) {
  FeatureExtractor fx(0, nullptr, nullptr, nullptr);
  FeatureMatrix a, b, c;
  fx.Extract({U"في", U"القاهرة", U"اليوم"}, &a);
  fx.Extract({U"في", U"القاهره", U"اليوم"}, &b);  // ta marbuta written as ha
  fx.Extract({U"في", U"الخرطوم", U"اليوم"}, &c);
  // Only the raw-word feature differs between the two spellings; another city differs more.
  EXPECT_EQ(Shared(TokenFeatures(a, 1), TokenFeatures(b, 1)) + 1, TokenFeatures(a, 1).size());
  EXPECT_LT(Shared(TokenFeatures(a, 1), TokenFeatures(c, 1)), Shared(TokenFeatures(a, 1), TokenFeatures(b, 1)));
}

TEST(FeatureExtractor, NeighboursChangeTheFeatures) {
  FeatureExtractor fx(0, nullptr, nullptr, nullptr);
  FeatureMatrix a, b;
  fx.Extract({U"الرئيس", U"عباس", U"قال"}, &a);
  fx.Extract({U"الوزير", U"عباس", U"قال"}, &b);
  EXPECT_NE(TokenFeatures(a, 1), TokenFeatures(b, 1));
  EXPECT_GT(Shared(TokenFeatures(a, 1), TokenFeatures(b, 1)), 0u);
}

TEST(FeatureExtractor, ClustersAndGazetteerAddFeaturesOnlyWhenOn) {
  WordClusters clusters;
  clusters.Add(U"دمشق", {1, 2, 3});
  Gazetteer gazetteer;
  gazetteer.Add({U"دمشق"}, GazetteerClass::kLoc);
  FeatureMatrix plain, rich;
  FeatureExtractor(0, &clusters, &gazetteer, nullptr).Extract({U"في", U"دمشق"}, &plain);
  FeatureExtractor(kFeatAll, &clusters, &gazetteer, nullptr).Extract({U"في", U"دمشق"}, &rich);
  EXPECT_GT(TokenFeatures(rich, 1).size(), TokenFeatures(plain, 1).size());
  EXPECT_EQ(Shared(TokenFeatures(rich, 1), TokenFeatures(plain, 1)), TokenFeatures(plain, 1).size());
}

TEST(TextTags, SegmentsAndTagsEachTokenWithTheTextLayer) {
  auto text = TextTags::Load(DataDir() + "/text");
  ASSERT_TRUE(text.ok()) << text.error();
  const TextTags::Tags tags = text.value()->Tag({U"وصل", U"الرئيس", U"إلى", U"دمشق", U"وبيروت"});
  ASSERT_EQ(tags.stem.size(), 5u);
  ASSERT_EQ(tags.segments.size(), 5u);
  EXPECT_EQ(tags.stem[0], HashWord(U"VERB"));
  EXPECT_EQ(tags.stem[1], HashWord(U"NOUN"));
  EXPECT_EQ(tags.stem[3], HashWord(U"PROPN"));
  EXPECT_EQ(tags.segments[3], HashWord(U"PROPN+"));
  EXPECT_EQ(tags.segments[4], HashWord(U"CCONJ+PROPN+"));  // و + بيروت
  EXPECT_TRUE(text.value()->Tag({}).stem.empty());
}

TEST(TextTags, FromTheTextLayersAnalysisEqualToTaggingTheTokens) {
  auto text = TextTags::Load(DataDir() + "/text");
  ASSERT_TRUE(text.ok()) << text.error();
  const std::u32string body = U"وصل الرئيس إلى دمشق وبيروت، وقال إن المحادثات نجحت بنسبة 70%.";
  const text::Analysis a = text.value()->analyzer().Analyze(body);
  ASSERT_EQ(a.sentences.size(), 1u);
  const TextTags::Tags given = text.value()->Of(a.sentences[0]);
  const TextTags::Tags again = text.value()->Tag(a.sentences[0].words);
  EXPECT_EQ(given.stem, again.stem);
  EXPECT_EQ(given.segments, again.segments);
  EXPECT_EQ(given.segments[4], HashWord(U"CCONJ+PROPN+"));  // و + بيروت
  // Features from given tags are those the extractor computes itself.
  FeatureMatrix computed, from_given;
  const FeatureExtractor fx(kFeatPos, nullptr, nullptr, nullptr, text->get());
  fx.Extract(a.sentences[0].words, &computed);
  fx.Extract(a.sentences[0].words, &from_given, &given);
  EXPECT_EQ(computed.ids, from_given.ids);
  // Another analyzer's fingerprint is refused.
  auto stale = TextTags::Use(text.value()->shared_analyzer(), text.value()->fingerprint() + 1);
  ASSERT_FALSE(stale.ok());
  EXPECT_NE(stale.error().find("train_ner.sh"), std::string::npos) << stale.error();
}

TEST(FeatureExtractor, TextTagsAddFeaturesOnlyWhenOnAndGiven) {
  auto text = TextTags::Load(DataDir() + "/text");
  ASSERT_TRUE(text.ok()) << text.error();
  const std::vector<std::u32string> sentence = {U"في", U"دمشق"};
  FeatureMatrix without, off, on;
  FeatureExtractor(kFeatPos, nullptr, nullptr, nullptr).Extract(sentence, &without);
  FeatureExtractor(0, nullptr, nullptr, nullptr, text->get()).Extract(sentence, &off);
  FeatureExtractor(kFeatPos, nullptr, nullptr, nullptr, text->get()).Extract(sentence, &on);
  EXPECT_EQ(without.ids, off.ids);
  EXPECT_GT(TokenFeatures(on, 1).size(), TokenFeatures(off, 1).size());
  EXPECT_EQ(Shared(TokenFeatures(on, 1), TokenFeatures(off, 1)), TokenFeatures(off, 1).size());
}

TEST(Gazetteer, LongestMatchWithCliticOnTheFirstWord) {
  Gazetteer g;
  g.Add({U"مجلس", U"الامن"}, GazetteerClass::kOrg);
  g.Add({U"مجلس", U"الامن", U"الدولي"}, GazetteerClass::kOrg);
  g.Add({U"واشنطن"}, GazetteerClass::kLoc);
  g.Add({U"واشنطن"}, GazetteerClass::kPer);  // a surname too: classes unite
  const std::vector<std::u32string> words = {U"ندد", U"ومجلس", U"الامن", U"الدولي", U"بقرار", U"واشنطن"};
  const std::vector<std::u32string> stripped = {U"ندد", U"مجلس", U"امن", U"دولي", U"قرار", U"واشنطن"};
  const auto m = g.Match(words, stripped);
  const std::uint8_t kOrgBegin = 1 << 2, kOrgInside = 1 << (2 + kGazetteerClasses);
  EXPECT_EQ(m, (std::vector<std::uint8_t>{0, kOrgBegin, kOrgInside, kOrgInside, 0, 0b011}));
  EXPECT_EQ(g.size(), 3u);
}

}  // namespace
}  // namespace marsad::ner
