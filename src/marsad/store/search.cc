// Full-text search over titles and bodies through the "marsad_arabic" FTS5 index, and the
// article list (which the same index filters).
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
              "ORDER BY rank LIMIT ?4 OFFSET ?5");
  if (!s.ok()) return s.status();
  s.Bind(1, o.open).Bind(2, o.close).Bind(3, match);
  s.Bind(4, static_cast<std::int64_t>(o.limit == 0 ? -1 : static_cast<std::int64_t>(o.limit)));
  s.Bind(5, o.offset);
  while (s.Step()) hits.push_back({s.Text(0), s.OptText(1), s.OptText(2), s.Text(3), s.Text(4)});
  return s.StepError();
}

// The article list for one FTS5 match expression (or none): its page and the total.
Status ListArticles(Store::Impl& im, const ArticleFilter& f, const std::string& match,
                    ArticleList& list) {
  // Every filter is a bound parameter; an empty one is switched off inside the SQL.
  const std::string where =
      " FROM articles a WHERE a.error IS NULL AND (?1 = '' OR a.site = ?1)"
      " AND (?2 = '' OR a.date >= ?2) AND (?3 = '' OR a.date <= ?3)";
  const std::string fts = " AND a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?4)";
  auto bind = [&](Statement& s) {
    s.Bind(1, f.site).Bind(2, f.since).Bind(3, f.until);
    if (!match.empty()) s.Bind(4, match);
  };
  Statement count(im.db, "SELECT count(*)" + where + (match.empty() ? "" : fts));
  if (!count.ok()) return count.status();
  bind(count);
  if (!count.Step()) return count.StepError().ok() ? Status::Error("count") : count.StepError();
  list.total = count.Int(0);

  // With a query, best match first (FTS5 rank); else newest first, undated last.
  const std::string order =
      match.empty() ? " ORDER BY a.date IS NULL, a.date DESC, a.seq DESC"
                    : " ORDER BY (SELECT rank FROM articles_fts WHERE articles_fts MATCH ?4 AND "
                      "rowid = a.seq), a.seq";
  Statement s(im.db,
              "SELECT a.id, a.title, a.site, a.date, a.url, "
              "(SELECT count(*) FROM events e WHERE e.article = a.seq)" + where +
                  (match.empty() ? "" : fts) + order + " LIMIT ?5 OFFSET ?6");
  if (!s.ok()) return s.status();
  bind(s);
  s.Bind(5, static_cast<std::int64_t>(f.limit == 0 ? -1 : static_cast<std::int64_t>(f.limit)));
  s.Bind(6, f.offset);
  while (s.Step()) {
    list.articles.push_back({s.Text(0), s.Text(1), s.OptText(2), s.OptText(3), s.OptText(4), s.Int(5)});
  }
  return s.StepError();
}

}  // namespace

Result<ArticleList> Store::Articles(const ArticleFilter& filter) {
  ArticleList list;
  const std::string quoted = QuoteWords(filter.query);
  if (quoted.empty()) {
    if (auto s = ListArticles(*impl_, filter, "", list); !s.ok()) return impl_->Error("articles");
    return list;
  }
  if (ListArticles(*impl_, filter, filter.query, list).ok()) return list;
  list = ArticleList();
  if (auto s = ListArticles(*impl_, filter, quoted, list); !s.ok()) {
    return Status::Error(impl_->path + ": articles '" + filter.query + "': " + s.message());
  }
  return list;
}

Result<std::vector<SiteCount>> Store::Sites() {
  Statement s(impl_->db,
              "SELECT site, count(*) FROM articles WHERE error IS NULL AND site IS NOT NULL "
              "GROUP BY site ORDER BY 2 DESC, 1");
  if (!s.ok()) return impl_->Error("sites");
  std::vector<SiteCount> out;
  while (s.Step()) out.push_back({s.Text(0), s.Int(1)});
  if (!s.StepError().ok()) return impl_->Error("sites");
  return out;
}

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
