// The model file: round trip, and every kind of bad file is an error, never a crash.
#include "marsad/ner/internal/ner_model.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <string>

namespace marsad::ner {
namespace {

std::string TempPath(const std::string& name) {
  return ::testing::TempDir() + "/marsad_ner_" + name;
}

NerModel SmallModel() {
  NerModel m;
  m.feature_set = kFeatAll & ~kFeatPos;  // the text-model features have their own test
  m.chain = LinearChainModel({"O", "B-PER", "I-PER", "B-LOC", "I-LOC"});
  m.clusters.Add(U"دمشق", {1, 2, 3});
  m.gazetteer.Add({U"مجلس", U"الامن"}, GazetteerClass::kOrg);
  m.lexicon.Add(U"عمان", EntityLexicon::Profile(50, {0, 45, 0, 0}));
  FeatureExtractor fx(m.feature_set, &m.clusters, &m.gazetteer, &m.lexicon);
  FeatureMatrix f;
  fx.Extract({U"في", U"دمشق"}, &f);
  // Weights on the features only دمشق has (the bias and the like are shared with في).
  const float loc[] = {0, 0, 0, 1, 0};
  const std::set<std::uint64_t> first_word(f.ids.begin() + f.offsets[0], f.ids.begin() + f.offsets[1]);
  for (std::uint32_t k = f.offsets[1]; k < f.offsets[2]; ++k) {
    if (!first_word.count(f.ids[k])) m.chain.SetWeights(f.ids[k], loc);
  }
  m.first = m.chain;
  m.window = 3;
  return m;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(NerModelFile, RoundTrip) {
  const std::string path = TempPath("roundtrip.model");
  const NerModel m = SmallModel();
  ASSERT_TRUE(SaveNerModel(m, path).ok());
  auto loaded = LoadNerModel(path);
  ASSERT_TRUE(loaded.ok()) << loaded.error();
  EXPECT_EQ(loaded->chain.labels(), m.chain.labels());
  // Loaded for tagging, the weights of both passes are in one table (two_pass_weights.h).
  ASSERT_NE(loaded->tagging_weights, nullptr);
  EXPECT_EQ(loaded->chain.num_features(), 0u);
  EXPECT_FALSE(SaveNerModel(loaded.value(), path + ".again").ok());
  auto parsed = ParseNerModel(ReadAll(path));
  ASSERT_TRUE(parsed.ok()) << parsed.error();
  EXPECT_EQ(parsed->chain.num_features(), m.chain.num_features());
  EXPECT_EQ(parsed->first.num_features(), m.first.num_features());
  EXPECT_EQ(loaded->clusters.size(), 1u);
  EXPECT_EQ(loaded->gazetteer.size(), 1u);
  EXPECT_EQ(loaded->lexicon.size(), 1u);
  EXPECT_EQ(loaded->window, 3u);
  EXPECT_EQ(loaded->Tag({U"في", U"دمشق"}), (std::vector<int>{0, 3}));
  EXPECT_EQ(loaded->Tag({U"في", U"دمشق"}), m.Tag({U"في", U"دمشق"}));
  std::remove(path.c_str());
}

TEST(NerModelFile, TextModelsMustBeTheOnesItWasTrainedWith) {
  auto text = TextTags::Load(DataDir() + "/text");
  ASSERT_TRUE(text.ok()) << text.error();
  NerModel m = SmallModel();
  m.feature_set |= kFeatPos;
  m.text_fingerprint = text.value()->fingerprint();
  const std::string path = TempPath("text-models.model");
  ASSERT_TRUE(SaveNerModel(m, path).ok());
  auto loaded = LoadNerModel(path);
  ASSERT_TRUE(loaded.ok()) << loaded.error();
  ASSERT_NE(loaded->text_tags, nullptr);
  EXPECT_EQ(loaded->text_fingerprint, m.text_fingerprint);
  EXPECT_EQ(loaded->Tag({U"في", U"دمشق"}), (std::vector<int>{0, 3}));

  auto elsewhere = LoadNerModel(path, TempPath("no-such-text-dir"));
  ASSERT_FALSE(elsewhere.ok());
  EXPECT_NE(elsewhere.error().find("text models"), std::string::npos) << elsewhere.error();

  m.text_fingerprint += 1;  // as if the text models had been retrained since
  ASSERT_TRUE(SaveNerModel(m, path).ok());
  auto stale = LoadNerModel(path);
  ASSERT_FALSE(stale.ok());
  EXPECT_NE(stale.error().find("train_ner.sh"), std::string::npos) << stale.error();
  std::remove(path.c_str());
}

TEST(NerModelFile, MissingFileIsAnError) {
  auto m = LoadNerModel(TempPath("does-not-exist.model"));
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.error().find("does-not-exist.model"), std::string::npos);
}

TEST(NerModelFile, WrongHeaderOrVersionIsAnError) {
  EXPECT_FALSE(ParseNerModel("").ok());
  EXPECT_FALSE(ParseNerModel("hello world\n").ok());
  EXPECT_FALSE(ParseNerModel("marsad-ner-model 999\nxxxx").ok());
  EXPECT_NE(ParseNerModel("marsad-ner-model 999\n").error().find("version"), std::string::npos);
}

TEST(NerModelFile, EveryTruncationIsAnError) {
  const std::string path = TempPath("truncate.model");
  ASSERT_TRUE(SaveNerModel(SmallModel(), path).ok());
  const std::string bytes = ReadAll(path);
  std::remove(path.c_str());
  ASSERT_TRUE(ParseNerModel(bytes).ok());
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    EXPECT_FALSE(ParseNerModel(std::string_view(bytes).substr(0, n)).ok()) << "cut at " << n;
  }
  EXPECT_FALSE(ParseNerModel(bytes + "x").ok());
}

TEST(NerModelFile, CorruptBytesNeverCrash) {
  const std::string path = TempPath("corrupt.model");
  ASSERT_TRUE(SaveNerModel(SmallModel(), path).ok());
  const std::string bytes = ReadAll(path);
  std::remove(path.c_str());
  // Flip each byte after the header in turn: the result loads or is refused, but never
  // crashes or reads out of bounds (the ASan build checks the latter).
  const std::size_t header = bytes.find('\n') + 1;
  for (std::size_t i = header; i < bytes.size(); ++i) {
    std::string bad = bytes;
    bad[i] = static_cast<char>(bad[i] ^ 0xFF);
    auto m = ParseNerModel(bad);
    if (m.ok()) (void)m->Tag({U"في", U"دمشق", U"امس"});
  }
}

}  // namespace
}  // namespace marsad::ner
