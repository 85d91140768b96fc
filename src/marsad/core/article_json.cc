// JSON records per ../shared/CONTRACT.md.
#include <nlohmann/json.hpp>

#include "marsad/core/core.h"

namespace marsad {
namespace {

using nlohmann::json;

json OrNull(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

json ArgumentJson(const EventArgument& a, bool with_code) {
  if (!a.present()) return nullptr;
  json j = {{"text", a.text}, {"start", a.span.start}, {"end", a.span.end}};
  if (with_code) j["code"] = a.code.empty() ? json(nullptr) : json(a.code);
  return j;
}

json PlaceJson(const std::optional<Place>& p) {
  if (!p) return nullptr;
  json j = {{"text", p->text},
            {"start", p->span.empty() ? json(nullptr) : json(p->span.start)},
            {"end", p->span.empty() ? json(nullptr) : json(p->span.end)},
            {"name", p->name},
            {"kind", p->kind},
            {"country", p->country},
            {"adm1", p->adm1.empty() ? json(nullptr) : json(p->adm1)},
            {"lat", p->lat},
            {"lon", p->lon},
            {"geonameid", p->geonameid == 0 ? json(nullptr) : json(p->geonameid)},
            {"source", p->source}};
  return j;
}

std::optional<Place> PlaceOf(const json& j) {
  if (!j.is_object()) return std::nullopt;
  Place p;
  p.text = j.value("text", "");
  if (j.contains("start") && j["start"].is_number_unsigned() && j.contains("end") &&
      j["end"].is_number_unsigned()) {
    p.span = {j["start"].get<std::size_t>(), j["end"].get<std::size_t>()};
  }
  p.name = j.value("name", "");
  p.kind = j.value("kind", "");
  p.country = j.value("country", "");
  if (j.contains("adm1") && j["adm1"].is_string()) p.adm1 = j["adm1"].get<std::string>();
  p.lat = j.value("lat", 0.0);
  p.lon = j.value("lon", 0.0);
  if (j.contains("geonameid") && j["geonameid"].is_number_integer()) {
    p.geonameid = j["geonameid"].get<std::int64_t>();
  }
  p.source = j.value("source", "");
  return p;
}

json EventJson(const Event& e) {
  return {{"sentence", e.sentence},
          {"start", e.span.start},
          {"end", e.span.end},
          {"text", e.text},
          {"source", ArgumentJson(e.source, true)},
          {"target", ArgumentJson(e.target, true)},
          {"cameo", e.cameo},
          {"root", e.root},
          {"goldstein", e.goldstein},
          {"quad_class", e.quad_class},
          {"plover", e.plover.empty() ? json(nullptr) : json(e.plover)},
          {"verb", ArgumentJson(e.verb, false)},
          {"modality", e.modality},
          {"place", PlaceJson(e.place)},
          {"confidence", e.confidence}};
}

std::optional<std::string> OptString(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

Span SpanOf(const json& j) {
  return {j.value("start", std::size_t{0}), j.value("end", std::size_t{0})};
}

EventArgument ArgumentOf(const json& j) {
  EventArgument a;
  if (!j.is_object()) return a;
  a.text = j.value("text", "");
  if (auto c = OptString(j, "code")) a.code = *c;
  a.span = SpanOf(j);
  return a;
}

}  // namespace

std::string ToJson(const Place& place) { return PlaceJson(place).dump(); }

std::string ToJsonLine(const Article& a, const RecordFields& fields) {
  json j = {{"id", a.id},
            {"source_path", OrNull(a.source_path)},
            {"url", OrNull(a.url)},
            {"site", OrNull(a.site)},
            {"date", OrNull(a.date)},
            {"date_source", OrNull(a.date_source)},
            {"author", OrNull(a.author)},
            {"encoding", a.encoding},
            {"lang", a.lang},
            {"title", a.title},
            {"body", a.body},
            {"duplicate_of", OrNull(a.duplicate_of)},
            {"error", OrNull(a.error)}};
  if (a.invalid_bytes > 0) j["invalid_bytes"] = a.invalid_bytes;
  if (fields.sentences) {
    json s = json::array();
    for (const auto& x : a.sentences) s.push_back({{"start", x.span.start}, {"end", x.span.end}});
    j["sentences"] = std::move(s);
  }
  if (fields.entities) {
    json s = json::array();
    for (const auto& e : a.entities) {
      s.push_back({{"start", e.span.start},
                   {"end", e.span.end},
                   {"text", e.text},
                   {"type", e.type},
                   {"actor", e.actor.empty() ? json(nullptr) : json(e.actor)}});
    }
    j["entities"] = std::move(s);
  }
  if (fields.events) {
    json s = json::array();
    for (const auto& e : a.events) s.push_back(EventJson(e));
    j["events"] = std::move(s);
  }
  // Invalid UTF-8 never reaches here (readers sanitise), but never throw on it either.
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<Article> ArticleFromJson(std::string_view text) try {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::Error("not a JSON object");
  Article a;
  a.id = OptString(j, "id").value_or("");
  a.source_path = OptString(j, "source_path");
  a.url = OptString(j, "url");
  a.site = OptString(j, "site");
  a.date = OptString(j, "date");
  a.date_source = OptString(j, "date_source");
  a.author = OptString(j, "author");
  a.encoding = OptString(j, "encoding").value_or("");
  a.lang = OptString(j, "lang").value_or("ar");
  a.title = OptString(j, "title").value_or("");
  a.body = OptString(j, "body").value_or("");
  a.duplicate_of = OptString(j, "duplicate_of");
  a.error = OptString(j, "error");
  if (auto it = j.find("sentences"); it != j.end() && it->is_array()) {
    for (const auto& s : *it) a.sentences.push_back({SpanOf(s)});
  }
  if (auto it = j.find("entities"); it != j.end() && it->is_array()) {
    for (const auto& e : *it) {
      a.entities.push_back({SpanOf(e), e.value("text", ""), e.value("type", ""),
                            OptString(e, "actor").value_or("")});
    }
  }
  if (auto it = j.find("events"); it != j.end() && it->is_array()) {
    for (const auto& e : *it) {
      Event ev;
      ev.sentence = e.value("sentence", std::size_t{0});
      ev.span = SpanOf(e);
      ev.text = e.value("text", "");
      ev.source = ArgumentOf(e.value("source", json()));
      ev.target = ArgumentOf(e.value("target", json()));
      ev.verb = ArgumentOf(e.value("verb", json()));
      ev.cameo = e.value("cameo", "");
      ev.root = e.value("root", "");
      ev.goldstein = e.value("goldstein", 0.0);
      ev.quad_class = e.value("quad_class", 0);
      ev.plover = OptString(e, "plover").value_or("");
      ev.modality = e.value("modality", "asserted");
      if (auto it = e.find("place"); it != e.end()) ev.place = PlaceOf(*it);
      ev.confidence = e.value("confidence", 0.0);
      a.events.push_back(std::move(ev));
    }
  }
  return a;
} catch (const std::exception& e) {  // a field of the wrong type
  return Status::Error(std::string("bad article record: ") + e.what());
}

}  // namespace marsad
