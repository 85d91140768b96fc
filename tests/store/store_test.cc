// Store: schema, idempotent Put, read back, event queries.
#include "marsad/store/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>

#include "store/store_fixture.h"

namespace marsad::store {
namespace {

using testing::MakeArticle;
using testing::MakeEvent;
using testing::TempDir;

const std::string kBody = "استقبل الرئيس السوري وزير الخارجية الأمريكي في دمشق.";

// Three articles: Syria–USA cooperation in July (twice), an Iranian threat in August.
void PutSample(Store& store) {
  ASSERT_TRUE(store.Put(MakeArticle("a1", "2015-07-20", kBody,
                                    {MakeEvent("الرئيس السوري", "SYRGOV", "استقبل", "الوزير الأمريكي",
                                               "USAGOV", "042", 1.9, 1)}))
                  .ok());
  ASSERT_TRUE(store.Put(MakeArticle("a2", "2015-07-22", kBody,
                                    {MakeEvent("دمشق", "SYR", "التقت", "واشنطن", "USA", "040", 1.0, 1),
                                     MakeEvent("دمشق", "SYR", "نفت", "واشنطن", "USA", "040", 1.0, 1,
                                               "denied")}))
                  .ok());
  ASSERT_TRUE(store.Put(MakeArticle("a3", "2015-08-03", kBody,
                                    {MakeEvent("طهران", "IRNGOV", "هددت", "الرياض", "SAU", "138",
                                               -7.0, 3)}))
                  .ok());
}

TEST(Store, OpenCreatesTheSchemaAtTheCurrentVersion) {
  TempDir dir;
  ASSERT_TRUE(Store::Open(dir.File("m.db")).ok());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(dir.File("m.db").c_str(), &db), SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, nullptr);
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(s, 0), SchemaVersion());
  EXPECT_GE(SchemaVersion(), 1);
  sqlite3_finalize(s);
  sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &s, nullptr);
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)), "wal");
  sqlite3_finalize(s);
  sqlite3_close(db);
  // Opening again migrates nothing and keeps working.
  auto again = Store::Open(dir.File("m.db"));
  ASSERT_TRUE(again.ok()) << again.error();
  EXPECT_EQ(again->IntegrityCheck().value(), "ok");
}

TEST(Store, OpenRefusesANewerSchemaAndNonDatabases) {
  TempDir dir;
  ASSERT_TRUE(Store::Open(dir.File("new.db")).ok());
  {
    sqlite3* db = nullptr;
    sqlite3_open(dir.File("new.db").c_str(), &db);
    sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  auto newer = Store::Open(dir.File("new.db"));
  ASSERT_FALSE(newer.ok());
  EXPECT_NE(newer.error().find("new.db"), std::string::npos);
  EXPECT_NE(newer.error().find("newer"), std::string::npos);

  std::ofstream(dir.File("text.db")) << "this is not an SQLite database, just some text that is long enough";
  auto text = Store::Open(dir.File("text.db"));
  ASSERT_FALSE(text.ok());
  EXPECT_NE(text.error().find("text.db"), std::string::npos);

  EXPECT_FALSE(Store::Open(dir.File("no/such/dir/x.db")).ok());
}

TEST(Store, PutThenGetGivesTheArticleBack) {
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  ASSERT_TRUE(store.ok());
  Article a = MakeArticle("a1", "2015-07-20", kBody,
                          {MakeEvent("الرئيس السوري", "SYRGOV", "استقبل", "الوزير", "", "042", 1.9, 1)});
  a.entities = {{{7, 20}, "الرئيس السوري", "PER", "SYRGOV"}, {{46, 50}, "دمشق", "LOC", ""}};
  a.author = "مراسلنا";
  ASSERT_TRUE(store->Put(a).ok());
  auto got = store->Get("a1");
  ASSERT_TRUE(got.ok() && got.value().has_value());
  RecordFields all{true, true, true};
  EXPECT_EQ(ToJsonLine(*got.value(), all), ToJsonLine(a, all));
  EXPECT_FALSE(store->Get("nope").value().has_value());
  EXPECT_TRUE(store->Contains("a1").value());
  EXPECT_FALSE(store->Contains("nope").value());
}

TEST(Store, PuttingTheSameArticleAgainChangesNothing) {
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  PutSample(store.value());
  const auto before = store->Events({}).value();
  PutSample(store.value());
  const auto after = store->Events({}).value();
  ASSERT_EQ(before.size(), after.size());
  for (std::size_t i = 0; i < before.size(); ++i) EXPECT_EQ(before[i].id, after[i].id);
  auto counts = store->Counts().value();
  EXPECT_EQ(counts.articles, 3);
  EXPECT_EQ(counts.events, 4);
}

TEST(Store, PutReplacesAChangedArticle) {
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  PutSample(store.value());
  Article changed = MakeArticle("a2", "2015-07-23", "نص جديد عن أمريكا.");
  ASSERT_TRUE(store->Put(changed).ok());
  EXPECT_EQ(store->Counts()->events, 2);
  EXPECT_EQ(store->Get("a2").value()->date, "2015-07-23");
  // The search index follows the new text.
  EXPECT_EQ(store->Search("جديد", {}).value().size(), 1u);
  EXPECT_EQ(store->IntegrityCheck().value(), "ok");
}

TEST(Store, DuplicateOfMustNameAStoredArticle) {
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  PutSample(store.value());
  Article dup = MakeArticle("d1", "2015-07-21", kBody);
  dup.duplicate_of = "a1";
  EXPECT_TRUE(store->Put(dup).ok());
  Article orphan = MakeArticle("d2", "2015-07-21", kBody);
  orphan.duplicate_of = "never-stored";
  auto s = store->Put(orphan);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("d2"), std::string::npos);
  // The failed Put left nothing behind.
  EXPECT_FALSE(store->Contains("d2").value());
  EXPECT_EQ(store->Counts()->duplicates, 1);
}

TEST(Store, BatchedPutsCommitTogether) {
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  ASSERT_TRUE(store->Begin().ok());
  PutSample(store.value());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(store->Counts()->articles, 3);
}

TEST(Store, FailedArticlesAreStoredWithTheirErrorButNotAsArticles) {
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  Article bad;
  bad.id = "bad1";
  bad.source_path = "/nonexistent.html";
  bad.error = "cannot open file";
  ASSERT_TRUE(store->Put(bad).ok());
  EXPECT_EQ(store->Counts()->failed, 1);
  EXPECT_EQ(store->Counts()->articles, 0);
  EXPECT_TRUE(store->Contains("bad1").value());  // a re-run skips it
  auto got = store->Get("bad1");
  ASSERT_TRUE(got.ok() && got.value());
  EXPECT_EQ(got.value()->error.value_or(""), "cannot open file");
  std::size_t bodies = 0;
  ASSERT_TRUE(store->ForEachBody([&](const std::string&, const std::string&) { ++bodies; }).ok());
  EXPECT_EQ(bodies, 0u);
}

struct FilterCase {
  const char* name;
  EventFilter filter;
  std::vector<std::string> cameos;  // expected, in storage order
};

TEST(Store, EventFilters) {
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  PutSample(store.value());
  auto f = [](auto set) {
    EventFilter x;
    set(x);
    return x;
  };
  const std::vector<FilterCase> cases = {
      {"all", {}, {"042", "040", "040", "138"}},
      {"actor either side", f([](EventFilter& x) { x.actor = "USA"; }), {"042", "040", "040"}},
      {"actor prefix", f([](EventFilter& x) { x.actor = "SAU"; }), {"138"}},
      {"source", f([](EventFilter& x) { x.source = "SYRGOV"; }), {"042"}},
      {"target", f([](EventFilter& x) { x.target = "USAGOV"; }), {"042"}},
      {"code prefix", f([](EventFilter& x) { x.code = "04"; }), {"042", "040", "040"}},
      {"root", f([](EventFilter& x) { x.root = "13"; }), {"138"}},
      {"quad", f([](EventFilter& x) { x.quad = 3; }), {"138"}},
      {"since", f([](EventFilter& x) { x.since = "2015-07-21"; }), {"040", "040", "138"}},
      {"until", f([](EventFilter& x) { x.until = "2015-07-21"; }), {"042"}},
      {"modality", f([](EventFilter& x) { x.modality = "denied"; }), {"040"}},
      {"facts only", f([](EventFilter& x) { x.facts_only = true; }), {"042", "040", "138"}},
      {"limit", f([](EventFilter& x) { x.limit = 2; }), {"042", "040"}},
      {"nothing", f([](EventFilter& x) { x.actor = "CHN"; }), {}},
  };
  for (const auto& c : cases) {
    auto events = store->Events(c.filter);
    ASSERT_TRUE(events.ok()) << c.name << ": " << events.error();
    std::vector<std::string> cameos;
    for (const auto& e : events.value()) cameos.push_back(e.event.cameo);
    EXPECT_EQ(cameos, c.cameos) << c.name;
  }
}

// --country and --place select events by where they happened.
TEST(Store, PlaceFilters) {
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  ASSERT_TRUE(store.ok());
  Article a = MakeArticle("p1", "2015-07-20", "شن الجيش هجوما في بغداد. ورحب الوزير بالقرار.",
                          {MakeEvent("الجيش", "IRQMIL", "شن", "", "", "190", -10.0, 4),
                           MakeEvent("الوزير", "IRQGOV", "رحب", "", "", "041", 1.0, 1)});
  Place p;
  p.text = "بغداد";
  p.span = {19, 24};
  p.name = "Baghdad";
  p.kind = "city";
  p.country = "IRQ";
  p.adm1 = "IQ07";
  p.lat = 33.34;
  p.lon = 44.4;
  p.geonameid = 98182;
  p.source = "sentence";
  a.events[0].place = p;
  ASSERT_TRUE(store->Put(a).ok());
  auto count = [&](auto set) {
    EventFilter f;
    set(f);
    auto events = store->Events(f);
    EXPECT_TRUE(events.ok()) << events.error();
    return events.ok() ? events->size() : 99u;
  };
  EXPECT_EQ(count([](EventFilter&) {}), 2u);
  EXPECT_EQ(count([](EventFilter& f) { f.country = "IRQ"; }), 1u);
  EXPECT_EQ(count([](EventFilter& f) { f.country = "SYR"; }), 0u);
  EXPECT_EQ(count([](EventFilter& f) { f.place = "بغداد"; }), 1u);
  EXPECT_EQ(count([](EventFilter& f) { f.place = "baghdad"; }), 1u);
  EXPECT_EQ(count([](EventFilter& f) { f.place = "البصرة"; }), 0u);
  auto stored = store->Events({});
  ASSERT_TRUE(stored.ok());
  ASSERT_TRUE(stored->at(0).event.place.has_value());
  EXPECT_EQ(stored->at(0).event.place->geonameid, 98182);
  EXPECT_FALSE(stored->at(1).event.place.has_value());
  EventFilter bad;
  bad.country = "iraq";
  auto refused = store->Events(bad);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().find("--country"), std::string::npos);
}

TEST(Store, BadFiltersAreErrorsNamingTheFlag) {
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  EventFilter f;
  f.actor = "SY*";
  EXPECT_NE(store->Events(f).error().find("--actor"), std::string::npos);
  f = {};
  f.since = "July";
  EXPECT_NE(store->Events(f).error().find("--since"), std::string::npos);
  f = {};
  f.modality = "maybe";
  EXPECT_FALSE(store->Events(f).ok());
  f = {};
  f.root = "4";
  EXPECT_FALSE(store->Events(f).ok());
}

TEST(Store, StoredEventsCarryTheirArticle) {
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  PutSample(store.value());
  auto events = store->Events({}).value();
  ASSERT_EQ(events.size(), 4u);
  EXPECT_EQ(events[0].article_id, "a1");
  EXPECT_EQ(events[0].date, "2015-07-20");
  EXPECT_EQ(events[0].body_length, CodePointCount(kBody));
  EXPECT_EQ(events[0].event.source.code, "SYRGOV");
  EXPECT_EQ(events[0].event.source.text, "الرئيس السوري");
  EXPECT_EQ(events[2].index, 1u);
  EXPECT_EQ(events[0].ingested_at.size(), 20u);  // 2015-07-21T02:51:32Z
}

TEST(Store, DyadsTimelineAndTopActors) {
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  PutSample(store.value());
  auto dyads = store->Dyads({}, 10).value();
  ASSERT_EQ(dyads.size(), 3u);
  EXPECT_EQ(dyads[0].source, "SYR");
  EXPECT_EQ(dyads[0].target, "USA");
  EXPECT_EQ(dyads[0].events, 2);
  EXPECT_DOUBLE_EQ(dyads[0].mean_goldstein, 1.0);

  auto months = store->Timeline({}, Period::kMonth).value();
  ASSERT_EQ(months.size(), 2u);
  EXPECT_EQ(months[0].period, "2015-07");
  EXPECT_EQ(months[0].events, 3);
  EXPECT_EQ(months[1].quad[2], 1);
  // 2015-07-20 was a Monday and 2015-07-22 a Wednesday: one week.
  // The week of 2015-07-27 has no events: a row of zeros keeps the series without holes.
  auto weeks = store->Timeline({}, Period::kWeek).value();
  ASSERT_EQ(weeks.size(), 3u);
  EXPECT_EQ(weeks[0].period, "2015-07-20");
  EXPECT_EQ(weeks[0].events, 3);
  EXPECT_EQ(weeks[1].period, "2015-07-27");
  EXPECT_EQ(weeks[1].events, 0);
  EXPECT_EQ(weeks[2].period, "2015-08-03");
  EventFilter syr_usa;
  syr_usa.source = "SYR";
  syr_usa.target = "USA";
  auto days = store->Timeline(syr_usa, Period::kDay).value();
  ASSERT_EQ(days.size(), 3u);
  EXPECT_EQ(days[1].period, "2015-07-21");
  EXPECT_EQ(days[1].events, 0);
  EXPECT_EQ(days[2].period, "2015-07-22");
  EXPECT_EQ(days[2].events, 2);

  auto top = store->TopActors({}, 2).value();
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0].code, "SYR");
  EXPECT_EQ(top[0].name, "دمشق");
  EXPECT_EQ(top[0].as_source, 2);
  EXPECT_EQ(top[1].code, "USA");
  EXPECT_EQ(top[1].as_target, 2);
}

TEST(Store, DateSourceAndPlaceAreStoredAndReadBack) {
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  ASSERT_TRUE(store.ok());
  Article a = MakeArticle("a1", "2015-07-20", kBody,
                          {MakeEvent("الرئيس السوري", "SYRGOV", "استقبل", "الوزير", "", "042", 1.9, 1),
                           MakeEvent("الرئيس السوري", "SYRGOV", "استقبل", "الوزير", "", "042", 1.9, 1)});
  a.date_source = "jsonl";
  Place damascus;
  damascus.text = "دمشق";
  damascus.span = {46, 50};
  damascus.name = "Damascus";
  damascus.kind = "city";
  damascus.country = "SYR";
  damascus.adm1 = "13";
  damascus.lat = 33.5102;
  damascus.lon = 36.29128;
  damascus.geonameid = 170654;
  damascus.source = "sentence";
  a.events[0].place = damascus;
  Place dateline = damascus;
  dateline.span = {};  // named in the byline, not the body
  dateline.adm1.clear();
  dateline.geonameid = 0;
  dateline.source = "dateline";
  a.events[1].place = dateline;
  ASSERT_TRUE(store->Put(a).ok());
  auto got = store->Get("a1").value();
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->date_source.value_or(""), "jsonl");
  RecordFields all{true, true, true};
  EXPECT_EQ(ToJsonLine(*got, all), ToJsonLine(a, all));
  const auto events = store->Events({}).value();
  ASSERT_EQ(events.size(), 2u);
  ASSERT_TRUE(events[0].event.place.has_value());
  EXPECT_EQ(events[0].event.place->geonameid, 170654);
  EXPECT_DOUBLE_EQ(events[0].event.place->lat, 33.5102);
  EXPECT_EQ(events[0].event.place->span, (Span{46, 50}));
  ASSERT_TRUE(events[1].event.place.has_value());
  EXPECT_TRUE(events[1].event.place->span.empty());
  EXPECT_EQ(events[1].event.place->source, "dateline");
}

// Undated articles are counted, and a date filter can say how many events it left out.
TEST(Store, UndatedArticlesAndEventsAreCounted) {
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  PutSample(store.value());
  Article undated = MakeArticle("u1", "", kBody,
                                {MakeEvent("طهران", "IRNGOV", "هددت", "الرياض", "SAU", "138", -7.0, 3),
                                 MakeEvent("دمشق", "SYR", "التقت", "واشنطن", "USA", "040", 1.0, 1)});
  undated.date.reset();
  ASSERT_TRUE(store->Put(undated).ok());
  EXPECT_EQ(store->Counts()->undated, 1);
  EventFilter f;
  f.since = "2015-07-01";
  EXPECT_EQ(store->Events(f)->size(), 4u);
  EXPECT_EQ(store->UndatedEvents(f).value(), 2);
  f.actor = "IRN";
  EXPECT_EQ(store->UndatedEvents(f).value(), 1);  // the other filters still apply
}

TEST(Store, DateFiltersMustNameDaysThatExist) {
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  PutSample(store.value());
  for (const char* bad : {"2024-13-45", "2015-02-30", "2015-00-10", "2015-7-1", "21/07/2015"}) {
    EventFilter f;
    f.since = bad;
    EXPECT_FALSE(Validate(f).ok()) << bad;
    f = {};
    f.until = bad;
    EXPECT_NE(store->Events(f).error().find("--until"), std::string::npos) << bad;
  }
  EventFilter f;
  f.since = "2016-02-29";
  EXPECT_TRUE(Validate(f).ok());
  // A month or a year is all of it.
  f = {};
  f.until = "2015-07";
  EXPECT_EQ(store->Events(f)->size(), 3u);
  f.since = "2015";
  f.until = "2015";
  EXPECT_EQ(store->Events(f)->size(), 4u);
}

}  // namespace
}  // namespace marsad::store
