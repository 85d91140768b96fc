// GDELT 2.0 export: written from a store, loaded back, checked column by column.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "marsad/store/store.h"
#include "store/store_fixture.h"

namespace marsad::store {
namespace {

using testing::MakeArticle;
using testing::MakeEvent;
using testing::TempDir;

std::vector<std::vector<std::string>> LoadTsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
      fields.push_back(line.substr(start, tab - start));
    }
    fields.push_back(line.substr(start));
    rows.push_back(std::move(fields));
  }
  return rows;
}

std::size_t Col(const std::vector<std::string>& names, const std::string& name) {
  return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
}

// The same action reported by two sites on one day is one GDELT event with two mentions.
Store SampleStore(const TempDir& dir) {
  auto store = Store::Open(dir.File("m.db"));
  EXPECT_TRUE(store.ok());
  const std::string body = "استقبل الرئيس السوري وزير الخارجية الأمريكي في دمشق.";
  Article a1 = MakeArticle("a1", "2015-07-20", body,
                           {MakeEvent("الرئيس السوري", "SYRGOV", "استقبل", "الوزير", "USAGOV", "042", 1.9, 1)});
  Article a2 = MakeArticle("a2", "2015-07-20", body + " وأضاف",
                           {MakeEvent("الرئيس السوري", "SYRGOV", "استقبل", "الوزير", "USAGOV", "042", 1.9, 1),
                            MakeEvent("الأمم المتحدة", "IGOUNO", "دعت", "", "", "0241", -0.3, 3)});
  a2.site = "other.example.org";
  a2.events[1].target = {};
  Article a3 = MakeArticle("a3", "", body,
                           {MakeEvent("طهران", "IRN", "هددت", "الرياض", "SAU", "138", -7.0, 3)});
  for (const auto* a : {&a1, &a2, &a3}) EXPECT_TRUE(store->Put(*a).ok());
  return std::move(store).value();
}

TEST(Gdelt, EventsHave61ColumnsOfTheRightTypes) {
  TempDir dir;
  Store store = SampleStore(dir);
  std::ostringstream out;
  ASSERT_TRUE(WriteGdeltEvents(store, {}, out).ok());
  const auto rows = LoadTsv(out.str());
  const auto& names = GdeltEventColumns();
  ASSERT_EQ(names.size(), 61u);
  EXPECT_EQ(names.front(), "GLOBALEVENTID");
  EXPECT_EQ(names[26], "EventCode");
  EXPECT_EQ(names.back(), "SOURCEURL");
  ASSERT_EQ(rows.size(), 3u);  // the two 042 mentions are one event
  const std::regex integer(R"(\d+)"), day(R"(\d{8})"), month(R"(\d{6})"), year(R"(\d{4})"),
      fraction(R"(\d{4}\.\d{4})"), cameo(R"(\d{2,4})"), root(R"(\d{2})"), quad(R"([1-4])"),
      goldstein(R"(-?\d+\.\d)"), stamp(R"(\d{14})"), code(R"([A-Z0-9]*)"), flag(R"([01])");
  for (const auto& r : rows) {
    ASSERT_EQ(r.size(), 61u);
    EXPECT_TRUE(std::regex_match(r[Col(names, "GLOBALEVENTID")], integer));
    const std::string& sqldate = r[Col(names, "SQLDATE")];
    if (!sqldate.empty()) {
      EXPECT_TRUE(std::regex_match(sqldate, day));
      EXPECT_TRUE(std::regex_match(r[Col(names, "MonthYear")], month));
      EXPECT_TRUE(std::regex_match(r[Col(names, "Year")], year));
      EXPECT_TRUE(std::regex_match(r[Col(names, "FractionDate")], fraction));
    }
    for (const char* c : {"Actor1Code", "Actor2Code", "Actor1CountryCode", "Actor1Type1Code"}) {
      EXPECT_TRUE(std::regex_match(r[Col(names, c)], code)) << c;
    }
    EXPECT_TRUE(std::regex_match(r[Col(names, "IsRootEvent")], flag));
    EXPECT_TRUE(std::regex_match(r[Col(names, "EventCode")], cameo));
    EXPECT_TRUE(std::regex_match(r[Col(names, "EventRootCode")], root));
    EXPECT_EQ(r[Col(names, "EventCode")].substr(0, 2), r[Col(names, "EventRootCode")]);
    EXPECT_TRUE(std::regex_match(r[Col(names, "QuadClass")], quad));
    EXPECT_TRUE(std::regex_match(r[Col(names, "GoldsteinScale")], goldstein));
    EXPECT_TRUE(std::regex_match(r[Col(names, "NumMentions")], integer));
    EXPECT_TRUE(std::regex_match(r[Col(names, "DATEADDED")], stamp));
    EXPECT_EQ(r[Col(names, "ActionGeo_Lat")], "");  // these events have no place
  }
  const auto& first = rows[0];
  EXPECT_EQ(first[Col(names, "SQLDATE")], "20150720");
  EXPECT_EQ(first[Col(names, "FractionDate")], "2015.5507");  // day 201 of 365
  EXPECT_EQ(first[Col(names, "Actor1Code")], "SYRGOV");
  EXPECT_EQ(first[Col(names, "Actor1Name")], "الرئيس السوري");
  EXPECT_EQ(first[Col(names, "Actor1CountryCode")], "SYR");
  EXPECT_EQ(first[Col(names, "Actor1Type1Code")], "GOV");
  EXPECT_EQ(first[Col(names, "Actor2CountryCode")], "USA");
  EXPECT_EQ(first[Col(names, "EventCode")], "042");
  EXPECT_EQ(first[Col(names, "EventBaseCode")], "042");
  EXPECT_EQ(first[Col(names, "EventRootCode")], "04");
  EXPECT_EQ(first[Col(names, "GoldsteinScale")], "1.9");
  EXPECT_EQ(first[Col(names, "NumMentions")], "2");
  EXPECT_EQ(first[Col(names, "NumSources")], "2");
  EXPECT_EQ(first[Col(names, "NumArticles")], "2");
  EXPECT_EQ(first[Col(names, "SOURCEURL")], "https://example.com/news/a1");
  const auto& un = rows[1];
  EXPECT_EQ(un[Col(names, "Actor1Type1Code")], "IGO");
  EXPECT_EQ(un[Col(names, "Actor1KnownGroupCode")], "UNO");
  EXPECT_EQ(un[Col(names, "Actor1CountryCode")], "");
  EXPECT_EQ(un[Col(names, "Actor2Code")], "");
  EXPECT_EQ(un[Col(names, "EventBaseCode")], "024");
  EXPECT_EQ(un[Col(names, "NumMentions")], "1");
  EXPECT_EQ(rows[2][Col(names, "SQLDATE")], "");  // an undated article
}

// Without a day nothing says two mentions are the same event: undated ones are never merged.
TEST(Gdelt, UndatedMentionsAreNeverMerged) {
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  ASSERT_TRUE(store.ok());
  const std::string body = "هددت طهران الرياض.";
  for (const char* id : {"u1", "u2", "u3"}) {
    Article a = MakeArticle(id, "", body,
                            {MakeEvent("طهران", "IRN", "هددت", "الرياض", "SAU", "138", -7.0, 3)});
    a.date.reset();
    ASSERT_TRUE(store->Put(a).ok());
  }
  for (const char* id : {"d1", "d2"}) {
    ASSERT_TRUE(store->Put(MakeArticle(id, "2015-07-21", body,
                                       {MakeEvent("طهران", "IRN", "هددت", "الرياض", "SAU", "138",
                                                  -7.0, 3)}))
                    .ok());
  }
  std::ostringstream out;
  ASSERT_TRUE(WriteGdeltEvents(store.value(), {}, out).ok());
  const auto rows = LoadTsv(out.str());
  const auto& names = GdeltEventColumns();
  ASSERT_EQ(rows.size(), 4u);  // three undated events, one dated event with two mentions
  int undated = 0;
  for (const auto& r : rows) {
    if (r[Col(names, "SQLDATE")].empty()) {
      ++undated;
      EXPECT_EQ(r[Col(names, "NumMentions")], "1");
    } else {
      EXPECT_EQ(r[Col(names, "NumMentions")], "2");
    }
  }
  EXPECT_EQ(undated, 3);
}

TEST(Gdelt, MentionsHave16ColumnsWithCharOffsets) {
  TempDir dir;
  Store store = SampleStore(dir);
  std::ostringstream events_out, mentions_out;
  ASSERT_TRUE(WriteGdeltEvents(store, {}, events_out).ok());
  ASSERT_TRUE(WriteGdeltMentions(store, {}, mentions_out).ok());
  const auto events = LoadTsv(events_out.str());
  const auto rows = LoadTsv(mentions_out.str());
  const auto& names = GdeltMentionColumns();
  ASSERT_EQ(names.size(), 16u);
  ASSERT_EQ(rows.size(), 4u);  // one per stored event
  std::set<std::string> event_ids;
  for (const auto& e : events) event_ids.insert(e[0]);
  const auto stored = store.Events({}).value();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    ASSERT_EQ(r.size(), 16u);
    EXPECT_TRUE(event_ids.count(r[0])) << "mention of an unknown event " << r[0];
    EXPECT_EQ(r[Col(names, "MentionType")], "1");
    EXPECT_TRUE(std::regex_match(r[Col(names, "MentionTimeDate")], std::regex(R"(\d{14})")));
    const Event& e = stored[i].event;
    EXPECT_EQ(r[Col(names, "Actor1CharOffset")], std::to_string(e.source.span.start));
    EXPECT_EQ(r[Col(names, "ActionCharOffset")], std::to_string(e.verb.span.start));
    EXPECT_EQ(r[Col(names, "SentenceID")], "1");
    EXPECT_EQ(r[Col(names, "Confidence")], "75");
    EXPECT_EQ(r[Col(names, "MentionDocLen")], std::to_string(stored[i].body_length));
  }
  EXPECT_EQ(rows[0][0], rows[1][0]);  // two mentions of one event
  EXPECT_EQ(rows[1][Col(names, "MentionSourceName")], "other.example.org");
  EXPECT_EQ(rows[2][Col(names, "Actor2CharOffset")], "-1");  // no target
  EXPECT_EQ(rows[0][Col(names, "EventTimeDate")], "20150720000000");
}

// The event's place fills ActionGeo; an actor with a country fills its ActorNGeo with the
// country's point; an actor without one (IGOUNO) leaves it empty.
TEST(Gdelt, GeoColumnsCarryTheEventsPlaceAndTheActorsCountries) {
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  ASSERT_TRUE(store.ok());
  const std::string body = "استقبل الرئيس السوري وفد الأمم المتحدة في حلب.";
  Article a = MakeArticle("g1", "2015-07-20", body,
                          {MakeEvent("الرئيس السوري", "SYRGOV", "استقبل", "وفد الأمم المتحدة", "IGOUNO", "042", 1.9, 1)});
  Place aleppo;
  aleppo.text = "حلب";
  aleppo.span = {42, 45};
  aleppo.name = "Aleppo";
  aleppo.kind = "city";
  aleppo.country = "SYR";
  aleppo.adm1 = "SY09";
  aleppo.lat = 36.20124;
  aleppo.lon = 37.16117;
  aleppo.geonameid = 170063;
  aleppo.source = "sentence";
  a.events[0].place = aleppo;
  ASSERT_TRUE(store->Put(a).ok());
  std::ostringstream out;
  ASSERT_TRUE(WriteGdeltEvents(store.value(), {}, out).ok());
  const auto rows = LoadTsv(out.str());
  const auto& names = GdeltEventColumns();
  ASSERT_EQ(rows.size(), 1u);
  const auto& r = rows[0];
  ASSERT_EQ(r.size(), 61u);
  EXPECT_EQ(r[Col(names, "ActionGeo_Type")], "4");  // a city outside the US
  EXPECT_EQ(r[Col(names, "ActionGeo_FullName")].rfind("Aleppo, ", 0), 0u) << r[Col(names, "ActionGeo_FullName")];
  EXPECT_EQ(r[Col(names, "ActionGeo_CountryCode")], "SY");
  EXPECT_EQ(r[Col(names, "ActionGeo_ADM1Code")], "SY09");
  EXPECT_EQ(r[Col(names, "ActionGeo_ADM2Code")], "");
  EXPECT_EQ(r[Col(names, "ActionGeo_Lat")], "36.2012");
  EXPECT_EQ(r[Col(names, "ActionGeo_Long")], "37.1612");
  EXPECT_EQ(r[Col(names, "ActionGeo_FeatureID")], "170063");
  EXPECT_EQ(r[Col(names, "Actor1Geo_Type")], "1");  // Syria, the country of SYRGOV
  EXPECT_EQ(r[Col(names, "Actor1Geo_CountryCode")], "SY");
  EXPECT_EQ(r[Col(names, "Actor1Geo_FeatureID")], "SY");
  const double lat = std::stod(r[Col(names, "Actor1Geo_Lat")]);
  const double lon = std::stod(r[Col(names, "Actor1Geo_Long")]);
  EXPECT_TRUE(lat > 32.3 && lat < 37.4 && lon > 35.6 && lon < 42.4) << lat << "," << lon;  // in Syria
  EXPECT_EQ(r[Col(names, "Actor2Geo_Type")], "");  // the UN has no country
  EXPECT_EQ(r[Col(names, "Actor2Geo_Lat")], "");
}

TEST(Gdelt, FiltersApply) {
  TempDir dir;
  Store store = SampleStore(dir);
  EventFilter f;
  f.actor = "IRN";
  std::ostringstream out;
  ASSERT_TRUE(WriteGdeltEvents(store, f, out).ok());
  EXPECT_EQ(LoadTsv(out.str()).size(), 1u);
  f.actor = "bad code";
  EXPECT_FALSE(WriteGdeltEvents(store, f, out).ok());
}

}  // namespace
}  // namespace marsad::store
