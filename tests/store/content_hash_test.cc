// ContentHash: equal records hash equal, and changing any one field of the record changes
// the hash (the store skips a Put whose hash it already holds, so a missed field would keep
// a stale record).
#include <gtest/gtest.h>

#include <functional>
#include <vector>

#include "marsad/store/internal/content_hash.h"

namespace marsad::store {
namespace {

Article Sample() {
  Article a;
  a.id = "a1";
  a.source_path = "pages/a1.html";
  a.url = "https://example.com/a1";
  a.site = "example.com";
  a.date = "2015-07-21";
  a.date_source = "html";
  a.author = "مراسل";
  a.encoding = "utf-8";
  a.title = "عنوان";
  a.body = "زار الوزير بغداد.";
  a.sentences = {{{0, 17}}};
  a.entities = {{{10, 15}, "بغداد", "LOC", "IRQ"}};
  Event e;
  e.span = {0, 17};
  e.text = a.body;
  e.source = {"الوزير", "GOV", {4, 10}};
  e.target = {"بغداد", "IRQ", {11, 16}};
  e.verb = {"زار", "", {0, 3}};
  e.cameo = "042";
  e.root = "04";
  e.goldstein = 1.9;
  e.quad_class = 1;
  e.plover = "CONSULT";
  Place p;
  p.text = "بغداد";
  p.span = {11, 16};
  p.name = "Baghdad";
  p.kind = "city";
  p.country = "IRQ";
  p.adm1 = "07";
  p.lat = 33.3;
  p.lon = 44.4;
  p.geonameid = 98182;
  p.source = "sentence";
  e.place = p;
  e.confidence = 0.8;
  a.events = {e};
  return a;
}

TEST(ContentHash, EqualRecordsHashEqual) {
  EXPECT_EQ(ContentHash(Sample()), ContentHash(Sample()));
  Article with_warning = Sample();
  with_warning.warnings.push_back("not part of the record");
  EXPECT_EQ(ContentHash(with_warning), ContentHash(Sample()));
}

TEST(ContentHash, EveryFieldOfTheRecordChangesIt) {
  const std::vector<std::pair<const char*, std::function<void(Article&)>>> changes = {
      {"id", [](Article& a) { a.id = "a2"; }},
      {"source_path", [](Article& a) { a.source_path.reset(); }},
      {"url", [](Article& a) { a.url = "https://example.com/a2"; }},
      {"site", [](Article& a) { a.site.reset(); }},
      {"date", [](Article& a) { a.date = "2015-07-22"; }},
      {"date_source", [](Article& a) { a.date_source = "url"; }},
      {"author", [](Article& a) { a.author.reset(); }},
      {"encoding", [](Article& a) { a.encoding = "windows-1256"; }},
      {"lang", [](Article& a) { a.lang = "en"; }},
      {"title", [](Article& a) { a.title += "!"; }},
      {"body", [](Article& a) { a.body += " "; }},
      {"duplicate_of", [](Article& a) { a.duplicate_of = "a0"; }},
      {"error", [](Article& a) { a.error = "bad"; }},
      {"invalid_bytes", [](Article& a) { a.invalid_bytes = 1; }},
      {"sentence span", [](Article& a) { a.sentences[0].span.end = 16; }},
      {"sentences", [](Article& a) { a.sentences.clear(); }},
      {"entity span", [](Article& a) { a.entities[0].span.start = 11; }},
      {"entity type", [](Article& a) { a.entities[0].type = "ORG"; }},
      {"entity actor", [](Article& a) { a.entities[0].actor.clear(); }},
      {"event sentence", [](Article& a) { a.events[0].sentence = 1; }},
      {"event span", [](Article& a) { a.events[0].span.end = 16; }},
      {"event text", [](Article& a) { a.events[0].text = "زار"; }},
      {"source code", [](Article& a) { a.events[0].source.code = "IRQGOV"; }},
      {"target span", [](Article& a) { a.events[0].target.span = {10, 16}; }},
      {"verb text", [](Article& a) { a.events[0].verb.text = "زارت"; }},
      {"cameo", [](Article& a) { a.events[0].cameo = "043"; }},
      {"root", [](Article& a) { a.events[0].root = "03"; }},
      {"goldstein", [](Article& a) { a.events[0].goldstein = 2.0; }},
      {"quad_class", [](Article& a) { a.events[0].quad_class = 2; }},
      {"plover", [](Article& a) { a.events[0].plover.clear(); }},
      {"modality", [](Article& a) { a.events[0].modality = "negated"; }},
      {"place", [](Article& a) { a.events[0].place.reset(); }},
      {"place name", [](Article& a) { a.events[0].place->name = "Bagdad"; }},
      {"place adm1", [](Article& a) { a.events[0].place->adm1.clear(); }},
      {"place lat", [](Article& a) { a.events[0].place->lat = 33.4; }},
      {"place geonameid", [](Article& a) { a.events[0].place->geonameid = 1; }},
      {"place source", [](Article& a) { a.events[0].place->source = "dateline"; }},
      {"confidence", [](Article& a) { a.events[0].confidence = 0.7; }},
      {"events", [](Article& a) { a.events.clear(); }},
  };
  const std::uint64_t base = ContentHash(Sample());
  for (const auto& [field, change] : changes) {
    Article a = Sample();
    change(a);
    EXPECT_NE(ContentHash(a), base) << field;
  }
}

TEST(ContentHash, FieldBoundariesCount) {
  const std::string title = Sample().title, body = Sample().body;
  Article a = Sample(), b = Sample();
  a.title = title + body.substr(0, 1);  // the title takes the body's first byte
  a.body = body.substr(1);
  EXPECT_EQ(a.title + a.body, b.title + b.body);
  EXPECT_NE(ContentHash(a), ContentHash(b));
}

}  // namespace
}  // namespace marsad::store
