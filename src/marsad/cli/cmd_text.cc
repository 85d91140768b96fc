// segment, pos-conll: the text layer's models on stdin, for evaluation and scripting.
#include <iostream>
#include <sstream>
#include <string>

#include "marsad/cli/commands.h"
#include "marsad/core/core.h"
#include "marsad/text/text.h"

namespace marsad::cli {
namespace {

int RunSegment() {
  auto segmenter = text::Segmenter::LoadDefault();
  if (!segmenter.ok()) {
    std::cerr << "marsad segment: " << segmenter.error() << '\n';
    return 2;
  }
  std::ios::sync_with_stdio(false);
  std::string line, out;
  while (std::getline(std::cin, line)) {
    out.clear();
    std::istringstream words(line);
    std::string word;
    while (words >> word) {
      if (!out.empty()) out += ' ';
      const auto segments = segmenter->Segment(ToU32(word));
      for (std::size_t k = 0; k < segments.size(); ++k) {
        if (k > 0) out += '+';
        out += ToUtf8(segments[k]);
      }
    }
    out += '\n';
    std::cout << out;
  }
  return 0;
}

// One sentence of "token ..." lines → "token UPOS" lines.
void TagSentence(const text::PosTagger& tagger, const std::vector<std::string>& tokens) {
  std::vector<std::u32string> u;
  u.reserve(tokens.size());
  for (const auto& t : tokens) u.push_back(ToU32(t));
  const auto tags = tagger.Tag(u);
  for (std::size_t k = 0; k < tokens.size(); ++k) std::cout << tokens[k] << ' ' << tags[k] << '\n';
}

int RunPosConll() {
  auto tagger = text::PosTagger::LoadDefault();
  if (!tagger.ok()) {
    std::cerr << "marsad pos-conll: " << tagger.error() << '\n';
    return 2;
  }
  std::ios::sync_with_stdio(false);
  std::string line;
  std::vector<std::string> tokens;
  while (std::getline(std::cin, line)) {
    std::istringstream fields(line);
    std::string token;
    if (!(fields >> token)) {
      TagSentence(tagger.value(), tokens);
      tokens.clear();
      std::cout << '\n';
      continue;
    }
    tokens.push_back(token);
  }
  if (!tokens.empty()) TagSentence(tagger.value(), tokens);
  return 0;
}

}  // namespace

void RegisterTextCommands(CLI::App& app, int* exit_code) {
  auto* seg = app.add_subcommand("segment", "Split words into clitic segments (UD convention)");
  seg->footer(
      "Reads lines of text on stdin; writes each whitespace-separated word as its segments\n"
      "joined by '+', words separated by one space, one output line per input line.\n"
      "Examples:\n"
      "  echo 'وبالولايات المتحدة نشرتها' | marsad segment     # و+ب+الولايات المتحدة نشرت+ها\n"
      "  marsad segment < ../shared/data/ud-pud/segment-dev.raw.txt > /tmp/seg.txt");
  seg->callback([exit_code] { *exit_code = RunSegment(); });

  auto* pos = app.add_subcommand("pos-conll", "Tag segmented tokens with UPOS parts of speech");
  pos->footer(
      "Reads CoNLL on stdin (token in the first column, blank line between sentences);\n"
      "writes 'token UPOS' per line, blank lines kept.\n"
      "Examples:\n"
      "  printf 'و\\nقال\\nالوزير\\n\\n' | marsad pos-conll\n"
      "  marsad pos-conll < ../shared/data/ud-pud/pos-dev.conll > /tmp/pos.txt");
  pos->callback([exit_code] { *exit_code = RunPosConll(); });
}

}  // namespace marsad::cli
