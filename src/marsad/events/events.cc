// Placeholder coder (foundation skeleton). Replaced by the real coder.
#include "marsad/events/events.h"

namespace marsad::events {

struct EventCoder::Impl {};
EventCoder::EventCoder() : impl_(std::make_unique<Impl>()) {}
EventCoder::EventCoder(EventCoder&&) noexcept = default;
EventCoder& EventCoder::operator=(EventCoder&&) noexcept = default;
EventCoder::~EventCoder() = default;
Result<EventCoder> EventCoder::Load(const std::string&, const actors::ActorDictionary*) {
  return EventCoder();
}
Result<EventCoder> EventCoder::LoadDefault(const actors::ActorDictionary* d) { return Load("", d); }
std::vector<Event> EventCoder::Code(const CodingInput&) const { return {}; }

bool IsFact(const Event& e) {
  return e.modality != "negated" && e.modality != "denied" && e.modality != "hypothetical";
}

}  // namespace marsad::events
