// HTML page → Article: parse once, read the metadata, score the blocks, keep the article.
#include "marsad/extract/internal/content_scorer.h"
#include "marsad/extract/internal/dom.h"
#include "marsad/extract/internal/extractors.h"
#include "marsad/extract/internal/metadata.h"
#include "marsad/extract/internal/raw_text_filter.h"

namespace marsad::extract {

void ExtractHtml(const ingest::Page& page, Article& article) {
  std::size_t dropped = 0;
  const Dom dom = Dom::Parse(DropScriptStyleAndComments(page.content, &dropped));
  if (dropped > 0) {
    article.warnings.push_back(std::to_string(dropped) +
                               " attributes dropped: the limit is " +
                               std::to_string(kMaxAttributes) + " per element");
  }
  const std::int32_t body = dom.body() >= 0 ? dom.body() : dom.root();
  std::vector<TextBlock> blocks = BlockCollector(dom).Collect(body);
  PageMetadata meta = ReadMetadata(dom, blocks, page.url);
  article.title = std::move(meta.title);
  article.date = std::move(meta.date);
  article.date_source = std::move(meta.date_source);
  article.site = std::move(meta.site);
  article.author = std::move(meta.author);
  if (!article.url) article.url = std::move(meta.url);
  std::string text;
  for (const TextBlock& b : ContentScorer(dom).Select(std::move(blocks), article.title)) {
    if (!text.empty()) text += "\n\n";
    text += b.text;
  }
  article.body = std::move(text);
}

}  // namespace marsad::extract
