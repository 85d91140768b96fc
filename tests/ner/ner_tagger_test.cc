// The shipped model (data/ner/ner.model) on sentences written for these tests: entities and
// their body offsets. The model is loaded once for the whole binary.
#include "marsad/ner/ner.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/run_marsad.h"
#include "support/shipped_model.h"

namespace marsad::ner {
namespace {

const NerTagger& Tagger() { return testing::ShippedModel<NerTagger>(); }

struct Expected {
  std::string text;
  std::string type;
  bool prefix = false;  // the entity may go on (ANERcorp has both مجلس الأمن and مجلس الأمن الدولي)
};

// Runs FindEntities on one body (split into sentences at full stops) and checks that every
// entity's span points at its text in the body.
std::vector<Entity> Entities(const std::u32string& body) {
  std::vector<Sentence> sentences;
  std::size_t start = 0;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] == U'.') {
      sentences.push_back({{start, i + 1}});
      start = i + 1;
    }
  }
  if (start < body.size()) sentences.push_back({{start, body.size()}});
  auto entities = Tagger().FindEntities(body, sentences);
  for (const Entity& e : entities) {
    EXPECT_EQ(ToUtf8(body.substr(e.span.start, e.span.size())), e.text);
    EXPECT_TRUE(e.type == "PER" || e.type == "LOC" || e.type == "ORG" || e.type == "MISC") << e.type;
    EXPECT_TRUE(e.actor.empty());
  }
  return entities;
}

bool Has(const std::vector<Entity>& entities, const Expected& x) {
  for (const Entity& e : entities) {
    const bool text_ok = x.prefix ? e.text.rfind(x.text, 0) == 0 : e.text == x.text;
    if (text_ok && e.type == x.type) return true;
  }
  return false;
}

struct Case {
  const char* body;
  std::vector<Expected> expected;
};

TEST(NerTagger, FindsEntitiesInOwnSentences) {
  const Case cases[] = {
      {"وصل الرئيس المصري عبد الفتاح السيسي إلى الرياض أمس في زيارة رسمية.",
       {{"عبد الفتاح السيسي", "PER"}, {"الرياض", "LOC"}}},
      {"دعا مجلس الأمن الدولي إلى وقف إطلاق النار في غزة.", {{"مجلس الأمن", "ORG", true}, {"غزة", "LOC"}}},
      {"قال وزير الخارجية الأمريكي جون كيري إن واشنطن تدعم المحادثات.",
       {{"جون كيري", "PER"}, {"واشنطن", "LOC"}}},
      {"وأعلنت الأمم المتحدة أن المساعدات وصلت إلى سوريا والعراق.",
       {{"الأمم المتحدة", "ORG"}, {"سوريا", "LOC"}}},
  };
  for (const Case& c : cases) {
    const std::u32string body = ToU32(c.body);
    const auto entities = Entities(body);
    for (const Expected& x : c.expected) EXPECT_TRUE(Has(entities, x)) << c.body << " → " << x.text << " " << x.type;
  }
}

TEST(NerTagger, OffsetsAreCodePointsIntoTheWholeBody) {
  // Two paragraphs; the entity in the second sentence must point into the body, not the
  // sentence, and punctuation glued to the name stays out of the span.
  const std::u32string body = U"هذا خبر قصير.\n\nوزار الرئيس الفرنسي باريس، ثم عاد.";
  const auto entities = Entities(body);
  ASSERT_FALSE(entities.empty());
  bool found = false;
  for (const Entity& e : entities) {
    if (e.text == "باريس") {
      found = true;
      EXPECT_EQ(e.span.start, body.find(U"باريس"));
      EXPECT_EQ(e.span.end, body.find(U"باريس") + 5);
    }
  }
  EXPECT_TRUE(found);
}

TEST(NerTagger, EmptyAndOddInputsDoNotCrash) {
  EXPECT_TRUE(Tagger().FindEntities(U"", {}).empty());
  EXPECT_TRUE(Tagger().Tag({}).empty());
  EXPECT_EQ(Tagger().Tag({"«", "»", "...", "123"}).size(), 4u);
  // Sentence spans past the end of the body are clipped, not trusted.
  const std::u32string body = U"زار السيسي دمشق";
  (void)Tagger().FindEntities(body, {{{0, 1000}}, {{900, 950}}});
  // No sentences given: the whole body is one.
  EXPECT_FALSE(Tagger().FindEntities(U"زار الرئيس السوري بشار الأسد موسكو.", {}).empty());
}

TEST(NerTagger, TagsAreIob2WithMarsadTypes) {
  const auto tags = Tagger().Tag({"التقى", "الرئيس", "الفلسطيني", "محمود", "عباس", "في", "عمان", "."});
  ASSERT_EQ(tags.size(), 8u);
  for (std::size_t i = 0; i < tags.size(); ++i) {
    if (tags[i].rfind("I-", 0) == 0) {
      ASSERT_GT(i, 0u);
      EXPECT_EQ(tags[i - 1].substr(2), tags[i].substr(2));
    }
    EXPECT_EQ(tags[i].find("PERS"), std::string::npos);
  }
  EXPECT_EQ(tags[3], "B-PER");
  EXPECT_EQ(tags[4], "I-PER");
}

// The pipeline hands the tagger the text layer's analysis; the tagger must then say what it
// says when it analyses the body itself, with one Analyzer for both.
TEST(NerTagger, TheTextLayersAnalysisGivesTheSameEntities) {
  auto analyzer = text::Analyzer::LoadDefault();
  ASSERT_TRUE(analyzer.ok()) << analyzer.error();
  auto shared = NerTagger::Load(DataDir() + "/ner/ner.model", analyzer.value());
  ASSERT_TRUE(shared.ok()) << shared.error();
  const std::u32string body =
      U"استقبل الملك عبدالله الثاني في عمّان وزير الخارجية الأمريكي جون كيري. وبحث الجانبان "
      U"الأوضاع في سوريا والعراق مع الأمين العام للأمم المتحدة بان كي مون.\n\nونقلت وكالة "
      U"الأنباء الأردنية (بترا) أن 70% من المساعدات وصلت.";
  const text::Analysis analysis = analyzer.value()->Analyze(body);
  const auto from_analysis = shared->FindEntities(analysis, body);
  const auto own = Tagger().FindEntities(body, text::SplitSentences(body));
  ASSERT_EQ(from_analysis.size(), own.size());
  EXPECT_GE(own.size(), 4u);
  for (std::size_t i = 0; i < own.size(); ++i) {
    EXPECT_EQ(from_analysis[i].span, own[i].span);
    EXPECT_EQ(from_analysis[i].type, own[i].type);
    EXPECT_EQ(from_analysis[i].text, own[i].text);
  }
  // No sentences in the analysis: the whole body is one sentence, as with no sentences given.
  const std::u32string one = U"زار الرئيس السوري بشار الأسد موسكو.";
  EXPECT_EQ(shared->FindEntities(text::Analysis{}, one).size(), Tagger().FindEntities(one, {}).size());
}

TEST(NerTagger, LoadErrorsAreValues) {
  auto missing = NerTagger::Load("/nonexistent/ner.model");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().find("/nonexistent/ner.model"), std::string::npos);
  auto not_a_model = NerTagger::Load(testing::SourceDir() + "/README.md");
  EXPECT_FALSE(not_a_model.ok());
}

TEST(TagConll, KeepsTokensAndBlankLinesAndUsesAnercorpTags) {
  const std::string input = testing::SourceDir() + "/tests/ner/testdata/sentences.conll";
  const auto r = testing::RunMarsad("tag-conll < " + input);
  ASSERT_EQ(r.status, 0);
  std::vector<std::string> in_lines, out_lines;
  std::ifstream in(input);
  for (std::string l; std::getline(in, l);) in_lines.push_back(l);
  std::istringstream out(r.out);
  for (std::string l; std::getline(out, l);) out_lines.push_back(l);
  ASSERT_EQ(in_lines.size(), out_lines.size());
  bool person = false;
  for (std::size_t i = 0; i < in_lines.size(); ++i) {
    if (in_lines[i].empty()) {
      EXPECT_TRUE(out_lines[i].empty()) << i;
      continue;
    }
    const std::string token = in_lines[i].substr(0, in_lines[i].find(' '));
    EXPECT_EQ(out_lines[i].substr(0, token.size() + 1), token + " ") << i;
    person = person || out_lines[i].find("-PERS") != std::string::npos;
    EXPECT_EQ(out_lines[i].find("-PER\n"), std::string::npos);
  }
  EXPECT_TRUE(person);
  const auto marsad_tags = testing::RunMarsad("tag-conll --tags marsad < " + input);
  EXPECT_NE(marsad_tags.out.find("B-PER\n"), std::string::npos);
}

TEST(TagConll, BadModelIsAnInputError) {
  EXPECT_EQ(testing::RunMarsad("tag-conll --model /nonexistent.model < /dev/null").status, 2);
  EXPECT_EQ(testing::RunMarsad("tag-conll --tags nonsense < /dev/null").status, 1);
}

}  // namespace
}  // namespace marsad::ner
