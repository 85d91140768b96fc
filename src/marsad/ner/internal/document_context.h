// DocumentContext: what a first tagging pass said about the same word elsewhere nearby.
// News repeats its names: جوزيه or أسيك may be hard to recognise in one sentence and easy in
// the next. For each token, the labels the first pass gave to the other occurrences of its
// clitic-stripped form within `window` sentences before and after become features of the
// second pass (stacking; the training side uses first passes that did not train on the
// sentence, see tools/train_ner.cc).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "marsad/ner/internal/feature_extractor.h"

namespace marsad::ner {

class DocumentContext {
 public:
  // REQUIRES: first_pass[s].size() == sentences[s].size(); labels are the first pass's.
  DocumentContext(const std::vector<std::vector<std::u32string>>& sentences,
                  const std::vector<std::vector<int>>& first_pass, const std::vector<std::string>& labels,
                  std::size_t window);

  // The extra feature ids of every token of sentence s. Call with s = 0, 1, 2, ... in order
  // (the window slides forward).
  std::vector<std::vector<std::uint64_t>> Next();

 private:
  using Counts = std::array<std::uint16_t, 5>;  // O, PER, LOC, ORG, MISC
  void AddSentence(std::size_t s, int sign);

  std::vector<std::vector<std::uint64_t>> keys_;  // per sentence, per token: stripped-form hash
  std::vector<std::vector<int>> labels_;          // first-pass label index
  std::vector<int> type_of_label_;                // label index → 0 (O) .. 4 (MISC)
  std::size_t window_;
  std::size_t next_ = 0;
  std::unordered_map<std::uint64_t, Counts> counts_;  // over the sentences in the window
};

// base's features plus extra[i] for token i.
FeatureMatrix WithExtraFeatures(const FeatureMatrix& base, const std::vector<std::vector<std::uint64_t>>& extra);

}  // namespace marsad::ner
