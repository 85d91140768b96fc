// Placeholder actor dictionary (foundation skeleton). Replaced by the real dictionary.
#include "marsad/actors/actors.h"

namespace marsad::actors {

struct ActorDictionary::Impl {};
ActorDictionary::ActorDictionary() : impl_(std::make_unique<Impl>()) {}
ActorDictionary::ActorDictionary(ActorDictionary&&) noexcept = default;
ActorDictionary& ActorDictionary::operator=(ActorDictionary&&) noexcept = default;
ActorDictionary::~ActorDictionary() = default;
Result<ActorDictionary> ActorDictionary::Load(const std::string&) { return ActorDictionary(); }
Result<ActorDictionary> ActorDictionary::LoadDefault() { return ActorDictionary(); }
std::vector<ActorMention> ActorDictionary::FindMentions(std::u32string_view, Span,
                                                        const std::optional<std::string>&) const {
  return {};
}
std::string ActorDictionary::Lookup(std::u32string_view, const std::optional<std::string>&) const {
  return {};
}
std::size_t ActorDictionary::size() const { return 0; }

void ResolveActors(const ActorDictionary&, std::u32string_view, const std::optional<std::string>&,
                   std::vector<Entity>&) {}

}  // namespace marsad::actors
