// Training the text layer's models (used by tools/train_text_models; not by the pipeline).
// Deterministic: the same inputs give byte-identical model files.
#pragma once

#include <string>
#include <vector>

#include "marsad/core/core.h"

namespace marsad::text {

struct TrainOptions {
  std::vector<std::string> train_files;
  std::string lexicon_path;   // data/text/lexicon.tsv; the model refers to it by file name
  std::string clusters_path;  // optional word clusters for the POS tagger (same directory)
  std::string out_path;
  int epochs = 10;
};

// Segmentation gold: lines of words with segments joined by '+'. Returns a summary line.
Result<std::string> TrainSegmenter(const TrainOptions& options);
// POS gold: "token UPOS" lines, blank line between sentences. Returns a summary line.
Result<std::string> TrainPosTagger(const TrainOptions& options);

}  // namespace marsad::text
