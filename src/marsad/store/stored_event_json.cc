// A stored event as a JSON line: the contract's event object with where it was said.
#include <nlohmann/json.hpp>

#include "marsad/store/store.h"

namespace marsad::store {
namespace {

nlohmann::ordered_json Argument(const EventArgument& a, bool with_code) {
  if (!a.present()) return nullptr;
  nlohmann::ordered_json j;
  j["text"] = a.text;
  if (with_code) j["code"] = a.code.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(a.code);
  j["start"] = a.span.start;
  j["end"] = a.span.end;
  return j;
}

nlohmann::ordered_json Optional(const std::optional<std::string>& s) {
  return s ? nlohmann::ordered_json(*s) : nlohmann::ordered_json();
}

}  // namespace

std::string ToJsonLine(const StoredEvent& se) {
  const Event& e = se.event;
  nlohmann::ordered_json j;
  j["id"] = se.id;
  j["article_id"] = se.article_id;
  j["date"] = Optional(se.date);
  j["url"] = Optional(se.url);
  j["site"] = Optional(se.site);
  j["sentence"] = e.sentence;
  j["start"] = e.span.start;
  j["end"] = e.span.end;
  j["text"] = e.text;
  j["source"] = Argument(e.source, true);
  j["target"] = Argument(e.target, true);
  j["cameo"] = e.cameo;
  j["root"] = e.root;
  j["goldstein"] = e.goldstein;
  j["quad_class"] = e.quad_class;
  j["plover"] = e.plover.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(e.plover);
  j["verb"] = Argument(e.verb, false);
  j["modality"] = e.modality;
  j["place"] = e.place ? nlohmann::ordered_json::parse(ToJson(*e.place)) : nlohmann::ordered_json();
  j["confidence"] = e.confidence;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace marsad::store
