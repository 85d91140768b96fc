// The averaged perceptron on a tiny hand-made training set: it learns what is learnable,
// generalises to a new arrangement of known words, and prunes only what is small.
#include "marsad/ner/internal/perceptron_trainer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace marsad::ner {
namespace {

// Each token is one feature id: 1 a title word, 2 a first name, 3 a surname, 4 a place, 5 "in".
FeatureMatrix Tokens(const std::vector<std::uint64_t>& ids) {
  FeatureMatrix f;
  for (std::uint64_t id : ids) {
    f.ids.push_back(id);
    f.offsets.push_back(static_cast<std::uint32_t>(f.ids.size()));
  }
  return f;
}

const std::vector<std::string> kLabels = {"O", "B-PER", "I-PER", "B-LOC"};

struct Toy {
  std::vector<FeatureMatrix> x = {Tokens({1, 2, 3}), Tokens({5, 4}), Tokens({1, 2, 3, 5, 4}),
                                  Tokens({2, 3})};
  std::vector<std::vector<int>> y = {{0, 1, 2}, {0, 3}, {0, 1, 2, 0, 3}, {1, 2}};
  std::vector<std::size_t> order = {0, 1, 2, 3};
};

TEST(PerceptronTrainer, LearnsASeparableSetAndAveragesIt) {
  const Toy toy;
  PerceptronTrainer trainer(kLabels);
  EXPECT_GT(trainer.Epoch(toy.x, toy.y, toy.order), 0u);  // all-zero weights start out wrong
  std::size_t errors = 1;
  for (int epoch = 0; epoch < 10 && errors > 0; ++epoch)
    errors = trainer.Epoch(toy.x, toy.y, toy.order);
  EXPECT_EQ(errors, 0u);
  const LinearChainModel m = trainer.Averaged();
  for (std::size_t i = 0; i < toy.x.size(); ++i)
    EXPECT_EQ(m.Decode(toy.x[i]), toy.y[i]) << "sentence " << i;
  // A new arrangement of known words: title, name, surname.
  EXPECT_EQ(m.Decode(Tokens({5, 4, 1, 2, 3})), (std::vector<int>{0, 3, 0, 1, 2}));
}

TEST(PerceptronTrainer, PruningLeavesOutOnlySmallWeights) {
  const Toy toy;
  PerceptronTrainer trainer(kLabels);
  for (int epoch = 0; epoch < 5; ++epoch) trainer.Epoch(toy.x, toy.y, toy.order);
  const LinearChainModel all = trainer.Averaged();
  // Names and places were mistagged at first, so they have weights (O needed none: it wins ties).
  float largest = 0;
  std::uint64_t strongest = 0;
  for (std::uint64_t id = 2; id <= 4; ++id) {
    ASSERT_NE(all.Weights(id), nullptr) << "feature " << id;
    for (std::size_t l = 0; l < kLabels.size(); ++l) {
      if (std::abs(all.Weights(id)[l]) > largest) {
        largest = std::abs(all.Weights(id)[l]);
        strongest = id;
      }
    }
  }
  const LinearChainModel none = trainer.Averaged(largest);
  for (std::uint64_t id = 2; id <= 4; ++id)
    EXPECT_EQ(none.Weights(id), nullptr) << "feature " << id;
  EXPECT_NE(trainer.Averaged(largest / 2).Weights(strongest), nullptr);
  EXPECT_EQ(none.transitions(), all.transitions());  // transitions are never pruned
}

}  // namespace
}  // namespace marsad::ner
