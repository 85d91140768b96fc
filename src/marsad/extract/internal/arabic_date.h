// Dates written in page text and URLs, for the article's publication date.
//
// Arabic pages write dates with Arabic-Indic or Latin digits and month names from two
// series: the Egyptian/Gulf one (يناير، فبراير، … ديسمبر), the Levantine/Iraqi one (كانون
// الثاني، شباط، آذار، … كانون الأول), and the Maghrebi spellings (جانفي، فيفري، أفريل، …).
// Many also give the Hijri date (٧ جمادى الأولى ١٤٤٥ هـ): it is recognised as Hijri, never read
// as a Gregorian date, and converted with the tabular Islamic calendar (±1–2 days against
// local moon sighting) only when a page gives no Gregorian date at all.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace marsad::extract {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1–12
  int day = 0;    // 1–31
  bool hijri_converted = false;  // came from a Hijri date
  std::string Iso() const;       // YYYY-MM-DD
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// A valid Gregorian date between 1990 and 2100.
std::optional<CivilDate> MakeDate(int year, int month, int day);

// "2023-11-20", "2023-11-20T08:00:00+03:00", "2023/11/20", "20231120" at the start of s.
std::optional<CivilDate> ParseIsoDate(std::string_view s);

// /2023/11/20/, /2023-11-20/, /20231120/, /2023/11/ (day 1 is not invented: needs a day).
std::optional<CivilDate> FindDateInUrl(std::string_view url);

// The first date written in running text: "٢٠ نوفمبر ٢٠٢٣", "20 تشرين الثاني 2023",
// "الاثنين 20/11/2023", "November 20, 2023", "20 Nov 2023". Gregorian dates win over Hijri
// dates in the same text; a Hijri-only text yields the converted date.
std::optional<CivilDate> FindDateInText(std::string_view utf8);

// Tabular Islamic (civil, epoch 16 July 622) to Gregorian.
CivilDate HijriToGregorian(int year, int month, int day);

}  // namespace marsad::extract
