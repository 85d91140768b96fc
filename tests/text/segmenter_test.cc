// Clitic segmentation of hand-picked hard words, one row per word: the word and its
// expected segments joined by '+'. Uses the shipped model in data/text/.
#include <gtest/gtest.h>

#include "marsad/core/core.h"
#include "marsad/text/text.h"
#include "support/shipped_model.h"

namespace marsad::text {
namespace {

const Segmenter& Model() { return testing::ShippedModel<Segmenter>(); }

std::string Joined(const std::vector<std::u32string>& segments) {
  std::string out;
  for (const auto& s : segments) {
    if (!out.empty()) out += '+';
    out += ToUtf8(s);
  }
  return out;
}

TEST(Segmenter, HardWords) {
  const std::vector<std::pair<const char*, const char*>> rows = {
      // Words whose first letter looks like a proclitic but is part of the stem.
      {"بلد", "بلد"},
      {"وزير", "وزير"},
      {"وزارة", "وزارة"},
      {"ولد", "ولد"},
      {"بيت", "بيت"},
      {"فلسطين", "فلسطين"},
      {"كتابه", "كتاب+ه"},
      // Proclitic sequences; the article stays on its noun.
      {"وبالولايات", "و+ب+الولايات"},
      {"بالرياض", "ب+الرياض"},
      {"والحكومة", "و+الحكومة"},
      {"فإن", "ف+إن"},
      {"كرئيس", "ك+رئيس"},
      {"سيكون", "س+يكون"},
      {"وسيعلن", "و+س+يعلن"},
      // ل before the article drops the alef: ل + لسلطة.
      {"للسلطة", "ل+لسلطة"},
      // Enclitic pronouns, also after ta marbuta written ت.
      {"نشرتها", "نشرت+ها"},
      {"مدرستها", "مدرست+ها"},
      {"والده", "والد+ه"},
      {"عليهم", "علي+هم"},
      {"فيه", "في+ه"},
      {"لهم", "ل+هم"},
      {"بها", "ب+ها"},
      // ى is never the pronoun ي.
      {"مصطفى", "مصطفى"},
      // Rules outside the model: numbers, percent, tatweel, the bare article.
      {"و2015", "و+2015"},
      {"70%", "70+%"},
      {"ـلا", "ـ+لا"},
      {"الـ", "الـ"},
      {"Obama", "Obama"},
      {"،", "،"},
  };
  for (const auto& [word, expected] : rows)
    EXPECT_EQ(Joined(Model().Segment(ToU32(word))), expected) << word;
}

TEST(Segmenter, SegmentsConcatenateBackToTheWord) {
  for (const char* w : {"وَبِالوِلايَاتِ", "لِلسُّلْطَةِ", "والحـــكومة", "x", "ـ", "٧٠٪", "ب١٥"}) {
    std::u32string joined;
    for (const auto& s : Model().Segment(ToU32(w))) joined += s;
    EXPECT_EQ(ToUtf8(joined), w);
  }
  EXPECT_TRUE(Model().Segment(U"").empty());
}

TEST(Segmenter, TashkeelStaysWithItsLetter) {
  EXPECT_EQ(Joined(Model().Segment(ToU32("وَبِالوِلايَاتِ"))), "وَ+بِ+الوِلايَاتِ");
}

TEST(Segmenter, StemDropsClitics) {
  EXPECT_EQ(ToUtf8(Model().Stem(ToU32("وبالولايات"))), "الولايات");
  EXPECT_EQ(ToUtf8(Model().Stem(ToU32("نشرتها"))), "نشرت");
  EXPECT_EQ(ToUtf8(Model().Stem(ToU32("بلد"))), "بلد");
  EXPECT_EQ(ToUtf8(Model().Stem(ToU32("كتابه"))), "كتاب");
}

TEST(Segmenter, BadModelFilesAreErrors) {
  EXPECT_FALSE(Segmenter::Load("/nonexistent/segmenter.model").ok());
  const std::string lexicon = std::string(MARSAD_SOURCE_DIR) + "/data/text/lexicon.tsv";
  auto r = Segmenter::Load(lexicon);  // a file with the wrong header
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("not a segmenter model"), std::string::npos);
}

}  // namespace
}  // namespace marsad::text
