#include <algorithm>
#include <charconv>
#include <fstream>
#include <unordered_map>
#include <unordered_set>

#include "marsad/places/places.h"
#include "marsad/text/text.h"

namespace marsad::places {
namespace {

constexpr std::string_view kHeader = "# marsad places gazetteer v1";
constexpr std::size_t kMaxWords = 6;  // المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية

// Words after which a name is where something happened: في بغداد، قرب الموصل، شمال حلب،
// بمدينة حمص (ب taken off first), العاصمة دمشق.
constexpr const char* kCueWords[] = {
    "في", "قرب", "داخل", "خارج", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي",
    "غربي", "وسط", "أنحاء", "ضواحي", "مدينة", "المدينة", "محافظة", "ولاية", "منطقة", "بلدة",
    "قرية", "العاصمة", "عاصمة", "حي", "ريف", "مخيم", "مطار", "ميناء", "إقليم", "أطراف", "مشارف"};

// Words of a news agency's name: the nisba after them (وكالة الصحافة الفرنسية، وكالة الأنباء
// الألمانية) says whose agency it is, not where anything happened.
constexpr const char* kPressWords[] = {"الصحافة", "الأنباء", "للأنباء", "الانباء", "للانباء"};

// Tashkeel and tatweel: NormalizeKey drops them, so they are not counted as letters when a
// proclitic's length in the key is mapped back to the body.
bool IsDropped(char32_t c) { return c == 0x0640 || (c >= 0x064B && c <= 0x065F) || c == 0x0670; }

std::size_t AfterLetters(std::u32string_view body, Span word, std::size_t letters) {
  std::size_t at = word.start;
  while (at < word.end && letters > 0) {
    if (!IsDropped(body[at])) --letters;
    ++at;
  }
  while (at < word.end && IsDropped(body[at])) ++at;
  return at;
}

std::vector<std::string> Split(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t') {
      out.emplace_back();
    } else if (c != '\r') {
      out.back() += c;
    }
  }
  return out;
}

bool StartsWith(const std::u32string& s, std::u32string_view p) {
  return s.size() > p.size() && s.compare(0, p.size(), p) == 0;
}

// A normalised word with proclitics taken off: the form to look up, how many key letters
// were taken off the front, and whether a ب (at, in) was among them.
struct Form {
  std::u32string key;
  std::size_t stripped = 0;
  bool cue = false;
  bool article_restored = false;  // لل + X read as ل + الX
};

std::vector<Form> Forms(const std::u32string& word) {
  std::vector<Form> out{{word, 0, false, false}};
  std::vector<Form> bases{out.front()};
  if (StartsWith(word, U"و") || StartsWith(word, U"ف")) {
    out.push_back({word.substr(1), 1, false, false});
    bases.push_back(out.back());
  }
  for (const Form& b : bases) {
    const std::u32string& w = b.key;
    if (StartsWith(w, U"ب") && w.size() > 3) out.push_back({w.substr(1), b.stripped + 1, true, false});
    if (StartsWith(w, U"لل") && w.size() > 3) {
      out.push_back({U"ال" + w.substr(2), b.stripped + 1, false, true});
    } else if (StartsWith(w, U"ل") && w.size() > 3) {
      out.push_back({w.substr(1), b.stripped + 1, false, false});
    }
    if (StartsWith(w, U"ك") && w.size() > 3) out.push_back({w.substr(1), b.stripped + 1, false, false});
  }
  return out;
}

bool IsSeparator(std::u32string_view t) {
  if (t.empty()) return false;
  if (std::all_of(t.begin(), t.end(), [](char32_t c) { return c == 0x0640; })) return true;  // ـ
  static const std::u32string_view seps[] = {U"-", U"–", U"—", U":", U"(", U")", U"/", U"،", U","};
  return std::any_of(std::begin(seps), std::end(seps), [&](std::u32string_view s) { return t == s; });
}

}  // namespace

struct Gazetteer::Impl {
  std::vector<GazetteerEntry> entries;
  std::unordered_map<std::u32string, std::size_t> names;  // normalised name → entry
  std::unordered_map<std::u32string, std::size_t> nisba;  // عراقي، العراقية → the country
  std::unordered_map<std::string, std::size_t> countries;  // alpha-3 → country entry
  std::unordered_set<std::u32string> cues;
  std::unordered_set<std::u32string> press;  // kPressWords, normalised
};

Gazetteer::Gazetteer() : impl_(std::make_unique<Impl>()) {}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

const std::vector<GazetteerEntry>& Gazetteer::entries() const { return impl_->entries; }

Result<Gazetteer> Gazetteer::LoadDefault() { return Load(DataDir() + "/places/gazetteer.tsv"); }

Result<Gazetteer> Gazetteer::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot read the gazetteer");
  std::string line;
  if (!std::getline(in, line) || line.rfind(kHeader, 0) != 0) {
    return Status::Error(path + ":1: not a marsad gazetteer (expected \"" + std::string(kHeader) + "\")");
  }
  Gazetteer g;
  Impl& im = *g.impl_;
  for (std::size_t number = 2; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = Split(line);
    auto bad = [&](const std::string& why) {
      return Status::Error(path + ":" + std::to_string(number) + ": " + why);
    };
    if (f.size() != 11) return bad("expected 11 tab-separated columns, found " + std::to_string(f.size()));
    GazetteerEntry e;
    e.arabic = f[0];
    e.kind = f[1];
    e.alpha3 = f[2];
    e.alpha2 = f[3];
    e.adm1 = f[4];
    if (e.kind != "country" && e.kind != "city") return bad("kind must be country or city, not '" + e.kind + "'");
    if (e.alpha3.size() != 3 || e.alpha2.size() != 2) return bad("bad country codes");
    auto number_of = [](const std::string& s, auto& out) {
      const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
      return s.empty() || (r.ec == std::errc() && r.ptr == s.data() + s.size());
    };
    if (!number_of(f[5], e.lat) || !number_of(f[6], e.lon) || !number_of(f[7], e.geonameid)) {
      return bad("bad latitude, longitude or GeoNames id");
    }
    e.english = f[9];
    e.needs_cue = f[10] == "1";
    const std::u32string key = text::NormalizeKey(ToU32(e.arabic));
    if (key.empty()) return bad("empty name");
    const std::size_t index = im.entries.size();
    im.entries.push_back(std::move(e));
    im.names.try_emplace(key, index);
    const GazetteerEntry& added = im.entries.back();
    if (added.kind == "country") im.countries.try_emplace(added.alpha3, index);
  }
  // The adjectives of one-word country names: العراق → عراقي، العراقية، العراقيون ...
  for (std::size_t i = 0; i < im.entries.size(); ++i) {
    const GazetteerEntry& e = im.entries[i];
    if (e.kind != "country" || e.needs_cue) continue;
    std::u32string base = text::NormalizeKey(ToU32(e.arabic));
    if (base.find(U' ') != std::u32string::npos) continue;
    // The article as written (ألمانيا keys as المانيا, which has none).
    if (StartsWith(ToU32(e.arabic), U"ال")) base = base.substr(2);
    // (ـية and ـيا lose both letters: سورية → سوري، ألمانيا → ألماني.)
    if (base.size() > 4 && (base.compare(base.size() - 2, 2, U"ية") == 0 ||
                            base.compare(base.size() - 2, 2, U"يا") == 0)) {
      base.resize(base.size() - 2);
    } else if (base.size() > 3 && (base.back() == U'ا' || base.back() == U'ة')) {
      base.pop_back();
    }
    if (base.size() < 2) continue;
    for (const char32_t* ending : {U"ي", U"ية", U"يين", U"يون", U"يان"}) {
      for (const char32_t* article : {U"", U"ال"}) {
        const std::u32string form = article + base + ending;
        if (!im.names.contains(form)) im.nisba.try_emplace(form, i);
      }
    }
  }
  for (const char* w : kCueWords) im.cues.insert(text::NormalizeKey(ToU32(w)));
  for (const char* w : kPressWords) im.press.insert(text::NormalizeKey(ToU32(w)));
  if (im.entries.empty()) return Status::Error(path + ": the gazetteer has no entries");
  return g;
}

std::optional<std::size_t> Gazetteer::Find(std::string_view name) const {
  auto it = impl_->names.find(text::NormalizeKey(ToU32(name)));
  if (it == impl_->names.end()) return std::nullopt;
  return it->second;
}

std::optional<std::size_t> Gazetteer::Country(std::string_view alpha3) const {
  auto it = impl_->countries.find(std::string(alpha3));
  if (it == impl_->countries.end()) return std::nullopt;
  return it->second;
}

std::vector<PlaceMention> Gazetteer::FindPlaces(std::u32string_view body, Span range) const {
  const Impl& im = *impl_;
  std::vector<text::Token> tokens = text::Tokenize(body, range);
  std::vector<std::u32string> keys(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind == text::TokenKind::kWord) {
      keys[i] = text::NormalizeKey(body.substr(tokens[i].span.start, tokens[i].span.size()));
    }
  }
  // Whether the word before token i makes a place there: في، وفي، قرب، بمدينة ...
  auto cue_before = [&](std::size_t i) {
    if (i == 0 || keys[i - 1].empty()) return false;
    for (const Form& f : Forms(keys[i - 1])) {
      if (im.cues.contains(f.key)) return true;
    }
    return false;
  };
  std::vector<PlaceMention> out;
  for (std::size_t i = 0; i < tokens.size();) {
    if (keys[i].empty()) {
      ++i;
      continue;
    }
    struct Best {
      std::size_t words = 0;
      Form form;
      std::size_t entry = 0;
      bool nisba = false;
    } best;
    for (const Form& form : Forms(keys[i])) {
      std::u32string name = form.key;
      for (std::size_t n = 1; n <= kMaxWords && i + n <= tokens.size(); ++n) {
        if (n > 1) {
          if (keys[i + n - 1].empty()) break;
          name += U' ';
          name += keys[i + n - 1];
        }
        if (n <= best.words) continue;
        if (auto it = im.names.find(name); it != im.names.end()) {
          best = {n, form, it->second, false};
        } else if (n == 1 && best.words == 0) {
          if (auto nb = im.nisba.find(name); nb != im.nisba.end()) best = {1, form, nb->second, true};
        }
      }
      if (best.words > 0 && !best.nisba) break;  // the least-stripped form that names a place
    }
    if (best.words == 0) {
      ++i;
      continue;
    }
    if (best.nisba && i > 0 && im.press.contains(keys[i - 1])) {
      ++i;
      continue;
    }
    // A name that is also a common word needs a cue word before it: ب on it is not enough
    // (بحجة مكافحة الإرهاب is «under the pretext», not «in Hajjah»).
    const bool needs_cue = im.entries[best.entry].needs_cue;
    const bool cue = (best.form.cue && !needs_cue) || cue_before(i);
    if (needs_cue && !cue) {
      ++i;
      continue;
    }
    PlaceMention m;
    m.span = {AfterLetters(body, tokens[i].span, best.form.stripped), tokens[i + best.words - 1].span.end};
    m.entry = best.entry;
    m.cue = cue && !best.nisba;
    m.nisba = best.nisba;
    out.push_back(m);
    i += best.words;
  }
  return out;
}

std::optional<PlaceMention> Gazetteer::Dateline(std::u32string_view body) const {
  std::size_t start = 0;
  while (start < body.size() && (body[start] == U' ' || body[start] == U'\n' || body[start] == U'\t')) ++start;
  std::size_t end = start;
  while (end < body.size() && end - start < 60 && body[end] != U'\n') ++end;
  const auto tokens = text::Tokenize(body, {start, end});
  std::size_t first = 0;
  if (!tokens.empty() && body.substr(tokens[0].span.start, tokens[0].span.size()) == U"(") first = 1;
  for (std::size_t i = first; i < tokens.size() && i <= first + 4; ++i) {
    const std::u32string_view t = body.substr(tokens[i].span.start, tokens[i].span.size());
    if (!IsSeparator(t)) continue;
    if (i == first) return std::nullopt;
    const Span words{tokens[first].span.start, tokens[i - 1].span.end};
    auto found = FindPlaces(body, words);
    if (found.empty() || found.front().nisba || found.front().span.start != words.start) return std::nullopt;
    return found.front();
  }
  return std::nullopt;
}

Place Gazetteer::ToPlace(std::u32string_view body, const PlaceMention& m, const char* source) const {
  const GazetteerEntry& e = impl_->entries[m.entry];
  Place p;
  p.span = m.span;
  p.text = ToUtf8(body.substr(m.span.start, m.span.size()));
  if (p.text.rfind("ل", 0) == 0 && text::NormalizeKey(p.text) != text::NormalizeKey(e.arabic) && !m.nisba) {
    p.text = e.arabic;  // للعراق: the name is العراق, not لعراق
  }
  p.name = e.english;
  p.kind = m.nisba ? "country" : e.kind;
  p.country = e.alpha3;
  // GDELT's ADM1Code convention: country code + admin-1 code ("IQ07"), the country code alone
  // for a country (or a town whose admin-1 GeoNames does not give).
  p.adm1 = e.alpha2 + (m.nisba ? "" : e.adm1);
  p.lat = e.lat;
  p.lon = e.lon;
  p.geonameid = e.geonameid;
  p.source = source;
  return p;
}

std::optional<Place> Gazetteer::CountryPlace(std::string_view alpha3) const {
  const auto i = Country(alpha3);
  if (!i) return std::nullopt;
  const GazetteerEntry& e = impl_->entries[*i];
  Place p;
  p.text = e.arabic;
  p.name = e.english;
  p.kind = "country";
  p.country = e.alpha3;
  p.adm1 = e.alpha2;
  p.lat = e.lat;
  p.lon = e.lon;
  p.source = "actor";
  return p;
}

}  // namespace marsad::places
