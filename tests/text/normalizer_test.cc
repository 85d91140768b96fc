// Normalisation steps, one table row per rule: input, options changed from the default,
// expected normalised text. Then the offset-map properties over random and real text.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <random>

#include "marsad/core/core.h"
#include "marsad/text/text.h"

namespace marsad::text {
namespace {

struct Row {
  const char* name;
  const char* input;
  const char* expected;
  std::function<void(NormalizeOptions&)> configure;
};

const std::vector<Row>& Rows() {
  static const std::vector<Row> rows = {
      {"alef forms unify", "أحمد إلى آخر ٱلكتاب", "احمد الي اخر الكتاب", nullptr},
      {"alef kept when off", "أحمد", "أحمد", [](NormalizeOptions& o) { o.unify_alef = false; }},
      {"alef maqsura to ya", "مصطفى", "مصطفي", nullptr},
      {"alef maqsura kept when off", "مصطفى", "مصطفى",
       [](NormalizeOptions& o) { o.alef_maqsura_to_ya = false; }},
      {"ta marbuta kept by default", "مدرسة", "مدرسة", nullptr},
      {"ta marbuta to ha when on", "مدرسة", "مدرسه",
       [](NormalizeOptions& o) { o.ta_marbuta_to_ha = true; }},
      {"tatweel removed", "الحـــرب", "الحرب", nullptr},
      {"tatweel kept when off", "الحـرب", "الحـرب",
       [](NormalizeOptions& o) { o.remove_tatweel = false; }},
      {"tashkeel removed", "كَتَبَ الطُّلّابُ دَرْسًا", "كتب الطلاب درسا", nullptr},
      {"superscript alef removed", "هٰذا", "هذا", nullptr},
      {"tashkeel kept when off", "كَتَبَ", "كَتَبَ",
       [](NormalizeOptions& o) { o.remove_tashkeel = false; }},
      {"persian yeh and keheh", "کتاب ایران", "كتاب ايران", nullptr},
      {"persian kept when off", "کتاب", "کتاب",
       [](NormalizeOptions& o) { o.persian_letters = false; }},
      {"arabic-indic digits", "عام ٢٠١٥ و۱۳۹۴", "عام 2015 و1394", nullptr},
      {"arabic decimal and percent", "٣٫٥٪", "3.5%", nullptr},
      {"digits kept when off", "٢٠١٥", "٢٠١٥", [](NormalizeOptions& o) { o.ascii_digits = false; }},
      {"lam-alef ligature expands", "\uFEFB\uFEE3", "لام", nullptr},
      {"presentation forms to letters", "\uFE8D\uFEDF\uFEE0\uFEEA", "الله", nullptr},
      {"allah ligature", "\uFDF2", "الله", nullptr},
      {"presentation hamza form", "\uFE83\uFEE3\uFEF4\uFEAE", "امير", nullptr},
      {"presentation kept when nfkc off", "\uFEFB", "\uFEFB",
       [](NormalizeOptions& o) { o.nfkc = false; }},
      {"no-break space to space", "أ\u00A0ب", "ا ب", nullptr},
      {"bidi marks removed", "\u200Fدمشق\u200E \u202Bحلب\u202C", "دمشق حلب", nullptr},
      {"zero width removed", "ب\u200Cر\u200D\uFEFFيد", "بريد", nullptr},
      {"controls kept when off", "\u200Fا", "\u200Fا",
       [](NormalizeOptions& o) { o.remove_controls = false; }},
      {"latin kept by default", "UN Security", "UN Security", nullptr},
      {"latin lowercased when on", "UN Security", "un security",
       [](NormalizeOptions& o) { o.lowercase_latin = true; }},
      {"empty", "", "", nullptr},
  };
  return rows;
}

TEST(Normalizer, EachStepFollowsItsRow) {
  for (const Row& row : Rows()) {
    NormalizeOptions options;
    if (row.configure) row.configure(options);
    const NormalizedText n = Normalize(ToU32(row.input), options);
    EXPECT_EQ(ToUtf8(n.text), row.expected) << row.name;
    EXPECT_EQ(n.to_original.size(), n.text.size() + 1) << row.name;
    EXPECT_EQ(ToUtf8(Normalizer(options).Key(ToU32(row.input))), row.expected) << row.name;
    EXPECT_EQ(Normalizer(options).Key(std::string_view(row.input)), row.expected) << row.name;
  }
}

TEST(Normalizer, KeyMatchesNormalizeWithDefaults) {
  EXPECT_EQ(NormalizeKey(std::string_view("وَزِيرُ الخَارِجِيَّةِ")), "وزير الخارجية");
  EXPECT_EQ(NormalizeKey(U"إيران"), U"ايران");
  EXPECT_EQ(NormalizeKey(std::string_view("bad \xff byte")), "bad \uFFFD byte");
}

TEST(Normalizer, OffsetsPointAtTheOriginalCharacters) {
  const std::u32string original = U"الحـــرب فِي ﻻ";
  const NormalizedText n = Normalize(original);
  ASSERT_EQ(n.text, U"الحرب في لا");
  // "الحرب" → the original word with its tatweel inside.
  EXPECT_EQ(n.OriginalSpan({0, 5}), (Span{0, 8}));
  // "في" → the original word with its kasra.
  EXPECT_EQ(n.OriginalSpan({6, 8}), (Span{9, 12}));
  // Each half of the lam-alef ligature maps to the whole ligature.
  EXPECT_EQ(n.OriginalSpan({9, 10}), (Span{13, 14}));
  EXPECT_EQ(n.OriginalSpan({10, 11}), (Span{13, 14}));
  EXPECT_EQ(n.OriginalSpan({9, 11}), (Span{13, 14}));
}

// Every non-empty normalised span maps to a non-empty original span inside the original,
// spans keep their order, and the original span's normalisation contains the normalised span.
void CheckOffsetProperties(const std::u32string& original, const NormalizeOptions& options,
                           std::mt19937& rng) {
  const NormalizedText n = Normalize(original, options);
  ASSERT_EQ(n.to_original.size(), n.text.size() + 1);
  ASSERT_EQ(n.to_original.back(), original.size());
  for (std::size_t i = 0; i + 1 < n.to_original.size(); ++i) {
    ASSERT_LE(n.to_original[i], n.to_original[i + 1]);
    ASSERT_LT(n.to_original[i], original.size());
  }
  if (n.text.empty()) return;
  std::uniform_int_distribution<std::size_t> pick(0, n.text.size());
  for (int k = 0; k < 50; ++k) {
    std::size_t a = pick(rng), b = pick(rng);
    if (a > b) std::swap(a, b);
    const Span o = n.OriginalSpan({a, b});
    ASSERT_LE(o.start, o.end);
    ASSERT_LE(o.end, original.size());
    if (a == b) continue;
    ASSERT_FALSE(o.empty());
    const std::u32string back =
        Normalize(std::u32string_view(original).substr(o.start, o.size()), options).text;
    ASSERT_NE(back.find(n.text.substr(a, b - a)), std::u32string::npos)
        << ToUtf8(back) << " | " << ToUtf8(n.text.substr(a, b - a));
  }
}

TEST(Normalizer, OffsetMapPropertiesOnRandomText) {
  // Letters, marks, tatweel, digits, ligatures, controls, spaces and Latin mixed at random.
  const std::u32string alphabet =
      U"ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱ"
      U"\u064B\u064E\u0650\u0651\u0652\u0670ـ٠١٩۴ABCxyz .,؟!\n\u200F\u200C\uFEFF\u00A0"
      U"\uFEFB\uFDF2\uFE8D\uFE83\uFDFAیک٫٪\u2026\U0001F600";
  std::mt19937 rng(12345);
  std::uniform_int_distribution<std::size_t> len(0, 40), ch(0, alphabet.size() - 1);
  NormalizeOptions all_on;
  all_on.ta_marbuta_to_ha = true;
  all_on.lowercase_latin = true;
  for (int round = 0; round < 300; ++round) {
    std::u32string s;
    for (std::size_t k = len(rng); k > 0; --k) s.push_back(alphabet[ch(rng)]);
    CheckOffsetProperties(s, NormalizeOptions{}, rng);
    CheckOffsetProperties(s, all_on, rng);
  }
}

TEST(Normalizer, OffsetMapPropertiesOnRealNews) {
  const std::string path =
      std::string(MARSAD_SHARED_DIR) + "/data/corpus/saudinewsnet/sample-200.jsonl";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "no corpus sample at " << path;
  std::mt19937 rng(7);
  std::string line;
  int articles = 0;
  while (std::getline(in, line) && articles < 200) {
    // The line is JSON; the escapes do not matter for the property, the Arabic does.
    const std::u32string text = ToU32(line);
    CheckOffsetProperties(text, NormalizeOptions{}, rng);
    ++articles;
  }
  EXPECT_GT(articles, 100);
}

}  // namespace
}  // namespace marsad::text
