// What an element's tag, class, id and role say about it, before reading its text.
//
// Sites name their article container and their furniture in English (article-body,
// related-posts, share-bar) and in transliterated Arabic (khabar, maqal, nass, tafasil;
// akthar-qiraa for "most read", iqra-aydan for "read also"). Names are matched as lower-case
// substrings of "class id" so that articleBody, article_body and article-body all match.
#pragma once

#include <string_view>

#include "marsad/extract/internal/dom.h"

namespace marsad::extract {

struct ClassEvidence {
  bool positive = false;         // names an article/content container
  bool negative = false;         // names furniture (menus, sidebars, footers, widgets, ads)
  bool strong_negative = false;  // comments, share bars, related links, cookie notices
  bool article_body = false;     // itemprop=articleBody or an equally explicit name
  bool caption = false;          // photo caption or credit
  bool ticker = false;           // news ticker / breaking-news bar
  bool byline = false;           // author/date line
};

ClassEvidence ReadClassEvidence(const DomNode& node);

// Hidden by markup: hidden attribute, aria-hidden, display:none / visibility:hidden.
bool IsHiddenByMarkup(const DomNode& node);

}  // namespace marsad::extract
