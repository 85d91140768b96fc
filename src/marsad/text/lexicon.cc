#include "marsad/text/internal/lexicon.h"

#include <cstdlib>
#include <fstream>
#include <iterator>

namespace marsad::text {

Result<Lexicon> Lexicon::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open lexicon");
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return Parse(bytes, path);
}

Result<Lexicon> Lexicon::Parse(std::string_view bytes, const std::string& path) {
  // One line at a time; a trailing \r is kept as part of the count and ignored by strtoull.
  std::size_t pos = 0;
  auto next_line = [&](std::string_view* line) {
    if (pos >= bytes.size()) return false;
    std::size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    *line = bytes.substr(pos, nl - pos);
    pos = nl + 1;
    return true;
  };
  std::string_view line;
  if (!next_line(&line) || line != kHeader) {
    return Status::Error(path + ": not a lexicon (expected header '" + std::string(kHeader) + "')");
  }
  Lexicon lex;
  std::vector<std::uint64_t> keys;
  std::vector<std::uint32_t> counts;
  std::size_t line_no = 1;
  std::string count;
  while (next_line(&line)) {
    ++line_no;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos)
      return Status::Error(path + ":" + std::to_string(line_no) + ": no tab");
    keys.push_back(Key(ToU32(line.substr(0, tab))));
    count.assign(line.substr(tab + 1));
    counts.push_back(static_cast<std::uint32_t>(BucketOfCount(std::strtoull(count.c_str(), nullptr, 10))));
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
