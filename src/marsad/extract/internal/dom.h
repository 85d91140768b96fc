// A compact, read-only DOM built once from libxml2's HTML parse tree (see bench/RESULTS.md for
// why libxml2 and not gumbo).
//
// Nodes live in one vector and link by index (parent, first child, next sibling), so walking
// is cache-friendly and the whole tree is freed at once. Text and attribute values are views
// into the parser's tree, which the Dom keeps alive, so building it copies no text. Text
// nodes hold their text with entities decoded; comments are dropped. Only the attributes the
// extractor reads are kept.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::extract {

// Element kinds the extractor distinguishes; everything else is kOther (its name is kept).
enum class Tag : std::uint8_t {
  kOther, kText, kHtml, kHead, kBody, kTitle, kMeta, kLink, kScript, kStyle, kNoscript,
  kTemplate, kSvg, kMath, kIframe, kObject, kEmbed, kCanvas, kVideo, kAudio, kSelect, kOption,
  kButton, kInput, kTextarea, kForm, kLabel, kNav, kHeader, kFooter, kAside, kMain, kArticle,
  kSection, kDiv, kP, kH1, kH2, kH3, kH4, kH5, kH6, kUl, kOl, kLi, kDl, kDt, kDd, kTable,
  kThead, kTbody, kTfoot, kTr, kTd, kTh, kCaption, kBlockquote, kPre, kCode, kFigure,
  kFigcaption, kImg, kPicture, kA, kBr, kHr, kSpan, kStrong, kB, kEm, kI, kU, kSmall, kSub,
  kSup, kTime, kAddress, kCenter, kFont, kMenu, kDialog, kDetails, kSummary, kQ, kCite, kAbbr,
  kMark, kDel, kIns, kS, kHgroup,
};

struct DomNode {
  Tag tag = Tag::kOther;
  std::int32_t parent = -1;
  std::int32_t first_child = -1;
  std::int32_t last_child = -1;
  std::int32_t next_sibling = -1;
  std::string_view text;  // text nodes only
  std::string_view id;
  std::string_view cls;
  // Other attributes the extractor reads (name, property, content, href, datetime, rel,
  // itemprop, type, role, hidden, style, aria-hidden, lang, itemtype, src).
  std::vector<std::pair<std::string_view, std::string_view>> attrs;

  bool is_text() const { return tag == Tag::kText; }
  // The value of attribute `name`, or an empty view when absent.
  std::string_view Attr(std::string_view name) const;
  bool HasAttr(std::string_view name) const;
};

class Dom {
 public:
  // Parses an HTML document (UTF-8). Never fails: broken markup is repaired by libxml2's
  // recovering parser; an input it cannot read at all yields an empty DOM (size() == 0).
  static Dom Parse(std::string_view html);

  const DomNode& node(std::int32_t i) const { return nodes_[static_cast<std::size_t>(i)]; }
  std::int32_t size() const { return static_cast<std::int32_t>(nodes_.size()); }
  std::int32_t root() const { return nodes_.empty() ? -1 : 0; }
  std::int32_t head() const { return head_; }
  std::int32_t body() const { return body_; }

  // Every element below `from` (in document order) with the given tag.
  std::vector<std::int32_t> FindAll(Tag tag, std::int32_t from = 0) const;
  // The concatenated text below `i`, whitespace collapsed to single spaces and trimmed.
  std::string Text(std::int32_t i) const;
  // True if `ancestor` is `i` or one of its ancestors.
  bool Contains(std::int32_t ancestor, std::int32_t i) const;

 private:
  friend class DomBuilder;
  struct DocFree {
    void operator()(void* doc) const;
  };
  std::unique_ptr<void, DocFree> doc_;  // the libxml2 tree the views point into
  std::deque<std::string> owned_;       // attribute values the parser split into pieces
  std::vector<DomNode> nodes_;
  std::int32_t head_ = -1;
  std::int32_t body_ = -1;
};

// Appends `text` to `out` with runs of white space (ASCII and Unicode spaces) collapsed to one
// space; `pending_space` carries a collapsed space across calls.
void AppendCollapsed(std::string_view text, std::string& out, bool& pending_space);

}  // namespace marsad::extract
