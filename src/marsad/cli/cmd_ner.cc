// tag-conll: CoNLL tokens on stdin → `token TAG` lines (CONTRACT.md).
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

// Sentences are tagged together, a chunk at a time, so that the model's document context
// (a name recognised in a neighbouring sentence) works; chunks bound the memory.
constexpr std::size_t kChunkSentences = 1000;

struct Chunk {
  std::vector<std::vector<std::string>> sentences;
  std::vector<std::size_t> blanks_after;  // blank lines that followed each sentence
};

void FlushChunk(const ner::NerTagger& tagger, bool anercorp, Chunk& chunk) {
  const auto tags = tagger.TagDocument(chunk.sentences);
  std::string out;
  for (std::size_t s = 0; s < chunk.sentences.size(); ++s) {
    for (std::size_t i = 0; i < chunk.sentences[s].size(); ++i) {
      out += chunk.sentences[s][i];
      out += ' ';
      out += OutputTag(tags[s][i], anercorp);
      out += '\n';
    }
    out.append(chunk.blanks_after[s], '\n');
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  chunk = {};
}

int RunTagConll(const TagArgs& args) {
  auto tagger = args.model.empty() ? ner::NerTagger::LoadDefault() : ner::NerTagger::Load(args.model);
  if (!tagger.ok()) {
    std::fprintf(stderr, "marsad tag-conll: %s\n", tagger.error().c_str());
    return 2;
  }
  const bool anercorp = args.tags == "anercorp";
  std::ios::sync_with_stdio(false);
  Chunk chunk;
  bool in_sentence = false;
  std::string line, token;
  while (std::getline(std::cin, line)) {
    std::istringstream fields(line);
    if (fields >> token) {
      if (!in_sentence) {
        if (chunk.sentences.size() >= kChunkSentences) FlushChunk(tagger.value(), anercorp, chunk);
        chunk.sentences.emplace_back();
        chunk.blanks_after.push_back(0);
        in_sentence = true;
      }
      chunk.sentences.back().push_back(token);
      continue;
    }
    in_sentence = false;
    if (chunk.sentences.empty()) {
      std::fputc('\n', stdout);  // blank lines before the first sentence
    } else {
      ++chunk.blanks_after.back();
    }
  }
  FlushChunk(tagger.value(), anercorp, chunk);
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
