#include "marsad/extract/internal/raw_text_filter.h"

#include <cstring>

namespace marsad::extract {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// True if html[i...] starts with `word` (lower case), ignoring ASCII case.
bool StartsWithNoCase(std::string_view html, std::size_t i, std::string_view word) {
  if (i + word.size() > html.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (Lower(html[i + k]) != word[k]) return false;
  }
  return true;
}

bool EndsName(std::string_view html, std::size_t i) {
  if (i >= html.size()) return true;
  const char c = html[i];
  return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Position of "</name" (any case) at or after `from`, or npos.
std::size_t FindClose(std::string_view html, std::size_t from, std::string_view name) {
  while (from < html.size()) {
    const void* p = std::memchr(html.data() + from, '<', html.size() - from);
    if (p == nullptr) return std::string_view::npos;
    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(p) - html.data());
    if (at + 1 < html.size() && html[at + 1] == '/' && StartsWithNoCase(html, at + 2, name) &&
        EndsName(html, at + 2 + name.size())) {
      return at;
    }
    from = at + 1;
  }
  return std::string_view::npos;
}

bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// A start tag read as the HTML tokenizer reads it: name, then attributes (name, optional
// = value, quoted or not) up to the '>' outside quotes. end is that '>' or npos; cut is where
// the kMaxAttributes-th attribute ends (npos when there are no more than that).
struct StartTag {
  std::size_t end = std::string_view::npos;
  std::size_t attributes = 0;
  std::size_t cut = std::string_view::npos;
};

StartTag ScanStartTag(std::string_view html, std::size_t lt) {
  StartTag tag;
  const std::size_t n = html.size();
  std::size_t i = lt + 1;
  while (i < n && !IsTagSpace(html[i]) && html[i] != '>' && html[i] != '/') ++i;
  for (;;) {
    while (i < n && (IsTagSpace(html[i]) || html[i] == '/')) ++i;
    if (i >= n) return tag;
    if (html[i] == '>') {
      tag.end = i;
      return tag;
    }
    const std::size_t name = i;
    while (i < n && !IsTagSpace(html[i]) && html[i] != '>' && html[i] != '/' && html[i] != '=') ++i;
    if (i == name) ++i;  // a stray '=' is a name of its own
    std::size_t j = i;
    while (j < n && IsTagSpace(html[j])) ++j;
    if (j < n && html[j] == '=') {
      i = j + 1;
      while (i < n && IsTagSpace(html[i])) ++i;
      if (i < n && (html[i] == '"' || html[i] == '\'')) {
        const std::size_t close = html.find(html[i], i + 1);
        i = close == std::string_view::npos ? n : close + 1;
      } else {
        while (i < n && !IsTagSpace(html[i]) && html[i] != '>') ++i;
      }
    }
    if (++tag.attributes == kMaxAttributes) tag.cut = i;
  }
}

bool IsJsonLd(std::string_view open_tag) {
  std::string lower(open_tag);
  for (char& c : lower) c = Lower(c);
  return lower.find("ld+json") != std::string::npos;
}

}  // namespace

std::string DropScriptStyleAndComments(std::string_view html, std::size_t* dropped_attributes) {
  std::string out;
  out.reserve(html.size() / 2);
  std::size_t i = 0;
  std::size_t scanned_to = 0;  // start tags are scanned once: '<' inside one is not rescanned
  std::size_t dropped = 0;
  while (i < html.size()) {
    const void* p = std::memchr(html.data() + i, '<', html.size() - i);
    if (p == nullptr) break;
    const std::size_t lt = static_cast<std::size_t>(static_cast<const char*>(p) - html.data());
    std::string_view name;
    if (StartsWithNoCase(html, lt + 1, "script") && EndsName(html, lt + 7)) name = "script";
    else if (StartsWithNoCase(html, lt + 1, "style") && EndsName(html, lt + 6)) name = "style";
    else if (StartsWithNoCase(html, lt + 1, "svg") && EndsName(html, lt + 4)) name = "svg";
    if (html.compare(lt, 4, "<!--") == 0) {
      const std::size_t end = html.find("-->", lt + 4);
      out.append(html.substr(i, lt - i));
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    if (name.empty() && lt >= scanned_to && lt + 1 < html.size() &&
        ((html[lt + 1] >= 'a' && html[lt + 1] <= 'z') || (html[lt + 1] >= 'A' && html[lt + 1] <= 'Z'))) {
      const StartTag tag = ScanStartTag(html, lt);
      scanned_to = tag.end == std::string_view::npos ? html.size() : tag.end;
      if (tag.cut != std::string_view::npos && tag.attributes > kMaxAttributes) {
        // Attributes beyond the limit are dropped here: libxml2 walks an element's attribute
        // list on every append, so 10^5 attributes would take minutes.
        dropped += tag.attributes - kMaxAttributes;
        out.append(html.substr(i, tag.cut - i));
        out += '>';
        i = tag.end == std::string_view::npos ? html.size() : tag.end + 1;
        continue;
      }
    }
    if (name.empty()) {
      out.append(html.substr(i, lt + 1 - i));
      i = lt + 1;
      continue;
    }
    const std::size_t gt = html.find('>', lt);
    if (gt == std::string_view::npos) break;
    const std::size_t close = FindClose(html, gt + 1, name);
    if (close == std::string_view::npos || (name == "script" && IsJsonLd(html.substr(lt, gt - lt)))) {
      out.append(html.substr(i, gt + 1 - i));  // keep the body: metadata, or an unclosed tag
      i = gt + 1;
      continue;
    }
    out.append(html.substr(i, gt + 1 - i));  // text before and the open tag
    i = close;                                // continue at "</script"
  }
  out.append(html.substr(i < html.size() ? i : html.size()));
  if (dropped_attributes != nullptr) *dropped_attributes = dropped;
  return out;
}

}  // namespace marsad::extract
