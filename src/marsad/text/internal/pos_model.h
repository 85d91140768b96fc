// PosModel: the POS tagger's weights, tag set and lexicon, and the file format. Internal to
// marsad_text (PosTagger wraps it; the trainer writes it).
//   marsad-pos 1
//   lexicon <file name, relative to the model's directory>
//   clusters <file name, relative to the model's directory>     (optional)
//   tags <T> <TAG_0> ... <TAG_T-1>
//   features <N>
//   <feature hash, 16 hex digits> <tag index>:<weight> ...     N lines, zero weights left out
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "marsad/text/internal/feature_table.h"
#include "marsad/text/internal/lexicon.h"
#include "marsad/text/internal/pos_features.h"

namespace marsad::text {

class PosModel {
 public:
  static constexpr std::string_view kHeader = "marsad-pos 1";

  // Loads path and the lexicon it names. Must not move afterwards: keep it behind a pointer.
  // With `shared` (REQUIRES: it outlives the model), a model whose header names the lexicon
  // file `shared_name` uses that lexicon instead of loading its own copy.
  Status Load(const std::string& path, const Lexicon* shared = nullptr,
              std::string_view shared_name = {});
  const std::vector<std::string>& tags() const { return tags_; }
  // Greedy left-to-right tag indices for a sentence.
  std::vector<int> Decode(const std::vector<std::u32string>& tokens) const;

 private:
  Lexicon lexicon_;
  std::optional<WordClusters> clusters_;
  PosFeatures features_{&lexicon_};
  std::vector<std::string> tags_;
  FeatureTable table_;
  std::vector<float> storage_;  // weights, row-major (row * tags + tag), from weights_ on
  float* weights_ = nullptr;  // first 64-byte boundary in storage_: a 16-tag row is one cache line
};

}  // namespace marsad::text
