// TwoPassWeights gives the same scores, bit for bit, as each LinearChainModel on its own: the
// two-pass tagger's output must not depend on which table it reads.
#include "marsad/ner/internal/two_pass_weights.h"

#include <gtest/gtest.h>

#include <random>

#include "marsad/ner/internal/document_context.h"

namespace marsad::ner {
namespace {

const std::vector<std::string> kLabels = {"O", "B-PER", "I-PER", "B-LOC", "I-LOC"};

// Features 1..600: 1..400 in the first pass, 200..600 in the final model (overlap 200..400),
// and matrices that also use 601..700, which neither model knows.
struct Models {
  LinearChainModel first{kLabels}, chain{kLabels};
  Models() {
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> w(-3.0f, 3.0f);
    float row[5];
    for (std::uint64_t f = 1; f <= 600; ++f) {
      for (float& x : row) x = w(rng);
      if (f <= 400) first.SetWeights(f * 0x9E3779B97F4A7C15ULL, row);
      for (float& x : row) x = w(rng);
      if (f >= 200) chain.SetWeights(f * 0x9E3779B97F4A7C15ULL, row);
    }
  }
};

FeatureMatrix RandomMatrix(std::mt19937& rng, std::size_t tokens) {
  std::uniform_int_distribution<std::uint64_t> id(1, 700);
  std::uniform_int_distribution<int> count(1, 40);
  FeatureMatrix f;
  for (std::size_t t = 0; t < tokens; ++t) {
    for (int k = count(rng); k > 0; --k) f.ids.push_back(id(rng) * 0x9E3779B97F4A7C15ULL);
    f.offsets.push_back(static_cast<std::uint32_t>(f.ids.size()));
  }
  return f;
}

TEST(TwoPassWeights, FirstPassScoresEqualEachModelsOwn) {
  const Models m;
  const TwoPassWeights both(m.first, m.chain);
  ASSERT_EQ(both.num_labels(), kLabels.size());
  std::mt19937 rng(11);
  for (int round = 0; round < 50; ++round) {
    const FeatureMatrix f = RandomMatrix(rng, 1 + round % 17);
    std::vector<float> first, chain;
    both.Emissions(f, &first, &chain);
    EXPECT_EQ(first, m.first.Emissions(f));  // exact float equality, not a tolerance
    EXPECT_EQ(chain, m.chain.Emissions(f));
  }
}

TEST(TwoPassWeights, AddedDocumentFeaturesEqualTheAppendedMatrix) {
  const Models m;
  const TwoPassWeights both(m.first, m.chain);
  std::mt19937 rng(13);
  for (int round = 0; round < 50; ++round) {
    const std::size_t n = 1 + round % 13;
    const FeatureMatrix f = RandomMatrix(rng, n);
    const FeatureMatrix extra_matrix = RandomMatrix(rng, n);
    std::vector<std::vector<std::uint64_t>> extra(n);
    for (std::size_t t = 0; t < n; ++t) {
      extra[t].assign(extra_matrix.ids.begin() + extra_matrix.offsets[t],
                      extra_matrix.ids.begin() + extra_matrix.offsets[t + 1]);
    }
    std::vector<float> first, chain;
    both.Emissions(f, &first, &chain);
    both.AddFinal(extra, &chain);
    EXPECT_EQ(chain, m.chain.Emissions(WithExtraFeatures(f, extra)));
  }
}

TEST(TwoPassWeights, WithoutAFirstPassOnlyTheFinalModelScores) {
  const Models m;
  const TwoPassWeights both(LinearChainModel{}, m.chain);
  std::mt19937 rng(17);
  const FeatureMatrix f = RandomMatrix(rng, 5);
  std::vector<float> first, chain;
  both.Emissions(f, &first, &chain);
  EXPECT_EQ(first, std::vector<float>(5 * kLabels.size(), 0.0f));
  EXPECT_EQ(chain, m.chain.Emissions(f));
}

}  // namespace
}  // namespace marsad::ner
