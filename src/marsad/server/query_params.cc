#include "marsad/server/internal/query_params.h"

#include <charconv>
#include <algorithm>

namespace marsad::server {
namespace {

// store::Validate names command-line flags ("--actor"); the API names parameters ("actor").
std::string WithoutFlagDashes(std::string message) {
  for (std::size_t at; (at = message.find("--")) != std::string::npos;) message.erase(at, 2);
  return message;
}

}  // namespace

const std::vector<std::string>& EventFilterParams() {
  static const std::vector<std::string> names = {"actor", "source", "target", "code",
                                                 "root",  "quad",   "since",  "until",
                                                 "modality", "facts_only", "country", "place"};
  return names;
}

std::vector<std::string> Concat(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

Status QueryParams::Check(const std::vector<std::string>& allowed) const {
  for (auto it = params_.begin(); it != params_.end(); ++it) {
    const std::string& name = it->first;
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      std::string names;
      for (const auto& a : allowed) names += (names.empty() ? "" : ", ") + a;
      return Status::Error("unknown parameter '" + name.substr(0, 40) + "'" +
                           (names.empty() ? ": this route takes none" : "; this route takes " + names));
    }
    if (params_.count(name) > 1) return Status::Error("parameter '" + name + "' given twice");
    if (it->second.size() > kMaxParamBytes) {
      return Status::Error("parameter '" + name + "' is longer than " +
                           std::to_string(kMaxParamBytes) + " bytes");
    }
  }
  return Status();
}

std::string QueryParams::Text(const std::string& name) const {
  auto it = params_.find(name);
  return it == params_.end() ? std::string() : it->second;
}

Result<long long> QueryParams::Integer(const std::string& name, long long fallback,
                                       long long min, long long max) const {
  const std::string text = Text(name);
  if (text.empty()) return fallback;
  long long v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < min || v > max) {
    return Status::Error("parameter '" + name + "': expected a whole number from " +
                         std::to_string(min) + " to " + std::to_string(max));
  }
  return v;
}

Result<bool> QueryParams::Flag(const std::string& name) const {
  const std::string text = Text(name);
  if (text.empty() || text == "0" || text == "false") return false;
  if (text == "1" || text == "true") return true;
  return Status::Error("parameter '" + name + "': expected 1, 0, true or false");
}

Result<QueryParams::Page> QueryParams::Paging(std::size_t default_limit) const {
  auto number = Integer("page", 1, 1, 1000000);
  if (!number.ok()) return number.status();
  auto limit = Integer("limit", static_cast<long long>(default_limit), 1,
                       static_cast<long long>(kMaxPageSize));
  if (!limit.ok()) return limit.status();
  Page p;
  p.number = number.value();
  p.limit = static_cast<std::size_t>(limit.value());
  p.offset = static_cast<std::size_t>(number.value() - 1) * p.limit;
  return p;
}

Result<store::EventFilter> QueryParams::EventFilter() const {
  store::EventFilter f;
  f.actor = Text("actor");
  f.source = Text("source");
  f.target = Text("target");
  f.code = Text("code");
  f.root = Text("root");
  f.since = Text("since");
  f.until = Text("until");
  f.modality = Text("modality");
  f.country = Text("country");
  f.place = Text("place");
  auto quad = Integer("quad", 0, 0, 4);
  if (!quad.ok()) return quad.status();
  f.quad = static_cast<int>(quad.value());
  auto facts = Flag("facts_only");
  if (!facts.ok()) return facts.status();
  f.facts_only = facts.value();
  if (auto v = store::Validate(f); !v.ok()) return Status::Error(WithoutFlagDashes(v.message()));
  return f;
}

}  // namespace marsad::server
