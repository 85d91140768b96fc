// Text blocks: the page's visible text cut at block-level element boundaries.
//
// A block is the run of text between two block boundaries (a <p>, heading, list item, div,
// <br>, ...), with the element that holds it and how much of it is link text. The content
// scorer decides which blocks are the article; BlockCollector only cuts and measures.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "marsad/extract/internal/dom.h"

namespace marsad::extract {

struct TextBlock {
  std::string text;            // white space collapsed, trimmed
  std::int32_t node = -1;      // innermost block-level element holding the text
  std::size_t chars = 0;       // code points of text
  std::size_t link_chars = 0;  // code points inside <a href>
  std::size_t words = 0;
  Tag tag = Tag::kOther;       // tag of `node`
  bool heading = false;        // inside h1–h6
  bool in_list = false;        // inside li/dt/dd
  bool in_quote = false;       // inside blockquote
  bool in_table = false;       // inside td/th
  bool in_figure = false;      // inside figure/figcaption/caption
  bool in_pre = false;         // inside pre (line breaks kept)
  bool in_time = false;        // whole block is a <time>
  double score = 0;            // filled in by the content scorer
  bool keep = false;           // filled in by the content scorer
};

// Tags that never hold visible article text (scripts, forms, media, embedded documents).
bool IsInvisibleTag(Tag t);
// Tags that start a new block of text.
bool IsBlockTag(Tag t);
bool IsHeadingTag(Tag t);

class BlockCollector {
 public:
  explicit BlockCollector(const Dom& dom) : dom_(dom) {}
  // Blocks of the subtree under `root` in document order. Elements for which
  // `skip(node_index)` is true are left out with everything below them.
  template <typename Skip>
  std::vector<TextBlock> Collect(std::int32_t root, Skip skip) const;
  std::vector<TextBlock> Collect(std::int32_t root) const {
    return Collect(root, [](std::int32_t) { return false; });
  }

 private:
  struct State;
  void Visit(std::int32_t n, State& s, const std::vector<bool>& skipped) const;
  std::vector<TextBlock> Run(std::int32_t root, const std::vector<bool>& skipped) const;
  const Dom& dom_;
};

template <typename Skip>
std::vector<TextBlock> BlockCollector::Collect(std::int32_t root, Skip skip) const {
  std::vector<bool> skipped(static_cast<std::size_t>(dom_.size()), false);
  for (std::int32_t i = 0; i < dom_.size(); ++i) {
    if (!dom_.node(i).is_text() && skip(i)) skipped[static_cast<std::size_t>(i)] = true;
  }
  return Run(root, skipped);
}

}  // namespace marsad::extract
