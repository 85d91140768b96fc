// Arabic-aware full-text search: the search keys (table-driven) and the FTS5 index using them.
#include <gtest/gtest.h>

#include <algorithm>

#include "marsad/store/store.h"
#include "store/store_fixture.h"

namespace marsad::store {
namespace {

using testing::MakeArticle;
using testing::TempDir;

bool HasKey(const SearchToken& t, const std::string& key) {
  return std::find(t.keys.begin(), t.keys.end(), key) != t.keys.end();
}

// One row: a word as written in a document → a key it must be findable by (the query's key).
struct KeyCase {
  const char* document_word;
  const char* query_word;
  bool found;
};

TEST(SearchTokens, DocumentWordsAreFoundByTheirBareForm) {
  const std::vector<KeyCase> cases = {
      {"امريكا", "أمريكا", true},      // hamza on alef folded
      {"وأمريكا", "أمريكا", true},     // conjunction
      {"لأمريكا", "أمريكا", true},     // preposition
      {"وبالولايات", "الولايات", true},  // conjunction + preposition + article
      {"بالولايات", "ولايات", true},   // the article goes too
      {"للحكومة", "الحكومة", true},    // ل + ال written لل
      {"الحكومه", "الحكومة", true},    // ة / ه
      {"حكومتها", "حكومة", true},      // enclitic pronoun, ta marbuta restored
      {"مسئول", "مسؤول", true},        // hamza seats
      {"مُحَمَّد", "محمد", true},       // tashkeel
      {"مصطفى", "مصطفي", true},        // ى / ي
      {"الـــرئيس", "الرئيس", true},    // tatweel
      {"٢٠١٥", "2015", true},          // Arabic-Indic digits
      {"Damascus", "damascus", true},  // Latin case
      {"لبنان", "لبنان", true},
      {"بنان", "لبنان", false},        // a query keeps its own letters
      {"أمريكية", "أمريكا", false},
  };
  for (const auto& c : cases) {
    const auto doc = SearchTokens(c.document_word, true);
    const auto query = SearchTokens(c.query_word, false);
    ASSERT_EQ(doc.size(), 1u) << c.document_word;
    ASSERT_EQ(query.size(), 1u) << c.query_word;
    ASSERT_EQ(query[0].keys.size(), 1u) << c.query_word;
    EXPECT_EQ(HasKey(doc[0], query[0].keys[0]), c.found)
        << c.document_word << " by " << c.query_word;
  }
}

TEST(SearchTokens, WordsAndTheirByteOffsets) {
  const std::string text = "قال: «وأمريكا» 2015، done.";
  const auto tokens = SearchTokens(text, false);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin), "قال");
  EXPECT_EQ(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin), "وأمريكا");
  EXPECT_EQ(tokens[2].keys[0], "2015");
  EXPECT_EQ(tokens[3].keys[0], "done");
}

TEST(SearchTokens, InvalidUtf8AndEmptyInputDoNotCrash) {
  EXPECT_TRUE(SearchTokens("", true).empty());
  const auto tokens = SearchTokens(std::string("ab\xff\xfe" "cd \xd8", 9), true);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].keys[0], "ab");
  EXPECT_FALSE(SearchKeyFingerprint().empty());
}

TEST(Search, FindsClitAttachedAndUnhamzatedVariants) {
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  ASSERT_TRUE(store->Put(MakeArticle("p1", "2015-01-01", "زار الوزير امريكا الأسبوع الماضي.")).ok());
  ASSERT_TRUE(store->Put(MakeArticle("p2", "2015-01-02", "اجتمع ممثلو روسيا وأمريكا في جنيف.")).ok());
  ASSERT_TRUE(store->Put(MakeArticle("p3", "2015-01-03", "أعلنت فرنسا عن خطة جديدة.")).ok());
  ASSERT_TRUE(store->Put(MakeArticle("p4", "2015-01-04", "قال إن بنان السيدة مزينة.")).ok());
  auto hits = store->Search("أمريكا", {});
  ASSERT_TRUE(hits.ok()) << hits.error();
  std::vector<std::string> ids;
  for (const auto& h : hits.value()) ids.push_back(h.article_id);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"p1", "p2"}));
  for (const auto& h : hits.value()) {
    if (h.article_id == "p2") {
      EXPECT_NE(h.snippet.find("[وأمريكا]"), std::string::npos) << h.snippet;
    }
  }
  EXPECT_TRUE(store->Search("لبنان", {}).value().empty());
  // Titles are searched too.
  EXPECT_EQ(store->Search("عنوان", {}).value().size(), 4u);
}

TEST(Search, QuerySyntaxAndBadQueries) {
  TempDir dir;
  auto store = Store::Open(dir.File("m.db"));
  ASSERT_TRUE(store->Put(MakeArticle("p1", "", "مجلس الأمن الدولي يجتمع اليوم.")).ok());
  ASSERT_TRUE(store->Put(MakeArticle("p2", "", "الأمن في المدينة مستتب ومجلس البلدية يجتمع.")).ok());
  EXPECT_EQ(store->Search("\"مجلس الأمن\"", {}).value().size(), 1u);
  EXPECT_EQ(store->Search("مجلس OR المدينة", {}).value().size(), 2u);
  EXPECT_EQ(store->Search("مجل*", {}).value().size(), 2u);
  // Not valid FTS5 syntax: searched as plain words instead of failing.
  auto odd = store->Search("الأمن) \"", {});
  ASSERT_TRUE(odd.ok()) << odd.error();
  EXPECT_EQ(odd->size(), 2u);
  EXPECT_TRUE(store->Search("   ", {}).value().empty());
  SearchOptions one;
  one.limit = 1;
  EXPECT_EQ(store->Search("يجتمع", one).value().size(), 1u);
}

}  // namespace
}  // namespace marsad::store
