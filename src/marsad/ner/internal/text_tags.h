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
  // Loads the text layer's Analyzer from text_dir (normally DataDir() + "/text"). With a
  // non-zero `expected` fingerprint, text models with another fingerprint are an error.
  static Result<std::shared_ptr<const TextTags>> Load(const std::string& text_dir,
                                                      std::uint64_t expected = 0);
  // The same over an Analyzer loaded already (the pipeline's, shared with every stage).
  static Result<std::shared_ptr<const TextTags>> Use(std::shared_ptr<const text::Analyzer> analyzer,
                                                     std::uint64_t expected = 0);

  // The Analyzer's fingerprint (text::Analyzer::fingerprint): equal fingerprints, equal tags.
  std::uint64_t fingerprint() const { return analyzer_->fingerprint(); }
  const text::Analyzer& analyzer() const { return *analyzer_; }
  const std::shared_ptr<const text::Analyzer>& shared_analyzer() const { return analyzer_; }

  // Per token of a sentence: a hash of the UPOS tag of its longest segment (its stem), and a
  // hash of the tags of all its segments in order (CCONJ+ADP+PROPN for وبدمشق).
  struct Tags {
    std::vector<std::uint64_t> stem, segments;
  };
  // From the text layer's analysis of the sentence (no second segmenter or POS pass).
  Tags Of(const text::AnalyzedSentence& sentence) const;
  // Analyses the tokens first (tag-conll, training: tokens without a body).
  Tags Tag(const std::vector<std::u32string>& tokens) const;

 private:
  explicit TextTags(std::shared_ptr<const text::Analyzer> analyzer);

  std::shared_ptr<const text::Analyzer> analyzer_;
  std::vector<std::uint64_t> tag_hash_;  // HashWord of each UPOS tag name
  std::vector<std::u32string> tag32_;
};

}  // namespace marsad::ner
