// UPOS tags on short sentences of our own writing, with the shipped model in data/text/.
// Only tags the event stage relies on and that are unambiguous in context are pinned.
#include <gtest/gtest.h>

#include <sstream>

#include "marsad/core/core.h"
#include "marsad/text/text.h"
#include "support/shipped_model.h"

namespace marsad::text {
namespace {

const PosTagger& Model() { return testing::ShippedModel<PosTagger>(); }

std::vector<std::string> Tags(const std::string& segmented) {
  std::istringstream in(segmented);
  std::vector<std::u32string> tokens;
  std::string t;
  while (in >> t) tokens.push_back(ToU32(t));
  return Model().Tag(tokens);
}

TEST(PosTagger, TagsSentencesOfOurOwn) {
  struct Row {
    const char* tokens;
    std::vector<std::string> tags;
  };
  const std::vector<Row> rows = {
      {"قال الوزير إن ه س يزور المدينة .",
       {"VERB", "NOUN", "SCONJ", "PRON", "AUX", "VERB", "NOUN", "PUNCT"}},
      {"في عام 2015 ,", {"ADP", "NOUN", "NUM", "PUNCT"}},
      // Sentence-initial و is PART in the treebank, و between clauses CCONJ.
      {"و قال الوزير و أعلنت الحكومة الجديدة",
       {"PART", "VERB", "NOUN", "CCONJ", "VERB", "NOUN", "ADJ"}},
  };
  for (const Row& row : rows) {
    const auto tags = Tags(row.tokens);
    ASSERT_EQ(tags.size(), row.tags.size()) << row.tokens;
    for (std::size_t k = 0; k < tags.size(); ++k) {
      if (row.tags[k] == "AUX") continue;  // س: the treebank tags it AUX or PART
      EXPECT_EQ(tags[k], row.tags[k]) << row.tokens << " #" << k;
    }
  }
}

TEST(PosTagger, EmptySentenceAndOddTokens) {
  EXPECT_TRUE(Model().Tag({}).empty());
  EXPECT_EQ(Model().Tag({U"", U"\uFFFD", U"xyz"}).size(), 3u);
}

TEST(PosTagger, BadModelFilesAreErrors) {
  EXPECT_FALSE(PosTagger::Load("/nonexistent/pos.model").ok());
  auto r = PosTagger::Load(std::string(MARSAD_SOURCE_DIR) + "/data/text/segmenter.model");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("not a POS model"), std::string::npos);
}

}  // namespace
}  // namespace marsad::text
