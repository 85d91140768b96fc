// Word keys and clitic readings: what the matcher looks up for each word of the text.
#include "marsad/actors/internal/actor_words.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace marsad::actors {
namespace {

std::set<std::u32string> ReadingsOf(std::u32string_view word, bool first) {
  WordList list;
  ScanWords(word, {0, word.size()}, list);
  EXPECT_EQ(list.words.size(), 1u);
  Reading r[8];
  const int n = Readings(list.Key(list.words[0]), first, r);
  std::set<std::u32string> out;
  for (int i = 0; i < n; ++i) out.emplace(ReadingKey(list.Key(list.words[0]), r[i]));
  return out;
}

TEST(ActorWords, KeysUnifyLettersAndDropMarks) {
  WordList list;
  const std::u32string text = U"أَمِيرْكَا، إيران ــ سورية مستشفى";
  ScanWords(text, {0, text.size()}, list);
  ASSERT_EQ(list.words.size(), 4u);
  EXPECT_EQ(list.Key(list.words[0]), U"اميركا");
  EXPECT_EQ(list.Key(list.words[1]), U"ايران");
  EXPECT_FALSE(list.words[1].joined_to_previous);  // a comma between
  EXPECT_EQ(list.Key(list.words[2]), U"سوريه");
  EXPECT_EQ(list.Key(list.words[3]), U"مستشفي");
  EXPECT_EQ(list.words[2].span.start, 21u);  // the tatweel-only word has no key and is skipped
}

// عبدالله is keyed as عبد الله: two words, the second joined to the first, spans covering the
// written word; عبد alone or عبدة are left whole.
TEST(ActorWords, JoinedAbdNamesAreTwoWords) {
  WordList list;
  const std::u32string body = U"وعبدالله عبد عبدة";
  ScanWords(body, {0, body.size()}, list);
  ASSERT_EQ(list.words.size(), 4u);
  EXPECT_EQ(list.Key(list.words[0]), U"وعبد");
  EXPECT_EQ(list.Key(list.words[1]), U"الله");
  EXPECT_TRUE(list.words[1].joined_to_previous);
  EXPECT_EQ(list.words[0].span.start, 0u);
  EXPECT_EQ(list.words[1].span.end, 8u);
  EXPECT_EQ(list.Key(list.words[2]), U"عبد");
  EXPECT_EQ(list.Key(list.words[3]), U"عبده");
}

TEST(ActorWords, ReadingsStripProcliticsAndArticle) {
  const auto r = ReadingsOf(U"وبالولايات", true);
  EXPECT_TRUE(r.count(U"وبالولايات"));
  EXPECT_TRUE(r.count(U"ولايات"));
  EXPECT_TRUE(ReadingsOf(U"للأمم", false).count(U"امم"));
  EXPECT_TRUE(ReadingsOf(U"لدمشق", true).count(U"دمشق"));
  EXPECT_TRUE(ReadingsOf(U"فالعراق", true).count(U"عراق"));
  EXPECT_TRUE(ReadingsOf(U"كالعراق", true).count(U"العراق"));
}

TEST(ActorWords, ConjunctionOnlyOnTheFirstWord) {
  EXPECT_TRUE(ReadingsOf(U"وواشنطن", true).count(U"واشنطن"));
  EXPECT_FALSE(ReadingsOf(U"وواشنطن", false).count(U"واشنطن"));
}

TEST(ActorWords, NamesBeginningWithCliticLettersStayWhole) {
  EXPECT_TRUE(ReadingsOf(U"لبنان", true).count(U"لبنان"));
  EXPECT_TRUE(ReadingsOf(U"بغداد", true).count(U"بغداد"));
  EXPECT_FALSE(ReadingsOf(U"كنيل", true).count(U"نيل"));  // ك only before ال
  for (const auto& k : ReadingsOf(U"وبل", true)) EXPECT_GE(k.size(), 2u);
}

TEST(ActorWords, InnerWordsAlsoReadWithoutEndings) {
  EXPECT_TRUE(ReadingsOf(U"الأميركية", false).count(U"اميركي"));
  EXPECT_TRUE(ReadingsOf(U"السوريين", false).count(U"سوري"));
  EXPECT_FALSE(ReadingsOf(U"الأميركية", true).count(U"اميركي"));
}

TEST(ActorWords, PhraseKeyAndDates) {
  EXPECT_EQ(PhraseKey(U"مجلس الأمن  الدولي"), U"مجلس امن دولي");
  // A hamza on the alef: the ال of ألماني is the word's own, not an article.
  EXPECT_EQ(PhraseKey(U"وزير ألماني"), U"وزير الماني");
  EXPECT_EQ(PhraseKey(U"المانيا"), U"مانيا");
  EXPECT_EQ(DateNumber(std::string_view("2014-06-08")), 20140608);
  EXPECT_EQ(DateNumber(std::string_view("2014-6-8")), 0);
  EXPECT_EQ(DateNumber(std::optional<std::string>()), 0);
}

TEST(ActorWords, RangeOutsideTheTextIsEmpty) {
  WordList list;
  ScanWords(U"دمشق", {10, 20}, list);
  EXPECT_TRUE(list.words.empty());
}

}  // namespace
}  // namespace marsad::actors
