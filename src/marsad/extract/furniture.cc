#include "marsad/extract/internal/furniture.h"

#include <array>

#include "marsad/core/core.h"

namespace marsad::extract {
namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Labels, folded (see FoldForMatching). A block matches when it is the label alone or the
// label followed by a separator and a few words (a linked headline).
constexpr std::array<std::string_view, 64> kLabels = {
    "اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "اقرا ايضا على", "طالع ايضا", "شاهد ايضا",
    "تابع ايضا", "اقرا", "الاكثر قراءه", "الاكثر قراءة", "الاكثر مشاهده", "الاكثر مشاهدة",
    "الاكثر تداولا", "الاكثر تعليقا", "اخبار ذات صله", "اخبار ذات صلة", "مواضيع ذات صله",
    "مواضيع ذات صلة", "مقالات ذات صله", "مقالات ذات صلة", "ذات صله", "ذات صلة",
    "اخبار متعلقه", "اخبار متعلقة", "قد يعجبك ايضا", "قد يهمك ايضا", "قد يهمك", "شارك",
    "شارك الخبر", "شارك المقال", "شارك هذا", "تابعونا", "تابعنا", "تابعونا على",
    "التعليقات", "اضف تعليق", "اضف تعليقك", "الكلمات المفتاحيه", "الكلمات المفتاحية",
    "كلمات مفتاحيه", "كلمات مفتاحية", "الوسوم", "وسوم", "اعلان", "المزيد", "اخر الاخبار",
    "read more", "read also", "also read", "see also", "related", "related articles",
    "related stories", "more stories", "most read", "most popular", "trending",
    "share", "share this", "share this article", "advertisement", "sponsored", "comments",
    "you may also like"};

constexpr std::array<std::string_view, 14> kNoticeWords = {
    "cookie", "cookies", "ملفات تعريف الارتباط", "الكوكيز", "all rights reserved",
    "جميع الحقوق محفوظه", "جميع الحقوق محفوظة", "حقوق النشر", "copyright",
    "subscribe to our newsletter", "sign up for", "اشترك في النشره", "اشترك في النشرة",
    "privacy policy"};

constexpr std::array<std::string_view, 16> kBylineStarts = {
    "by ", "written by", "posted by", "reporting by", "بقلم", "كتب ", "كتب:", "كتبت",
    "تحرير", "اعداد", "published", "updated", "last updated", "اخر تحديث", "تاريخ النشر",
    "نشر في"};

}  // namespace

std::string FoldForMatching(std::string_view utf8) {
  std::u32string out;
  for (char32_t c : ToU32(utf8)) {
    if (c >= 0x064B && c <= 0x065F) continue;  // tanween, harakat, shadda, sukun
    if (c == 0x0670 || c == 0x0640) continue;  // superscript alef, tatweel
    if (c == 0x0623 || c == 0x0625 || c == 0x0622 || c == 0x0671) c = 0x0627;
    if (c == 0x0649) c = 0x064A;               // alef maqsura → ya
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
    if (c == 0x00A0) c = ' ';
    out += c;
  }
  std::string s = ToUtf8(out);
  auto punct = [](char c) {
    return c == ':' || c == '.' || c == '|' || c == '-' || c == ' ' || c == '>' || c == '<' ||
           c == '!' || c == '"' || c == '(' || c == ')';
  };
  while (!s.empty() && punct(s.back())) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && punct(s[b])) ++b;
  s = s.substr(b);
  // Multi-byte end marks: Arabic semicolon, guillemets, ellipsis.
  for (std::string_view tail : {"\xd8\x9b", "\xc2\xbb", "\xc2\xab", "\xe2\x80\xa6"}) {
    while (s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0) {
      s.resize(s.size() - tail.size());
      while (!s.empty() && punct(s.back())) s.pop_back();
    }
  }
  return s;
}

bool IsFurnitureLabel(std::string_view block_text, std::size_t words) {
  if (words > 14) return false;
  const std::string f = FoldForMatching(block_text);
  for (std::string_view label : kLabels) {
    if (f == label) return true;
    // "اقرأ أيضا: عنوان خبر آخر" — a label then a linked headline.
    if (words <= 14 && StartsWith(f, label) && f.size() > label.size() &&
        (f[label.size()] == ':' || f[label.size()] == '|') && label.size() >= 6) {
      return true;
    }
  }
  return false;
}

bool IsNotice(std::string_view block_text, std::size_t words) {
  if (words > 60) return false;
  // Folding costs more than searching: look for a stem of every notice word first.
  constexpr std::array<std::string_view, 11> kStems = {
      "ookie", "OOKIE", "opyright", "OPYRIGHT", "rights reserved", "ubscribe", "ign up",
      "rivacy", "حقوق", "الارتباط", "الكوكيز"};
  bool any = block_text.find("\xc2\xa9") != std::string_view::npos ||
             block_text.find("اشترك") != std::string_view::npos;
  for (std::string_view stem : kStems) any = any || block_text.find(stem) != std::string_view::npos;
  if (!any) return false;
  const std::string f = FoldForMatching(block_text);
  for (std::string_view w : kNoticeWords) {
    if (f.find(w) != std::string::npos) return true;
  }
  return StartsWith(f, "©") || StartsWith(f, "\xc2\xa9");
}

bool IsBylineOrDateline(std::string_view block_text, std::size_t words) {
  if (words > 12) return false;
  const std::string f = FoldForMatching(block_text);
  for (std::string_view s : kBylineStarts) {
    if (StartsWith(f, s)) {
      // "by" must start a name, not a sentence ("By the end of the year, ...").
      if (s == "by " && f.find(',') != std::string::npos && words > 6) return false;
      return true;
    }
  }
  return false;
}

}  // namespace marsad::extract
