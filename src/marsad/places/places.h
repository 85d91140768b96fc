// marsad/places: where each event happened, from a gazetteer of Arabic place names.
//
// The gazetteer (data/places/gazetteer.tsv, built by tools/gazetteer/build_gazetteer.mjs from
// ../shared/data/gazetteer and GeoNames) maps normalised Arabic names of countries and cities
// to a country code, a GeoNames admin-1 code, a point and a GeoNames id. PlaceEvents() gives
// each event the place its sentence names, in this order of preference:
//
//   1. a place after a locative word: في بغداد، ببغداد، وفي بغداد، قرب الموصل، بمدينة حلب
//   2. any other place named in the sentence (a destination, a bare name) that is not one of
//      the event's actors
//   3. the article's dateline ("بغداد - رويترز:" at the head of the body)
//   4. a place that is the event's source or target (دعت مصر ...: Egypt as an actor)
//   5. a country named by its adjective (العراقي، السورية): a nisba is an actor's origin, not
//      where something happened, so it counts only when nothing else does
//
// and, within a rank, the one nearest the event's verb. Names that are also common words
// (البحر، القصر) are places only in rank 1. Matching is on text::NormalizeKey forms with the
// proclitics و ف ب ل ك (and لل for ال) taken off, longest name first (الولايات المتحدة
// before a shorter one). Offsets are code points of the body, like every span.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/core/core.h"

namespace marsad::places {

// One gazetteer row.
struct GazetteerEntry {
  std::string arabic;   // the name as listed
  std::string kind;     // "country" or "city"
  std::string alpha3;   // ISO 3166-1 alpha-3 ("IRQ"), the country part of actor codes
  std::string alpha2;   // ISO 3166-1 alpha-2 ("IQ")
  std::string adm1;     // GeoNames admin-1 code within the country ("07"), or empty
  double lat = 0;
  double lon = 0;
  std::int64_t geonameid = 0;  // 0 for countries and towns without one
  std::string english;         // "Baghdad", "Iraq"
  bool needs_cue = false;      // a common word too: a place only after a locative word
};

// A place named in the text.
struct PlaceMention {
  Span span;            // the name without its proclitic ("بغداد" of "ببغداد")
  std::size_t entry = 0;  // index into Gazetteer::entries()
  bool cue = false;     // after a locative word (في، ب، قرب ...)
  bool nisba = false;   // named by its adjective (العراقية)
};

class Gazetteer {
 public:
  // Reads a gazetteer file (its first line "# marsad places gazetteer v1"). The error names
  // the file and line.
  static Result<Gazetteer> Load(const std::string& path);
  static Result<Gazetteer> LoadDefault();  // DataDir()/places/gazetteer.tsv
  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;
  ~Gazetteer();

  const std::vector<GazetteerEntry>& entries() const;
  // The entry of a normalised or written name, exactly (no clitics taken off).
  std::optional<std::size_t> Find(std::string_view name) const;
  // The country entry of an alpha-3 code, for actors' countries.
  std::optional<std::size_t> Country(std::string_view alpha3) const;

  // Every place named in body[range], in text order, no overlaps. Thread-safe.
  std::vector<PlaceMention> FindPlaces(std::u32string_view body, Span range) const;
  // The place of the article's dateline ("الرياض - واس:", "(القاهرة) ـ") at the start of the
  // body, if any.
  std::optional<PlaceMention> Dateline(std::u32string_view body) const;

  // The contract's Place for a mention (source "sentence" or "dateline").
  Place ToPlace(std::u32string_view body, const PlaceMention& m, const char* source) const;
  // A country-level Place without a span (an actor's country), or nullopt if unknown.
  std::optional<Place> CountryPlace(std::string_view alpha3) const;

 private:
  Gazetteer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Sets Event::place on each event from its sentence (sentences[event.sentence]) and the
// article's dateline, by the ranks above; leaves it empty when neither names a known place.
void PlaceEvents(const Gazetteer& gazetteer, std::u32string_view body,
                 const std::vector<Sentence>& sentences, std::vector<Event>& events);

}  // namespace marsad::places
