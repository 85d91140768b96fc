// A corpus for the ingest tests: generated Arabic news pages (our own sentences, varied by a
// seeded RNG), exact and near copies among them, plus ../shared's corpus sample read in place.
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace marsad::store::testing {

inline std::string GeneratedBody(unsigned seed) {
  static const std::vector<std::string> subjects = {
      "الرئيس السوري", "وزير الخارجية الأمريكي", "الأمين العام للأمم المتحدة",
      "رئيس الوزراء العراقي", "الحكومة الإيرانية", "الجيش الإسرائيلي", "الملك الأردني",
      "وزير الدفاع التركي", "المتحدث باسم الخارجية الروسية", "الرئيس المصري"};
  static const std::vector<std::string> verbs = {"استقبل", "انتقد", "التقى", "هدد",
                                                 "دعا",    "أدان",  "زار",   "اتهم"};
  static const std::vector<std::string> places = {"في دمشق", "في بغداد", "في جنيف",
                                                  "في القاهرة", "في عمّان", "في أنقرة"};
  static const std::vector<std::string> tails = {
      "وفقاً لما ذكرته وكالة الأنباء الرسمية.", "في بيان صدر مساء أمس.",
      "بحسب مصادر مطلعة على المحادثات.", "وسط تصاعد التوتر في المنطقة.",
      "وأكد أن بلاده لن تقبل بأي تدخل خارجي.", "وأضاف أن الحوار هو السبيل الوحيد."};
  std::mt19937 rng(seed);
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  std::string body;
  const unsigned paragraphs = 3 + rng() % 3;
  for (unsigned p = 0; p < paragraphs; ++p) {
    body += "<p>" + pick(subjects) + " " + pick(verbs) + " " + pick(subjects) + " " + pick(places) +
            " يوم " + std::to_string(1 + rng() % 28) + " تموز، " + pick(tails) + " " +
            pick(subjects) + " " + pick(verbs) + " " + pick(subjects) + " " + pick(tails) +
            "</p>\n";
  }
  return body;
}

inline void WritePage(const std::string& path, const std::string& title, const std::string& date,
                      const std::string& body) {
  std::ofstream(path) << "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta "
                         "charset=\"utf-8\"><title>"
                      << title << "</title><meta property=\"article:published_time\" content=\""
                      << date << "\"></head><body><article><h1>" << title << "</h1>\n"
                      << body << "</article></body></html>\n";
}

// Writes `pages` generated pages under dir; every tenth is an exact copy of an earlier page and
// every tenth (offset 5) a near copy (one sentence added). Returns dir.
inline std::string WriteGeneratedPages(const std::string& dir, unsigned pages) {
  std::filesystem::create_directories(dir);
  for (unsigned i = 0; i < pages; ++i) {
    std::string body = GeneratedBody(i);
    if (i >= 10 && i % 10 == 0) body = GeneratedBody(i - 7);
    if (i >= 10 && i % 10 == 5) body = GeneratedBody(i - 4) + "<p>وتابع قائلاً إن الاجتماع القادم سيعقد الشهر المقبل.</p>\n";
    char name[32];
    std::snprintf(name, sizeof name, "/page-%03u.html", i);
    const std::string date = "2015-07-" + std::string(i % 28 < 9 ? "0" : "") + std::to_string(1 + i % 28);
    WritePage(dir + name, "خبر رقم " + std::to_string(i), date, body);
  }
  return dir;
}

}  // namespace marsad::store::testing
