#include <gtest/gtest.h>

#include "marsad/core/core.h"

namespace marsad {
namespace {

TEST(Utf8, RoundTripsArabicAndLatin) {
  const std::string s = "دمشق and واشنطن 2014";
  EXPECT_EQ(ToUtf8(ToU32(s)), s);
  EXPECT_EQ(CodePointCount(s), 20u);
}

TEST(Utf8, SubstringUsesCodePointOffsets) {
  const std::string s = "في دمشق اليوم";
  EXPECT_EQ(Substring(s, {3, 7}), "دمشق");
  EXPECT_EQ(Substring(s, {8, 13}), "اليوم");
  EXPECT_EQ(Substring(s, {20, 25}), "");
}

TEST(Utf8, InvalidBytesAreReplacedAndCounted) {
  std::string s = "ab\xff\xfe" "c\xd8";  // two stray bytes and a truncated sequence
  EXPECT_EQ(SanitizeUtf8(s), 3u);
  EXPECT_EQ(s, "ab\xEF\xBF\xBD\xEF\xBF\xBD" "c\xEF\xBF\xBD");
  EXPECT_EQ(ToU32("\xC0\xAF"), std::u32string(U"\uFFFD\uFFFD"));  // overlong '/'
}

TEST(Article, JsonRoundTripKeepsEveryField) {
  Article a;
  a.id = "x1";
  a.source_path = "samples/a.html";
  a.site = "example.com";
  a.title = "عنوان";
  a.body = "نص المقال";
  a.sentences.push_back({{0, 9}});
  a.entities.push_back({{0, 2}, "نص", "LOC", "SYR"});
  Event e;
  e.cameo = "064";
  e.root = "06";
  e.source = {"واشنطن", "USAGOV", {1, 7}};
  a.events.push_back(e);
  const std::string line = ToJsonLine(a, {true, true, true});
  auto back = ArticleFromJson(line);
  ASSERT_TRUE(back.ok()) << back.error();
  EXPECT_EQ(back->title, a.title);
  EXPECT_EQ(back->site, a.site);
  EXPECT_FALSE(back->url.has_value());
  ASSERT_EQ(back->entities.size(), 1u);
  EXPECT_EQ(back->entities[0].actor, "SYR");
  ASSERT_EQ(back->events.size(), 1u);
  EXPECT_EQ(back->events[0].cameo, "064");
  EXPECT_EQ(back->events[0].source.code, "USAGOV");
  EXPECT_NE(line.find("\"cameo\":\"064\""), std::string::npos);
}

TEST(Article, WrongFieldTypesAreAnErrorNotACrash) {
  EXPECT_FALSE(ArticleFromJson("[1,2]").ok());
  EXPECT_FALSE(ArticleFromJson("{\"sentences\":[{\"start\":\"x\"}]}").ok());
}

}  // namespace
}  // namespace marsad
