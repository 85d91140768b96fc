// The JSON API, route by route, on a database of samples/ and web/tests/fixtures/.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "server/server_fixture.h"

namespace marsad::testing {
namespace {

using nlohmann::json;

// Code points [start, end) of a UTF-8 string, as the record offsets count them.
std::string CodePoints(const std::string& s, std::size_t start, std::size_t end) {
  std::size_t cp = 0, begin_byte = std::string::npos, end_byte = s.size();
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (cp == start && begin_byte == std::string::npos) begin_byte = i;
    if (cp == end) {
      end_byte = i;
      break;
    }
    ++cp;
  }
  return begin_byte == std::string::npos ? "" : s.substr(begin_byte, end_byte - begin_byte);
}

TEST(Api, StatsCountTheStore) {
  const Reply r = Get("/api/stats");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_GE(r.json["articles"].get<int>(), 12 + 20);  // the 12 fixtures and the samples
  EXPECT_GT(r.json["events"].get<int>(), 40);
  EXPECT_GT(r.json["entities"].get<int>(), 40);
  EXPECT_EQ(r.json["first_month"], "2023-11");
  EXPECT_TRUE(r.json["sites"].is_array());
  EXPECT_NE(r.headers.find("Content-Type")->second.find("application/json"), std::string::npos);
}

TEST(Api, ArticlesNewestFirstAndPaged) {
  const Reply first = Get("/api/articles?limit=5");
  ASSERT_EQ(first.status, 200) << first.body;
  ASSERT_EQ(first.json["items"].size(), 5u);
  const int total = first.json["total"];
  EXPECT_GE(total, 32);
  std::string previous = "9999";
  for (const auto& a : first.json["items"]) {
    ASSERT_TRUE(a["date"].is_string());
    EXPECT_LE(a["date"].get<std::string>(), previous);
    previous = a["date"];
    EXPECT_TRUE(a.contains("events") && a.contains("title") && a.contains("site"));
  }
  const Reply second = Get("/api/articles?limit=5&page=2");
  ASSERT_EQ(second.status, 200);
  std::set<std::string> ids;
  for (const auto& a : first.json["items"]) ids.insert(a["id"]);
  for (const auto& a : second.json["items"]) EXPECT_FALSE(ids.count(a["id"])) << a["id"];
  const Reply past_end = Get("/api/articles?limit=5&page=1000");
  EXPECT_EQ(past_end.status, 200);
  EXPECT_TRUE(past_end.json["items"].empty());
}

TEST(Api, ArticlesFilteredByDateSiteAndArabicQuery) {
  const Reply march = Get("/api/articles?since=2024-03-01&until=2024-03-31&limit=100");
  ASSERT_EQ(march.status, 200) << march.body;
  std::set<std::string> ids;
  for (const auto& a : march.json["items"]) {
    ids.insert(a["id"]);
    EXPECT_GE(a["date"].get<std::string>(), "2024-03-01");
    EXPECT_LE(a["date"].get<std::string>(), "2024-03-31");
  }
  EXPECT_TRUE(ids.count("web-fixture-05") && ids.count("web-fixture-06"));
  EXPECT_FALSE(ids.count("web-fixture-04"));

  // إيران with clitics and without hamza: وإيران, الإيراني are other words, إيران is in titles.
  const Reply iran = Get("/api/articles?limit=100&q=" + UrlEncode("إيران"));
  ASSERT_EQ(iran.status, 200) << iran.body;
  ids.clear();
  for (const auto& a : iran.json["items"]) ids.insert(a["id"]);
  for (const char* id : {"web-fixture-03", "web-fixture-06", "web-fixture-08", "web-fixture-12"}) {
    EXPECT_TRUE(ids.count(id)) << id;
  }
  EXPECT_FALSE(ids.count("web-fixture-11"));  // Jordan, no Iran
  EXPECT_EQ(iran.json["total"].get<std::size_t>(), iran.json["items"].size());

  const Reply site = Get("/api/articles?site=akhbar-alkhalij.example");
  ASSERT_EQ(site.status, 200);
  ASSERT_GE(site.json["items"].size(), 1u);
  for (const auto& a : site.json["items"]) EXPECT_EQ(a["site"], "akhbar-alkhalij.example");

  EXPECT_EQ(Get("/api/articles?since=2024-13-45x").status, 400);
  EXPECT_EQ(Get("/api/articles?limit=0").status, 400);
  EXPECT_EQ(Get("/api/articles?limit=501").status, 400);
  EXPECT_EQ(Get("/api/articles?page=0").status, 400);
  EXPECT_EQ(Get("/api/articles?page=abc").status, 400);
}

TEST(Api, ArticleHasBodyEntitiesAndEventsOnTheirCharacters) {
  const Reply r = Get("/api/articles/web-fixture-03");
  ASSERT_EQ(r.status, 200) << r.body;
  const std::string body = r.json["body"];
  EXPECT_NE(body.find("هددت الولايات المتحدة إيران"), std::string::npos);
  EXPECT_FALSE(r.json.contains("source_path"));  // where ingest read it: a path
  ASSERT_GE(r.json["entities"].size(), 2u);
  for (const auto& e : r.json["entities"]) {
    EXPECT_EQ(CodePoints(body, e["start"], e["end"]), e["text"].get<std::string>());
  }
  ASSERT_GE(r.json["events"].size(), 1u);
  bool threat = false;
  for (const auto& e : r.json["events"]) {
    EXPECT_EQ(CodePoints(body, e["verb"]["start"], e["verb"]["end"]), e["verb"]["text"].get<std::string>());
    if (e["cameo"].get<std::string>().rfind("13", 0) == 0 && e["source"]["code"] == "USA") threat = true;
    // The codebook's label, where the database has the codebook (cameo_codes).
    EXPECT_TRUE(e["cameo_label"].is_string() || e["cameo_label"].is_null()) << e.dump();
  }
  EXPECT_TRUE(threat) << "هددت الولايات المتحدة إيران is a threat (CAMEO 13) by USA";
  const json label = Get("/api/events?code=130&limit=1").json["items"][0]["cameo_label"];
  if (label.is_string()) {
    EXPECT_EQ(label.get<std::string>().rfind("Threaten", 0), 0u) << label;
  }

  EXPECT_EQ(Get("/api/articles/no-such-article").status, 404);
  EXPECT_EQ(Get("/api/articles/no-such-article").json["status"], 404);
}

TEST(Api, EventsFilteredAndPaged) {
  const Reply iran = Get("/api/events?actor=IRN&limit=500");
  ASSERT_EQ(iran.status, 200) << iran.body;
  ASSERT_GE(iran.json["items"].size(), 5u);
  for (const auto& e : iran.json["items"]) {
    const std::string s = e["source"].is_object() && e["source"]["code"].is_string() ? e["source"]["code"] : "";
    const std::string t = e["target"].is_object() && e["target"]["code"].is_string() ? e["target"]["code"] : "";
    EXPECT_TRUE(s.rfind("IRN", 0) == 0 || t.rfind("IRN", 0) == 0) << e.dump();
  }
  const Reply fights = Get("/api/events?root=19&quad=4");
  ASSERT_EQ(fights.status, 200);
  ASSERT_GE(fights.json["items"].size(), 1u);
  for (const auto& e : fights.json["items"]) {
    EXPECT_EQ(e["root"], "19");
    EXPECT_EQ(e["quad_class"], 4);
  }
  const Reply page1 = Get("/api/events?limit=3");
  const Reply page2 = Get("/api/events?limit=3&page=2");
  ASSERT_EQ(page1.json["items"].size(), 3u);
  EXPECT_TRUE(page1.json["more"].get<bool>());
  EXPECT_LT(page1.json["items"][2]["id"].get<int>(), page2.json["items"][0]["id"].get<int>());
  const Reply facts = Get("/api/events?facts_only=1&limit=500");
  for (const auto& e : facts.json["items"]) {
    EXPECT_TRUE(e["modality"] != "negated" && e["modality"] != "denied" && e["modality"] != "hypothetical");
  }
  EXPECT_EQ(Get("/api/events?quad=5").status, 400);
  EXPECT_EQ(Get("/api/events?root=1").status, 400);
  EXPECT_EQ(Get("/api/events?modality=maybe").status, 400);
  EXPECT_EQ(Get("/api/events?facts_only=yes").status, 400);
  EXPECT_EQ(Get("/api/events?actor=syr").json["error"].get<std::string>().find("--"), std::string::npos);
}

TEST(Api, EventsTsvIsGdeltForTheFilter) {
  const Reply r = Get("/api/events.tsv?actor=IRN");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.headers.find("Content-Disposition")->second.find("events.tsv"), std::string::npos);
  std::istringstream lines(r.body);
  int rows = 0;
  for (std::string line; std::getline(lines, line); ++rows) {
    EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 60) << line;
    EXPECT_NE(line.find("IRN"), std::string::npos);
  }
  EXPECT_GE(rows, 3);
  EXPECT_EQ(Get("/api/events.tsv?limit=3").status, 400);  // the whole filter, no pages
}

TEST(Api, DyadsTimelineAndActors) {
  // The events of IRN* → USA* (any role codes), to check the aggregates against.
  const Reply events = Get("/api/events?source=IRN&target=USA&limit=500");
  ASSERT_EQ(events.status, 200);
  std::map<std::string, int> per_month;
  int exact = 0;
  for (const auto& e : events.json["items"]) {
    per_month[e["date"].get<std::string>().substr(0, 7)] += 1;
    exact += e["source"]["code"] == "IRN" && e["target"]["code"] == "USA";
  }
  ASSERT_GE(per_month.size(), 2u) << "the fixtures have Iran → USA events in several months";

  const Reply dyads = Get("/api/dyads?limit=500");
  ASSERT_EQ(dyads.status, 200);
  int iran_usa = 0;
  for (const auto& d : dyads.json["items"]) {
    if (d["source"] == "IRN" && d["target"] == "USA") iran_usa = d["events"];
    EXPECT_TRUE(d["mean_goldstein"].is_number());
  }
  EXPECT_EQ(iran_usa, exact) << dyads.body;
  EXPECT_EQ(Get("/api/dyads?limit=2").json["items"].size(), 2u);

  const Reply months = Get("/api/timeline?source=IRN&target=USA&by=month");
  ASSERT_EQ(months.status, 200) << months.body;
  std::map<std::string, int> timeline;
  for (const auto& p : months.json["items"]) {
    const int n = p["events"];
    if (n > 0) timeline[p["period"]] = n;
    int quads = 0;
    for (const auto& q : p["quad"]) quads += q.get<int>();
    EXPECT_EQ(quads, n) << p.dump();
  }
  EXPECT_EQ(timeline, per_month);
  EXPECT_EQ(months.json["items"].front()["period"], per_month.begin()->first);
  const Reply weeks = Get("/api/timeline?source=IRN&target=USA&by=week");
  EXPECT_GT(weeks.json["items"].size(), months.json["items"].size());
  bool empty_week = false;
  for (const auto& p : weeks.json["items"]) empty_week |= p["events"] == 0 && p["mean_goldstein"].is_null();
  EXPECT_TRUE(empty_week);
  EXPECT_EQ(Get("/api/timeline?by=year").status, 400);

  const Reply actors = Get("/api/actors?limit=500");
  ASSERT_EQ(actors.status, 200);
  std::set<std::string> codes;
  for (const auto& a : actors.json["items"]) codes.insert(a["code"]);
  EXPECT_TRUE(codes.count("USA") && codes.count("IRN") && codes.count("USAGOV"));

  const Reply usa = Get("/api/actors/USA");
  ASSERT_EQ(usa.status, 200) << usa.body;
  EXPECT_EQ(usa.json["code"], "USA");
  EXPECT_GE(usa.json["as_source"].get<int>(), 5);
  bool gov = false;
  for (const auto& a : usa.json["related"]) gov |= a["code"] == "USAGOV";
  EXPECT_TRUE(gov);
  EXPECT_GE(usa.json["dyads"].size(), 3u);
  EXPECT_EQ(Get("/api/actors/ZZZ").status, 404);
  EXPECT_EQ(Get("/api/actors/usa").status, 400);
}

TEST(Api, SearchHasSnippetsWithMarks) {
  const Reply r = Get("/api/search?q=" + UrlEncode("العقوبات"));
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_GE(r.json["items"].size(), 1u);
  const std::string open = r.json["marks"][0], close = r.json["marks"][1];
  for (const auto& h : r.json["items"]) {
    const std::string snippet = h["snippet"];
    EXPECT_NE(snippet.find(open + "العقوبات" + close), std::string::npos) << snippet;
  }
  EXPECT_EQ(Get("/api/search").status, 400);
  EXPECT_EQ(Get("/api/search?q=").status, 400);
}

TEST(Api, ErrorsAreJsonWithStatus) {
  for (const char* target : {"/api/nope", "/api/articles/a/b", "/api/stats?x=1", "/api/actors/"}) {
    const Reply r = Get(target);
    EXPECT_TRUE(r.status == 404 || r.status == 400) << target;
    ASSERT_TRUE(r.json.is_object()) << target << ": " << r.body;
    EXPECT_EQ(r.json["status"], r.status);
    EXPECT_TRUE(r.json["error"].is_string());
  }
  const Reply twice = Get("/api/events?actor=SYR&actor=IRN");
  EXPECT_EQ(twice.status, 400);
}

}  // namespace
}  // namespace marsad::testing
