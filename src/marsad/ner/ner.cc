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
  auto model = LoadNerModel(path);
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
  const auto& labels = impl_->model.chain.labels();
  std::vector<std::vector<Span>> spans;
  std::vector<std::vector<std::u32string>> doc;
  for (const Sentence& sentence : ranges) {
    const Span range{std::min(sentence.span.start, body.size()), std::min(sentence.span.end, body.size())};
    if (range.empty()) continue;
    spans.push_back(NerTokens(body, range));
    doc.emplace_back();
    for (const Span& s : spans.back()) doc.back().emplace_back(body.substr(s.start, s.size()));
  }
  const auto ids = impl_->model.TagDocument(doc);
  std::vector<Entity> entities;
  for (std::size_t s = 0; s < ids.size(); ++s) {
    std::vector<std::string> tags;
    for (int y : ids[s]) tags.push_back(labels[static_cast<std::size_t>(y)]);
    for (const TaggedSpan& run : TagRuns(tags)) {
      const Span span{spans[s][run.begin].start, spans[s][run.end - 1].end};
      entities.push_back({span, ToUtf8(body.substr(span.start, span.size())), run.type, ""});
    }
  }
  return entities;
}

}  // namespace marsad::ner
