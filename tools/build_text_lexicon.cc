// build_text_lexicon: counts normalised Arabic word forms in news JSONL on stdin (fields
// "title" and "content", as in ../shared/data/corpus/saudinewsnet) and writes the lexicon the
// segmenter and POS tagger read (format in src/marsad/text/lexicon.h).
// Usage: zstd -dc articles.jsonl.zst | build_text_lexicon MIN_COUNT > data/text/lexicon.tsv
#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "marsad/text/internal/lexicon.h"
#include "marsad/text/text.h"

int main(int argc, char** argv) {
  const unsigned long min_count = argc > 1 ? std::stoul(argv[1]) : 3;
  std::unordered_map<std::u32string, std::uint64_t> counts;
  std::string line;
  std::size_t lines = 0, bad = 0;
  while (std::getline(std::cin, line)) {
    ++lines;
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      ++bad;
      continue;
    }
    for (const char* field : {"title", "content"}) {
      if (!j.contains(field) || !j[field].is_string()) continue;
      const std::u32string text = marsad::ToU32(j[field].get<std::string>());
      for (const auto& t : marsad::text::Tokenize(text)) {
        if (t.kind != marsad::text::TokenKind::kWord) continue;
        ++counts[marsad::text::NormalizeKey(
            std::u32string_view(text).substr(t.span.start, t.span.size()))];
      }
    }
  }
  std::vector<std::pair<std::u32string, std::uint64_t>> rows;
  for (auto& [w, c] : counts) {
    if (c >= min_count && !w.empty()) rows.emplace_back(w, c);
  }
  // Most frequent first, ties by code points: the file is the same on every run.
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::cout << marsad::text::Lexicon::kHeader << '\n';
  for (const auto& [w, c] : rows) std::cout << marsad::ToUtf8(w) << '\t' << c << '\n';
  std::cerr << "build_text_lexicon: " << lines << " lines (" << bad << " unreadable), "
            << counts.size() << " word forms, " << rows.size() << " kept (count >= " << min_count
            << ")\n";
  return bad == lines && lines > 0 ? 2 : 0;
}
