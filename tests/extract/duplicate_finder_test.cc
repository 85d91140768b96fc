// Near-duplicate detection: a copy with a rewritten lede is a duplicate of the earliest
// article; a different article on the same subject is not.
#include <gtest/gtest.h>

#include <string>

#include "marsad/extract/extract.h"

namespace marsad::extract {
namespace {

// The writer's own article, five paragraphs.
const std::string kLede =
    "أعلنت وزارة الزراعة أمس عن خطة طارئة لدعم مزارعي القمح في سهل البقاع، بعد أن تراجعت "
    "كميات الأمطار هذا الشتاء إلى أقل من نصف معدلها السنوي.";
const std::string kRest =
    "\n\nوتقضي الخطة بتوزيع البذور المحسنة على المزارعين بأسعار مدعومة، وتأمين مضخات تعمل "
    "بالطاقة الشمسية للآبار الجماعية في القرى الأكثر تضررا من موجة الجفاف الحالية."
    "\n\nوقال مدير الإرشاد الزراعي إن الوزارة ستتابع تنفيذ الخطة مع البلديات، مؤكدا أن الهدف "
    "هو الحفاظ على المساحات المزروعة ومنع هجرة المزارعين من أراضيهم نحو المدن الكبرى."
    "\n\nمن جهتهم، رحب ممثلو التعاونيات الزراعية بالخطة، لكنهم طالبوا بتسريع صرف المستحقات "
    "المتأخرة منذ الموسم الماضي قبل حلول موعد الحصاد في شهر حزيران المقبل."
    "\n\nويذكر أن إنتاج القمح تراجع خلال السنوات الثلاث الأخيرة بسبب ارتفاع كلفة الأسمدة "
    "والمحروقات، ما دفع عددا من المزارعين إلى زراعة محاصيل أقل حاجة إلى المياه.";

// Another agency's copy: a different lede, the same body.
const std::string kRewrittenLede =
    "كشفت وزارة الزراعة عن خطة عاجلة لمساندة مزارعي القمح في البقاع إثر موسم أمطار ضعيف لم "
    "يتجاوز نصف المعدل المعتاد.";

// The same subject written independently.
const std::string kOtherArticle =
    "طالب مزارعو القمح في البقاع الحكومة بالتدخل لإنقاذ الموسم بعد شتاء جاف، وقالوا في "
    "اعتصام أمام السراي إن كلفة الري بالمضخات تفوق قدرتهم.\n\nورد وزير الزراعة بأن خطة "
    "للدعم قيد الإعداد وستعرض على مجلس الوزراء خلال أيام، من دون أن يكشف تفاصيلها.";

TEST(DuplicateFinder, RewrittenLedeIsANearDuplicateOfTheEarliest) {
  DuplicateFinder f;
  EXPECT_FALSE(f.FindAndAdd("a", kLede + kRest).has_value());
  EXPECT_FALSE(f.FindAndAdd("b", kOtherArticle).has_value());
  EXPECT_EQ(f.FindAndAdd("c", kRewrittenLede + kRest).value_or(""), "a");
}

TEST(DuplicateFinder, DifferentArticleOnTheSameSubjectIsNot) {
  DuplicateFinder f;
  f.FindAndAdd("a", kLede + kRest);
  EXPECT_FALSE(f.FindAndAdd("b", kOtherArticle).has_value());
}

TEST(DuplicateFinder, ExactCopyDespiteSpacingPunctuationAndDiacritics) {
  DuplicateFinder f;
  f.FindAndAdd("a", kLede + kRest);
  std::string copy = "  " + kLede + kRest + "  ";
  for (char& c : copy) {
    if (c == '\n') c = ' ';
  }
  EXPECT_EQ(f.FindAndAdd("b", copy).value_or(""), "a");
  // Short bodies (fewer than five words) can still be exact duplicates.
  f.FindAndAdd("s1", "خبر قصير جدا");
  EXPECT_EQ(f.FindAndAdd("s2", "خبر  قصير  جدا").value_or(""), "s1");
  EXPECT_FALSE(f.FindAndAdd("s3", "خبر قصير آخر").has_value());
}

TEST(DuplicateFinder, ChainsPointToTheEarliest) {
  DuplicateFinder f;
  f.FindAndAdd("first", kLede + kRest);
  EXPECT_EQ(f.FindAndAdd("second", kRewrittenLede + kRest).value_or(""), "first");
  EXPECT_EQ(f.FindAndAdd("third", kRewrittenLede + kRest + "\n\nوالمصدر وكالة الأنباء.")
                .value_or(""),
            "first");
}

TEST(DuplicateFinder, EmptyBodiesAreNeverDuplicates) {
  DuplicateFinder f;
  EXPECT_FALSE(f.FindAndAdd("a", "").has_value());
  EXPECT_FALSE(f.FindAndAdd("b", "").has_value());
  EXPECT_FALSE(f.FindAndAdd("c", " ، . ").has_value());
}

TEST(DuplicateFinder, SeededWithStoredFingerprints) {
  const BodyFingerprint stored = DuplicateFinder::Fingerprint(kLede + kRest);
  EXPECT_EQ(stored.minhash.size(), BodyFingerprint::kHashes);
  DuplicateFinder f;
  f.Add("stored-1", stored);
  EXPECT_EQ(f.Find(DuplicateFinder::Fingerprint(kRewrittenLede + kRest)).value_or(""),
            "stored-1");
  EXPECT_FALSE(f.Find(DuplicateFinder::Fingerprint(kOtherArticle)).has_value());
  // Fingerprints are stable: the same body gives the same values in every run.
  EXPECT_EQ(DuplicateFinder::Fingerprint(kLede + kRest).minhash, stored.minhash);
}

// Issue 18: thousands of near-identical pages (each differing in one word) stay linked to the
// first though each bucket keeps only its first entries, and the lookups stay fast.
TEST(DuplicateFinder, CrowdedBucketsStillLinkToTheEarliest) {
  DuplicateFinder finder;
  EXPECT_FALSE(finder.FindAndAdd("0", kLede + kRest));
  for (int i = 1; i < 3000; ++i) {
    const auto found = finder.FindAndAdd(std::to_string(i), kLede + kRest + " " + std::to_string(i));
    ASSERT_TRUE(found) << i;
    EXPECT_EQ(*found, "0") << i;
  }
}

}  // namespace
}  // namespace marsad::extract
