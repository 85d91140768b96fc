#include "marsad/extract/internal/content_scorer.h"

#include "marsad/extract/internal/arabic_date.h"

#include <algorithm>
#include <optional>
#include <unordered_set>

#include "marsad/core/core.h"
#include "marsad/extract/internal/class_evidence.h"
#include "marsad/extract/internal/furniture.h"
#include "marsad/extract/internal/text_stats.h"

namespace marsad::extract {
namespace {

// A short block that is only a date ("2024-03-12", "الثلاثاء 12 آذار 2024") is the page's
// dateline: metadata (Article::date), not a sentence of the article.
bool IsDateline(const TextBlock& b) {
  return b.words <= 6 && (ParseIsoDate(b.text) || FindDateInText(b.text));
}

// A furniture subtree may be pruned by its name only while it holds less than this share of
// the page's prose: a site that calls its article wrapper "main-with-sidebar" must not lose it.
constexpr double kMaxPrunedShare = 0.3;
constexpr double kMaxHiddenShare = 0.8;
constexpr double kMaxTickerShare = 0.6;
// A sibling of the best container joins the article when its blocks are worth this much
// (about one line of prose more than its clutter).
constexpr double kMinSiblingValue = 60;
// A second text cluster joins when its container scores this share of the best one, within
// this many levels above the best container's parent.
constexpr double kClusterShare = 0.3;
constexpr int kClusterLevels = 5;
constexpr double kMinClusterValue = 300;  // about two short paragraphs of prose

bool IsFurnitureTag(Tag t) {
  return t == Tag::kNav || t == Tag::kAside || t == Tag::kFooter || t == Tag::kHeader ||
         t == Tag::kMenu || t == Tag::kFigcaption || t == Tag::kAddress;
}

double LinkDensity(const TextBlock& b) {
  return b.chars == 0 ? 0 : double(b.link_chars) / double(b.chars);
}

using Kind = ContentScorer::Kind;

// How a block looks on its own (jusText-style local classification).
Kind Classify(const TextBlock& b, const TextStats& st) {
  const double ld = LinkDensity(b);
  if (ld > 0.5 || b.in_figure) return Kind::kBad;
  if (IsFurnitureLabel(b.text, b.words) || IsNotice(b.text, b.words)) return Kind::kBad;
  if (b.heading) return ld > 0.3 ? Kind::kBad : Kind::kHeading;
  if (IsBylineOrDateline(b.text, b.words)) return Kind::kBad;
  if (ld <= 0.35 && st.LooksLikeProse() && st.words >= 10) return Kind::kGood;
  // A linked lead-in followed by sentences of its own (roundups, "what you need to know").
  if (ld <= 0.5 && st.LooksLikeProse() && double(st.words) * (1 - ld) >= 20) return Kind::kGood;
  if (ld <= 0.2 && st.words >= 25) return Kind::kGood;  // long text in a script without stop words
  return Kind::kShort;
}

// Value of a block for choosing the container: prose counts for, links and clutter against.
double Value(const TextBlock& b, Kind kind) {
  const double chars = static_cast<double>(b.chars);
  const double own = static_cast<double>(b.chars - b.link_chars);
  switch (kind) {
    case Kind::kGood:
      return (b.in_list || b.in_table ? 0.6 : 1.0) * own;
    case Kind::kHeading:
      return 0;
    case Kind::kShort:
      return -0.3 * chars;
    case Kind::kBad:
      return -1.0 * chars;
  }
  return 0;
}

}  // namespace

std::vector<bool> ContentScorer::PruneByMarkup(const std::vector<TextBlock>& blocks,
                                                const std::vector<Kind>& kinds) const {
  const auto n = static_cast<std::size_t>(dom_.size());
  // Prose characters below each node, summed bottom-up (children have larger indices).
  std::vector<double> prose(n, 0);
  double total = 0;
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    if (kinds[k] != Kind::kGood || blocks[k].node < 0) continue;
    prose[static_cast<std::size_t>(blocks[k].node)] += static_cast<double>(blocks[k].chars);
    total += static_cast<double>(blocks[k].chars);
  }
  for (std::int32_t i = dom_.size() - 1; i > 0; --i) {
    const std::int32_t p = dom_.node(i).parent;
    if (p >= 0) prose[static_cast<std::size_t>(p)] += prose[static_cast<std::size_t>(i)];
  }
  // Pass 1: tags and names that say what the box is (footer, comments, share bar, related
  // links) are believed whatever the box holds. pruned[i]: i or an ancestor is furniture.
  std::vector<bool> pruned(n, false);
  std::vector<ClassEvidence> evidence(n);
  for (std::int32_t i = 0; i < dom_.size(); ++i) {
    const DomNode& d = dom_.node(i);
    const std::int32_t p = d.parent;
    if (p >= 0 && pruned[static_cast<std::size_t>(p)]) {
      pruned[i] = true;
      continue;
    }
    if (d.is_text() || d.tag == Tag::kHtml || d.tag == Tag::kBody) continue;
    evidence[i] = ReadClassEvidence(d);
    if (evidence[i].article_body) continue;
    if (IsFurnitureTag(d.tag) || evidence[i].strong_negative) {
      pruned[i] = true;
      if (p < 0 || !pruned[static_cast<std::size_t>(p)]) total -= prose[i];
    }
  }
  // Pass 2: hidden boxes, tickers and layout names ("with-sidebar", "header-wrap",
  // "breaking-news" as a section name) only while the box holds a minor share of the prose
  // that is left.
  for (std::int32_t i = 0; i < dom_.size(); ++i) {
    const DomNode& d = dom_.node(i);
    const std::int32_t p = d.parent;
    if (p >= 0 && pruned[static_cast<std::size_t>(p)]) {
      pruned[i] = true;
      continue;
    }
    if (pruned[i] || d.is_text() || d.tag == Tag::kHtml || d.tag == Tag::kBody) continue;
    const ClassEvidence& e = evidence[i];
    if (e.article_body) continue;
    if (IsHiddenByMarkup(d)) {
      // Menus, modals or a second (microdata) copy of the article; only a page that hides
      // nearly all its prose (revealed by script) keeps them.
      pruned[i] = prose[i] <= kMaxHiddenShare * total;
    } else if (e.ticker) {
      pruned[i] = prose[i] <= kMaxTickerShare * total;
    } else if (e.caption || (e.negative && !e.positive)) {
      pruned[i] = prose[i] <= kMaxPrunedShare * total;
    }
  }
  return pruned;
}

std::vector<std::int32_t> ContentScorer::BestContainer(
    const std::vector<TextBlock>& blocks) const {
  const auto n = static_cast<std::size_t>(dom_.size());
  std::vector<double> raw(n, 0);
  // A block's value counts fully for its element and that element's parent, then less and
  // less for each level up: paragraphs of one article are siblings or cousins, while a page
  // that scatters teasers over many boxes only adds up at <body>, where they count little.
  std::vector<double> sum(n, 0);
  for (const TextBlock& b : blocks) {
    std::int32_t a = b.node;
    for (int d = 0; a >= 0; ++d, a = dom_.node(a).parent) {
      sum[static_cast<std::size_t>(a)] += b.score * (d <= 1 ? 1.0 : 1.0 / d);
      raw[static_cast<std::size_t>(a)] += b.score;
    }
  }
  std::int32_t best = -1;
  double best_score = 0;
  for (std::int32_t i = 0; i < dom_.size(); ++i) {
    const DomNode& d = dom_.node(i);
    if (d.is_text() || sum[i] <= 0) continue;
    const ClassEvidence e = ReadClassEvidence(d);
    double s = sum[i];
    if (e.article_body) s *= 1.25;
    else if (e.positive || d.tag == Tag::kArticle || d.tag == Tag::kMain) s *= 1.1;
    if (s > best_score) {
      best_score = s;
      best = i;
    }
  }
  if (best < 0) return {};
  // An article cut into sibling pieces by an embed, an ad or a pull quote: the siblings of the
  // best container that carry prose of their own belong to it.
  std::vector<std::int32_t> roots;
  const std::int32_t parent = dom_.node(best).parent;
  if (parent < 0) return {best};
  for (std::int32_t c = dom_.node(parent).first_child; c >= 0; c = dom_.node(c).next_sibling) {
    // The sibling's prose must sit near its top: a box of many separate items (the other
    // posts of a blog listing) only adds up far below and is not a piece of this article.
    const auto k = static_cast<std::size_t>(c);
    if (c == best || (raw[k] >= kMinSiblingValue && sum[k] >= 0.6 * raw[k])) roots.push_back(c);
  }
  // A page may also split the article into two wrappers a few levels apart (a grid of
  // column blocks around an ad): a nearby subtree that holds a text cluster of its own nearly
  // as strong as the best one joins too. Teasers never add up to that, one by one.
  std::vector<double> strongest(n, 0);  // best container score anywhere in the subtree
  for (std::int32_t i = dom_.size() - 1; i >= 0; --i) {
    auto& m = strongest[static_cast<std::size_t>(i)];
    m = std::max(m, sum[static_cast<std::size_t>(i)]);
    const std::int32_t p = dom_.node(i).parent;
    if (p >= 0) strongest[static_cast<std::size_t>(p)] = std::max(strongest[static_cast<std::size_t>(p)], m);
  }
  std::int32_t path = parent;
  for (int level = 0; level < kClusterLevels && dom_.node(path).parent >= 0; ++level) {
    const std::int32_t up = dom_.node(path).parent;
    for (std::int32_t c = dom_.node(up).first_child; c >= 0; c = dom_.node(c).next_sibling) {
      const double strength = strongest[static_cast<std::size_t>(c)];
      if (c != path && strength >= std::max(kClusterShare * best_score, kMinClusterValue)) {
        roots.push_back(c);
      }
    }
    path = up;
  }
  return roots;
}

std::vector<TextBlock> ContentScorer::KeepInside(const std::vector<std::int32_t>& roots,
                                                 std::vector<TextBlock> blocks,
                                                 const std::vector<Kind>& block_kinds,
                                                 std::string_view title) const {
  std::vector<TextBlock> inside;
  std::vector<Kind> kinds;
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    if (!roots.empty() && !InsideAny(roots, blocks[k].node)) continue;
    kinds.push_back(block_kinds[k]);
    inside.push_back(std::move(blocks[k]));
  }
  const std::string folded_title = FoldForMatching(title);
  const std::size_t count = inside.size();
  // Index of the next/previous block of each kind other than short, for context decisions.
  // The nearest good or bad block after/before i; nullopt at the container's edge.
  auto next_decisive = [&](std::size_t i) -> std::optional<Kind> {
    for (std::size_t j = i + 1; j < count; ++j) {
      if (kinds[j] != Kind::kShort && kinds[j] != Kind::kHeading) return kinds[j];
    }
    return std::nullopt;
  };
  auto prev_decisive = [&](std::size_t i) -> std::optional<Kind> {
    for (std::size_t j = i; j-- > 0;) {
      if (kinds[j] != Kind::kShort && kinds[j] != Kind::kHeading) return kinds[j];
    }
    return std::nullopt;
  };
  std::vector<TextBlock> kept;
  std::unordered_set<std::uint64_t> seen;  // hashes of the kept blocks' text
  bool after_label = false;
  for (std::size_t i = 0; i < count; ++i) {
    TextBlock& b = inside[i];
    bool keep = false;
    switch (kinds[i]) {
      case Kind::kGood:
        keep = true;
        after_label = false;
        break;
      case Kind::kHeading:
        keep = !IsFurnitureLabel(b.text, b.words) && next_decisive(i) == Kind::kGood &&
               FoldForMatching(b.text) != folded_title;
        break;
      case Kind::kShort:
        // Between prose, or between prose and the container's edge (a one-line lede, a list
        // of dates closing the article), never next to clutter.
        {
          const auto prev = prev_decisive(i), next = next_decisive(i);
          const bool prev_ok = prev ? *prev == Kind::kGood : next == Kind::kGood;
          const bool next_ok = next ? *next == Kind::kGood : prev == Kind::kGood;
          keep = !after_label && LinkDensity(b) <= 0.3 && prev_ok && next_ok && !IsDateline(b);
        }
        break;
      case Kind::kBad:
        if (IsFurnitureLabel(b.text, b.words)) after_label = true;
        break;
    }
    // Pages that carry the article twice (a print or AMP copy, microdata) repeat paragraphs
    // word for word; an article does not (short lines, like recipe steps, may repeat).
    if (keep && (b.words < 10 || seen.insert(Fnv1a64(b.text)).second)) kept.push_back(std::move(b));
  }
  return kept;
}

bool ContentScorer::InsideAny(const std::vector<std::int32_t>& roots, std::int32_t node) const {
  for (std::int32_t a = node; a >= 0; a = dom_.node(a).parent) {
    if (std::find(roots.begin(), roots.end(), a) != roots.end()) return true;
  }
  return false;
}

std::vector<TextBlock> ContentScorer::Select(std::vector<TextBlock> all,
                                             std::string_view title) const {
  std::vector<Kind> kinds;
  kinds.reserve(all.size());
  for (const TextBlock& b : all) kinds.push_back(Classify(b, MeasureText(b.text)));
  const std::vector<bool> pruned = PruneByMarkup(all, kinds);
  std::vector<TextBlock> blocks;
  std::vector<Kind> block_kinds;
  for (std::size_t k = 0; k < all.size(); ++k) {
    if (all[k].node >= 0 && pruned[static_cast<std::size_t>(all[k].node)]) continue;
    all[k].score = Value(all[k], kinds[k]);
    blocks.push_back(std::move(all[k]));
    block_kinds.push_back(kinds[k]);
  }
  // A page without a single prose block (a schedule, a table of results, a list of short
  // lines): its main text is then the densest run of short link-free lines.
  if (std::none_of(block_kinds.begin(), block_kinds.end(), [](Kind k) { return k == Kind::kGood; })) {
    for (std::size_t k = 0; k < blocks.size(); ++k) {
      if (block_kinds[k] == Kind::kShort && LinkDensity(blocks[k]) <= 0.3) {
        block_kinds[k] = Kind::kGood;
        blocks[k].score = Value(blocks[k], Kind::kGood);
      }
    }
  }
  const std::vector<std::int32_t> container = BestContainer(blocks);
  return KeepInside(container, std::move(blocks), block_kinds, title);
}

}  // namespace marsad::extract
