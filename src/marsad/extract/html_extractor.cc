// HTML page → Article: parse once, read the metadata, score the blocks, keep the article.
#include "marsad/extract/dom.h"
#include "marsad/extract/extractors.h"
#include "marsad/extract/text_block.h"

namespace marsad::extract {
namespace {

std::string MetaContent(const Dom& dom, std::string_view key) {
  for (std::int32_t i : dom.FindAll(Tag::kMeta)) {
    const DomNode& n = dom.node(i);
    if (n.Attr("property") == key || n.Attr("name") == key) {
      std::string out;
      bool pending = false;
      AppendCollapsed(n.Attr("content"), out, pending);
      if (!out.empty()) return out;
    }
  }
  return {};
}

bool IsFurnitureTag(Tag t) {
  return t == Tag::kNav || t == Tag::kFooter || t == Tag::kAside || t == Tag::kForm;
}

}  // namespace

void ExtractHtml(const ingest::Page& page, Article& article) {
  const Dom dom = Dom::Parse(page.content);
  article.title = MetaContent(dom, "og:title");
  if (article.title.empty()) {
    auto titles = dom.FindAll(Tag::kTitle);
    if (!titles.empty()) article.title = dom.Text(titles.front());
  }
  const std::int32_t body = dom.body() >= 0 ? dom.body() : dom.root();
  const auto blocks = BlockCollector(dom).Collect(
      body, [&](std::int32_t i) { return IsFurnitureTag(dom.node(i).tag); });
  std::string text;
  for (const TextBlock& b : blocks) {
    if (b.link_chars * 2 > b.chars) continue;
    if (!text.empty()) text += "\n\n";
    text += b.text;
  }
  article.body = std::move(text);
}

}  // namespace marsad::extract
