// Full-text search over titles and bodies through the "marsad_arabic" FTS5 index.
#include <sstream>

#include "marsad/store/internal/store_impl.h"

namespace marsad::store {
namespace {

// A query FTS5 cannot parse (stray punctuation, a lone quote) is searched as its words: each
// whitespace-separated piece becomes a quoted string, quotes doubled.
std::string QuoteWords(const std::string& query) {
  std::istringstream in(query);
  std::string word, out;
  while (in >> word) {
    std::string quoted = "\"";
    for (char c : word) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    out += (out.empty() ? "" : " ") + quoted + "\"";
  }
  return out;
}

Status RunSearch(Store::Impl& im, const std::string& match, const SearchOptions& o,
                 std::vector<SearchHit>& hits) {
  Statement s(im.db,
              "SELECT a.id, a.date, a.url, highlight(articles_fts, 0, ?1, ?2), "
              "snippet(articles_fts, 1, ?1, ?2, '…', 16) FROM articles_fts "
              "JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?3 "
              "ORDER BY rank LIMIT ?4");
  if (!s.ok()) return s.status();
  s.Bind(1, o.open).Bind(2, o.close).Bind(3, match);
  s.Bind(4, static_cast<std::int64_t>(o.limit == 0 ? -1 : static_cast<std::int64_t>(o.limit)));
  while (s.Step()) hits.push_back({s.Text(0), s.OptText(1), s.OptText(2), s.Text(3), s.Text(4)});
  return s.StepError();
}

}  // namespace

Result<std::vector<SearchHit>> Store::Search(const std::string& query,
                                             const SearchOptions& options) {
  std::vector<SearchHit> hits;
  if (QuoteWords(query).empty()) return hits;
  if (RunSearch(*impl_, query, options, hits).ok()) return hits;
  hits.clear();
  if (auto s = RunSearch(*impl_, QuoteWords(query), options, hits); !s.ok()) {
    return Status::Error(impl_->path + ": search '" + query + "': " + s.message());
  }
  return hits;
}

}  // namespace marsad::store
