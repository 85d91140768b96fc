#include "marsad/extract/internal/metadata.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

#include "marsad/extract/internal/arabic_date.h"
#include "marsad/extract/internal/furniture.h"
#include "marsad/extract/internal/text_block.h"

namespace marsad::extract {
namespace {

std::string Collapse(std::string_view s) {
  std::string out;
  bool pending = false;
  AppendCollapsed(s, out, pending);
  return out;
}

// content of <meta property|name|itemprop=key>.
std::string Meta(const Dom& dom, const std::vector<std::int32_t>& metas, std::string_view key) {
  for (std::int32_t i : metas) {
    const DomNode& n = dom.node(i);
    if (n.Attr("property") == key || n.Attr("name") == key || n.Attr("itemprop") == key) {
      std::string v = Collapse(n.Attr("content"));
      if (!v.empty()) return v;
    }
  }
  return {};
}

// Facts from JSON-LD blocks (schema.org NewsArticle and friends, possibly inside @graph or
// arrays): the first headline, datePublished and author name found.
struct JsonLd {
  std::string headline, date_published, author, url;
};

void Visit(const nlohmann::json& j, JsonLd& out, int depth) {
  if (depth > 8) return;
  if (j.is_array()) {
    for (const auto& e : j) Visit(e, out, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  auto str = [&](const char* key) -> std::string {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  if (out.date_published.empty()) out.date_published = str("datePublished");
  if (out.date_published.empty()) out.date_published = str("dateCreated");
  if (out.headline.empty()) out.headline = str("headline");
  if (auto it = j.find("author"); it != j.end() && out.author.empty()) {
    const nlohmann::json& a = it->is_array() && !it->empty() ? (*it)[0] : *it;
    if (a.is_string()) out.author = a.get<std::string>();
    else if (a.is_object() && a.contains("name") && a["name"].is_string()) {
      out.author = a["name"].get<std::string>();
    }
  }
  if (auto it = j.find("@graph"); it != j.end()) Visit(*it, out, depth + 1);
  if (auto it = j.find("mainEntity"); it != j.end()) Visit(*it, out, depth + 1);
}

JsonLd ReadJsonLd(const Dom& dom) {
  JsonLd out;
  for (std::int32_t i : dom.FindAll(Tag::kScript)) {
    if (dom.node(i).Attr("type") != "application/ld+json") continue;
    std::string text;
    for (std::int32_t c = dom.node(i).first_child; c >= 0; c = dom.node(c).next_sibling) {
      text += dom.node(c).text;
    }
    const auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!j.is_discarded()) Visit(j, out, 0);
  }
  return out;
}

std::optional<std::string> IsoOf(const std::string& s) {
  if (auto d = ParseIsoDate(s)) return d->Iso();
  return std::nullopt;
}

std::optional<std::string> FindDate(const Dom& dom, const std::vector<std::int32_t>& metas,
                                    const JsonLd& ld, const std::optional<std::string>& url,
                                    const std::vector<TextBlock>& blocks) {
  if (auto d = IsoOf(ld.date_published)) return d;
  for (std::string_view key :
       {"article:published_time", "og:published_time", "datePublished", "publishdate",
        "pubdate", "publish-date", "sailthru.date", "parsely-pub-date", "DC.date.issued",
        "dc.date", "date", "article:published", "published_time", "dateCreated"}) {
    if (auto d = IsoOf(Meta(dom, metas, key))) return d;
  }
  for (std::int32_t i : dom.FindAll(Tag::kTime)) {
    if (auto d = IsoOf(std::string(dom.node(i).Attr("datetime")))) return d;
  }
  if (url) {
    if (auto d = FindDateInUrl(*url)) return d->Iso();
  }
  // A date written near the headline: the text blocks from the first <h1> on, then the
  // <time> elements' text, then the whole page.
  std::size_t start = 0;
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    if (blocks[k].tag == Tag::kH1) {
      start = k;
      break;
    }
  }
  for (std::size_t k = start; k < blocks.size() && k < start + 40; ++k) {
    if (auto d = FindDateInText(blocks[k].text)) return d->Iso();
  }
  for (std::int32_t i : dom.FindAll(Tag::kTime)) {
    if (auto d = FindDateInText(dom.Text(i))) return d->Iso();
  }
  for (const TextBlock& b : blocks) {
    if (auto d = FindDateInText(b.text)) return d->Iso();
  }
  return std::nullopt;
}

// The first <h1>'s own text (its first block: an unclosed <h1> in broken markup may hold the
// whole article), if it is headline-sized.
std::string FirstH1(const std::vector<TextBlock>& blocks) {
  for (const TextBlock& b : blocks) {
    if (b.tag == Tag::kH1 && b.heading) return b.words <= 30 ? b.text : std::string();
  }
  return {};
}

bool IsSeparatorWord(std::string_view w) {
  return w == "|" || w == "-" || w == "–" || w == "—" || w == "::" || w == "«" || w == "»" ||
         w == "•" || w == "·" || w == ":" || w == "/";
}

}  // namespace

std::optional<std::string> HostOf(const std::string& url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string::npos) return std::nullopt;
  std::size_t start = scheme + 3;
  std::size_t end = url.find_first_of("/?#:", start);
  std::string host = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (const std::size_t at = host.find('@'); at != std::string::npos) host = host.substr(at + 1);
  for (char& c : host) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (host.rfind("www.", 0) == 0) host = host.substr(4);
  if (host.empty() || host.find('.') == std::string::npos) return std::nullopt;
  return host;
}

std::string StripSiteName(const std::string& title, const std::string& site_name,
                          const std::vector<std::string>& page_lines) {
  // Split at separators surrounded by spaces: "A | B - C" → [A, B, C].
  std::vector<std::string> parts{""};
  std::size_t i = 0;
  while (i < title.size()) {
    std::size_t j = title.find(' ', i);
    if (j == std::string::npos) j = title.size();
    const std::string word = title.substr(i, j - i);
    if (IsSeparatorWord(word) && !parts.back().empty()) {
      parts.emplace_back();
    } else if (!word.empty()) {
      if (!parts.back().empty()) parts.back() += ' ';
      parts.back() += word;
    }
    i = j + 1;
  }
  if (parts.back().empty()) parts.pop_back();
  if (parts.size() < 2) return title;
  const std::string site = FoldForMatching(site_name);
  auto is_site = [&](const std::string& part) {
    const std::string f = FoldForMatching(part);
    if (!site.empty() && (f == site || site.find(f) != std::string::npos ||
                          f.find(site) != std::string::npos)) {
      return true;
    }
    std::size_t words = 1;
    for (char c : part) words += c == ' ';
    return words <= 4 && f.find('.') != std::string::npos && f.find(' ') == std::string::npos;
  };
  // Drop site parts at either end; else, a short last part after the longest one.
  while (parts.size() > 1 && is_site(parts.back())) parts.pop_back();
  while (parts.size() > 1 && is_site(parts.front())) parts.erase(parts.begin());
  if (parts.size() == 1) return parts[0];
  // The part the page repeats as a line of its own (the headline above the article) is the
  // title; when several parts appear (the site's logo text too), the longest.
  std::size_t repeated = parts.size();
  for (std::size_t k = 0; k < parts.size(); ++k) {
    const std::string f = FoldForMatching(parts[k]);
    if (std::find(page_lines.begin(), page_lines.end(), f) == page_lines.end()) continue;
    if (repeated == parts.size() || parts[k].size() > parts[repeated].size()) repeated = k;
  }
  if (repeated < parts.size()) return parts[repeated];
  std::size_t longest = 0;
  for (std::size_t k = 1; k < parts.size(); ++k) {
    if (parts[k].size() > parts[longest].size()) longest = k;
  }
  // Keep the longest part and the parts around it except short ones (section or site names:
  // a few words, shorter than the headline).
  auto word_count = [](const std::string& p) {
    std::size_t w = 1;
    for (char c : p) w += c == ' ';
    return w;
  };
  std::string out;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (k != longest && word_count(parts[k]) <= 4 && parts[k].size() < parts[longest].size()) {
      continue;
    }
    if (!out.empty()) out += " - ";
    out += parts[k];
  }
  return out.empty() ? title : out;
}

PageMetadata ReadMetadata(const Dom& dom, const std::vector<TextBlock>& blocks,
                          const std::optional<std::string>& page_url) {
  PageMetadata m;
  const std::vector<std::int32_t> metas = dom.FindAll(Tag::kMeta);
  const JsonLd ld = ReadJsonLd(dom);
  for (std::int32_t i : dom.FindAll(Tag::kLink)) {
    if (dom.node(i).Attr("rel") == "canonical" && !dom.node(i).Attr("href").empty()) {
      m.url = std::string(dom.node(i).Attr("href"));
      break;
    }
  }
  if (!m.url) {
    std::string og = Meta(dom, metas, "og:url");
    if (!og.empty()) m.url = og;
  }
  const std::optional<std::string> url = page_url ? page_url : m.url;
  const std::string site_name = Meta(dom, metas, "og:site_name");
  if (url) m.site = HostOf(*url);
  if (!m.site && !site_name.empty()) m.site = site_name;

  std::string title_tag;
  if (auto t = dom.FindAll(Tag::kTitle); !t.empty()) title_tag = dom.Text(t.front());
  for (const std::string& candidate :
       {Meta(dom, metas, "og:title"), Meta(dom, metas, "twitter:title"), Collapse(ld.headline),
        FirstH1(blocks), title_tag}) {
    if (!candidate.empty()) {
      m.title = candidate;
      break;
    }
  }
  std::vector<std::string> lines;
  const bool has_parts = m.title.find(" | ") != std::string::npos ||
                         m.title.find(" - ") != std::string::npos ||
                         m.title.find(" \xe2\x80") != std::string::npos ||  // – — •
                         m.title.find(" :: ") != std::string::npos;
  for (std::size_t k = 0; has_parts && k < blocks.size(); ++k) {
    if (blocks[k].words <= 30) lines.push_back(FoldForMatching(blocks[k].text));
  }
  m.title = StripSiteName(m.title, site_name.empty() ? m.site.value_or("") : site_name, lines);

  m.date = FindDate(dom, metas, ld, url, blocks);

  std::string author = Meta(dom, metas, "author");
  if (author.empty()) author = Collapse(ld.author);
  if (author.empty()) {
    author = Meta(dom, metas, "article:author");
    if (author.rfind("http", 0) == 0) author.clear();  // a profile URL, not a name
  }
  for (std::string_view prefix : {"By ", "by ", "BY ", "بقلم ", "بقلم: ", "كتب: ", "كتب "}) {
    if (author.rfind(prefix, 0) == 0) author = author.substr(prefix.size());
  }
  if (!author.empty() && author.size() < 200) m.author = author;
  return m;
}

}  // namespace marsad::extract
