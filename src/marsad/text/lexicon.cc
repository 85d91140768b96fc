#include "marsad/text/internal/lexicon.h"

#include <fstream>

namespace marsad::text {

Result<Lexicon> Lexicon::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open lexicon");
  std::string line;
  if (!std::getline(in, line) || line != kHeader) {
    return Status::Error(path + ": not a lexicon (expected header '" + std::string(kHeader) + "')");
  }
  Lexicon lex;
  std::vector<std::uint64_t> keys;
  std::vector<std::uint32_t> counts;
  std::size_t line_no = 1;
  while (std::getline(in, line)) {
    ++line_no;
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos)
      return Status::Error(path + ":" + std::to_string(line_no) + ": no tab");
    keys.push_back(Key(ToU32(std::string_view(line).substr(0, tab))));
    counts.push_back(static_cast<std::uint32_t>(
        BucketOfCount(std::strtoull(line.c_str() + tab + 1, nullptr, 10))));
  }
  if (!lex.table_.Build(keys, &counts)) return Status::Error(path + ": bad counts");
  lex.size_ = keys.size();
  return lex;
}

int Lexicon::BucketOfCount(std::uint64_t count) {
  std::uint64_t c = count + 1;
  int b = 0;
  while (c > 1 && b < 20) {
    c >>= 1;
    ++b;
  }
  return b;
}

}  // namespace marsad::text
