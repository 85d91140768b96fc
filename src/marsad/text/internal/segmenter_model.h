// SegmenterModel: the segmenter's weights and lexicon, and the file format. Internal to
// marsad_text (Segmenter wraps it; the trainer writes it).
//   marsad-segmenter 1
//   lexicon <file name, relative to the model's directory>
//   features <N>
//   <feature hash, 16 hex digits> <weight>      N lines
#pragma once

#include <string>
#include <vector>

#include "marsad/text/internal/clitic_analysis.h"
#include "marsad/text/internal/feature_table.h"
#include "marsad/text/internal/lexicon.h"

namespace marsad::text {

class SegmenterModel {
 public:
  static constexpr std::string_view kHeader = "marsad-segmenter 1";

  // Loads path and the lexicon it names. The model must not move afterwards (the analysis
  // points at the lexicon): keep it behind a pointer.
  // With `shared` (REQUIRES: it outlives the model), a model whose header names the lexicon
  // file `shared_name` uses that lexicon instead of loading its own copy.
  Status Load(const std::string& path, const Lexicon* shared = nullptr,
              std::string_view shared_name = {});
  const Lexicon& lexicon() const { return *lexicon_in_use_; }
  const CliticAnalysis& analysis() const { return analysis_; }

  // The best candidate for a normalised word (scratch vectors are the caller's).
  CliticCandidate Best(std::u32string_view normalized, std::vector<CliticCandidate>& candidates,
                       std::vector<std::uint64_t>& features) const;

 private:
  Lexicon lexicon_;
  const Lexicon* lexicon_in_use_ = &lexicon_;
  CliticAnalysis analysis_{&lexicon_};
  FeatureTable table_;
  std::vector<float> weights_;
};

}  // namespace marsad::text
