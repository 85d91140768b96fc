// Token classes, one table row per case: the text and the expected "token/kind" sequence.
#include <gtest/gtest.h>

#include "marsad/core/core.h"
#include "marsad/text/text.h"

namespace marsad::text {
namespace {

std::string Show(const std::string& text) {
  const std::u32string u = ToU32(text);
  std::string out;
  for (const Token& t : Tokenize(u)) {
    if (!out.empty()) out += ' ';
    out += ToUtf8(std::u32string_view(u).substr(t.span.start, t.span.size())) + "/" +
           TokenKindName(t.kind);
  }
  return out;
}

TEST(Tokenizer, FollowsTheTable) {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"وصل الوزير", "وصل/word الوزير/word"},
      {"كَتَبَ الـدرس", "كَتَبَ/word الـدرس/word"},
      {"عام 2015م", "عام/word 2015/number م/word"},
      {"٣٫٥ و3.5 و1,200", "٣٫٥/number و/word 3.5/number و/word 1,200/number"},
      {"ارتفع 12% و١٢٪", "ارتفع/word 12%/number و/word ١٢٪/number"},
      {"انتهى.", "انتهى/word ./punct"},
      {"قال: «نعم»، ثم...", "قال/word :/punct «/punct نعم/word »/punct ،/punct ثم/word .../punct"},
      {"هل؟ (نعم)", "هل/word ؟/punct (/punct نعم/word )/punct"},
      {"Barack Obama وal-Assad", "Barack/latin Obama/latin و/word al-Assad/latin"},
      {"F16 COVID19", "F16/latin COVID19/latin"},
      {"زوروا https://www.spa.gov.sa/news?id=5.",
       "زوروا/word https://www.spa.gov.sa/news?id=5/url ./punct"},
      {"www.aawsat.com، اليوم", "www.aawsat.com/url ،/punct اليوم/word"},
      {"راسلونا info@spa.gov.sa.", "راسلونا/word info@spa.gov.sa/email ./punct"},
      {"#السعودية #Saudi_News", "#السعودية/hashtag #Saudi_News/hashtag"},
      {"# وحدها", "#/punct وحدها/word"},
      {"100$ و€5", "100/number $/symbol و/word €/symbol 5/number"},
      {"\u200Fدمشق\u200E", "دمشق/word"},
      {"", ""},
  };
  for (const auto& [text, expected] : rows) EXPECT_EQ(Show(text), expected) << text;
}

TEST(Tokenizer, RangeLimitsTokensAndKeepsBodyOffsets) {
  const std::u32string body = ToU32("أولا ثانيا ثالثا");
  const auto tokens = Tokenize(body, {5, 10});
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].span, (Span{5, 10}));
  EXPECT_TRUE(Tokenize(body, {40, 50}).empty());
}

}  // namespace
}  // namespace marsad::text
