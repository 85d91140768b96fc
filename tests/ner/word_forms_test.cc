// Normalisation and clitic stripping the NER features are built on (table-driven).
#include "marsad/ner/internal/word_forms.h"

#include <gtest/gtest.h>

#include "marsad/core/core.h"

namespace marsad::ner {
namespace {

struct Row {
  const char* word;
  const char* expected;
};

TEST(NormalizeWord, FoldsLettersAndDropsMarks) {
  const Row rows[] = {
      {"أحمد", "احمد"},         {"إيران", "ايران"},       {"آسيا", "اسيا"},
      {"مصطفى", "مصطفي"},       {"القاهرة", "القاهره"},   {"الخارجيّة", "الخارجيه"},
      {"مُحَمَّد", "محمد"},         {"جـــدة", "جده"},         {"٢٠٢٦", "2026"},
      {"NATO", "nato"},         {"", ""},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(ToUtf8(NormalizeWord(ToU32(r.word))), r.expected) << r.word;
  }
}

// بغداد → غداد shows the price of stripping without a lexicon: the tagger always sees the
// full word as well, so the stripped form only adds evidence.
TEST(StripProclitics, RemovesConjunctionsPrepositionsAndArticle) {
  const Row rows[] = {
      {"وواشنطن", "واشنطن"}, {"لدمشق", "دمشق"},     {"وبالعراق", "عراق"}, {"للامم", "امم"},
      {"فالرياض", "رياض"},   {"كالعاده", "عاده"},   {"الاسد", "اسد"},     {"بغداد", "غداد"},
      {"بن", "بن"},           {"ال", "ال"},           {"وال", "ال"},          {"", ""},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(ToUtf8(StripProclitics(ToU32(r.word))), r.expected) << r.word;
  }
}

TEST(WordShape, ClassifiesCharacters) {
  EXPECT_EQ(WordShape(U"دمشق"), 'A');
  EXPECT_EQ(WordShape(U"2006"), 'D');
  EXPECT_EQ(WordShape(U"nato"), 'L');
  EXPECT_EQ(WordShape(U"«"), 'P');
  EXPECT_EQ(WordShape(U"و6"), 'M');
  EXPECT_EQ(WordShape(U""), 'P');
}

}  // namespace
}  // namespace marsad::ner
