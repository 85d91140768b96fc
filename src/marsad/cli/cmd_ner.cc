// tag-conll: CoNLL tokens on stdin → `token TAG` lines (CONTRACT.md), one sentence at a time.
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "marsad/cli/commands.h"
#include "marsad/ner/ner.h"

namespace marsad::cli {
namespace {

struct TagArgs {
  std::string model;         // empty: data/ner/ner.model
  std::string tags = "anercorp";
};

// ANERcorp, and so the gold files ner_eval.py scores against, spells persons PERS; marsad's
// records say PER. The other types are the same in both.
std::string OutputTag(const std::string& tag, bool anercorp) {
  if (anercorp && tag.size() > 2 && tag.compare(2, std::string::npos, "PER") == 0) return tag + "S";
  return tag;
}

void FlushSentence(const ner::NerTagger& tagger, std::vector<std::string>& tokens, bool anercorp,
                   std::string& out) {
  if (tokens.empty()) return;
  const std::vector<std::string> tags = tagger.Tag(tokens);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    out += tokens[i];
    out += ' ';
    out += OutputTag(tags[i], anercorp);
    out += '\n';
  }
  tokens.clear();
}

int RunTagConll(const TagArgs& args) {
  auto tagger = args.model.empty() ? ner::NerTagger::LoadDefault() : ner::NerTagger::Load(args.model);
  if (!tagger.ok()) {
    std::fprintf(stderr, "marsad tag-conll: %s\n", tagger.error().c_str());
    return 2;
  }
  const bool anercorp = args.tags == "anercorp";
  std::ios::sync_with_stdio(false);
  std::vector<std::string> tokens;
  std::string line, token, out;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::istringstream fields(line);
    if (fields >> token) {
      tokens.push_back(token);
      continue;
    }
    FlushSentence(tagger.value(), tokens, anercorp, out);
    out += '\n';
    if (out.size() > (1 << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  FlushSentence(tagger.value(), tokens, anercorp, out);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  return 0;
}

}  // namespace

void RegisterNerCommands(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<TagArgs>();
  CLI::App* cmd = app.add_subcommand(
      "tag-conll",
      "Tag tokens with named entities. Reads CoNLL on stdin (first column is the token, a blank "
      "line ends a sentence) and prints 'token TAG' per token in IOB2 (B-LOC, I-ORG, O, ...), "
      "blank lines kept. Tokens are taken as given (ANERcorp tokenisation: whitespace words, "
      "punctuation apart, clitics attached).");
  cmd->footer(
      "Examples:\n"
      "  printf 'زار\\nالرئيس\\nالمصري\\nعبد\\nالفتاح\\nالسيسي\\nدمشق\\n' | marsad tag-conll\n"
      "  cut -d' ' -f1 ../shared/data/ner/anercorp/dev.conll | marsad tag-conll > pred.conll\n"
      "  python3 ../shared/tools/ner_eval.py ../shared/data/ner/anercorp/dev.conll pred.conll\n"
      "  marsad tag-conll --tags marsad < tokens.conll   # B-PER instead of ANERcorp's B-PERS\n");
  cmd->add_option("--model", args->model, "model file (default: data/ner/ner.model)");
  cmd->add_option("--tags", args->tags,
                  "tag names: 'anercorp' (PERS LOC ORG MISC, what ANERcorp gold files use; "
                  "default) or 'marsad' (PER LOC ORG MISC, as in article records)")
      ->check(CLI::IsMember({"anercorp", "marsad"}));
  cmd->callback([=] { *exit_code = RunTagConll(*args); });
}

}  // namespace marsad::cli
