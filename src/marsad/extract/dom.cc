#include "marsad/extract/internal/dom.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <unordered_map>

namespace marsad::extract {
namespace {

// Element names are lower case in libxml2's HTML tree.
Tag FromName(std::string_view name) {
  static const std::unordered_map<std::string_view, Tag> kTags = {
      {"html", Tag::kHtml},
      {"head", Tag::kHead},
      {"body", Tag::kBody},
      {"title", Tag::kTitle},
      {"meta", Tag::kMeta},
      {"link", Tag::kLink},
      {"script", Tag::kScript},
      {"style", Tag::kStyle},
      {"noscript", Tag::kNoscript},
      {"template", Tag::kTemplate},
      {"svg", Tag::kSvg},
      {"math", Tag::kMath},
      {"iframe", Tag::kIframe},
      {"object", Tag::kObject},
      {"embed", Tag::kEmbed},
      {"canvas", Tag::kCanvas},
      {"video", Tag::kVideo},
      {"audio", Tag::kAudio},
      {"select", Tag::kSelect},
      {"option", Tag::kOption},
      {"button", Tag::kButton},
      {"input", Tag::kInput},
      {"textarea", Tag::kTextarea},
      {"form", Tag::kForm},
      {"label", Tag::kLabel},
      {"nav", Tag::kNav},
      {"header", Tag::kHeader},
      {"footer", Tag::kFooter},
      {"aside", Tag::kAside},
      {"main", Tag::kMain},
      {"article", Tag::kArticle},
      {"section", Tag::kSection},
      {"div", Tag::kDiv},
      {"p", Tag::kP},
      {"h1", Tag::kH1},
      {"h2", Tag::kH2},
      {"h3", Tag::kH3},
      {"h4", Tag::kH4},
      {"h5", Tag::kH5},
      {"h6", Tag::kH6},
      {"ul", Tag::kUl},
      {"ol", Tag::kOl},
      {"li", Tag::kLi},
      {"dl", Tag::kDl},
      {"dt", Tag::kDt},
      {"dd", Tag::kDd},
      {"table", Tag::kTable},
      {"thead", Tag::kThead},
      {"tbody", Tag::kTbody},
      {"tfoot", Tag::kTfoot},
      {"tr", Tag::kTr},
      {"td", Tag::kTd},
      {"th", Tag::kTh},
      {"caption", Tag::kCaption},
      {"blockquote", Tag::kBlockquote},
      {"pre", Tag::kPre},
      {"code", Tag::kCode},
      {"figure", Tag::kFigure},
      {"figcaption", Tag::kFigcaption},
      {"img", Tag::kImg},
      {"a", Tag::kA},
      {"br", Tag::kBr},
      {"hr", Tag::kHr},
      {"span", Tag::kSpan},
      {"strong", Tag::kStrong},
      {"b", Tag::kB},
      {"em", Tag::kEm},
      {"i", Tag::kI},
      {"u", Tag::kU},
      {"small", Tag::kSmall},
      {"sub", Tag::kSub},
      {"sup", Tag::kSup},
      {"time", Tag::kTime},
      {"address", Tag::kAddress},
      {"center", Tag::kCenter},
      {"font", Tag::kFont},
      {"menu", Tag::kMenu},
      {"details", Tag::kDetails},
      {"summary", Tag::kSummary},
      {"q", Tag::kQ},
      {"cite", Tag::kCite},
      {"abbr", Tag::kAbbr},
      {"mark", Tag::kMark},
      {"del", Tag::kDel},
      {"ins", Tag::kIns},
      {"s", Tag::kS},
      {"hgroup", Tag::kHgroup}};
  const auto it = kTags.find(name);
  return it == kTags.end() ? Tag::kOther : it->second;
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
  void Build(const xmlNode* root) {
    struct Frame {
      const xmlNode* node;
      std::int32_t parent;
    };
    std::vector<Frame> stack;
    std::vector<const xmlNode*> kids;
    for (const xmlNode* n = root; n != nullptr; n = n->next) kids.push_back(n);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back({*it, -1});
    while (!stack.empty()) {
      const Frame f = stack.back();
      stack.pop_back();
      const std::int32_t id = Add(f.node, f.parent);
      if (id < 0 || f.node->type != XML_ELEMENT_NODE) continue;
      kids.clear();
      for (const xmlNode* c = f.node->children; c != nullptr; c = c->next) kids.push_back(c);
      for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back({*it, id});
    }
  }

 private:
  static std::string_view Chars(const xmlChar* s) {
    return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
  }

  std::int32_t Add(const xmlNode* x, std::int32_t parent) {
    DomNode n;
    n.parent = parent;
    switch (x->type) {
      case XML_ELEMENT_NODE:
        n.tag = FromName(Chars(x->name));
        for (const xmlAttr* a = x->properties; a != nullptr; a = a->next) {
          const std::string_view name = Chars(a->name);
          const bool id = name == "id", cls = name == "class";
          if (!id && !cls && !Kept(name)) continue;
          std::string_view value;
          const xmlNode* v = a->children;
          if (v != nullptr && v->next == nullptr && v->type == XML_TEXT_NODE) {
            value = Chars(v->content);
          } else if (v != nullptr) {
            std::string joined;
            for (; v != nullptr; v = v->next) {
              if (v->type == XML_TEXT_NODE) joined += Chars(v->content);
            }
            value = dom_.owned_.emplace_back(std::move(joined));
          }
          if (id) n.id = value;
          else if (cls) n.cls = value;
          else n.attrs.emplace_back(name, value);
        }
        break;
      case XML_TEXT_NODE:
      case XML_CDATA_SECTION_NODE:
        n.tag = Tag::kText;
        n.text = Chars(x->content);
        break;
      default:
        return -1;  // comments, processing instructions, DTD
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

void Dom::DocFree::operator()(void* doc) const { xmlFreeDoc(static_cast<xmlDocPtr>(doc)); }

Dom Dom::Parse(std::string_view html) {
  // libxml2 needs one global initialisation before threads parse concurrently.
  static const bool initialised = [] {
    xmlInitParser();
    return true;
  }();
  (void)initialised;
  Dom dom;
  // The input is already UTF-8 (ingest decoded it): a stale <meta charset> must not make the
  // parser re-decode it. HUGE lifts the 256-level depth limit that would otherwise drop the
  // rest of a deeply nested page; RECOVER keeps going over broken markup.
  constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_NONET | HTML_PARSE_COMPACT |
                           HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
  const std::size_t size = std::min<std::size_t>(html.size(), INT32_MAX);
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(size), nullptr, "UTF-8", kOptions);
  if (doc == nullptr) return dom;
  dom.doc_.reset(doc);
  dom.nodes_.reserve(size / 60 + 16);
  DomBuilder(dom).Build(xmlDocGetRootElement(doc));
  return dom;
}

std::vector<std::int32_t> Dom::FindAll(Tag tag, std::int32_t from) const {
  std::vector<std::int32_t> found;
  if (from < 0 || from >= size()) return found;
  // Nodes are numbered in document order (pre-order), so a subtree is the contiguous range up
  // to the next sibling of the subtree root or of its nearest ancestor that has one.
  std::int32_t end = size();
  for (std::int32_t a = from; a >= 0; a = node(a).parent) {
    if (node(a).next_sibling >= 0) {
      end = node(a).next_sibling;
      break;
    }
  }
  for (std::int32_t i = from; i < end; ++i) {
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
