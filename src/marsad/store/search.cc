// Full-text search over titles and bodies, and the article list it filters: articles_fts indexes the search keys stored in
// article_search with SQLite's built-in tokenizer, so a query is folded here the way the keys
// were (SearchTokens), and matches are highlighted here on the original text.
#include <algorithm>
#include <sstream>

#include "marsad/store/internal/store_impl.h"

namespace marsad::store {
namespace {

std::string JoinKeys(const std::vector<SearchToken>& tokens, bool all_keys) {
  std::string out;
  for (const auto& t : tokens) {
    for (std::size_t k = 0; k < (all_keys ? t.keys.size() : 1); ++k) {
      if (!out.empty()) out += ' ';
      out += t.keys[k];
    }
  }
  return out;
}

bool IsOperator(std::string_view word) {
  return word == "AND" || word == "OR" || word == "NOT" || word == "NEAR";
}

// A word the user searched for, as a search key; prefix for "word*".
struct QueryTerm {
  std::string key;
  bool prefix = false;
};

// The query with each word replaced by its search key, FTS5 syntax (quotes, parentheses, *,
// operators) kept; and the words as terms, to highlight.
// Linear in the query: quotes are counted once, each term is highlighted once.
std::string FoldQuery(const std::string& query, std::vector<QueryTerm>* terms) {
  std::string out;
  std::size_t copied = 0, quotes_counted = 0, quotes = 0;
  for (const auto& t : SearchTokens(query, false)) {
    out.append(query, copied, t.begin - copied);
    copied = t.end;
    const std::string_view raw(query.data() + t.begin, t.end - t.begin);
    quotes += static_cast<std::size_t>(
        std::count(query.begin() + static_cast<long>(quotes_counted),
                   query.begin() + static_cast<long>(t.begin), '"'));
    quotes_counted = t.begin;
    const bool quoted = quotes % 2 == 1;
    if (!quoted && IsOperator(raw)) {
      out += raw;
      continue;
    }
    out += t.keys[0];
    const QueryTerm term{t.keys[0], t.end < query.size() && query[t.end] == '*'};
    if (std::none_of(terms->begin(), terms->end(), [&](const QueryTerm& q) {
          return q.key == term.key && q.prefix == term.prefix;
        }))
      terms->push_back(term);
  }
  out.append(query, copied);
  return out;
}

// The query limits (Store::kMaxQueryWords, kMaxQueryBytes): an error naming the limit, or ok.
Status CheckQuery(const std::string& query) {
  if (query.size() > Store::kMaxQueryBytes)
    return Status::Error("query of " + std::to_string(query.size()) + " bytes: the limit is " +
                         std::to_string(Store::kMaxQueryBytes));
  const std::size_t words = SearchTokens(query, false).size();
  if (words > Store::kMaxQueryWords)
    return Status::Error("query of " + std::to_string(words) + " words: the limit is " +
                         std::to_string(Store::kMaxQueryWords));
  return Status();
}

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

bool Matches(const SearchToken& word, const std::vector<QueryTerm>& terms) {
  for (const auto& key : word.keys) {
    for (const auto& term : terms) {
      if (term.prefix ? key.starts_with(term.key) : key == term.key) return true;
    }
  }
  return false;
}

// text[begin, end) with the words that match a term between the marks.
std::string Highlight(const std::string& text, const std::vector<SearchToken>& words,
                      std::size_t first, std::size_t last, const std::vector<QueryTerm>& terms,
                      const SearchOptions& o) {
  std::string out;
  std::size_t at = words[first].begin;
  for (std::size_t i = first; i < last; ++i) {
    out.append(text, at, words[i].begin - at);
    const std::string word = text.substr(words[i].begin, words[i].end - words[i].begin);
    out += Matches(words[i], terms) ? o.open + word + o.close : word;
    at = words[i].end;
  }
  return out;
}

std::string HighlightAll(const std::string& text, const std::vector<QueryTerm>& terms,
                         const SearchOptions& o) {
  const auto words = SearchTokens(text, true);
  if (words.empty()) return text;
  return text.substr(0, words[0].begin) + Highlight(text, words, 0, words.size(), terms, o) +
         text.substr(words.back().end);
}

// The window of kSnippetWords words with the most matches (the first such), with "…" where
// text was cut.
std::string Snippet(const std::string& body, const std::vector<QueryTerm>& terms,
                    const SearchOptions& o) {
  constexpr std::size_t kSnippetWords = 16;
  const auto words = SearchTokens(body, true);
  if (words.empty()) return "";
  std::vector<int> matched(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) matched[i] = Matches(words[i], terms) ? 1 : 0;
  const std::size_t n = std::min(kSnippetWords, words.size());
  int count = 0;
  for (std::size_t i = 0; i < n; ++i) count += matched[i];
  std::size_t best = 0;
  int best_count = count;
  for (std::size_t start = 1; start + n <= words.size(); ++start) {
    count += matched[start + n - 1] - matched[start - 1];
    if (count > best_count) {
      best = start;
      best_count = count;
    }
  }
  std::string out = best > 0 ? "…" : "";
  out += Highlight(body, words, best, best + n, terms, o);
  if (best + n < words.size()) out += "…";
  return out;
}

Status RunSearch(Store::Impl& im, const std::string& match, const std::vector<QueryTerm>& terms,
                 const SearchOptions& o, std::vector<SearchHit>& hits) {
  Statement s(im.db,
              "SELECT a.id, a.date, a.url, a.title, a.body FROM articles_fts "
              "JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?1 "
              "ORDER BY rank LIMIT ?2 OFFSET ?3");
  if (!s.ok()) return s.status();
  s.Bind(1, match);
  s.Bind(2, static_cast<std::int64_t>(o.limit == 0 ? -1 : static_cast<std::int64_t>(o.limit)));
  s.Bind(3, o.offset);
  while (s.Step()) {
    hits.push_back({s.Text(0), s.OptText(1), s.OptText(2), HighlightAll(s.Text(3), terms, o),
                    Snippet(s.Text(4), terms, o)});
  }
  return s.StepError();
}

// The article list for one folded FTS5 match expression (or none): its page and the total.
Status ListArticles(Store::Impl& im, const ArticleFilter& f, const std::string& match,
                    ArticleList& list) {
  // Every filter is a bound parameter; an empty one is switched off inside the SQL.
  const std::string where =
      " FROM articles a WHERE (?1 = '' OR a.site = ?1)"
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
  if (Status s = CheckQuery(filter.query); !s.ok()) return s;
  std::vector<QueryTerm> terms;
  const std::string folded = FoldQuery(filter.query, &terms);
  // A query of no words (punctuation only) matches nothing, as in Search.
  if (terms.empty() && !QuoteWords(filter.query).empty()) return list;
  if (terms.empty()) {
    if (auto s = ListArticles(*impl_, filter, "", list); !s.ok()) return impl_->Error("articles");
    return list;
  }
  if (ListArticles(*impl_, filter, folded, list).ok()) return list;
  list = ArticleList();
  if (auto s = ListArticles(*impl_, filter, QuoteWords(folded), list); !s.ok()) {
    return Status::Error(impl_->path + ": articles '" + filter.query + "': " + s.message());
  }
  return list;
}

Result<std::vector<SiteCount>> Store::Sites() {
  Statement s(impl_->db,
              "SELECT site, count(*) FROM articles WHERE site IS NOT NULL "
              "GROUP BY site ORDER BY 2 DESC, 1");
  if (!s.ok()) return impl_->Error("sites");
  std::vector<SiteCount> out;
  while (s.Step()) out.push_back({s.Text(0), s.Int(1)});
  if (!s.StepError().ok()) return impl_->Error("sites");
  return out;
}

SearchDocument MakeSearchDocument(std::string_view title, std::string_view body) {
  const auto title_words = SearchTokens(title, true);
  const auto body_words = SearchTokens(body, true);
  SearchDocument doc;
  doc.words = JoinKeys(title_words, false) + '\n' + JoinKeys(body_words, false);
  doc.keys = JoinKeys(title_words, true) + '\n' + JoinKeys(body_words, true);
  return doc;
}

Result<std::vector<SearchHit>> Store::Search(const std::string& query,
                                             const SearchOptions& options) {
  if (Status s = CheckQuery(query); !s.ok()) return s;
  std::vector<SearchHit> hits;
  std::vector<QueryTerm> terms;
  const std::string folded = FoldQuery(query, &terms);
  if (terms.empty()) return hits;
  if (RunSearch(*impl_, folded, terms, options, hits).ok()) return hits;
  hits.clear();
  terms.clear();
  const std::string words = QuoteWords(FoldQuery(query, &terms));
  if (auto s = RunSearch(*impl_, words, terms, options, hits); !s.ok()) {
    return Status::Error(impl_->path + ": search '" + query + "': " + s.message());
  }
  return hits;
}

}  // namespace marsad::store
