// text::Analyzer: the one analysis of a body (sentences, tokens, clitic segments, UPOS) that
// the later stages read. Sentences are written for these tests; uses the shipped models.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "marsad/core/core.h"
#include "marsad/text/text.h"

namespace marsad::text {
namespace {

const Analyzer& TheAnalyzer() {
  static const std::shared_ptr<const Analyzer> analyzer = [] {
    auto loaded = Analyzer::LoadDefault();
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.error();
      std::abort();
    }
    return std::move(loaded).value();
  }();
  return *analyzer;
}

std::string Texts(std::u32string_view body, const std::vector<Span>& spans) {
  std::string out;
  for (const Span& s : spans) {
    if (!out.empty()) out += ' ';
    out += ToUtf8(body.substr(s.start, s.size()));
  }
  return out;
}

TEST(WordPieces, SplitsAtEveryCharacterThatIsNotPartOfAWord) {
  const std::vector<std::pair<const char*, const char*>> rows = {
      {"وصل الوزير إلى عمّان", "وصل الوزير إلى عمّان"},
      {"ارتفع 3.5% أمس", "ارتفع 3 . 5 % أمس"},
      {"(دمشق)، «بيروت»", "( دمشق ) ، « بيروت »"},
      {"al-Assad", "al - Assad"},
      {"F16 و٢٠١٥", "F16 و٢٠١٥"},
      {"  \n ", ""},
  };
  for (const auto& [text, pieces] : rows) {
    const std::u32string body = ToU32(text);
    EXPECT_EQ(Texts(body, WordPieces(body, {0, body.size()})), pieces) << text;
  }
}

TEST(WordPieces, OnlyTheRangeAndNeverPastTheBody) {
  const std::u32string body = U"زار الوزير بغداد";
  EXPECT_EQ(Texts(body, WordPieces(body, {4, 10})), "الوزير");
  EXPECT_EQ(Texts(body, WordPieces(body, {11, 500})), "بغداد");
  EXPECT_TRUE(WordPieces(body, {600, 700}).empty());
}

TEST(Analyzer, SentencesTokensSegmentsAndTagsOfABody) {
  const std::u32string body = U"وصل الرئيس إلى دمشق وبيروت أمس. وقال إن المحادثات نجحت بنسبة 70%.";
  const Analysis a = TheAnalyzer().Analyze(body);
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(a.sentences[0].span, SplitSentences(body)[0].span);
  const auto& tags = TheAnalyzer().upos_tags();
  for (const AnalyzedSentence& s : a.sentences) {
    ASSERT_EQ(s.tokens.size(), s.words.size());
    ASSERT_EQ(s.upos.size(), s.segments.size());
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      const AnalyzedToken& t = s.tokens[i];
      EXPECT_TRUE(s.span.contains(t.span));
      EXPECT_EQ(body.substr(t.span.start, t.span.size()), s.words[i]);
      ASSERT_LT(t.first_segment, t.end_segment);
      ASSERT_LE(t.end_segment, s.segments.size());
      std::u32string joined;
      for (std::uint32_t k = t.first_segment; k < t.end_segment; ++k) joined += s.segments[k];
      EXPECT_EQ(joined, s.words[i]) << "segments concatenate back to the word";
      EXPECT_GE(t.stem_segment, t.first_segment);
      EXPECT_LT(t.stem_segment, t.end_segment);
    }
    for (std::uint8_t u : s.upos) EXPECT_LT(u, tags.size());
  }
  // وبيروت is و + بيروت; its stem بيروت is a proper noun, the و a conjunction.
  const AnalyzedSentence& first = a.sentences[0];
  const AnalyzedToken& wa_beirut = first.tokens[4];
  EXPECT_EQ(first.words[4], U"وبيروت");
  ASSERT_EQ(wa_beirut.end_segment - wa_beirut.first_segment, 2u);
  EXPECT_EQ(first.segments[wa_beirut.stem_segment], U"بيروت");
  EXPECT_EQ(tags[first.upos[wa_beirut.first_segment]], "CCONJ");
  EXPECT_EQ(tags[first.upos[wa_beirut.stem_segment]], "PROPN");
  // 70% is split by the word pieces (70 %), as the NER model was trained.
  const AnalyzedSentence& second = a.sentences[1];
  ASSERT_GE(second.words.size(), 3u);
  EXPECT_EQ(second.words[second.words.size() - 3], U"70");
  EXPECT_EQ(second.words[second.words.size() - 2], U"%");
  EXPECT_EQ(second.tokens[second.words.size() - 3].kind, TokenKind::kNumber);
}

TEST(Analyzer, TokensGivenAloneAreAnalysedAsInABody) {
  const std::u32string body = U"أعلنت وزارة الخارجية الأمريكية أنها سترسل وفدا إلى القاهرة";
  const Analysis a = TheAnalyzer().Analyze(body);
  ASSERT_EQ(a.sentences.size(), 1u);
  const AnalyzedSentence alone = TheAnalyzer().AnalyzeTokens(a.sentences[0].words);
  EXPECT_EQ(alone.segments, a.sentences[0].segments);
  EXPECT_EQ(alone.upos, a.sentences[0].upos);
  ASSERT_EQ(alone.tokens.size(), a.sentences[0].tokens.size());
  for (std::size_t i = 0; i < alone.tokens.size(); ++i) {
    EXPECT_TRUE(alone.tokens[i].span.empty());
    EXPECT_EQ(alone.tokens[i].stem_segment, a.sentences[0].tokens[i].stem_segment);
  }
  // The tags are the POS tagger's on the segments, and the segments the segmenter's.
  auto pos = PosTagger::LoadDefault();
  ASSERT_TRUE(pos.ok()) << pos.error();
  const std::vector<std::string> direct = pos->Tag(alone.segments);
  ASSERT_EQ(direct.size(), alone.upos.size());
  for (std::size_t k = 0; k < direct.size(); ++k) EXPECT_EQ(TheAnalyzer().upos_tags()[alone.upos[k]], direct[k]);
}

TEST(Analyzer, GivenSentencesAreClampedAndEmptyOnesHaveNoTokens) {
  const std::u32string body = U"زار الوزير بغداد";
  const Analysis a = TheAnalyzer().Analyze(body, {{{0, 3}}, {{4, 4}}, {{11, 900}}, {{950, 990}}});
  ASSERT_EQ(a.sentences.size(), 4u);
  EXPECT_EQ(a.sentences[0].words, std::vector<std::u32string>{U"زار"});
  EXPECT_TRUE(a.sentences[1].tokens.empty());
  EXPECT_EQ(a.sentences[2].span, (Span{11, body.size()}));
  EXPECT_EQ(a.sentences[2].words, std::vector<std::u32string>{U"بغداد"});
  EXPECT_TRUE(a.sentences[3].span.empty());
  EXPECT_TRUE(a.sentences[3].tokens.empty());
  EXPECT_TRUE(TheAnalyzer().Analyze(U"").sentences.empty());
}

// The fingerprint is FNV-1a over the four files' bytes in this order: NER models store it, so
// it must not change when the analyzer reads the files differently.
TEST(Analyzer, FingerprintIsTheHashOfTheTextModelFiles) {
  std::uint64_t h = Fnv1a64("");
  for (const char* file : {"segmenter.model", "pos.model", "lexicon.tsv", "clusters.tsv"}) {
    std::ifstream in(DataDir() + "/text/" + file, std::ios::binary);
    ASSERT_TRUE(in) << file;
    h = Fnv1a64(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()), h);
  }
  EXPECT_EQ(TheAnalyzer().fingerprint(), h);
}

TEST(Analyzer, AMissingDirectoryIsAnErrorNamingIt) {
  auto a = Analyzer::Load("/nonexistent/marsad-text");
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.error().find("/nonexistent/marsad-text"), std::string::npos) << a.error();
}

}  // namespace
}  // namespace marsad::text
