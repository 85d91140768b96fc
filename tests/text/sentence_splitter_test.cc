// Sentence boundaries, one table row per case: the body and the sentences expected, as text.
#include <gtest/gtest.h>

#include "marsad/core/core.h"
#include "marsad/text/text.h"

namespace marsad::text {
namespace {

struct Row {
  const char* name;
  const char* body;
  std::vector<std::string> sentences;
};

std::vector<std::string> Split(const std::string& body) {
  const std::u32string u = ToU32(body);
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(u))
    out.push_back(ToUtf8(std::u32string_view(u).substr(s.span.start, s.span.size())));
  return out;
}

TEST(SentenceSplitter, FollowsTheTable) {
  const std::vector<Row> rows = {
      {"full stop", "وصل الوزير. وبدأ الاجتماع.", {"وصل الوزير.", "وبدأ الاجتماع."}},
      {"arabic question mark",
       "هل انتهت الأزمة؟ لا أحد يعرف.",
       {"هل انتهت الأزمة؟", "لا أحد يعرف."}},
      {"latin question and exclamation",
       "ماذا حدث? لا شيء! انتهى",
       {"ماذا حدث?", "لا شيء!", "انتهى"}},
      {"arabic semicolon", "ارتفعت الأسعار؛ وتراجع الطلب", {"ارتفعت الأسعار؛", "وتراجع الطلب"}},
      {"repeated marks stay together", "حقا؟! نعم.", {"حقا؟!", "نعم."}},
      {"decimal number",
       "بلغ النمو 3.5 في المئة. وتوقع المزيد",
       {"بلغ النمو 3.5 في المئة.", "وتوقع المزيد"}},
      {"arabic-indic decimal", "سعر البرميل ٥٠.٢ دولار.", {"سعر البرميل ٥٠.٢ دولار."}},
      {"year at the end", "وقع ذلك عام 2015. ثم انتهى", {"وقع ذلك عام 2015.", "ثم انتهى"}},
      {"doctor abbreviation", "قال د. محمد علي إن الوضع صعب.", {"قال د. محمد علي إن الوضع صعب."}},
      {"professor abbreviation", "حاضر أ. سامي في الجامعة.", {"حاضر أ. سامي في الجامعة."}},
      {"po box", "العنوان ص.ب 1234 الرياض. اتصل بنا", {"العنوان ص.ب 1234 الرياض.", "اتصل بنا"}},
      {"latin initials",
       "زار U.S. Senator البلاد. ثم غادر",
       {"زار U.S. Senator البلاد.", "ثم غادر"}},
      {"closing quote stays", "قال: \"لن نتراجع.\" ثم غادر.", {"قال: \"لن نتراجع.\"", "ثم غادر."}},
      {"closing guillemet stays", "وأضاف «انتهى الأمر؟» وصمت.", {"وأضاف «انتهى الأمر؟»", "وصمت."}},
      {"no split inside parentheses",
       "أعلن المتحدث (وهو مسؤول. رفيع) الخبر. وانتهى",
       {"أعلن المتحدث (وهو مسؤول. رفيع) الخبر.", "وانتهى"}},
      {"closing bracket stays", "وصل الوفد (أمس.) ثم بدأ", {"وصل الوفد (أمس.)", "ثم بدأ"}},
      {"ellipsis continues", "كان الأمر... غريبا.", {"كان الأمر... غريبا."}},
      {"url dots", "زوروا www.spa.gov.sa للمزيد. شكرا", {"زوروا www.spa.gov.sa للمزيد.", "شكرا"}},
      {"missing space after stop", "انتهت الحرب.وقال الرئيس", {"انتهت الحرب.", "وقال الرئيس"}},
      {"list number", "1. البند الأول\n2. البند الثاني", {"1. البند الأول", "2. البند الثاني"}},
      {"heading between blank lines",
       "عنوان الخبر\n\nوصل الوزير اليوم. وبدأ",
       {"عنوان الخبر", "وصل الوزير اليوم.", "وبدأ"}},
      {"paragraphs", "الفقرة الأولى\n\n الفقرة الثانية ", {"الفقرة الأولى", "الفقرة الثانية"}},
      {"blank only", " \n\n \n", {}},
      {"empty", "", {}},
  };
  for (const Row& row : rows) EXPECT_EQ(Split(row.body), row.sentences) << row.name;
}

TEST(SentenceSplitter, StrayOpenBracketDoesNotSwallowTheParagraph) {
  std::string body = "بدأ (";
  for (int k = 0; k < 60; ++k) body += "كلام طويل ";
  body += "نهاية. بداية";
  EXPECT_EQ(Split(body).size(), 2u);
}

// n words "كلمة1 كلمة2 ..." (distinct, so a lost or doubled word shows), joined by sep.
std::string Words(std::size_t n, const std::string& sep = " ") {
  std::string out;
  for (std::size_t k = 0; k < n; ++k) out += (k ? sep : "") + "كلمة" + std::to_string(k);
  return out;
}

std::size_t CountWords(const std::string& s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char32_t c : ToU32(s)) {
    const bool space = c == U' ' || c == 0x00A0;
    n += !space && !in_word;
    in_word = !space;
  }
  return n;
}

TEST(SentenceSplitter, OverlongSentenceIsCutAtTheWordLimit) {
  const std::size_t limit = kMaxSentenceWords;
  for (const std::string sep : {" ", "\u00a0", "  "}) {
    const std::string body = Words(2 * limit + limit / 2, sep) + ". وانتهى";
    std::size_t cut = 0;
    const std::u32string u = ToU32(body);
    const auto sentences = SplitSentences(u, &cut);
    ASSERT_EQ(sentences.size(), 4u) << "separator " << sep.size() << " bytes";
    EXPECT_EQ(cut, 2u);
    std::vector<std::string> text;
    for (const Sentence& s : sentences)
      text.push_back(ToUtf8(std::u32string_view(u).substr(s.span.start, s.span.size())));
    EXPECT_EQ(CountWords(text[0]), limit);
    EXPECT_EQ(CountWords(text[1]), limit);
    EXPECT_EQ(CountWords(text[2]), limit / 2);
    EXPECT_TRUE(text[0].starts_with("كلمة0" + sep.substr(0, 1)));
    EXPECT_TRUE(text[1].starts_with("كلمة" + std::to_string(limit) + sep.substr(0, 1)));
    EXPECT_TRUE(text[2].ends_with("كلمة" + std::to_string(2 * limit + limit / 2 - 1) + "."));
    EXPECT_EQ(text[3], "وانتهى");
  }
}

TEST(SentenceSplitter, SentencesUpToTheLimitAreNotCut) {
  std::size_t cut = 0;
  // Exactly the limit, with trailing space and a line break: nothing left to cut off.
  const std::u32string body = ToU32(Words(kMaxSentenceWords) + "  \n" + Words(kMaxSentenceWords - 1) + ". آخر");
  const auto sentences = SplitSentences(body, &cut);
  EXPECT_EQ(cut, 0u);
  EXPECT_EQ(sentences.size(), 3u);
  EXPECT_EQ(SplitSentences(ToU32(Words(kMaxSentenceWords) + " "), &cut).size(), 1u);
  EXPECT_EQ(cut, 0u);
}

TEST(SentenceSplitter, SpansAreOrderedTrimmedAndInside) {
  const std::u32string body = ToU32(" أولا.  ثانيا؟\n\nثالثا ");
  const auto sentences = SplitSentences(body);
  ASSERT_EQ(sentences.size(), 3u);
  std::size_t last = 0;
  for (const Sentence& s : sentences) {
    EXPECT_GE(s.span.start, last);
    EXPECT_LE(s.span.end, body.size());
    EXPECT_NE(body[s.span.start], U' ');
    EXPECT_NE(body[s.span.end - 1], U' ');
    last = s.span.end;
  }
}

}  // namespace
}  // namespace marsad::text
