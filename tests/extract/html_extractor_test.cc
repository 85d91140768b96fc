// ExtractHtml on small hand-written pages: the article stays, the furniture goes.
#include <gtest/gtest.h>

#include "marsad/extract/extract.h"

namespace marsad::extract {
namespace {

Article FromHtml(const std::string& html, const std::string& url = "") {
  ingest::Page page;
  page.id = "t";
  page.kind = ingest::PageKind::kHtml;
  page.encoding = "UTF-8";
  page.content = html;
  if (!url.empty()) page.url = url;
  return Extract(page);
}

bool Has(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

TEST(HtmlExtractor, KeepsParagraphsDropsMenusAndFooter) {
  const Article a = FromHtml(
      "<html><head><title>وزير الري يزور السد | موقع النهار</title></head><body>"
      "<nav><a href='/'>الرئيسية</a><a href='/s'>سياسة</a></nav>"
      "<div class='story'><p>زار وزير الري السد الجديد صباح اليوم وتفقد سير العمل في المحطة.</p>"
      "<p>وقال الوزير إن المشروع سيوفر المياه لآلاف المزارعين في المحافظات الجنوبية.</p></div>"
      "<footer>جميع الحقوق محفوظة</footer></body></html>");
  EXPECT_TRUE(Has(a.body, "زار وزير الري السد الجديد")) << a.body;
  EXPECT_TRUE(Has(a.body, "\n\nوقال الوزير")) << a.body;
  EXPECT_FALSE(Has(a.body, "الرئيسية")) << a.body;
  EXPECT_FALSE(Has(a.body, "جميع الحقوق")) << a.body;
}

TEST(HtmlExtractor, EmptyAndBrokenMarkupDoNotCrash) {
  EXPECT_TRUE(FromHtml("").body.empty());
  FromHtml("<div><p>نص <b>غير <i>مغلق");
  FromHtml(std::string(5000, '<'));
  std::string deep;
  for (int i = 0; i < 3000; ++i) deep += "<div>";
  FromHtml(deep + "نص عميق");
}

TEST(HtmlExtractor, TruncatedAndNoisyPagesDoNotCrash) {
  const std::string page =
      "<html><head><title>عنوان | موقع</title><script type='application/ld+json'>"
      "{\"datePublished\":\"2024-01-02\",\"author\":{\"name\":\"كاتب\"}}</script>"
      "<style>p{}</style></head><body><!-- تعليق --><div class='article-body'>"
      "<h1>عنوان</h1><p>الفقرة الأولى من الخبر، وفيها ما يكفي من الكلمات لتكون نصا.</p>"
      "<script>var x = '</div>';</script><p>الفقرة الثانية في 3 آذار 2024.</p>"
      "<figure><figcaption>صورة</figcaption></figure></div><footer>حقوق</footer></body></html>";
  std::uint32_t seed = 12345;
  auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
  for (std::size_t cut = 0; cut <= page.size(); cut += 7) FromHtml(page.substr(0, cut));
  for (int round = 0; round < 200; ++round) {
    std::string noisy = page;
    for (int k = 0; k < 8; ++k) noisy[next() % noisy.size()] = static_cast<char>(next() & 0xFF);
    const Article a = FromHtml(noisy);
    EXPECT_LE(a.body.size(), noisy.size());
  }
}

// Issue 18: text nested deeper than the collector's depth limit (1,000) is kept, not dropped.
TEST(HtmlExtractor, ContentBelowTheDepthLimitIsKept) {
  std::string html = "<html><body>";
  for (int i = 0; i < 3000; ++i) html += "<div>";
  html += "<p>وقال الوزير في مؤتمر صحفي اليوم إن المحادثات مع الوفد كانت مثمرة وإيجابية.</p>";
  for (int i = 0; i < 3000; ++i) html += "</div>";
  html += "</body></html>";
  const Article a = FromHtml(html);
  EXPECT_NE(a.body.find("المحادثات مع الوفد"), std::string::npos) << a.body;
}

}  // namespace
}  // namespace marsad::extract
