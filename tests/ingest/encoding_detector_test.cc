// Encoding detection and conversion: every encoding Arabic pages come in, declared or not.
#include "marsad/ingest/internal/encoding_detector.h"

#include <gtest/gtest.h>

#include "marsad/ingest/internal/charset_converter.h"
#include "marsad/ingest/ingest.h"
#include "support/ingest_fixtures.h"

namespace marsad::ingest {
namespace {

using testing::Encode;

// Sentences written for these tests; they use only letters every Arabic code page has.
const std::string kArabic =
    "أعلنت وزارة الخارجية أن الوزير سيتوجه غدا إلى القاهرة للمشاركة في اجتماع طارئ لجامعة "
    "الدول العربية، وقال المتحدث باسم الوزارة إن الاجتماع سيبحث الأوضاع الإنسانية وسبل "
    "دعم الحوار بين الأطراف. ورحبت الأمم المتحدة بالدعوة؟ نعم، ودعت إلى وقف التصعيد فورا.";

std::string Html(const std::string& meta, const std::string& text) {
  return "<html><head>" + meta + "<title>خبر</title></head><body><p>" + text + "</p></body></html>";
}

struct Row {
  const char* name;
  std::string bytes;
  const char* encoding;
  const char* how;
};

std::vector<Row> Rows() {
  const std::string plain = Html("", kArabic);
  return {
      {"utf8 undeclared", plain, "UTF-8", "detected"},
      {"utf8 meta", Html("<meta charset=\"utf-8\">", kArabic), "UTF-8", "meta"},
      {"utf8 bom", "\xEF\xBB\xBF" + plain, "UTF-8", "bom"},
      {"windows-1256 meta charset",
       Encode(Html("<meta charset=\"windows-1256\">", kArabic), "windows-1256"), "windows-1256",
       "meta"},
      {"windows-1256 http-equiv",
       Encode(Html("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=CP1256'>", kArabic),
              "windows-1256"),
       "windows-1256", "meta"},
      {"windows-1256 undeclared", Encode(plain, "windows-1256"), "windows-1256", "detected"},
      {"iso-8859-6 meta", Encode(Html("<meta charset=iso-8859-6>", kArabic), "ISO-8859-6"),
       "ISO-8859-6", "meta"},
      {"iso-8859-6 undeclared", Encode(plain, "ISO-8859-6"), "ISO-8859-6", "detected"},
      {"utf-16le bom", "\xFF\xFE" + Encode(plain, "UTF-16LE"), "UTF-16LE", "bom"},
      {"utf-16be bom", "\xFE\xFF" + Encode(plain, "UTF-16BE"), "UTF-16BE", "bom"},
      {"utf-16le no bom", Encode(plain, "UTF-16LE"), "UTF-16LE", "detected"},
      // Declarations that lie are checked against the bytes.
      {"says utf-8, is windows-1256",
       Encode(Html("<meta charset=\"utf-8\">", kArabic), "windows-1256"), "windows-1256", "meta"},
      {"says windows-1256, is utf-8", Html("<meta charset=\"windows-1256\">", kArabic), "UTF-8",
       "meta"},
      {"says iso-8859-1, is windows-1256",
       Encode(Html("<meta charset=\"iso-8859-1\">", kArabic), "windows-1256"), "windows-1256",
       "meta"},
      {"says iso-8859-6, is windows-1256",
       Encode(Html("<meta charset=\"iso-8859-6\">", kArabic), "windows-1256"), "windows-1256",
       "meta"},
      {"commented-out meta ignored",
       Encode(Html("<!-- <meta charset=\"utf-8\"> -->", kArabic), "windows-1256"), "windows-1256",
       "detected"},
  };
}

TEST(EncodingDetector, ChoosesTheRightEncodingAndDecodesTheText) {
  for (const Row& row : Rows()) {
    SCOPED_TRACE(row.name);
    ASSERT_FALSE(row.bytes.empty());
    const EncodingChoice choice = ChooseEncoding(row.bytes, std::nullopt);
    EXPECT_EQ(choice.encoding, row.encoding);
    EXPECT_EQ(choice.how, row.how);
    Page page;
    DecodeHtml(row.bytes, std::nullopt, page);
    EXPECT_EQ(page.encoding, row.encoding);
    EXPECT_NE(page.content.find(kArabic), std::string::npos);
    EXPECT_EQ(page.invalid_bytes, 0u);
    EXPECT_EQ(page.content.rfind("<html>", 0), 0u) << "byte-order mark left in the text";
  }
}

TEST(EncodingDetector, HttpCharsetIsUsedWhenThePageSaysNothing) {
  const std::string bytes = Encode(Html("", kArabic), "ISO-8859-6");
  const EncodingChoice c = ChooseEncoding(bytes, std::string("iso-8859-6"));
  EXPECT_EQ(c.encoding, "ISO-8859-6");
  EXPECT_EQ(c.how, "http");
  // The page's own meta comes first.
  const std::string declared =
      Encode(Html("<meta charset=\"windows-1256\">", kArabic), "windows-1256");
  EXPECT_EQ(ChooseEncoding(declared, std::string("windows-1256")).how, "meta");
}

TEST(EncodingDetector, ShortWindows1256AndIso88596AreToldApart) {
  // Short texts are where statistical detectors guess; the Arabic-share check must not.
  for (const char* text :
       {"وزير الخارجية يلتقي نظيره", "هيئة الأمم المتحدة", "قمة عربية في الرياض"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(DetectEncoding(Encode(text, "windows-1256")), "windows-1256");
    EXPECT_EQ(DetectEncoding(Encode(text, "ISO-8859-6")), "ISO-8859-6");
  }
}

TEST(EncodingDetector, MenuSymbolsAndFrenchLettersInWindows1256Pages) {
  // windows-1256 has bullets, ©, °, and the French letters é è à ç; pages use them in menus
  // and names. They must not push the page out of windows-1256.
  const std::string page =
      "<ul><li>• الرئيسية</li><li>• سياسة</li></ul><p>" + kArabic +
      " وشارك في الاجتماع السفير الفرنسي Frédéric.</p><footer>© 2024 — درجة الحرارة 30°</footer>";
  const std::string bytes = Encode(page, "windows-1256");
  ASSERT_FALSE(bytes.empty());
  EXPECT_EQ(DetectEncoding(bytes), "windows-1256");
  Page decoded;
  DecodeHtml(bytes, std::nullopt, decoded);
  EXPECT_EQ(decoded.content, page);
}

TEST(EncodingDetector, LatinPagesAreNotTakenForArabic) {
  const std::string french = Encode(
      "<p>Le ministre des Affaires étrangères a déclaré à la presse que la réunion à Genève "
      "était très importante pour l'été prochain, où l'on espère un accord général.</p>",
      "windows-1252");
  EXPECT_EQ(DetectEncoding(french), "windows-1252");
}

TEST(EncodingDetector, FindsDeclarations) {
  EXPECT_EQ(FindDeclaredCharset("<meta charset=\"windows-1256\">").value_or(""), "windows-1256");
  EXPECT_EQ(FindDeclaredCharset("<meta charset=utf-8>").value_or(""), "utf-8");
  EXPECT_EQ(FindDeclaredCharset("<meta content=\"text/html; charset=iso-8859-6\" "
                                "http-equiv=\"content-type\">")
                .value_or(""),
            "iso-8859-6");
  EXPECT_EQ(
      FindDeclaredCharset("<?xml version=\"1.0\" encoding=\"windows-1256\"?><html>").value_or(""),
      "windows-1256");
  EXPECT_FALSE(FindDeclaredCharset("<meta name=\"charset\" content=\"utf-8\">"));
  EXPECT_FALSE(FindDeclaredCharset("<metadata charset=\"utf-8\">"));
  EXPECT_FALSE(
      FindDeclaredCharset(std::string(kDeclarationWindow, ' ') + "<meta charset=\"utf-8\">"));
  EXPECT_EQ(CharsetFromContentType("text/html; Charset=\"UTF-8\"").value_or(""), "UTF-8");
  EXPECT_FALSE(CharsetFromContentType("text/html"));
}

TEST(CharsetConverter, CanonicalNames) {
  const std::pair<const char*, const char*> rows[] = {
      {"utf8", "UTF-8"},
      {"UTF-8", "UTF-8"},
      {"cp1256", "windows-1256"},
      {"Windows-1256", "windows-1256"},
      {"arabic", "ISO-8859-6"},
      {"ISO_8859-6", "ISO-8859-6"},
      {" \"asmo-708\" ", "ISO-8859-6"},
      {"latin1", "windows-1252"},
      {"utf-16", "UTF-16LE"},
  };
  for (const auto& [label, name] : rows)
    EXPECT_EQ(CanonicalEncoding(label).value_or("?"), name) << label;
  EXPECT_FALSE(CanonicalEncoding("no-such-charset"));
  EXPECT_FALSE(CanonicalEncoding(""));
}

TEST(CharsetConverter, InvalidSequencesAreReplacedAndCounted) {
  // Broken UTF-8: a stray continuation byte, a truncated 3-byte sequence, an invalid lead.
  Utf8Text u = ConvertToUtf8("قال \x80 الوزير \xE2\x82 ثم \xFF.", "UTF-8");
  EXPECT_EQ(u.invalid, 4u);  // 0x80, 0xE2, 0x82, 0xFF: one replacement per bad byte
  EXPECT_NE(u.text.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_NE(u.text.find("الوزير"), std::string::npos);
  // Bytes ISO-8859-6 does not define (0xA1, 0xFF) are replaced, not guessed.
  Utf8Text iso = ConvertToUtf8(Encode("وزير", "ISO-8859-6") + "\xA1\xFF", "ISO-8859-6");
  EXPECT_EQ(iso.invalid, 2u);
  EXPECT_EQ(iso.text.rfind("وزير", 0), 0u);
  // An unpaired UTF-16 surrogate.
  Utf8Text u16 = ConvertToUtf8(
      Encode("خبر", "UTF-16LE") + std::string("\x00\xD8", 2) + Encode("عاجل", "UTF-16LE"),
      "UTF-16LE");
  EXPECT_EQ(u16.invalid, 1u);
  EXPECT_NE(u16.text.find("عاجل"), std::string::npos);
}

TEST(CharsetConverter, DecodeHtmlCountsInvalidBytesInAMostlyValidUtf8Page) {
  Page page;
  DecodeHtml(Html("", kArabic) + "\xC3(\xFF", std::nullopt, page);
  EXPECT_EQ(page.encoding, "UTF-8");  // a few bad bytes do not make it windows-1256
  EXPECT_EQ(page.invalid_bytes, 2u);
}

TEST(EncodingDetector, ArabicShareSeparatesTheCodePages) {
  const std::string w = Encode(kArabic, "windows-1256");
  EXPECT_GT(ArabicShare(w, "windows-1256"), 0.95);
  EXPECT_LT(ArabicShare(w, "ISO-8859-6"), ArabicShare(w, "windows-1256"));
  const std::string iso = Encode(kArabic, "ISO-8859-6");
  EXPECT_GT(ArabicShare(iso, "ISO-8859-6"), 0.95);
  EXPECT_LT(ArabicShare(iso, "windows-1256"), 0.9);
}

}  // namespace
}  // namespace marsad::ingest
