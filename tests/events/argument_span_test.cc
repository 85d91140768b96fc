// Argument spans: where the grammar ends a source or target phrase (the event case table checks
// codes and words an argument holds; these rows check the words it must not swallow).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "marsad/events/events.h"
#include "marsad/text/text.h"
#include "test_coder.h"

namespace marsad::events {
namespace {

struct SpanRow {
  const char* text;
  const char* cameo;   // the event whose arguments are checked (code prefix)
  const char* source;  // the source's exact text
  const char* target;  // the target's exact text
};

TEST(ArgumentSpans, PhrasesEndWhereTheGrammarSays) {
  ASSERT_TRUE(test::TestCoder().coder) << test::TestCoder().error;
  const EventCoder& coder = *test::TestCoder().coder;
  const std::vector<SpanRow> rows = {
      // A name is definite: the indefinite word after it (عملية) starts the object, it is no
      // adjective of the name.
      {"شنت تركيا عملية عسكرية ضد حزب العمال الكردستاني.", "19", "تركيا", "حزب العمال الكردستاني"},
      // ... while a definite nisba still belongs to the noun before it.
      {"قصفت الطائرات الإسرائيلية مواقع لحماس في غزة.", "19", "الطائرات الإسرائيلية",
       "مواقع لحماس"},
  };
  for (const SpanRow& row : rows) {
    const std::u32string body = ToU32(row.text);
    const std::vector<Sentence> sentences = text::SplitSentences(body);
    const std::vector<Entity> entities;
    bool found = false;
    for (const Event& e :
         coder.Code({body, &sentences, &entities, std::nullopt, std::nullopt, std::nullopt})) {
      if (e.cameo.rfind(row.cameo, 0) != 0) continue;
      found = true;
      EXPECT_EQ(e.source.text, row.source) << row.text;
      EXPECT_EQ(e.target.text, row.target) << row.text;
      break;
    }
    EXPECT_TRUE(found) << "no " << row.cameo << " event: " << row.text;
  }
}

}  // namespace
}  // namespace marsad::events
