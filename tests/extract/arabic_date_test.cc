// Dates in text, URLs and ISO strings: one row per written form.
#include <gtest/gtest.h>

#include <cstdlib>

#include "marsad/extract/internal/arabic_date.h"

namespace marsad::extract {
namespace {

struct Row {
  const char* text;
  const char* iso;  // nullptr: no date must be found
};

class DateInText : public ::testing::TestWithParam<Row> {};

TEST_P(DateInText, FindsTheWrittenDate) {
  const Row& r = GetParam();
  const auto d = FindDateInText(r.text);
  if (r.iso == nullptr) {
    EXPECT_FALSE(d.has_value()) << r.text << " → " << d->Iso();
  } else {
    ASSERT_TRUE(d.has_value()) << r.text;
    EXPECT_EQ(d->Iso(), r.iso) << r.text;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Forms, DateInText,
    ::testing::Values(
        // Egyptian/Gulf month names, Latin and Arabic-Indic digits.
        Row{"القاهرة في 5 مارس 2024", "2024-03-05"},
        Row{"الاثنين ٢٠ نوفمبر ٢٠٢٣ - ١٠:٣٠ ص", "2023-11-20"},
        Row{"نشر في 1 أغسطس، 2022", "2022-08-01"},  // comma before the year
        Row{"١ إبريل ٢٠٢١", "2021-04-01"},            // إبريل and أبريل both
        Row{"٣ أبريل ٢٠٢١", "2021-04-03"},
        // Levantine/Iraqi month names, including the two-word ones.
        Row{"بيروت، 14 كانون الثاني 2025", "2025-01-14"},
        Row{"دمشق ٣ تشرين الأول ٢٠٢٣", "2023-10-03"},
        Row{"في 9 آب 2020 وقع الانفجار", "2020-08-09"},
        Row{"٢٨ شباط ٢٠٢٤", "2024-02-28"},
        // Both series together: "نوفمبر/تشرين الثاني".
        Row{"الأحد 12 نوفمبر/تشرين الثاني 2023", "2023-11-12"},
        // Maghrebi names.
        Row{"تونس في 3 جوان 2024", "2024-06-03"},
        // Numeric, day first as Arabic pages write them, and year first.
        Row{"السبت 20/11/2023 الساعة 10", "2023-11-20"},
        Row{"٢٠٢٣/١١/٢٠", "2023-11-20"},
        Row{"31/02/2023", nullptr},  // no 31 February
        // Hijri and Gregorian together: the Gregorian date wins.
        Row{"الخميس 7 جمادى الأولى 1445 هـ - 21 نوفمبر 2023 م", "2023-11-21"},
        Row{"1 رمضان 1444 الموافق 23 مارس 2023", "2023-03-23"},
        // English.
        Row{"Published November 19, 2019 at 9:45 am", "2019-11-19"},
        Row{"19 Nov 2019", "2019-11-19"},
        // No date.
        Row{"قتل 20 شخصا في 2023 حادثا", nullptr}, Row{"", nullptr}));

TEST(HijriToGregorian, KnownNewYears) {
  // 1 Muharram 1445 was 19 July 2023, 1 Ramadan 1444 was 23 March 2023 (Saudi calendar); the
  // tabular calendar may differ from sighting by a day or two.
  auto near = [](const CivilDate& d, int y, int m, int day) {
    return d.year == y && d.month == m && std::abs(d.day - day) <= 2;
  };
  EXPECT_TRUE(near(HijriToGregorian(1445, 1, 1), 2023, 7, 19)) << HijriToGregorian(1445, 1, 1).Iso();
  EXPECT_TRUE(near(HijriToGregorian(1444, 9, 1), 2023, 3, 23)) << HijriToGregorian(1444, 9, 1).Iso();
}

// Hijri alone: recognised and converted, never read as Gregorian (7 Jumada I 1445 was
// 21 November 2023; the tabular calendar may be a day or two off sighting).
TEST(DateInText, HijriOnlyIsConvertedNotMisread) {
  for (const char* text : {"الخميس 7 جمادى الأولى 1445 هـ", "١٤٤٥/٥/٧ هـ"}) {
    const auto d = FindDateInText(text);
    ASSERT_TRUE(d.has_value()) << text;
    EXPECT_TRUE(d->hijri_converted);
    EXPECT_EQ(d->year, 2023) << d->Iso();
    EXPECT_EQ(d->month, 11) << d->Iso();
    EXPECT_LE(std::abs(d->day - 21), 2) << d->Iso();
  }
}

TEST(ParseIsoDate, Forms) {
  EXPECT_EQ(ParseIsoDate("2023-11-20T08:00:00+03:00")->Iso(), "2023-11-20");
  EXPECT_EQ(ParseIsoDate("2023/11/20")->Iso(), "2023-11-20");
  EXPECT_EQ(ParseIsoDate("20231120")->Iso(), "2023-11-20");
  EXPECT_FALSE(ParseIsoDate("2023-13-01").has_value());
  EXPECT_FALSE(ParseIsoDate("Nov 20").has_value());
  EXPECT_FALSE(ParseIsoDate("").has_value());
}

TEST(FindDateInUrl, Forms) {
  EXPECT_EQ(FindDateInUrl("https://x.example/ar/2024/03/05/slug")->Iso(), "2024-03-05");
  EXPECT_EQ(FindDateInUrl("https://x.example/news/2024-03-05-slug")->Iso(), "2024-03-05");
  EXPECT_EQ(FindDateInUrl("https://x.example/a/20240305/slug")->Iso(), "2024-03-05");
  EXPECT_FALSE(FindDateInUrl("https://x.example/article/1234567890").has_value());
  EXPECT_FALSE(FindDateInUrl("https://x.example/2024/03/").has_value());
}

}  // namespace
}  // namespace marsad::extract
