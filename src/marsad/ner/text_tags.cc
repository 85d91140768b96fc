#include "marsad/ner/internal/text_tags.h"

#include "marsad/ner/internal/hashing.h"

namespace marsad::ner {

TextTags::TextTags(std::shared_ptr<const text::Analyzer> analyzer) : analyzer_(std::move(analyzer)) {
  for (const std::string& tag : analyzer_->upos_tags()) {
    tag32_.push_back(ToU32(tag));
    tag_hash_.push_back(HashWord(tag32_.back()));
  }
}

Result<std::shared_ptr<const TextTags>> TextTags::Use(std::shared_ptr<const text::Analyzer> analyzer,
                                                      std::uint64_t expected) {
  if (analyzer == nullptr) return Status::Error("no text analyzer");
  if (expected != 0 && analyzer->fingerprint() != expected) {
    return Status::Error("the NER model was trained with other text models than those loaded; "
                         "rebuild it with tools/train_ner.sh");
  }
  return std::shared_ptr<const TextTags>(new TextTags(std::move(analyzer)));
}

Result<std::shared_ptr<const TextTags>> TextTags::Load(const std::string& text_dir,
                                                       std::uint64_t expected) {
  auto analyzer = text::Analyzer::Load(text_dir);
  if (!analyzer.ok()) return Status::Error(analyzer.error());
  if (expected != 0 && analyzer.value()->fingerprint() != expected) {
    return Status::Error("the NER model was trained with other text models than those in " +
                         text_dir + "; rebuild it with tools/train_ner.sh");
  }
  return Use(std::move(analyzer).value(), expected);
}

TextTags::Tags TextTags::Of(const text::AnalyzedSentence& sentence) const {
  Tags out;
  out.stem.reserve(sentence.tokens.size());
  out.segments.reserve(sentence.tokens.size());
  for (const text::AnalyzedToken& t : sentence.tokens) {
    out.stem.push_back(tag_hash_[sentence.upos[t.stem_segment]]);
    // FNV-1a runs left to right, so hashing tag by tag is hashing "TAG+TAG+" in one piece.
    std::uint64_t joined = HashWord(U"");
    for (std::uint32_t k = t.first_segment; k < t.end_segment; ++k)
      joined = HashWord(U"+", HashWord(tag32_[sentence.upos[k]], joined));
    out.segments.push_back(joined);
  }
  return out;
}

TextTags::Tags TextTags::Tag(const std::vector<std::u32string>& tokens) const {
  return Of(analyzer_->AnalyzeTokens(tokens));
}

}  // namespace marsad::ner
