// Placeholder tagger (foundation skeleton). Replaced by the trained model.
#include "marsad/ner/ner.h"

namespace marsad::ner {

struct NerTagger::Impl {};
NerTagger::NerTagger() : impl_(std::make_unique<Impl>()) {}
NerTagger::NerTagger(NerTagger&&) noexcept = default;
NerTagger& NerTagger::operator=(NerTagger&&) noexcept = default;
NerTagger::~NerTagger() = default;
Result<NerTagger> NerTagger::Load(const std::string&) { return NerTagger(); }
Result<NerTagger> NerTagger::LoadDefault() { return NerTagger(); }
std::vector<std::string> NerTagger::Tag(const std::vector<std::string>& tokens) const {
  return std::vector<std::string>(tokens.size(), "O");
}
std::vector<Entity> NerTagger::FindEntities(std::u32string_view, const std::vector<Sentence>&) const {
  return {};
}

}  // namespace marsad::ner
