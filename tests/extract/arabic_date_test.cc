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

// The row's date, or none where the row says none.
template <typename OptionalDate>
void ExpectDate(const Row& r, const OptionalDate& d) {
  if (r.iso == nullptr) {
    EXPECT_FALSE(d.has_value()) << r.text << " → " << d->Iso();
  } else {
    ASSERT_TRUE(d.has_value()) << r.text;
    EXPECT_EQ(d->Iso(), r.iso) << r.text;
  }
}

class DateInText : public ::testing::TestWithParam<Row> {};

TEST_P(DateInText, FindsTheWrittenDate) {
  const Row& r = GetParam();
  ExpectDate(r, FindDateInText(r.text));
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

// Umm al-Qura, the Saudi official calendar (ICU's islamic-umalqura): exact days, where the
// tabular arithmetic was a day or two off.
TEST(HijriToGregorian, UmmAlQuraDays) {
  struct Row {
    int y, m, d;
    const char* iso;
  };
  for (const Row& r : {Row{1445, 1, 1, "2023-07-19"}, Row{1444, 9, 1, "2023-03-23"},
                       Row{1436, 10, 5, "2015-07-21"}, Row{1445, 5, 7, "2023-11-21"},
                       Row{1436, 10, 1, "2015-07-17"}}) {
    const auto d = HijriToGregorian(r.y, r.m, r.d);
    ASSERT_TRUE(d.has_value()) << r.y << "-" << r.m << "-" << r.d;
    EXPECT_EQ(d->Iso(), r.iso) << r.y << "-" << r.m << "-" << r.d;
    EXPECT_TRUE(d->hijri_converted);
  }
  EXPECT_FALSE(HijriToGregorian(1436, 13, 1).has_value());
  EXPECT_FALSE(HijriToGregorian(1436, 10, 31).has_value());
}

// Hijri alone: recognised and converted, never read as Gregorian (7 Jumada I 1445 was
// 21 November 2023 in Umm al-Qura).
TEST(DateInText, HijriOnlyIsConvertedNotMisread) {
  for (const char* text : {"الخميس 7 جمادى الأولى 1445 هـ", "١٤٤٥/٥/٧ هـ"}) {
    const auto d = FindDateInText(text);
    ASSERT_TRUE(d.has_value()) << text;
    EXPECT_TRUE(d->hijri_converted);
    EXPECT_EQ(d->Iso(), "2023-11-21") << text;
  }
}

// A date as a field states it: one row per format users' data has.
class StatedDate : public ::testing::TestWithParam<Row> {};

TEST_P(StatedDate, ReadsTheDay) {
  const Row& r = GetParam();
  ExpectDate(r, ParseDate(r.text));
}

INSTANTIATE_TEST_SUITE_P(
    Formats, StatedDate,
    ::testing::Values(
        // ISO 8601, with a time, a zone, a space instead of T.
        Row{"2015-07-21", "2015-07-21"}, Row{"2015-07-21 02:51:32", "2015-07-21"},
        Row{"2015-07-21T02:51:32+03:00", "2015-07-21"}, Row{"2015-07-21T02:51:32.120Z", "2015-07-21"},
        // RFC 2822 (RSS pubDate, e-mail), with and without the weekday.
        Row{"Tue, 21 Jul 2015 02:51:32 +0300", "2015-07-21"},
        Row{"21 Jul 2015 02:51:32 GMT", "2015-07-21"},
        // Day first, as Arabic and European pages write it; two-digit years; the American order
        // when the day cannot be a month.
        Row{"21/07/2015", "2015-07-21"}, Row{"21-7-2015", "2015-07-21"},
        Row{"21.07.2015", "2015-07-21"}, Row{"21/07/15", "2015-07-21"},
        Row{"07/21/2015", "2015-07-21"}, Row{"٢١/٠٧/٢٠١٥", "2015-07-21"},
        // Month names, every regional series: Egyptian and Gulf, Levantine and Iraqi, Algerian
        // and Tunisian, Moroccan; Egyptian يوليه; the Levantine name without its article.
        Row{"الثلاثاء 21 يوليو 2015", "2015-07-21"}, Row{"21 يوليه 2015", "2015-07-21"},
        Row{"21 تموز 2015", "2015-07-21"}, Row{"21 جويلية 2015", "2015-07-21"},
        Row{"21 يوليوز 2015", "2015-07-21"}, Row{"3 غشت 2015", "2015-08-03"},
        Row{"7 شتنبر 2015", "2015-09-07"}, Row{"2 نونبر 2015", "2015-11-02"},
        Row{"9 دجنبر 2015", "2015-12-09"}, Row{"5 أوت 2015", "2015-08-05"},
        Row{"5 آب 2015", "2015-08-05"}, Row{"12 تشرين ثاني 2015", "2015-11-12"},
        Row{"١٢ كانون الأول ٢٠١٥", "2015-12-12"}, Row{"1 فيفري 2016", "2016-02-01"},
        Row{"July 21, 2015", "2015-07-21"},
        // Hijri, converted through Umm al-Qura.
        Row{"5 شوال 1436 هـ", "2015-07-21"}, Row{"الثلاثاء 5 شوال 1436", "2015-07-21"},
        // Not dates.
        Row{"", nullptr}, Row{"قريبا", nullptr}, Row{"2015-13-45", nullptr},
        Row{"45/13/2015", nullptr}));

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
