// TextTags: what the text layer says about each token, as NER features. The segmenter splits a
// token into its clitic segments and the POS tagger gives each segment a UPOS tag; both were
// trained on Universal Dependencies, not on ANERcorp, so their view of a word (PROPN, NOUN,
// ADJ after a name...) is evidence the NER training set alone cannot give.
//
// A tagger trained with these features must tag with the same text models: the NER model
// stores their fingerprint, and loading refuses text models with another one.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "marsad/core/core.h"
#include "marsad/text/text.h"

namespace marsad::ner {

class TextTags {
 public:
  // Loads segmenter.model and pos.model from text_dir (normally DataDir() + "/text"). With a
  // non-zero `expected` fingerprint, text models with another fingerprint are an error.
  static Result<std::shared_ptr<const TextTags>> Load(const std::string& text_dir,
                                                      std::uint64_t expected = 0);

  // FNV-1a over the bytes of both models and the lexicon and clusters they read: equal
  // fingerprints, equal tags.
  std::uint64_t fingerprint() const { return fingerprint_; }

  // Per token of a sentence: a hash of the UPOS tag of its longest segment (its stem), and a
  // hash of the tags of all its segments in order (CCONJ+ADP+PROPN for وبدمشق).
  struct Tags {
    std::vector<std::uint64_t> stem, segments;
  };
  Tags Tag(const std::vector<std::u32string>& tokens) const;

 private:
  TextTags(text::Segmenter segmenter, text::PosTagger pos, std::uint64_t fingerprint);

  text::Segmenter segmenter_;
  text::PosTagger pos_;
  std::uint64_t fingerprint_;
};

}  // namespace marsad::ner
