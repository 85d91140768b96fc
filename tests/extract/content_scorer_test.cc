// The content scorer on small pages: which blocks are the article.
#include <gtest/gtest.h>

#include <string>

#include "marsad/extract/internal/content_scorer.h"
#include "marsad/extract/internal/furniture.h"
#include "marsad/extract/internal/text_stats.h"

namespace marsad::extract {
namespace {

std::string Body(const std::string& html, const std::string& title = "") {
  const Dom dom = Dom::Parse(html);
  std::string out;
  for (const TextBlock& b :
       ContentScorer(dom).Select(BlockCollector(dom).Collect(dom.body()), title)) {
    if (!out.empty()) out += "\n\n";
    out += b.text;
  }
  return out;
}

bool Has(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

// Three paragraphs of the writer's own prose for the pages below.
const std::string kP1 =
    "<p>عقد وزراء خارجية الدول المجاورة اجتماعا طارئا في العاصمة لبحث أزمة اللاجئين على "
    "الحدود، وسط دعوات إلى تقاسم الأعباء بين الدول المضيفة.</p>";
const std::string kP2 =
    "<p>وأكد البيان الختامي أن الحل يبدأ من وقف القتال في المناطق الحدودية، وأن المساعدات "
    "يجب أن تصل إلى المخيمات دون عوائق من أي طرف.</p>";
const std::string kP3 =
    "<p>ومن المقرر أن يعقد الوزراء اجتماعا ثانيا خلال الشهر المقبل لمتابعة تنفيذ ما اتفق "
    "عليه، بحضور ممثلين عن المنظمات الدولية.</p>";

TEST(TextStats, ProseHasStopWordsAndPunctuation) {
  EXPECT_TRUE(MeasureText("وقال الوزير إن الحكومة ستعمل على حل الأزمة في أقرب وقت ممكن، "
                          "مشيرا إلى أن المفاوضات مستمرة.")
                  .LooksLikeProse());
  EXPECT_TRUE(MeasureText("The minister said that the government would act on the crisis "
                          "as soon as possible.")
                  .LooksLikeProse());
  EXPECT_FALSE(MeasureText("الرئيسية محليات اقتصاد رياضة منوعات فيديو صور").LooksLikeProse());
}

TEST(Furniture, LabelsNoticesBylines) {
  EXPECT_TRUE(IsFurnitureLabel("اقرأ أيضاً:", 2));
  EXPECT_TRUE(IsFurnitureLabel("إقرأ أيضا: الحكومة تعلن خطة جديدة", 6));
  EXPECT_TRUE(IsFurnitureLabel("الأكثر قراءة", 2));
  EXPECT_TRUE(IsFurnitureLabel("Related Articles", 2));
  EXPECT_FALSE(IsFurnitureLabel("شارك آلاف المتظاهرين في مسيرة سلمية وسط المدينة", 8));
  EXPECT_TRUE(IsNotice("يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك", 8));
  EXPECT_TRUE(IsNotice("© 2024 جميع الحقوق محفوظة", 4));
  EXPECT_TRUE(IsBylineOrDateline("بقلم: نور الهدى", 3));
  EXPECT_TRUE(IsBylineOrDateline("By Jane Doe", 3));
  EXPECT_FALSE(IsBylineOrDateline("By the end of the year, prices had doubled across the region", 12));
}

TEST(ContentScorer, ArticleAmongLinkListsAndTeasers) {
  const std::string body = Body(
      "<body><div class='menu'><a href='/'>الرئيسية</a> <a href='/p'>سياسة</a></div>"
      "<div class='main'><div class='story'>" + kP1 + kP2 + kP3 + "</div>"
      "<div class='more'><h3>الأكثر قراءة</h3><ul><li><a href='/1'>ارتفاع أسعار الذهب في "
      "الأسواق المحلية</a></li><li><a href='/2'>نتائج مباريات الدوري</a></li></ul></div></div>"
      "<div class='footer'>جميع الحقوق محفوظة</div></body>");
  EXPECT_TRUE(Has(body, "عقد وزراء خارجية")) << body;
  EXPECT_TRUE(Has(body, "وأكد البيان الختامي")) << body;
  EXPECT_TRUE(Has(body, "ومن المقرر أن يعقد")) << body;
  EXPECT_FALSE(Has(body, "الرئيسية")) << body;
  EXPECT_FALSE(Has(body, "الأكثر قراءة")) << body;
  EXPECT_FALSE(Has(body, "أسعار الذهب")) << body;
  EXPECT_FALSE(Has(body, "جميع الحقوق")) << body;
  EXPECT_EQ(body.find("\n\n") != std::string::npos, true);
}

TEST(ContentScorer, SubheadingsInsideTheArticleStayTitleRepeatGoes) {
  const std::string body = Body("<body><article><h1>اجتماع طارئ للاجئين</h1>" + kP1 +
                                    "<h2>مطالب الدول المضيفة</h2>" + kP2 + kP3 +
                                    "</article></body>",
                                "اجتماع طارئ للاجئين");
  EXPECT_TRUE(Has(body, "مطالب الدول المضيفة\n\nوأكد البيان")) << body;
  EXPECT_FALSE(Has(body, "اجتماع طارئ للاجئين")) << body;
}

TEST(ContentScorer, ReadAlsoLinksCaptionsBylinesAndSharesGo) {
  const std::string body = Body(
      "<body><div class='article'><p class='byline'>بقلم: سعاد المصري</p>" + kP1 +
      "<figure><img src='a.jpg'><figcaption>الوزراء خلال الاجتماع</figcaption></figure>"
      "<p><strong>اقرأ أيضا:</strong> <a href='/x'>قمة عربية مرتقبة الشهر المقبل</a></p>" +
      kP2 + kP3 +
      "<div class='share-bar'>شارك: <a href='#'>فيسبوك</a> <a href='#'>واتساب</a></div>"
      "<div class='comments'><p>تعليق: هذا الاجتماع لن يغير شيئا على الأرض كما في كل مرة "
      "سابقة عقد فيها مثله، والحل معروف للجميع.</p></div></div></body>");
  EXPECT_TRUE(Has(body, "عقد وزراء خارجية")) << body;
  EXPECT_TRUE(Has(body, "ومن المقرر أن يعقد")) << body;
  for (const char* gone : {"بقلم", "الوزراء خلال الاجتماع", "قمة عربية مرتقبة", "واتساب",
                           "لن يغير شيئا"}) {
    EXPECT_FALSE(Has(body, gone)) << gone << "\n" << body;
  }
}

TEST(ContentScorer, LayoutNamesDoNotPruneTheArticle) {
  // "with-sidebar" and "header" name the article's wrapper on some sites.
  const std::string body = Body("<body><div class='content-with-sidebar'><div class='header-"
                                "wrap'>" + kP1 + kP2 + kP3 + "</div></div>"
                                "<div class='sidebar'><a href='/a'>رابط</a></div></body>");
  EXPECT_TRUE(Has(body, "عقد وزراء خارجية")) << body;
  EXPECT_TRUE(Has(body, "ومن المقرر أن يعقد")) << body;
}

TEST(ContentScorer, ArticleSplitBySiblingEmbedStaysWhole) {
  const std::string body = Body("<body><div class='wrap'><div class='part'>" + kP1 + kP2 +
                                "</div><div class='embed'><a href='/v'>فيديو</a></div>"
                                "<div class='part2'>" + kP3 + "</div></div>"
                                "<div class='teasers'><a href='/1'>خبر آخر</a></div></body>");
  EXPECT_TRUE(Has(body, "عقد وزراء خارجية")) << body;
  EXPECT_TRUE(Has(body, "ومن المقرر أن يعقد")) << body;
  EXPECT_FALSE(Has(body, "فيديو")) << body;
}

TEST(ContentScorer, ParagraphsLeftInsideAnUnclosedHeadingAreProse) {
  // Broken markup: the <h1> is never closed, so the story ends up inside it.
  const std::string body =
      Body("<body><h1>اجتماع طارئ للاجئين<div class='story'>" + kP1 + kP2 + kP3 + "</div>");
  EXPECT_TRUE(Has(body, "عقد وزراء خارجية")) << body;
  EXPECT_TRUE(Has(body, "ومن المقرر أن يعقد")) << body;
}

TEST(ContentScorer, NoProseMeansNoBodyNotACrash) {
  EXPECT_EQ(Body("<body><a href='/'>الرئيسية</a></body>"), "");
  EXPECT_EQ(Body(""), "");
}

}  // namespace
}  // namespace marsad::extract
