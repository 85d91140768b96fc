// marsad/ner: named entities (PER, LOC, ORG, MISC) from a model in data/ner/.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "marsad/core/core.h"
#include "marsad/text/text.h"

namespace marsad::ner {

class NerTagger {
 public:
  // data/ner/ner.model. The shipped model's features include the text layer's UPOS tags, so
  // it also loads the text layer's Analyzer from DataDir()/text (or uses the one given), and
  // refuses text models other than those it was trained with.
  static Result<NerTagger> Load(const std::string& path);
  static Result<NerTagger> LoadDefault();
  // The same with the text layer's Analyzer loaded already (the pipeline's: the text models
  // are then loaded once for every stage).
  static Result<NerTagger> Load(const std::string& path, std::shared_ptr<const text::Analyzer> analyzer);
  NerTagger(NerTagger&&) noexcept;
  NerTagger& operator=(NerTagger&&) noexcept;
  ~NerTagger();

  // IOB2 tags (B-PER, I-LOC, O ...) for one sentence of whitespace tokens (UTF-8).
  std::vector<std::string> Tag(const std::vector<std::string>& tokens) const;
  // The same for consecutive sentences of one text. Better than sentence by sentence: a name
  // recognised in one sentence helps in its neighbours (the model's context window).
  std::vector<std::vector<std::string>> TagDocument(const std::vector<std::vector<std::string>>& sentences) const;

  // Entities in the body, sentence by sentence, spans into the body; actor left empty.
  std::vector<Entity> FindEntities(std::u32string_view body,
                                   const std::vector<Sentence>& sentences) const;
  // The same from the text layer's analysis of the body (its tokens, segments and UPOS tags
  // are the tagger's: nothing is split or tagged again). An analysis without sentences is
  // tagged as the whole body in one sentence, as above.
  std::vector<Entity> FindEntities(const text::Analysis& analysis, std::u32string_view body) const;

 private:
  NerTagger();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad::ner
