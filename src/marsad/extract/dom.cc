#include "marsad/extract/dom.h"

#include <gumbo.h>

#include <algorithm>
#include <array>

namespace marsad::extract {
namespace {

Tag FromGumbo(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_HTML: return Tag::kHtml;
    case GUMBO_TAG_HEAD: return Tag::kHead;
    case GUMBO_TAG_BODY: return Tag::kBody;
    case GUMBO_TAG_TITLE: return Tag::kTitle;
    case GUMBO_TAG_META: return Tag::kMeta;
    case GUMBO_TAG_LINK: return Tag::kLink;
    case GUMBO_TAG_SCRIPT: return Tag::kScript;
    case GUMBO_TAG_STYLE: return Tag::kStyle;
    case GUMBO_TAG_NOSCRIPT: return Tag::kNoscript;
    case GUMBO_TAG_TEMPLATE: return Tag::kTemplate;
    case GUMBO_TAG_SVG: return Tag::kSvg;
    case GUMBO_TAG_MATH: return Tag::kMath;
    case GUMBO_TAG_IFRAME: return Tag::kIframe;
    case GUMBO_TAG_OBJECT: return Tag::kObject;
    case GUMBO_TAG_EMBED: return Tag::kEmbed;
    case GUMBO_TAG_CANVAS: return Tag::kCanvas;
    case GUMBO_TAG_VIDEO: return Tag::kVideo;
    case GUMBO_TAG_AUDIO: return Tag::kAudio;
    case GUMBO_TAG_SELECT: return Tag::kSelect;
    case GUMBO_TAG_OPTION: return Tag::kOption;
    case GUMBO_TAG_BUTTON: return Tag::kButton;
    case GUMBO_TAG_INPUT: return Tag::kInput;
    case GUMBO_TAG_TEXTAREA: return Tag::kTextarea;
    case GUMBO_TAG_FORM: return Tag::kForm;
    case GUMBO_TAG_LABEL: return Tag::kLabel;
    case GUMBO_TAG_NAV: return Tag::kNav;
    case GUMBO_TAG_HEADER: return Tag::kHeader;
    case GUMBO_TAG_FOOTER: return Tag::kFooter;
    case GUMBO_TAG_ASIDE: return Tag::kAside;
    case GUMBO_TAG_MAIN: return Tag::kMain;
    case GUMBO_TAG_ARTICLE: return Tag::kArticle;
    case GUMBO_TAG_SECTION: return Tag::kSection;
    case GUMBO_TAG_DIV: return Tag::kDiv;
    case GUMBO_TAG_P: return Tag::kP;
    case GUMBO_TAG_H1: return Tag::kH1;
    case GUMBO_TAG_H2: return Tag::kH2;
    case GUMBO_TAG_H3: return Tag::kH3;
    case GUMBO_TAG_H4: return Tag::kH4;
    case GUMBO_TAG_H5: return Tag::kH5;
    case GUMBO_TAG_H6: return Tag::kH6;
    case GUMBO_TAG_UL: return Tag::kUl;
    case GUMBO_TAG_OL: return Tag::kOl;
    case GUMBO_TAG_LI: return Tag::kLi;
    case GUMBO_TAG_DL: return Tag::kDl;
    case GUMBO_TAG_DT: return Tag::kDt;
    case GUMBO_TAG_DD: return Tag::kDd;
    case GUMBO_TAG_TABLE: return Tag::kTable;
    case GUMBO_TAG_THEAD: return Tag::kThead;
    case GUMBO_TAG_TBODY: return Tag::kTbody;
    case GUMBO_TAG_TFOOT: return Tag::kTfoot;
    case GUMBO_TAG_TR: return Tag::kTr;
    case GUMBO_TAG_TD: return Tag::kTd;
    case GUMBO_TAG_TH: return Tag::kTh;
    case GUMBO_TAG_CAPTION: return Tag::kCaption;
    case GUMBO_TAG_BLOCKQUOTE: return Tag::kBlockquote;
    case GUMBO_TAG_PRE: return Tag::kPre;
    case GUMBO_TAG_CODE: return Tag::kCode;
    case GUMBO_TAG_FIGURE: return Tag::kFigure;
    case GUMBO_TAG_FIGCAPTION: return Tag::kFigcaption;
    case GUMBO_TAG_IMG: return Tag::kImg;
    case GUMBO_TAG_A: return Tag::kA;
    case GUMBO_TAG_BR: return Tag::kBr;
    case GUMBO_TAG_HR: return Tag::kHr;
    case GUMBO_TAG_SPAN: return Tag::kSpan;
    case GUMBO_TAG_STRONG: return Tag::kStrong;
    case GUMBO_TAG_B: return Tag::kB;
    case GUMBO_TAG_EM: return Tag::kEm;
    case GUMBO_TAG_I: return Tag::kI;
    case GUMBO_TAG_U: return Tag::kU;
    case GUMBO_TAG_SMALL: return Tag::kSmall;
    case GUMBO_TAG_SUB: return Tag::kSub;
    case GUMBO_TAG_SUP: return Tag::kSup;
    case GUMBO_TAG_TIME: return Tag::kTime;
    case GUMBO_TAG_ADDRESS: return Tag::kAddress;
    case GUMBO_TAG_CENTER: return Tag::kCenter;
    case GUMBO_TAG_FONT: return Tag::kFont;
    case GUMBO_TAG_MENU: return Tag::kMenu;
    case GUMBO_TAG_DETAILS: return Tag::kDetails;
    case GUMBO_TAG_SUMMARY: return Tag::kSummary;
    case GUMBO_TAG_Q: return Tag::kQ;
    case GUMBO_TAG_CITE: return Tag::kCite;
    case GUMBO_TAG_ABBR: return Tag::kAbbr;
    case GUMBO_TAG_MARK: return Tag::kMark;
    case GUMBO_TAG_DEL: return Tag::kDel;
    case GUMBO_TAG_INS: return Tag::kIns;
    case GUMBO_TAG_S: return Tag::kS;
    case GUMBO_TAG_HGROUP: return Tag::kHgroup;
    default: return Tag::kOther;
  }
}

// Attributes worth keeping besides id and class.
constexpr std::array<std::string_view, 15> kKeptAttrs = {
    "name", "property", "content", "href", "datetime", "rel", "itemprop", "type",
    "role", "hidden", "style", "aria-hidden", "lang", "itemtype", "src"};

bool Kept(std::string_view name) {
  return std::find(kKeptAttrs.begin(), kKeptAttrs.end(), name) != kKeptAttrs.end();
}

}  // namespace

class DomBuilder {
 public:
  explicit DomBuilder(Dom& dom) : dom_(dom) {}

  // Iterative so that pathologically deep pages cannot overflow the stack.
  void Build(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      std::int32_t parent;
    };
    std::vector<Frame> stack{{root, -1}};
    while (!stack.empty()) {
      const Frame f = stack.back();
      stack.pop_back();
      const std::int32_t id = Add(f.node, f.parent);
      if (id < 0 || f.node->type != GUMBO_NODE_ELEMENT) continue;
      const GumboVector& kids = f.node->v.element.children;
      for (unsigned k = kids.length; k-- > 0;) {
        stack.push_back({static_cast<const GumboNode*>(kids.data[k]), id});
      }
    }
  }

 private:
  std::int32_t Add(const GumboNode* g, std::int32_t parent) {
    DomNode n;
    n.parent = parent;
    switch (g->type) {
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboElement& e = g->v.element;
        n.tag = FromGumbo(e.tag);
        for (unsigned k = 0; k < e.attributes.length; ++k) {
          const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[k]);
          std::string_view name = a->name;
          if (name == "id") n.id = a->value;
          else if (name == "class") n.cls = a->value;
          else if (Kept(name)) n.attrs.emplace_back(name, a->value);
        }
        break;
      }
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        n.tag = Tag::kText;
        n.text = g->v.text.text;
        break;
      default:
        return -1;  // comments, document
    }
    const auto id = static_cast<std::int32_t>(dom_.nodes_.size());
    dom_.nodes_.push_back(std::move(n));
    if (parent >= 0) {
      DomNode& p = dom_.nodes_[static_cast<std::size_t>(parent)];
      if (p.last_child >= 0) dom_.nodes_[static_cast<std::size_t>(p.last_child)].next_sibling = id;
      else p.first_child = id;
      p.last_child = id;
    }
    const Tag t = dom_.nodes_.back().tag;
    if (t == Tag::kHead && dom_.head_ < 0) dom_.head_ = id;
    if (t == Tag::kBody && dom_.body_ < 0) dom_.body_ = id;
    return id;
  }

  Dom& dom_;
};

std::string_view DomNode::Attr(std::string_view name) const {
  for (const auto& [k, v] : attrs) {
    if (k == name) return v;
  }
  return {};
}

bool DomNode::HasAttr(std::string_view name) const {
  for (const auto& kv : attrs) {
    if (kv.first == name) return true;
  }
  return false;
}

Dom Dom::Parse(std::string_view html) {
  Dom dom;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // we never read parse errors; collecting them costs time
  GumboOutput* out = gumbo_parse_with_options(&options, html.data(), html.size());
  if (out == nullptr) return dom;
  dom.nodes_.reserve(html.size() / 40 + 16);
  DomBuilder(dom).Build(out->root);
  gumbo_destroy_output(&options, out);
  return dom;
}

std::vector<std::int32_t> Dom::FindAll(Tag tag, std::int32_t from) const {
  std::vector<std::int32_t> found;
  if (from < 0 || from >= size()) return found;
  // Nodes are numbered in document order (pre-order), and a subtree is a contiguous range
  // that ends where the next node outside it begins.
  for (std::int32_t i = from; i < size(); ++i) {
    if (i != from && !Contains(from, i)) break;
    if (node(i).tag == tag) found.push_back(i);
  }
  return found;
}

bool Dom::Contains(std::int32_t ancestor, std::int32_t i) const {
  while (i >= 0) {
    if (i == ancestor) return true;
    i = node(i).parent;
  }
  return false;
}

std::string Dom::Text(std::int32_t i) const {
  std::string out;
  bool pending = false;
  if (i < 0 || i >= size()) return out;
  std::vector<std::int32_t> stack{i};
  while (!stack.empty()) {
    const std::int32_t n = stack.back();
    stack.pop_back();
    const DomNode& d = node(n);
    if (d.is_text()) {
      AppendCollapsed(d.text, out, pending);
      continue;
    }
    if (d.tag == Tag::kScript || d.tag == Tag::kStyle || d.tag == Tag::kTemplate) continue;
    std::vector<std::int32_t> kids;
    for (std::int32_t c = d.first_child; c >= 0; c = node(c).next_sibling) kids.push_back(c);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
  }
  return out;
}

namespace {

// Byte length of a white-space character at s[i], or 0. Covers ASCII space/controls, NBSP,
// the U+2000 block spaces, U+202F, U+205F, U+3000 and zero-width space.
std::size_t SpaceLength(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < s.size()) {
    const auto c1 = static_cast<unsigned char>(s[i + 1]);
    const auto c2 = static_cast<unsigned char>(s[i + 2]);
    if (c1 == 0x80 && (c2 <= 0x8B || c2 == 0xAF)) return 3;
    if (c1 == 0x81 && c2 == 0x9F) return 3;
  }
  if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80) {
    return 3;
  }
  return 0;
}

}  // namespace

void AppendCollapsed(std::string_view text, std::string& out, bool& pending_space) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t sp = SpaceLength(text, i);
    if (sp > 0) {
      pending_space = true;
      i += sp;
      continue;
    }
    if (pending_space && !out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
    pending_space = false;
    out += text[i++];
  }
}

}  // namespace marsad::extract
