// ContentScorer: which text blocks of a page are the article. The algorithm is described in
// README.md beside this file; in short:
//   1. prune furniture by markup (hidden, nav/aside/footer, class/id names), never a subtree
//      that holds most of the page's text;
//   2. cut the rest into text blocks and give each a value: + for prose (stop words,
//      punctuation, few links), − for link lists and non-prose text;
//   3. the container is the element whose subtree has the highest total value (a maximum-
//      weight subtree), with a bonus for article-like names;
//   4. inside it, keep prose blocks, headings that introduce prose, short blocks between
//      prose blocks; drop labels and the link lists after them, bylines, captions, notices.
#pragma once

#include <string_view>
#include <vector>

#include "marsad/extract/internal/dom.h"
#include "marsad/extract/internal/text_block.h"

namespace marsad::extract {

class ContentScorer {
 public:
  explicit ContentScorer(const Dom& dom) : dom_(dom) {}

  // The article's blocks in document order, from all the blocks of the body (BlockCollector
  // on dom.body()). `title` (already extracted) is left out if the page repeats it as a
  // heading inside the article.
  std::vector<TextBlock> Select(std::vector<TextBlock> all, std::string_view title) const;

  // How a block looks on its own: prose, short (labels, one-liners), heading, or clutter.
  enum class Kind { kGood, kShort, kHeading, kBad };

 private:
  std::vector<bool> PruneByMarkup(const std::vector<TextBlock>& blocks,
                                  const std::vector<Kind>& kinds) const;
  // The best container and its siblings that belong with it, in document order.
  std::vector<std::int32_t> BestContainer(const std::vector<TextBlock>& blocks) const;
  bool InsideAny(const std::vector<std::int32_t>& roots, std::int32_t node) const;
  std::vector<TextBlock> KeepInside(const std::vector<std::int32_t>& roots,
                                    std::vector<TextBlock> blocks, const std::vector<Kind>& kinds,
                                    std::string_view title) const;

  const Dom& dom_;
};

}  // namespace marsad::extract
