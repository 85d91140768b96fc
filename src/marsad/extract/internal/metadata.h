// Page metadata: title, publication date, site and author, from the markup that states them
// (Open Graph, Twitter cards, JSON-LD, <time>, meta names) and, failing that, from the page's
// headings, URL and the date written near the headline.
#pragma once

#include <optional>
#include <string>

#include <vector>

#include "marsad/extract/internal/dom.h"
#include "marsad/extract/internal/text_block.h"

namespace marsad::extract {

struct PageMetadata {
  std::string title;
  std::optional<std::string> date;    // YYYY-MM-DD
  std::optional<std::string> site;    // host without "www.", else og:site_name
  std::optional<std::string> author;
  std::optional<std::string> url;     // canonical / og:url when the page states it
};

// `blocks` are the text blocks of the whole body (BlockCollector), `page_url` the URL the page
// came from when known (WARC, JSONL).
PageMetadata ReadMetadata(const Dom& dom, const std::vector<TextBlock>& blocks,
                          const std::optional<std::string>& page_url);

// "Title | Site", "Site - Title", "Title — Site Name": the title without the site's name.
// `site_name` (og:site_name or host) names the site; `page_lines` (folded, see
// FoldForMatching) are short texts of the page: the part the page repeats as its headline
// is the title.
std::string StripSiteName(const std::string& title, const std::string& site_name,
                          const std::vector<std::string>& page_lines = {});

// "https://www.eremnews.com/news/..." → "eremnews.com".
std::optional<std::string> HostOf(const std::string& url);

}  // namespace marsad::extract
