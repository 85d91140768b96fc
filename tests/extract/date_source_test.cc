// Where an article's date comes from, one test per source, in the order they are tried: the
// input's own field (JSONL), the page's metadata, its URL, a date written near the headline,
// and the WARC-Date of the fetch as the last resort. Also the site and author.
#include <gtest/gtest.h>

#include "marsad/extract/extract.h"

namespace marsad::extract {
namespace {

ingest::Page HtmlPage(const std::string& html, std::optional<std::string> url = std::nullopt) {
  ingest::Page page;
  page.id = "p";
  page.kind = ingest::PageKind::kHtml;
  page.encoding = "UTF-8";
  page.content = html;
  page.url = std::move(url);
  return page;
}

ingest::Page TextPage(std::optional<std::string> date, std::string field = "date") {
  ingest::Page page;
  page.id = "t";
  page.kind = ingest::PageKind::kText;
  page.encoding = "UTF-8";
  page.content = "قال الوزير إن المحادثات ستستمر.";
  page.date = std::move(date);
  page.date_field = std::move(field);
  return page;
}

const std::string kBody =
    "<body><h1>الوزير يزور المدينة</h1><p>قال الوزير في مؤتمر صحفي إن المحادثات ستستمر "
    "خلال الأسبوع المقبل في العاصمة.</p></body>";

void ExpectDate(const Article& a, const char* date, const char* source) {
  EXPECT_EQ(a.date.value_or("(none)"), date);
  EXPECT_EQ(a.date_source.value_or("(none)"), source);
}

TEST(DateSource, JsonlFieldInAnyFormat) {
  for (const char* stated : {"2015-07-21 02:51:32", "Tue, 21 Jul 2015 02:51:32 +0300",
                             "21/07/2015", "الثلاثاء 21 يوليو 2015", "21 تموز 2015",
                             "5 شوال 1436 هـ"}) {
    SCOPED_TRACE(stated);
    const Article a = Extract(TextPage(stated));
    ExpectDate(a, "2015-07-21", "jsonl");
    EXPECT_TRUE(a.warnings.empty());
  }
}

TEST(DateSource, JsonlFieldWinsOverThePage) {
  ingest::Page page = HtmlPage(
      "<head><meta property='article:published_time' content='2015-07-01'></head>" + kBody);
  page.date = "2015-07-21";
  page.date_field = "published";
  ExpectDate(Extract(page), "2015-07-21", "jsonl");
}

TEST(DateSource, UnreadableJsonlDateIsAWarningNotASilentNull) {
  ingest::Page page = TextPage("قريبا", "pubDate");
  page.url = "https://news.example/2015/07/21/story";
  const Article a = Extract(page);
  ASSERT_EQ(a.warnings.size(), 1u);
  EXPECT_NE(a.warnings[0].find("pubDate"), std::string::npos) << a.warnings[0];
  EXPECT_NE(a.warnings[0].find("قريبا"), std::string::npos) << a.warnings[0];
  ExpectDate(a, "2015-07-21", "url");  // the next source still answers
}

TEST(DateSource, HtmlMetaPublishedTime) {
  ExpectDate(Extract(HtmlPage("<head><meta property='article:published_time' "
                              "content='2015-07-21T02:51:32+03:00'></head>" + kBody)),
             "2015-07-21", "html");
}

TEST(DateSource, HtmlMetaInRfc2822) {
  ExpectDate(Extract(HtmlPage("<head><meta name='pubdate' content='Tue, 21 Jul 2015 02:51:32 "
                              "GMT'></head>" + kBody)),
             "2015-07-21", "html");
}

TEST(DateSource, JsonLdDatePublished) {
  ExpectDate(Extract(HtmlPage("<head><script type='application/ld+json'>{\"@type\": "
                              "\"NewsArticle\", \"datePublished\": \"2015-07-21T08:00:00Z\"}"
                              "</script></head>" + kBody)),
             "2015-07-21", "html");
}

TEST(DateSource, TimeElementDatetime) {
  ExpectDate(Extract(HtmlPage("<body><h1>الوزير يزور المدينة</h1><time datetime='2015-07-21'>"
                              "منذ ساعتين</time><p>قال الوزير في مؤتمر صحفي إن المحادثات "
                              "ستستمر خلال الأسبوع المقبل.</p></body>")),
             "2015-07-21", "html");
}

TEST(DateSource, Url) {
  ExpectDate(Extract(HtmlPage(kBody, "https://news.example/ar/2015/07/21/story")), "2015-07-21",
             "url");
  ingest::Page text = TextPage(std::nullopt, "");
  text.url = "https://news.example/ar/2015-07-21-story";
  ExpectDate(Extract(text), "2015-07-21", "url");
}

TEST(DateSource, DateWrittenNearTheHeadline) {
  ExpectDate(Extract(HtmlPage("<body><h1>الوزير يزور المدينة</h1><p>الثلاثاء 21 تموز 2015</p>"
                              "<p>قال الوزير في مؤتمر صحفي إن المحادثات ستستمر خلال الأسبوع "
                              "المقبل.</p></body>")),
             "2015-07-21", "text");
}

TEST(DateSource, TextDumpDateLine) {
  ingest::Page page;
  page.id = "d";
  page.kind = ingest::PageKind::kTextDump;
  page.encoding = "UTF-8";
  page.content =
      "الوزير يزور المدينة\n21 جويلية 2015\nقال الوزير في مؤتمر صحفي إن المحادثات ستستمر "
      "خلال الأسبوع المقبل في العاصمة، وإن الوفد سيعود بعد ذلك إلى بلاده.\n";
  ExpectDate(Extract(page), "2015-07-21", "text");
}

TEST(DateSource, WarcDateIsTheLastResort) {
  ingest::Page page = HtmlPage(kBody, "https://news.example/story");
  page.fetch_date = "2015-07-21T02:51:32Z";
  ExpectDate(Extract(page), "2015-07-21", "warc");
  // A date the page states wins over when it was fetched.
  page.content = "<head><meta property='article:published_time' content='2015-07-20'></head>" +
                 kBody;
  ExpectDate(Extract(page), "2015-07-20", "html");
}

TEST(DateSource, NoneIsNull) {
  const Article a = Extract(TextPage(std::nullopt, ""));
  EXPECT_FALSE(a.date);
  EXPECT_FALSE(a.date_source);
  EXPECT_TRUE(a.warnings.empty());
}

TEST(Site, UrlHostElseTheDatasetsSource) {
  ingest::Page page = TextPage("2015-07-21");
  page.url = "http://www.Aawsat.com/home/article/410826";
  page.site = "aawsat";
  EXPECT_EQ(Extract(page).site.value_or(""), "aawsat.com");
  page.url.reset();
  EXPECT_EQ(Extract(page).site.value_or(""), "aawsat");
}

TEST(Author, TheInputsBylineIsKept) {
  ingest::Page page = TextPage("2015-07-21");
  page.author = "لندن: كاتب المقال";
  EXPECT_EQ(Extract(page).author.value_or(""), "لندن: كاتب المقال");
}

}  // namespace
}  // namespace marsad::extract
