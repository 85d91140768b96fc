// Event queries: filtered events, dyads, timelines, top actors. Every query is one SQL
// statement over `events e JOIN articles a`, with the filter as bound parameters.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <regex>
#include <variant>

#include "marsad/store/internal/store_impl.h"

namespace marsad::store {
namespace {

using Param = std::variant<std::string, std::int64_t>;

// WHERE clause (possibly "1") for a filter, appending its parameters. Codes are matched with
// GLOB prefixes, which Validate() has checked hold no GLOB metacharacters.
std::string WhereClause(const EventFilter& f, std::vector<Param>& params) {
  std::vector<std::string> terms{"1"};
  auto add = [&](const std::string& sql, Param p) {
    params.push_back(std::move(p));
    // Each ? becomes ?N, the parameter just added (an "either side" term uses it twice).
    const std::string numbered = "?" + std::to_string(params.size());
    std::string t;
    for (char c : sql) t += c == '?' ? numbered : std::string(1, c);
    terms.push_back(t);
  };
  if (!f.actor.empty()) add("(e.source_code GLOB ? OR e.target_code GLOB ?)", f.actor + "*");
  if (!f.source.empty()) add("e.source_code GLOB ?", f.source + "*");
  if (!f.target.empty()) add("e.target_code GLOB ?", f.target + "*");
  if (!f.code.empty()) add("e.cameo GLOB ?", f.code + "*");
  if (!f.root.empty()) add("e.root = ?", f.root);
  if (f.quad != 0) add("e.quad_class = ?", std::int64_t{f.quad});
  if (!f.since.empty()) add("a.date >= ?", f.since);
  // A partial date (2015-07) compares with as many characters of the article's date.
  if (!f.until.empty()) {
    add("substr(a.date, 1, " + std::to_string(f.until.size()) + ") <= ?", f.until);
  }
  if (!f.modality.empty()) add("e.modality = ?", f.modality);
  // As events::IsFact: everything but negated, denied and hypothetical.
  if (f.facts_only) terms.push_back("e.modality NOT IN ('negated', 'denied', 'hypothetical')");
  if (!f.country.empty()) add("e.place_country = ?", f.country);
  if (!f.place.empty()) add("(e.place_text = ? OR e.place_name = ? COLLATE NOCASE)", f.place);
  std::string where;
  for (const auto& t : terms) where += (where.empty() ? "" : " AND ") + t;
  return where;
}

void BindParams(Statement& s, const std::vector<Param>& params) {
  for (std::size_t i = 0; i < params.size(); ++i) {
    const int at = static_cast<int>(i + 1);
    if (const auto* text = std::get_if<std::string>(&params[i])) {
      s.Bind(at, *text);
    } else {
      s.Bind(at, std::get<std::int64_t>(params[i]));
    }
  }
}

std::string LimitClause(std::size_t limit, std::size_t offset = 0) {
  std::string clause = limit == 0 ? std::string() : " LIMIT " + std::to_string(limit);
  if (offset != 0) clause = (limit == 0 ? " LIMIT -1" : clause) + " OFFSET " + std::to_string(offset);
  return clause;
}

// Prepares sql (with the filter's WHERE in place of {where}) and binds the filter.
Result<Statement> Prepare(Store::Impl& im, std::string sql, const EventFilter& f) {
  std::vector<Param> params;
  // Numbered parameters: a clause used twice binds the same values.
  const std::string where = WhereClause(f, params);
  for (std::size_t at; (at = sql.find("{where}")) != std::string::npos;) sql.replace(at, 7, where);
  Statement s(im.db, sql);
  if (!s.ok()) return im.Error("query");
  BindParams(s, params);
  return s;
}

bool IsCode(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  });
}

// YYYY, YYYY-MM or YYYY-MM-DD naming a day, month or year that exists (not 2024-13-45).
bool IsDate(const std::string& s) {
  static const std::regex date(R"(\d{4}(-\d{2}(-\d{2})?)?)");
  if (!std::regex_match(s, date)) return false;
  using namespace std::chrono;
  const int y = std::stoi(s.substr(0, 4));
  const unsigned m = s.size() >= 7 ? static_cast<unsigned>(std::stoi(s.substr(5, 2))) : 1;
  const unsigned d = s.size() == 10 ? static_cast<unsigned>(std::stoi(s.substr(8, 2))) : 1;
  return year_month_day{year{y}, month{m}, day{d}}.ok();
}


// The period after `period` ("2015-07-20" for days and weeks, "2015-07" for months), or "" if
// it does not parse.
std::string NextPeriod(const std::string& period, Period by) {
  using namespace std::chrono;
  int y = 0;
  unsigned m = 0, d = 1;
  const bool monthly = by == Period::kMonth;
  if (std::sscanf(period.c_str(), monthly ? "%d-%u" : "%d-%u-%u", &y, &m, &d) != (monthly ? 2 : 3)) {
    return "";
  }
  char buf[16];
  if (monthly) {
    const year_month next = year{y} / month{m} + months{1};
    std::snprintf(buf, sizeof buf, "%04d-%02u", static_cast<int>(next.year()),
                  static_cast<unsigned>(next.month()));
    return buf;
  }
  const year_month_day next{sys_days{year{y} / month{m} / day{d}} + days{by == Period::kWeek ? 7 : 1}};
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(next.year()),
                static_cast<unsigned>(next.month()), static_cast<unsigned>(next.day()));
  return buf;
}

// A time series has no holes: periods without events between the first and the last get a
// row of zeros, so that plots and differences line up.
std::vector<TimelinePoint> FillGaps(std::vector<TimelinePoint> points, Period by) {
  std::vector<TimelinePoint> out;
  for (auto& p : points) {
    while (!out.empty()) {
      std::string next = NextPeriod(out.back().period, by);
      if (next.empty() || next >= p.period) break;
      TimelinePoint empty;
      empty.period = std::move(next);
      out.push_back(std::move(empty));
    }
    out.push_back(std::move(p));
  }
  return out;
}
}  // namespace

Status Validate(const EventFilter& f) {
  for (const auto& [name, value] : {std::pair{"--actor", &f.actor}, {"--source", &f.source},
                                    {"--target", &f.target}}) {
    if (!IsCode(*value)) {
      return Status::Error(std::string(name) + " '" + *value +
                           "': actor codes are capital letters and digits (SYR, USAGOV, IGOUNO)");
    }
  }
  auto digits = [](const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (!digits(f.code) || f.code.size() > 4) {
    return Status::Error("--code '" + f.code + "': CAMEO codes are 2 to 4 digits (04, 042)");
  }
  if (!f.root.empty() && (!digits(f.root) || f.root.size() != 2)) {
    return Status::Error("--root '" + f.root + "': a CAMEO root is two digits (01 .. 20)");
  }
  if (f.quad < 0 || f.quad > 4) return Status::Error("--quad: QuadClass is 1, 2, 3 or 4");
  if (!f.country.empty() && (f.country.size() != 3 || !IsCode(f.country) ||
                             std::any_of(f.country.begin(), f.country.end(), [](char c) { return c < 'A'; }))) {
    return Status::Error("--country '" + f.country +
                         "': a country is three capital letters, ISO 3166-1 alpha-3 (IRQ, SYR, USA)");
  }
  for (const auto& [name, value] : {std::pair{"--since", &f.since}, {"--until", &f.until}}) {
    if (!value->empty() && !IsDate(*value)) {
      return Status::Error(std::string(name) + " '" + *value +
                           "': expected a date that exists, YYYY-MM-DD (or YYYY-MM, YYYY)");
    }
  }
  static const std::vector<std::string> modalities = {"asserted", "negated",      "denied",
                                                      "reported", "hypothetical", "future"};
  if (!f.modality.empty() &&
      std::find(modalities.begin(), modalities.end(), f.modality) == modalities.end()) {
    return Status::Error("--modality '" + f.modality +
                         "': one of asserted, negated, denied, reported, hypothetical, future");
  }
  return Status();
}

Result<std::vector<StoredEvent>> Store::Events(const EventFilter& filter) {
  if (auto v = Validate(filter); !v.ok()) return v;
  auto s = Prepare(*impl_,
                   "SELECT e.id, a.id, e.idx, a.date, a.url, a.site, a.ingested_at, "
                   "a.body_length, e.sentence, e.char_start, e.char_end, e.text, e.source_text, "
                   "e.source_code, e.source_start, e.source_end, e.target_text, e.target_code, "
                   "e.target_start, e.target_end, e.verb_text, e.verb_start, e.verb_end, "
                   "e.cameo, e.root, e.goldstein, e.quad_class, e.plover, e.modality, "
                   "e.confidence, e.place_text, e.place_start, e.place_end, e.place_name, "
                   "e.place_kind, e.place_country, e.place_adm1, e.place_lat, e.place_lon, "
                   "e.place_geonameid, e.place_source FROM events e JOIN articles a ON "
                   "a.seq = e.article WHERE {where} ORDER BY e.id" +
                       LimitClause(filter.limit, filter.offset),
                   filter);
  if (!s.ok()) return s.status();
  std::vector<StoredEvent> out;
  while (s->Step()) {
    StoredEvent e;
    e.id = s->Int(0);
    e.article_id = s->Text(1);
    e.index = static_cast<std::size_t>(s->Int(2));
    e.date = s->OptText(3);
    e.url = s->OptText(4);
    e.site = s->OptText(5);
    e.ingested_at = s->Text(6);
    e.body_length = static_cast<std::size_t>(s->Int(7));
    e.event = ReadEventColumns(s.value(), 8);
    out.push_back(std::move(e));
  }
  if (!s->StepError().ok()) return impl_->Error("events");
  return out;
}

Result<std::int64_t> Store::UndatedEvents(const EventFilter& filter) {
  if (auto v = Validate(filter); !v.ok()) return v;
  EventFilter undated = filter;
  undated.since.clear();
  undated.until.clear();
  undated.limit = 0;
  undated.offset = 0;
  auto s = Prepare(*impl_,
                   "SELECT count(*) FROM events e JOIN articles a ON a.seq = e.article "
                   "WHERE {where} AND a.date IS NULL",
                   undated);
  if (!s.ok()) return s.status();
  if (!s->Step()) return impl_->Error("undated events");
  return s->Int(0);
}

Result<std::vector<Dyad>> Store::Dyads(const EventFilter& filter, std::size_t limit) {
  if (auto v = Validate(filter); !v.ok()) return v;
  auto s = Prepare(*impl_,
                   "SELECT e.source_code, e.target_code, count(*), avg(e.goldstein) "
                   "FROM events e JOIN articles a ON a.seq = e.article "
                   "WHERE {where} AND e.source_code IS NOT NULL AND e.target_code IS NOT NULL "
                   "GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2" + LimitClause(limit),
                   filter);
  if (!s.ok()) return s.status();
  std::vector<Dyad> out;
  while (s->Step()) out.push_back({s->Text(0), s->Text(1), s->Int(2), s->Double(3)});
  if (!s->StepError().ok()) return impl_->Error("dyads");
  return out;
}

Result<std::vector<TimelinePoint>> Store::Timeline(const EventFilter& filter, Period by) {
  if (auto v = Validate(filter); !v.ok()) return v;
  // A week is named by its Monday: strftime's %w counts from Sunday = 0.
  const std::string period =
      by == Period::kDay    ? "a.date"
      : by == Period::kWeek ? "date(a.date, '-' || ((strftime('%w', a.date) + 6) % 7) || ' days')"
                            : "substr(a.date, 1, 7)";
  auto s = Prepare(*impl_,
                   "SELECT " + period +
                       " AS p, count(*), avg(e.goldstein), sum(e.quad_class = 1), "
                       "sum(e.quad_class = 2), sum(e.quad_class = 3), sum(e.quad_class = 4) "
                       "FROM events e JOIN articles a ON a.seq = e.article "
                       "WHERE {where} AND a.date IS NOT NULL AND p IS NOT NULL "
                       "GROUP BY p ORDER BY p",
                   filter);
  if (!s.ok()) return s.status();
  std::vector<TimelinePoint> out;
  while (s->Step()) {
    TimelinePoint t;
    t.period = s->Text(0);
    t.events = s->Int(1);
    t.mean_goldstein = s->Double(2);
    for (int q = 0; q < 4; ++q) t.quad[q] = s->Int(3 + q);
    out.push_back(std::move(t));
  }
  if (!s->StepError().ok()) return impl_->Error("timeline");
  return FillGaps(std::move(out), by);
}

Result<std::vector<ActorCount>> Store::TopActors(const EventFilter& filter, std::size_t limit) {
  if (auto v = Validate(filter); !v.ok()) return v;
  // Per code and wording; the wording most often used names the actor.
  auto s = Prepare(*impl_,
                   "SELECT code, name, sum(src), sum(tgt) FROM ("
                   " SELECT e.source_code AS code, e.source_text AS name, 1 AS src, 0 AS tgt"
                   "  FROM events e JOIN articles a ON a.seq = e.article WHERE {where}"
                   " UNION ALL"
                   " SELECT e.target_code, e.target_text, 0, 1"
                   "  FROM events e JOIN articles a ON a.seq = e.article WHERE {where})"
                   " WHERE code IS NOT NULL GROUP BY code, name",
                   filter);
  if (!s.ok()) return s.status();
  std::map<std::string, ActorCount> by_code;
  std::map<std::string, std::int64_t> best_name_count;
  while (s->Step()) {
    const std::string code = s->Text(0);
    ActorCount& a = by_code[code];
    a.code = code;
    a.as_source += s->Int(2);
    a.as_target += s->Int(3);
    const std::int64_t n = s->Int(2) + s->Int(3);
    if (n > best_name_count[code]) {
      best_name_count[code] = n;
      a.name = s->Text(1);
    }
  }
  if (!s->StepError().ok()) return impl_->Error("top actors");
  std::vector<ActorCount> out;
  for (auto& [code, a] : by_code) out.push_back(std::move(a));
  std::stable_sort(out.begin(), out.end(),
                   [](const ActorCount& x, const ActorCount& y) { return x.events() > y.events(); });
  if (limit != 0 && out.size() > limit) out.resize(limit);
  return out;
}

Result<std::map<std::string, std::string>> Store::CameoLabels() {
  Statement s(impl_->db, "SELECT code, label FROM cameo_codes");
  if (!s.ok()) return impl_->Error("cameo labels");
  std::map<std::string, std::string> labels;
  while (s.Step()) labels[s.Text(0)] = s.Text(1);
  if (!s.StepError().ok()) return impl_->Error("cameo labels");
  return labels;
}

}  // namespace marsad::store
