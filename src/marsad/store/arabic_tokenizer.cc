// The FTS5 tokenizer "marsad_arabic": SearchTokens() behind SQLite's fts5_tokenizer interface.
// Documents are tokenized with clitic variants as colocated tokens (one position, several keys),
// queries without, so a bare query word matches its clitic-attached forms and nothing looser.
#include <sqlite3.h>

#include "marsad/store/store.h"
#include "marsad/store/internal/store_impl.h"

namespace marsad::store {
namespace {

// The tokenizer has no settings: one static instance serves every table.
int Create(void*, const char**, int, Fts5Tokenizer** out) {
  static int instance = 0;
  *out = reinterpret_cast<Fts5Tokenizer*>(&instance);
  return SQLITE_OK;
}

void Delete(Fts5Tokenizer*) {}

int Tokenize(Fts5Tokenizer*, void* ctx, int flags, const char* text, int length,
             int (*token)(void*, int, const char*, int, int, int)) {
  const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
  const auto tokens = SearchTokens(std::string_view(text, static_cast<std::size_t>(length)), !query);
  for (const auto& t : tokens) {
    for (std::size_t k = 0; k < t.keys.size(); ++k) {
      const int rc = token(ctx, k == 0 ? 0 : FTS5_TOKEN_COLOCATED, t.keys[k].data(),
                           static_cast<int>(t.keys[k].size()), static_cast<int>(t.begin),
                           static_cast<int>(t.end));
      if (rc != SQLITE_OK) return rc;
    }
  }
  return SQLITE_OK;
}

fts5_api* Fts5Api(sqlite3* db) {
  fts5_api* api = nullptr;
  Statement select(db, "SELECT fts5(?1)");
  if (!select.ok()) return nullptr;
  sqlite3_bind_pointer(select.get(), 1, &api, "fts5_api_ptr", nullptr);
  select.Step();
  return api;
}

}  // namespace

Status RegisterArabicTokenizer(sqlite3* db) {
  fts5_api* api = Fts5Api(db);
  if (api == nullptr) return Status::Error("this SQLite has no FTS5");
  static fts5_tokenizer tokenizer = {Create, Delete, Tokenize};
  if (api->xCreateTokenizer(api, "marsad_arabic", nullptr, &tokenizer, nullptr) != SQLITE_OK) {
    return Status::Error(std::string("cannot register the FTS5 tokenizer: ") + sqlite3_errmsg(db));
  }
  return Status();
}

}  // namespace marsad::store
