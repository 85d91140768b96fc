// GDELT 2.0 Events and Mentions tables from the store. The mapping of every column is in
// GDELT.md beside this file; keep the two in step.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "marsad/places/places.h"
#include "marsad/store/store.h"

namespace marsad::store {
namespace {

constexpr std::size_t kGeoColumns = 8;

// What the three-letter parts of a CAMEO actor code stand for (see GDELT.md, "Actor codes").
const std::set<std::string>& KnownGroups() {
  static const std::set<std::string> s = {"UNO", "ARL", "NAT", "EEC", "OPC", "WBK", "IMF", "WTO",
                                          "GCC", "AMN", "HRW", "MSF", "IRC", "ICC", "AFB", "OIC",
                                          "ISI", "HMS", "HZB", "ALQ"};
  return s;
}
const std::set<std::string>& Religions() {
  static const std::set<std::string> s = {"MOS", "SUN", "SHI", "SFI", "CHR", "CTH",
                                          "ORT", "JEW", "HIN", "BUD", "DRZ", "ALE", "BAH", "MUS"};
  return s;
}

struct ActorParts {
  std::string country, known_group, religion[2], type[3];
};

const std::set<std::string>& Roles() {
  static const std::set<std::string> s = {
      "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "MED", "EDU", "BUS", "CRM",
      "CVL", "LAB", "REF", "HLH", "AGR", "ENV", "ELI", "HRI", "DEV", "UAF", "SEP", "INS", "RAD",
      "MOD", "PRO", "IGO", "NGO", "NGM", "MNC", "IMG", "INT"};
  return s;
}

// USAGOV → country USA, type GOV; IGOUNO → type IGO, known group UNO; NGOUSAEDU → type NGO,
// country USA, type EDU; IMGMUSISI → type IMG, religion MUS, known group ISI.
ActorParts SplitActorCode(const std::string& code) {
  ActorParts p;
  int religions = 0, types = 0;
  for (std::size_t i = 0; i + 3 <= code.size(); i += 3) {
    const std::string part = code.substr(i, 3);
    if (KnownGroups().count(part) && p.known_group.empty()) {
      p.known_group = part;
    } else if (Religions().count(part) && religions < 2) {
      p.religion[religions++] = part;
    } else if (p.country.empty() && !Roles().count(part)) {
      p.country = part;
    } else if (types < 3) {
      p.type[types++] = part;
    }
  }
  return p;
}

// The gazetteer for countries' names and points (Actor geo, FullName); null when data/places is
// missing, and the Geo columns then carry what the stored place has.
const places::Gazetteer* Countries() {
  static const std::optional<places::Gazetteer> g = [] {
    auto loaded = places::Gazetteer::LoadDefault();
    return loaded.ok() ? std::optional<places::Gazetteer>(std::move(loaded).value()) : std::nullopt;
  }();
  return g ? &*g : nullptr;
}

std::string OneField(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

// "2015-07-21" → "20150721"; empty if the date is missing or malformed.
std::string Compact(const std::optional<std::string>& date) {
  if (!date || date->size() != 10 || (*date)[4] != '-' || (*date)[7] != '-') return "";
  return date->substr(0, 4) + date->substr(5, 2) + date->substr(8, 2);
}

// "2015-07-21T02:51:32Z" → "20150721025132".
std::string CompactTimestamp(const std::string& t) {
  std::string out;
  for (char c : t) {
    if (c >= '0' && c <= '9') out += c;
  }
  return out.size() >= 14 ? out.substr(0, 14) : "";
}

// YYYY.FFFF: the year plus the fraction of it passed by that day.
std::string FractionDate(const std::string& ymd) {
  const int y = std::stoi(ymd.substr(0, 4)), m = std::stoi(ymd.substr(4, 2)),
            d = std::stoi(ymd.substr(6, 2));
  static const int before[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  const int day = before[std::clamp(m, 1, 12) - 1] + d + (leap && m > 2 ? 1 : 0);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", y + day / (leap ? 366.0 : 365.0));
  return buf;
}

std::string Number(double v, const char* format) {
  char buf[32];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

// The 8 Geo columns of a place: Type (1 country, 3 US city, 4 world city), FullName
// ("Mosul, Iraq"), CountryCode and ADM1Code (ISO 3166-1 alpha-2 where GDELT has FIPS 10-4:
// GDELT.md), ADM2Code (empty), Lat, Long, FeatureID (GeoNames id of a city, the country code of
// a country). All empty without a place.
void AddGeo(std::vector<std::string>& row, const std::optional<Place>& place) {
  if (!place || place->adm1.size() < 2) {
    row.resize(row.size() + kGeoColumns);
    return;
  }
  const Place& p = *place;
  const std::string cc = p.adm1.substr(0, 2);
  std::string country = p.country;
  if (const places::Gazetteer* g = Countries()) {
    if (auto i = g->Country(p.country)) country = g->entries()[*i].english;
  }
  const bool city = p.kind == "city";
  row.push_back(!city ? "1" : cc == "US" ? "3" : "4");
  row.push_back(OneField(city ? p.name + ", " + country : country));
  row.push_back(cc);
  row.push_back(p.adm1);
  row.push_back("");  // ADM2Code
  row.push_back(Number(p.lat, "%.4f"));
  row.push_back(Number(p.lon, "%.4f"));
  row.push_back(city && p.geonameid != 0 ? std::to_string(p.geonameid) : city ? "" : cc);
}

// An actor's geography: its country's (USAGOV → United States), when the code has a country.
std::optional<Place> ActorPlace(const EventArgument& actor) {
  const places::Gazetteer* g = Countries();
  if (g == nullptr || actor.code.empty()) return std::nullopt;
  return g->CountryPlace(SplitActorCode(actor.code).country);
}

void AddActor(std::vector<std::string>& row, const EventArgument& actor) {
  const ActorParts p = SplitActorCode(actor.code);
  row.push_back(actor.code);
  row.push_back(actor.code.empty() ? "" : OneField(actor.text));
  row.push_back(p.country);
  row.push_back(p.known_group);
  row.push_back("");  // EthnicCode: marsad codes no ethnicity
  row.push_back(p.religion[0]);
  row.push_back(p.religion[1]);
  for (const auto& t : p.type) row.push_back(t);
}

// The site of a mention: the article's site, else the URL's host, else "".
std::string SourceName(const StoredEvent& e) {
  if (e.site) return *e.site;
  if (!e.url) return "";
  std::string host = *e.url;
  if (auto at = host.find("://"); at != std::string::npos) host = host.substr(at + 3);
  return host.substr(0, host.find('/'));
}

// GDELT events are distinct (day, actor 1, actor 2, action, place); marsad keeps facts apart
// from negated or hypothetical mentions of the same action. An undated mention is an event of
// its own: without a day nothing says two of them are the same event.
using EventKey = std::tuple<std::string, std::string, std::string, std::string, std::string,
                            std::string, std::int64_t>;
EventKey KeyOf(const StoredEvent& e) {
  const std::string place = e.event.place ? e.event.place->country + ":" + e.event.place->name : "";
  return {e.date.value_or(""), e.event.source.code, e.event.target.code, e.event.cameo,
          e.event.modality, place, e.date && !e.date->empty() ? 0 : e.id};
}

void WriteRow(std::ostream& out, const std::vector<std::string>& row) {
  for (std::size_t i = 0; i < row.size(); ++i) out << (i ? "\t" : "") << row[i];
  out << '\n';
}

struct Group {
  std::vector<const StoredEvent*> mentions;  // in id order: the first is the event's face
  std::int64_t id() const { return mentions.front()->id; }
};

Result<std::pair<std::vector<StoredEvent>, std::map<EventKey, Group>>> Grouped(
    Store& store, const EventFilter& filter) {
  auto events = store.Events(filter);
  if (!events.ok()) return events.status();
  std::pair<std::vector<StoredEvent>, std::map<EventKey, Group>> out;
  out.first = std::move(events).value();
  for (const auto& e : out.first) out.second[KeyOf(e)].mentions.push_back(&e);
  return out;
}

std::vector<std::string> EventRow(const Group& g) {
  const StoredEvent& face = *g.mentions.front();
  const Event& ev = face.event;
  std::vector<std::string> row;
  row.push_back(std::to_string(g.id()));
  const std::string day = Compact(face.date);
  row.push_back(day);
  row.push_back(day.empty() ? "" : day.substr(0, 6));
  row.push_back(day.empty() ? "" : day.substr(0, 4));
  row.push_back(day.empty() ? "" : FractionDate(day));
  AddActor(row, ev.source);
  AddActor(row, ev.target);
  bool lead = false;
  std::set<std::string> sources, articles;
  std::string added = CompactTimestamp(face.ingested_at);
  for (const StoredEvent* m : g.mentions) {
    lead = lead || m->event.sentence == 0;
    sources.insert(SourceName(*m));
    articles.insert(m->article_id);
    added = std::min(added, CompactTimestamp(m->ingested_at));
  }
  row.push_back(lead ? "1" : "0");
  row.push_back(ev.cameo);
  row.push_back(ev.cameo.substr(0, std::min<std::size_t>(3, ev.cameo.size())));
  row.push_back(ev.root);
  row.push_back(std::to_string(ev.quad_class));
  row.push_back(Number(ev.goldstein, "%.1f"));
  row.push_back(std::to_string(g.mentions.size()));
  row.push_back(std::to_string(sources.size()));
  row.push_back(std::to_string(articles.size()));
  row.push_back("");  // AvgTone: marsad measures no tone
  AddGeo(row, ActorPlace(ev.source));
  AddGeo(row, ActorPlace(ev.target));
  AddGeo(row, ev.place);
  row.push_back(added);
  row.push_back(OneField(face.url.value_or("")));
  return row;
}

std::string Offset(const EventArgument& a) {
  return a.present() ? std::to_string(a.span.start) : "-1";
}

std::vector<std::string> MentionRow(std::int64_t event_id, const StoredEvent& m) {
  const std::string day = Compact(m.date);
  return {std::to_string(event_id),
          day.empty() ? "" : day + "000000",
          CompactTimestamp(m.ingested_at),
          "1",  // WEB
          OneField(SourceName(m)),
          OneField(m.url.value_or(m.article_id)),
          std::to_string(m.event.sentence + 1),
          Offset(m.event.source),
          Offset(m.event.target),
          Offset(m.event.verb),
          "1",  // found in the text itself, not through coreference
          std::to_string(static_cast<int>(std::lround(std::clamp(m.event.confidence, 0.0, 1.0) * 100))),
          std::to_string(m.body_length),
          "",  // MentionDocTone
          "srclc:ara",
          OneField("<MARSAD_ARTICLE>" + m.article_id + "</MARSAD_ARTICLE><MARSAD_MODALITY>" +
                   m.event.modality + "</MARSAD_MODALITY>")};
}

}  // namespace

const std::vector<std::string>& GdeltEventColumns() {
  static const std::vector<std::string> columns = [] {
    std::vector<std::string> c = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"};
    for (const char* a : {"Actor1", "Actor2"}) {
      for (const char* f : {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                            "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                            "Type3Code"}) {
        c.push_back(std::string(a) + f);
      }
    }
    for (const char* f : {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
                          "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
                          "NumArticles", "AvgTone"}) {
      c.push_back(f);
    }
    for (const char* g : {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"}) {
      for (const char* f : {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat",
                            "Long", "FeatureID"}) {
        c.push_back(std::string(g) + f);
      }
    }
    c.push_back("DATEADDED");
    c.push_back("SOURCEURL");
    return c;
  }();
  return columns;
}

const std::vector<std::string>& GdeltMentionColumns() {
  static const std::vector<std::string> columns = {
      "GLOBALEVENTID",   "EventTimeDate",    "MentionTimeDate",   "MentionType",
      "MentionSourceName", "MentionIdentifier", "SentenceID",      "Actor1CharOffset",
      "Actor2CharOffset", "ActionCharOffset", "InRawText",         "Confidence",
      "MentionDocLen",   "MentionDocTone",   "MentionDocTranslationInfo", "Extras"};
  return columns;
}

Status WriteGdeltEvents(Store& store, const EventFilter& filter, std::ostream& out) {
  auto grouped = Grouped(store, filter);
  if (!grouped.ok()) return grouped.status();
  std::vector<const Group*> groups;
  for (const auto& [key, g] : grouped->second) groups.push_back(&g);
  std::sort(groups.begin(), groups.end(),
            [](const Group* a, const Group* b) { return a->id() < b->id(); });
  for (const Group* g : groups) WriteRow(out, EventRow(*g));
  return out ? Status() : Status::Error("cannot write the GDELT events");
}

Status WriteGdeltMentions(Store& store, const EventFilter& filter, std::ostream& out) {
  auto grouped = Grouped(store, filter);
  if (!grouped.ok()) return grouped.status();
  std::map<std::int64_t, std::int64_t> event_of;  // mention id → GDELT event id
  for (const auto& [key, g] : grouped->second) {
    for (const StoredEvent* m : g.mentions) event_of[m->id] = g.id();
  }
  for (const StoredEvent& m : grouped->first) WriteRow(out, MentionRow(event_of[m.id], m));
  return out ? Status() : Status::Error("cannot write the GDELT mentions");
}

}  // namespace marsad::store
