#include "marsad/extract/internal/class_evidence.h"

#include <array>
#include <string>

namespace marsad::extract {
namespace {

template <std::size_t N>
bool AnyIn(std::string_view hay, const std::array<std::string_view, N>& needles) {
  for (std::string_view n : needles) {
    if (hay.find(n) != std::string_view::npos) return true;
  }
  return false;
}

constexpr std::array<std::string_view, 24> kPositive = {
    "article", "content", "entry", "post", "story", "body", "text", "main", "blog",
    "detail", "single", "prose", "richtext", "rich-text", "news", "khabar", "akhbar", "maqal",
    "mqal", "nass", "tafasil", "tafaseel", "column", "page-body"};

constexpr std::array<std::string_view, 9> kArticleBody = {
    "articlebody", "article-body", "article_body", "story-body", "storybody", "post-body",
    "entry-content", "article-content", "news-content"};

// Names that never hold the article even when they also say "post" or "content"
// (post-comments, content-share, related-content).
constexpr std::array<std::string_view, 30> kStrongNegative = {
    "comment", "disqus", "share", "sharing", "social", "related", "cookie", "consent", "gdpr",
    "footer", "copyright",
    "newsletter", "subscribe", "breadcrumb", "outbrain", "taboola", "most-read",
    "mostread", "most-popular", "mostpopular", "trending", "recommend", "akthar",
    "iqra", "aqra", "readmore", "read-more", "more-stories", "also-read", "signup"};

// Furniture unless the name also says it is content.
constexpr std::array<std::string_view, 33> kNegative = {
    "header", "menu", "navbar", "nav-", "-nav", "widget", "promo", "banner", "sidebar",
    "popular",
    "sponsor", "advert", "popup", "modal", "pagination", "pager", "tags", "tag-list",
    "keyword", "author", "byline", "meta", "toolbar", "masthead",
    "login", "search", "tooltip", "caption", "credit", "skip", "writer", "kateb", "profile"};

// News tickers ("breaking", "عاجل" bars) hold many one-paragraph items; but some sites also
// file their articles under a "breaking-news" section name.
constexpr std::array<std::string_view, 4> kTicker = {"ticker", "breaking", "marquee", "news-bar"};

constexpr std::array<std::string_view, 6> kCaption = {"caption", "credit", "photo-text",
                                                     "img-desc", "image-desc", "wp-caption"};
constexpr std::array<std::string_view, 5> kByline = {"byline", "author", "dateline",
                                                    "publish", "timestamp"};

// Ads, author bios and menus are named with short tokens (ad, ads, dfp, bio, nav) that are
// substrings of everything else (head, load, biology, canvas), so they are matched as whole
// tokens.
bool HasAdToken(std::string_view names) {
  std::size_t i = 0;
  while (i < names.size()) {
    while (i < names.size() && (names[i] == ' ' || names[i] == '-' || names[i] == '_')) ++i;
    const std::size_t start = i;
    while (i < names.size() && names[i] != ' ' && names[i] != '-' && names[i] != '_') ++i;
    const std::string_view t = names.substr(start, i - start);
    if (t == "ad" || t == "ads" || t == "adv" || t == "advert" || t == "advertisement" ||
        t == "dfp" || t == "adsense" || t == "sponsored" || t == "bio" || t == "nav") {
      return true;
    }
  }
  return false;
}

std::string Lower(std::string_view a, std::string_view b) {
  std::string s;
  s.reserve(a.size() + b.size() + 1);
  s.append(a).append(" ").append(b);
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace

ClassEvidence ReadClassEvidence(const DomNode& node) {
  ClassEvidence e;
  const std::string_view itemprop = node.Attr("itemprop");
  if (itemprop == "articleBody" || itemprop == "articlebody") {
    e.article_body = e.positive = true;
  }
  const std::string_view role = node.Attr("role");
  if (role == "navigation" || role == "complementary" || role == "contentinfo" ||
      role == "banner" || role == "dialog" || role == "alert" || role == "menu") {
    e.negative = true;
  }
  if (node.cls.empty() && node.id.empty()) return e;
  const std::string names = Lower(node.cls, node.id);
  if (AnyIn(names, kArticleBody)) e.article_body = e.positive = true;
  if (AnyIn(names, kPositive)) e.positive = true;
  if (AnyIn(names, kStrongNegative)) e.strong_negative = e.negative = true;
  if (AnyIn(names, kNegative) || HasAdToken(names)) e.negative = true;
  e.caption = AnyIn(names, kCaption);
  e.ticker = AnyIn(names, kTicker);
  e.byline = AnyIn(names, kByline);
  return e;
}

bool IsHiddenByMarkup(const DomNode& node) {
  if (node.HasAttr("hidden") || node.Attr("aria-hidden") == "true") return true;
  const std::string_view style = node.Attr("style");
  if (style.empty()) return false;
  std::string s;
  for (char c : style) {
    if (c != ' ') s += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

}  // namespace marsad::extract
