// train_text_models: trains the text layer's models from the UD-PUD data in ../shared.
// Usage:
//   train_text_models segmenter LEXICON OUT EPOCHS GOLD.txt...    (segment-*.txt: words with '+')
//   train_text_models pos LEXICON OUT EPOCHS [--clusters=FILE] GOLD.conll...
//                                                  (pos-*.conll: "token UPOS"; FILE: word clusters)
// tools/train_text_models.sh runs both with the settings that built data/text/.
#include <iostream>
#include <string>
#include <vector>

#include "marsad/text/internal/training.h"

int main(int argc, char** argv) {
  if (argc < 6) {
    std::cerr << "usage: train_text_models segmenter|pos LEXICON OUT EPOCHS GOLD...\n";
    return 1;
  }
  const std::string what = argv[1];
  marsad::text::TrainOptions o;
  o.lexicon_path = argv[2];
  o.out_path = argv[3];
  o.epochs = std::stoi(argv[4]);
  for (int k = 5; k < argc; ++k) {
    const std::string a = argv[k];
    if (a.starts_with("--clusters=")) {
      o.clusters_path = a.substr(11);
    } else {
      o.train_files.push_back(a);
    }
  }
  marsad::Result<std::string> r = what == "segmenter" ? marsad::text::TrainSegmenter(o)
                                  : what == "pos"
                                      ? marsad::text::TrainPosTagger(o)
                                      : marsad::Status::Error("unknown model '" + what + "'");
  if (!r.ok()) {
    std::cerr << "train_text_models: " << r.error() << '\n';
    return 2;
  }
  std::cerr << r.value() << '\n';
  return 0;
}
