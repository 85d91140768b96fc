// NerTagger: the public face of the stage over NerModel (see ner_model.h).
#include "marsad/ner/ner.h"

#include <algorithm>

#include "marsad/ner/internal/entity_spans.h"
#include "marsad/ner/internal/ner_model.h"

namespace marsad::ner {

struct NerTagger::Impl {
  NerModel model;
};

NerTagger::NerTagger() : impl_(std::make_unique<Impl>()) {}
NerTagger::NerTagger(NerTagger&&) noexcept = default;
NerTagger& NerTagger::operator=(NerTagger&&) noexcept = default;
NerTagger::~NerTagger() = default;

Result<NerTagger> NerTagger::Load(const std::string& path) {
  return Load(path, std::shared_ptr<const text::Analyzer>());
}

Result<NerTagger> NerTagger::Load(const std::string& path, std::shared_ptr<const text::Analyzer> analyzer) {
  auto model = analyzer != nullptr ? LoadNerModel(path, std::move(analyzer)) : LoadNerModel(path);
  if (!model.ok()) return model.status();
  NerTagger tagger;
  tagger.impl_->model = std::move(model).value();
  return tagger;
}

Result<NerTagger> NerTagger::LoadDefault() { return Load(DataDir() + "/ner/ner.model"); }

std::vector<std::string> NerTagger::Tag(const std::vector<std::string>& tokens) const {
  return TagDocument({tokens}).front();
}

std::vector<std::vector<std::string>> NerTagger::TagDocument(
    const std::vector<std::vector<std::string>>& sentences) const {
  std::vector<std::vector<std::u32string>> doc(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    for (const auto& t : sentences[s]) doc[s].push_back(ToU32(t));
  }
  const auto& labels = impl_->model.chain.labels();
  std::vector<std::vector<std::string>> tags(sentences.size());
  const auto ids = impl_->model.TagDocument(doc);
  for (std::size_t s = 0; s < ids.size(); ++s) {
    for (int y : ids[s]) tags[s].push_back(labels[static_cast<std::size_t>(y)]);
  }
  return tags;
}

std::vector<Entity> NerTagger::FindEntities(std::u32string_view body,
                                            const std::vector<Sentence>& sentences) const {
  std::vector<Sentence> ranges = sentences;
  if (ranges.empty() && !body.empty()) ranges.push_back({{0, body.size()}});
  if (const TextTags* text = impl_->model.text_tags.get()) {
    return FindEntities(text->analyzer().Analyze(body, ranges), body);
  }
  // A model without the text layer's features needs only the tokens.
  text::Analysis tokens_only;
  for (const Sentence& sentence : ranges) {
    text::AnalyzedSentence& s = tokens_only.sentences.emplace_back();
    s.span = {std::min(sentence.span.start, body.size()), std::min(sentence.span.end, body.size())};
    for (const Span& piece : NerTokens(body, s.span)) {
      s.tokens.push_back({piece, text::TokenKind::kWord, 0, 0, 0});
      s.words.emplace_back(body.substr(piece.start, piece.size()));
    }
  }
  return FindEntities(tokens_only, body);
}

std::vector<Entity> NerTagger::FindEntities(const text::Analysis& analysis, std::u32string_view body) const {
  if (analysis.sentences.empty() && !body.empty()) return FindEntities(body, std::vector<Sentence>{});
  const auto& labels = impl_->model.chain.labels();
  const TextTags* text = impl_->model.text_tags.get();
  std::vector<const text::AnalyzedSentence*> tagged;
  std::vector<std::vector<std::u32string>> doc;
  std::vector<TextTags::Tags> tags;
  for (const text::AnalyzedSentence& s : analysis.sentences) {
    if (s.span.empty()) continue;  // the model's context window counts sentences with text
    tagged.push_back(&s);
    doc.push_back(s.words);
    if (text != nullptr) tags.push_back(text->Of(s));
  }
  const auto ids = impl_->model.TagDocument(doc, text != nullptr ? &tags : nullptr);
  std::vector<Entity> entities;
  for (std::size_t s = 0; s < ids.size(); ++s) {
    std::vector<std::string> names;
    for (int y : ids[s]) names.push_back(labels[static_cast<std::size_t>(y)]);
    const auto& tokens = tagged[s]->tokens;
    for (const TaggedSpan& run : TagRuns(names)) {
      const Span span{tokens[run.begin].span.start, tokens[run.end - 1].span.end};
      entities.push_back({span, ToUtf8(body.substr(span.start, span.size())), run.type, ""});
    }
  }
  return entities;
}

}  // namespace marsad::ner
