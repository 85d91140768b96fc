// Site furniture recognised by its words: box labels ("اقرأ أيضا", "الأكثر قراءة", "Related
// articles"), share and follow prompts, cookie notices, copyright lines, bylines and datelines.
// Matching is on a folded form: Arabic hamza/madda forms of alef unified, tanween and other
// diacritics dropped, ASCII lower-cased, punctuation at the ends stripped.
#pragma once

#include <string>
#include <string_view>

namespace marsad::extract {

// The folded form used for all phrase matching here (exposed for tests).
std::string FoldForMatching(std::string_view utf8);

// A short block that labels a box of links or a prompt: "اقرأ أيضا:", "شارك", "Read more",
// "Advertisement". Such a block is never body text, and the links after it are not either.
bool IsFurnitureLabel(std::string_view block_text, std::size_t words);

// A cookie or consent notice, a copyright line, a subscription prompt.
bool IsNotice(std::string_view block_text, std::size_t words);

// An author or date line: "بقلم ...", "كتب: ...", "By Jane Doe", "Published 3 May 2021",
// "آخر تحديث: ...". Only for short blocks.
bool IsBylineOrDateline(std::string_view block_text, std::size_t words);

}  // namespace marsad::extract
