// Title, site and author from the markup that states them, and the title without the site.
#include <gtest/gtest.h>

#include "marsad/extract/internal/dom.h"
#include "marsad/extract/internal/metadata.h"
#include "marsad/extract/internal/text_block.h"

namespace marsad::extract {
namespace {

PageMetadata Read(const std::string& html, std::optional<std::string> url = std::nullopt) {
  const Dom dom = Dom::Parse(html);
  const auto blocks = BlockCollector(dom).Collect(dom.body());
  return ReadMetadata(dom, blocks, url);
}

TEST(Title, OpenGraphFirstThenTwitterThenH1ThenTitleTag) {
  const std::string head = "<title>عنوان الوسم | الموقع</title>";
  EXPECT_EQ(Read("<head>" + head + "<meta property='og:title' content='عنوان أوبن جراف'>"
                 "<meta name='twitter:title' content='عنوان تويتر'></head><h1>عنوان رئيسي</h1>")
                .title,
            "عنوان أوبن جراف");
  EXPECT_EQ(Read("<head>" + head + "<meta name='twitter:title' content='عنوان تويتر'></head>"
                 "<h1>عنوان رئيسي</h1>")
                .title,
            "عنوان تويتر");
  EXPECT_EQ(Read("<head>" + head + "</head><body><h1>عنوان رئيسي</h1></body>").title,
            "عنوان رئيسي");
  EXPECT_EQ(Read("<head>" + head + "</head><body><p>نص</p></body>").title, "عنوان الوسم");
}

TEST(Title, UnclosedH1GivesItsOwnTextOnly) {
  EXPECT_EQ(Read("<body><h1>البرلمان يقر الموازنة<div><p>أقر البرلمان الموازنة العامة للدولة "
                 "بأغلبية الأعضاء بعد نقاش طويل.</p></div>")
                .title,
            "البرلمان يقر الموازنة");
}

TEST(Title, SiteNameRemovedFromEitherEnd) {
  EXPECT_EQ(StripSiteName("وزير المالية يستقيل | صحيفة الصباح", "صحيفة الصباح"),
            "وزير المالية يستقيل");
  EXPECT_EQ(StripSiteName("صحيفة الصباح - وزير المالية يستقيل", "صحيفة الصباح"),
            "وزير المالية يستقيل");
  EXPECT_EQ(StripSiteName("Finance minister resigns - example.com", ""),
            "Finance minister resigns");
  // No separator: nothing to strip; a hyphen inside a word is not a separator.
  EXPECT_EQ(StripSiteName("اتفاق وقف إطلاق النار", "الموقع"), "اتفاق وقف إطلاق النار");
  EXPECT_EQ(StripSiteName("Covid-19 cases rise", "site"), "Covid-19 cases rise");
}

TEST(Title, ThePartThePageRepeatsIsTheTitle) {
  // The site's name is unknown (no og:site_name, a host in Latin letters), but the page shows
  // the headline as a line of its own.
  const auto m = Read(
      "<head><title>وكالة أنباء الشمال | البرلمان يقر الموازنة</title></head><body>"
      "<div>وكالة أنباء الشمال</div><div>البرلمان يقر الموازنة</div>"
      "<p>أقر البرلمان الموازنة العامة للدولة بأغلبية الأعضاء.</p></body>");
  EXPECT_EQ(m.title, "البرلمان يقر الموازنة");
}

TEST(Site, HostOfTheUrlElseCanonicalElseSiteName) {
  EXPECT_EQ(Read("<p>x</p>", "https://www.eremnews.com/news/arab-world/123").site, "eremnews.com");
  EXPECT_EQ(Read("<head><link rel='canonical' href='https://News.Example.org/a/1'></head>").site,
            "news.example.org");
  EXPECT_EQ(Read("<head><meta property='og:site_name' content='بوابة الخليج'></head>").site,
            "بوابة الخليج");
  EXPECT_FALSE(Read("<p>نص</p>").site.has_value());
}

TEST(Author, MetaThenJsonLd) {
  EXPECT_EQ(Read("<head><meta name='author' content='بقلم: ليلى حسن'></head>").author,
            "ليلى حسن");
  EXPECT_EQ(Read("<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                 "\"author\":[{\"@type\":\"Person\",\"name\":\"سامي داود\"}]}</script></head>")
                .author,
            "سامي داود");
  EXPECT_FALSE(Read("<head><meta property='article:author' "
                    "content='https://facebook.com/someone'></head>")
                   .author.has_value());
}

TEST(Date, EachSourceInOrder) {
  EXPECT_EQ(Read("<head><script type='application/ld+json'>{\"@graph\":[{\"@type\":"
                 "\"NewsArticle\",\"datePublished\":\"2023-11-20T08:00:00+03:00\"}]}</script>"
                 "<meta property='article:published_time' content='2022-01-01'></head>")
                .date,
            "2023-11-20");
  EXPECT_EQ(Read("<head><meta property='article:published_time' content='2022-01-02T10:00'>"
                 "</head>")
                .date,
            "2022-01-02");
  EXPECT_EQ(Read("<body><h1>خبر</h1><time datetime='2021-05-06'>منذ يومين</time></body>").date,
            "2021-05-06");
  EXPECT_EQ(Read("<p>نص</p>", "https://a.example/2020/07/08/x").date, "2020-07-08");
  EXPECT_EQ(Read("<body><h1>خبر</h1><p>بيروت ٣ تشرين الأول ٢٠٢٣</p></body>").date,
            "2023-10-03");
  EXPECT_FALSE(Read("<body><h1>خبر</h1><p>لا تاريخ هنا</p></body>").date.has_value());
}

TEST(Metadata, BrokenJsonLdIsIgnored) {
  const auto m = Read("<head><script type='application/ld+json'>{\"datePublished\": </script>"
                      "<title>عنوان</title></head>");
  EXPECT_EQ(m.title, "عنوان");
  EXPECT_FALSE(m.date.has_value());
}

}  // namespace
}  // namespace marsad::extract
