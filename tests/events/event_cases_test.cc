// Table-driven event coding cases: tests/events/data/sentences.tsv, one sentence a line with
// its expected source, target, CAMEO code and modality, coded with a small test dictionary.
#include <cstdint>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "marsad/actors/actors.h"
#include "marsad/events/events.h"
#include "marsad/text/text.h"
#include "test_coder.h"

namespace marsad::events {
namespace {

struct Case {
  int line = 0;
  std::string sentence, source, target, code, modality;
};

std::vector<Case> ReadCases() {
  std::ifstream in(std::string(MARSAD_SOURCE_DIR) + "/tests/events/data/sentences.tsv");
  std::vector<Case> cases;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::istringstream fields(line);
    for (std::string s; std::getline(fields, s, '\t');) f.push_back(s);
    if (f.size() != 5) {
      ADD_FAILURE() << "sentences.tsv:" << n << ": expected 5 fields, got " << f.size();
      continue;
    }
    cases.push_back({n, f[0], f[1], f[2], f[3], f[4]});
  }
  return cases;
}

bool IsCode(const std::string& want) {
  return !want.empty() && want.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos;
}

bool ArgumentMatches(const EventArgument& a, const std::string& want) {
  if (want == "*") return true;
  if (want == "-") return !a.present();
  if (IsCode(want)) return a.code.rfind(want, 0) == 0;
  return a.text.find(want) != std::string::npos;
}

std::string Describe(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) {
    out += "  [" + e.cameo + " " + e.modality + "] " + e.source.text + " (" + e.source.code + ") -> " +
           e.target.text + " (" + e.target.code + ") via " + e.verb.text + "\n";
  }
  return out.empty() ? "  (no events)\n" : out;
}

class EventCasesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ASSERT_TRUE(test::TestCoder().coder) << test::TestCoder().error;
    coder_ = &*test::TestCoder().coder;
  }
  static std::vector<Event> CodeText(const std::string& text) {
    const std::u32string body = ToU32(text);
    const std::vector<Sentence> sentences = text::SplitSentences(body);
    const std::vector<Entity> entities;
    return coder_->Code({body, &sentences, &entities, std::nullopt, std::nullopt, std::nullopt});
  }
  static const EventCoder* coder_;
};
const EventCoder* EventCasesTest::coder_ = nullptr;

TEST_F(EventCasesTest, EveryCaseFindsItsEvent) {
  const auto cases = ReadCases();
  ASSERT_GE(cases.size(), 100u);
  for (const Case& c : cases) {
    const auto events = CodeText(c.sentence);
    if (c.code == "none" || c.code.starts_with("!")) {
      // A row that forbids: "none" = no event at all, "!CODE" = no event whose code starts so
      // and whose arguments match the row's source and target columns.
      const std::string banned = c.code == "none" ? "" : c.code.substr(1);
      bool produced = false;
      for (const Event& e : events) {
        produced |= e.cameo.rfind(banned, 0) == 0 && ArgumentMatches(e.source, c.source) &&
                    ArgumentMatches(e.target, c.target);
      }
      EXPECT_FALSE(produced) << "sentences.tsv:" << c.line << ": " << c.sentence << "\n  want no "
                             << (banned.empty() ? "event" : banned) << " " << c.source << " -> "
                             << c.target << "\n  got\n" << Describe(events);
      continue;
    }
    bool found = false;
    for (const Event& e : events) {
      if (e.cameo.rfind(c.code, 0) == 0 && e.modality == c.modality &&
          ArgumentMatches(e.source, c.source) && ArgumentMatches(e.target, c.target)) {
        found = true;
      }
    }
    EXPECT_TRUE(found) << "sentences.tsv:" << c.line << ": " << c.sentence << "\n  want " << c.code
                       << " " << c.modality << " " << c.source << " -> " << c.target << "\n  got\n"
                       << Describe(events);
  }
}

TEST_F(EventCasesTest, CasesCoverEveryRootAndModality) {
  std::set<std::string> roots, modalities;
  for (const Case& c : ReadCases()) {
    if (c.code == "none" || c.code.starts_with("!")) continue;
    roots.insert(c.code.substr(0, 2));
    modalities.insert(c.modality);
  }
  EXPECT_EQ(roots.size(), 20u);
  for (const char* m : {"asserted", "negated", "denied", "reported", "hypothetical", "future"}) {
    EXPECT_TRUE(modalities.count(m)) << m;
  }
}

TEST_F(EventCasesTest, NoEventsFromTextWithoutEventWords) {
  EXPECT_TRUE(CodeText("ارتفعت أسعار النفط في الأسواق العالمية اليوم.").empty());
  EXPECT_TRUE(CodeText("").empty());
  EXPECT_TRUE(CodeText("... ، ، «» 123").empty());
}

TEST_F(EventCasesTest, EventsCarryTableValues) {
  const auto events = CodeText("زودت الولايات المتحدة الجيش العراقي بمعلومات استخباراتية.");
  ASSERT_FALSE(events.empty()) << Describe(events);
  const Event& e = events.front();
  EXPECT_EQ(e.cameo, "064");
  EXPECT_EQ(e.root, "06");
  EXPECT_DOUBLE_EQ(e.goldstein, 7.0);
  EXPECT_EQ(e.quad_class, 2);
  EXPECT_EQ(e.plover, "COOPERATE");
  EXPECT_GT(e.confidence, 0.0);
  EXPECT_LE(e.confidence, 1.0);
  EXPECT_EQ(e.verb.text, "زودت");
}

TEST_F(EventCasesTest, OneEventPerDyadAndCodeInASentence) {
  const auto events = CodeText("قصفت الطائرات الإسرائيلية غزة وقصفت الطائرات الإسرائيلية غزة.");
  int n = 0;
  for (const Event& e : events) n += e.cameo == "195";
  EXPECT_EQ(n, 1) << Describe(events);
}

TEST_F(EventCasesTest, FactsExcludeNegatedDeniedAndHypothetical) {
  Event e;
  for (const char* m : {"asserted", "reported", "future"}) {
    e.modality = m;
    EXPECT_TRUE(IsFact(e)) << m;
  }
  for (const char* m : {"negated", "denied", "hypothetical"}) {
    e.modality = m;
    EXPECT_FALSE(IsFact(e)) << m;
  }
}

// Pseudo-random strings of event words, clitics, names, punctuation and stray marks: the coder
// must not crash, and every offset it writes must point inside the body and its sentence.
TEST_F(EventCasesTest, ArbitraryTextKeepsOffsetsInsideTheBody) {
  const std::vector<std::string> pieces = {"قصف", "و", "ب", "ال", "لا", "لم", "إن", "أن", "،", ".", "؟",
                                           "«", "»", "داعش", "واشنطن", "نفت", "وكذلك", "فعلت",
                                           "غارات", "على", "بين", "همزة", "الوصل", "هؤلاء", "القادة",
                                           "ـ", "\u064b", "x", "12", "\n", " ", "المتظاهرون", "هتافات"};
  std::uint32_t seed = 12345;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(seed % 40);
    for (int i = 0; i < n; ++i) {
      seed = seed * 1103515245u + 12345u;
      text += pieces[(seed >> 16) % pieces.size()];
      if ((seed >> 8) % 3 != 0) text += " ";
    }
    const std::u32string body = ToU32(text);
    const std::vector<Sentence> sentences = text::SplitSentences(body);
    const std::vector<Entity> entities;
    for (const Event& e : coder_->Code({body, &sentences, &entities, std::nullopt, std::nullopt, std::nullopt})) {
      ASSERT_LT(e.sentence, sentences.size()) << text;
      const Span sentence = sentences[e.sentence].span;
      EXPECT_TRUE(sentence.contains(e.verb.span)) << text;
      if (e.source.present()) {
        EXPECT_TRUE(sentence.contains(e.source.span)) << text;
      }
      if (e.target.present()) {
        EXPECT_TRUE(sentence.contains(e.target.span)) << text;
      }
      EXPECT_LE(e.span.end, body.size()) << text;
    }
  }
}

TEST(EventCoderLoad, MissingOrMalformedDataIsAnError) {
  EXPECT_FALSE(EventCoder::Load("/nonexistent/dir", nullptr).ok());
  const std::string dir = ::testing::TempDir() + "/marsad_events_bad";
  std::system(("mkdir -p " + dir).c_str());
  std::ofstream(dir + "/cameo_codes.tsv") << "# marsad-cameo-codes v1\n01\t01\t0.0\t1\t\tMAKE STATEMENT\n";
  std::ofstream(dir + "/lexicon.tsv") << "not a lexicon\n";
  auto bad = EventCoder::Load(dir, nullptr);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().find("lexicon.tsv"), std::string::npos) << bad.error();
  std::ofstream(dir + "/lexicon.tsv") << "# marsad-event-lexicon v1\nV\tقصف/قصف\t19x\tobj\t-\t-\n";
  auto bad_code = EventCoder::Load(dir, nullptr);
  ASSERT_FALSE(bad_code.ok());
  EXPECT_NE(bad_code.error().find(":2:"), std::string::npos) << bad_code.error();
}

}  // namespace
}  // namespace marsad::events
