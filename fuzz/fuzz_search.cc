// Fuzzes the store's search side: the search keys (SearchTokens, what the FTS5 tokenizer
// "marsad_arabic" gives SQLite for documents and queries) on arbitrary bytes, and the query
// parser (Store::Search: limits, folding, FTS5 syntax, the fall-back to quoted words, the
// highlighting) and Store::Articles on the same bytes as a query, over a small database of
// sentences written for this target, created once in a temporary directory.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "marsad/core/core.h"
#include "marsad/store/store.h"

using namespace marsad;

namespace {
std::unique_ptr<store::Store> g_store;
std::string g_dir;

Article MakeArticle(const std::string& id, const std::string& title, const std::string& body) {
  Article a;
  a.id = id;
  a.url = "https://example.com/news/" + id;
  a.site = "example.com";
  a.date = "2015-07-0" + id.substr(1, 1);
  a.encoding = "UTF-8";
  a.title = title;
  a.body = body;
  a.sentences = {{{0, CodePointCount(body)}}};
  return a;
}

void RemoveDir() {
  std::error_code ec;
  std::filesystem::remove_all(g_dir, ec);
}

void CheckTokens(const std::string& text, bool with_variants) {
  for (const auto& t : store::SearchTokens(text, with_variants)) {
    if (t.begin >= t.end || t.end > text.size()) __builtin_trap();
    if (t.keys.empty() || t.keys[0].empty()) __builtin_trap();
    if (!with_variants && t.keys.size() != 1) __builtin_trap();  // queries: the word alone
    for (const auto& k : t.keys) {
      std::string copy = k;
      SanitizeUtf8(copy);
      if (copy != k) __builtin_trap();  // keys are valid UTF-8
      if (k.find(' ') != std::string::npos) __builtin_trap();
    }
  }
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::string tmpl = (std::filesystem::temp_directory_path() / "marsad-fuzz-search-XXXXXX").string();
  if (mkdtemp(tmpl.data()) == nullptr) std::abort();
  g_dir = tmpl;
  std::atexit(RemoveDir);
  auto s = store::Store::Open(g_dir + "/search.db");
  if (!s.ok()) std::abort();
  g_store = std::make_unique<store::Store>(std::move(s).value());
  const char* rows[][2] = {
      {"زيارة إلى أمريكا", "زار الوزير امريكا الأسبوع الماضي وبحث مع نظيره ملفات التعاون."},
      {"محادثات في جنيف", "اجتمع ممثلو روسيا وأمريكا في جنيف، وقالت المصادر إن المحادثات مستمرة."},
      {"خطة جديدة", "أعلنت فرنسا عن خطة جديدة للحكومة «الجديدة» في ٢٠١٥ (Paris)."},
      {"Mixed title", "The delegation met in Damascus; الوفد التقى بالمسؤولين والمسئولين."},
  };
  int i = 1;
  for (const auto& r : rows) {
    const std::string id = "p" + std::to_string(i++);
    if (!g_store->Put(MakeArticle(id, r[0], r[1])).ok()) std::abort();
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string query(reinterpret_cast<const char*>(data), size);
  CheckTokens(query, true);
  CheckTokens(query, false);
  store::SearchOptions o;
  o.limit = 3;
  auto hits = g_store->Search(query, o);
  if (hits.ok() && hits->size() > o.limit) __builtin_trap();
  store::ArticleFilter f;
  f.query = query;
  f.limit = 2;
  auto list = g_store->Articles(f);
  if (list.ok() && list->articles.size() > f.limit) __builtin_trap();
  return 0;
}
