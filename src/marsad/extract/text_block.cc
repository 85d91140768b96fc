#include "marsad/extract/internal/text_block.h"

#include "marsad/core/core.h"

namespace marsad::extract {

bool IsInvisibleTag(Tag t) {
  switch (t) {
    case Tag::kScript: case Tag::kStyle: case Tag::kNoscript: case Tag::kTemplate:
    case Tag::kSvg: case Tag::kMath: case Tag::kIframe: case Tag::kObject: case Tag::kEmbed:
    case Tag::kCanvas: case Tag::kVideo: case Tag::kAudio: case Tag::kSelect:
    case Tag::kOption: case Tag::kButton: case Tag::kInput: case Tag::kTextarea:
    case Tag::kHead: case Tag::kTitle: case Tag::kMeta: case Tag::kLink: case Tag::kDialog:
      return true;
    default:
      return false;
  }
}

bool IsHeadingTag(Tag t) {
  return t == Tag::kH1 || t == Tag::kH2 || t == Tag::kH3 || t == Tag::kH4 || t == Tag::kH5 ||
         t == Tag::kH6;
}

bool IsBlockTag(Tag t) {
  switch (t) {
    case Tag::kBody: case Tag::kDiv: case Tag::kP: case Tag::kH1: case Tag::kH2: case Tag::kH3:
    case Tag::kH4: case Tag::kH5: case Tag::kH6: case Tag::kUl: case Tag::kOl: case Tag::kLi:
    case Tag::kDl: case Tag::kDt: case Tag::kDd: case Tag::kTable: case Tag::kThead:
    case Tag::kTbody: case Tag::kTfoot: case Tag::kTr: case Tag::kTd: case Tag::kTh:
    case Tag::kCaption: case Tag::kBlockquote: case Tag::kPre: case Tag::kFigure:
    case Tag::kFigcaption: case Tag::kSection: case Tag::kArticle: case Tag::kMain:
    case Tag::kHeader: case Tag::kFooter: case Tag::kNav: case Tag::kAside: case Tag::kForm:
    case Tag::kAddress: case Tag::kCenter: case Tag::kMenu: case Tag::kDetails:
    case Tag::kSummary: case Tag::kHr: case Tag::kBr: case Tag::kHgroup:
      return true;
    default:
      return false;
  }
}

struct BlockCollector::State {
  std::vector<TextBlock> blocks;
  TextBlock cur;
  bool pending_space = false;
  int link_depth = 0;
  int heading = 0, list = 0, quote = 0, table = 0, figure = 0, pre = 0;
  std::vector<std::int32_t> block_stack;
  int depth = 0;
};

namespace {

constexpr int kMaxDepth = 1000;

std::size_t CountWords(std::string_view s) {
  std::size_t words = 0;
  bool in = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n';
    if (!space && !in) ++words;
    in = !space;
  }
  return words;
}

}  // namespace

void BlockCollector::Visit(std::int32_t n, State& s, const std::vector<bool>& skipped) const {
  // Flushes the text gathered so far as one block held by the innermost open block element.
  auto flush = [&] {
    std::string& t = s.cur.text;
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.pop_back();
    if (!t.empty()) {
      s.cur.node = s.block_stack.empty() ? -1 : s.block_stack.back();
      s.cur.tag = s.cur.node >= 0 ? dom_.node(s.cur.node).tag : Tag::kOther;
      s.cur.chars = CodePointCount(t);
      s.cur.words = CountWords(t);
      // A heading is text whose innermost block is h1–h6: paragraphs that broken markup left
      // inside an unclosed <h1> are not headings.
      s.cur.heading = s.heading > 0 && IsHeadingTag(s.cur.tag);
      s.cur.in_list = s.list > 0;
      s.cur.in_quote = s.quote > 0;
      s.cur.in_table = s.table > 0;
      s.cur.in_figure = s.figure > 0;
      s.cur.in_pre = s.pre > 0;
      if (s.cur.link_chars > s.cur.chars) s.cur.link_chars = s.cur.chars;
      s.blocks.push_back(std::move(s.cur));
    }
    s.cur = TextBlock{};
    s.pending_space = false;
  };

  const DomNode& d = dom_.node(n);
  if (d.is_text()) {
    if (s.pre > 0) {
      s.cur.text += d.text;  // preformatted: keep the author's line breaks
    } else {
      const std::size_t before = s.cur.text.size();
      AppendCollapsed(d.text, s.cur.text, s.pending_space);
      if (s.link_depth > 0) {
        s.cur.link_chars +=
            CodePointCount(std::string_view(s.cur.text).substr(before));
      }
    }
    return;
  }
  if (skipped[static_cast<std::size_t>(n)] || IsInvisibleTag(d.tag)) return;
  // Recursion is bounded so that absurdly nested markup cannot exhaust the stack. Below the
  // limit nothing is lost: the element's text (an iterative walk) joins the current block, so
  // a page nested deeper than kMaxDepth keeps its words, in one block per element at the limit.
  if (s.depth > kMaxDepth) {
    const std::size_t before = s.cur.text.size();
    AppendCollapsed(dom_.Text(n), s.cur.text, s.pending_space);
    if (s.link_depth > 0)
      s.cur.link_chars += CodePointCount(std::string_view(s.cur.text).substr(before));
    s.pending_space = true;
    return;
  }
  if (d.tag == Tag::kBr) {
    flush();
    return;
  }
  const bool block = IsBlockTag(d.tag);
  if (block) {
    flush();
    s.block_stack.push_back(n);
  }
  const bool link = d.tag == Tag::kA && d.HasAttr("href");
  const bool heading = IsHeadingTag(d.tag);
  const bool list = d.tag == Tag::kLi || d.tag == Tag::kDt || d.tag == Tag::kDd;
  const bool quote = d.tag == Tag::kBlockquote;
  const bool table = d.tag == Tag::kTd || d.tag == Tag::kTh;
  const bool figure = d.tag == Tag::kFigure || d.tag == Tag::kFigcaption ||
                      d.tag == Tag::kCaption;
  const bool pre = d.tag == Tag::kPre;
  s.link_depth += link;
  s.heading += heading;
  s.list += list;
  s.quote += quote;
  s.table += table;
  s.figure += figure;
  s.pre += pre;
  // Inline images and line-level elements separate words even without spaces in the source.
  ++s.depth;
  for (std::int32_t c = d.first_child; c >= 0; c = dom_.node(c).next_sibling) {
    Visit(c, s, skipped);
  }
  --s.depth;
  // The element's own text is flushed while its flags (heading, list, ...) still hold.
  if (block) flush();
  s.link_depth -= link;
  s.heading -= heading;
  s.list -= list;
  s.quote -= quote;
  s.table -= table;
  s.figure -= figure;
  s.pre -= pre;
  if (block) {
    s.block_stack.pop_back();
  } else if (d.tag == Tag::kTd || d.tag == Tag::kTh || d.tag == Tag::kImg) {
    s.pending_space = true;
  }
}

std::vector<TextBlock> BlockCollector::Run(std::int32_t root,
                                           const std::vector<bool>& skipped) const {
  State s;
  if (root >= 0 && root < dom_.size()) {
    s.block_stack.push_back(root);
    Visit(root, s, skipped);
    s.cur.node = root;
  }
  // Trailing text outside any block element.
  std::string& t = s.cur.text;
  while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.pop_back();
  if (!t.empty()) {
    s.cur.chars = CodePointCount(t);
    s.cur.words = CountWords(t);
    s.blocks.push_back(std::move(s.cur));
  }
  return s.blocks;
}

}  // namespace marsad::extract
