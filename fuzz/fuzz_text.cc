// Fuzzes the text layer on an arbitrary body: normaliser, sentence splitter, tokenizer, clitic
// segmenter, light stemmer, then the whole analysis (NER, actors, event coding) through
// Pipeline::Analyze, and the JSON record. Models load once from data/ (MARSAD_DATA or the
// checkout's data/).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "marsad/core/core.h"
#include "marsad/pipeline/pipeline.h"
#include "marsad/text/text.h"

using namespace marsad;

namespace {
std::unique_ptr<pipeline::Pipeline> g_pipeline;
std::unique_ptr<text::Segmenter> g_segmenter;
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  setenv("MARSAD_DATA", MARSAD_FUZZ_DATA_DIR, /*overwrite=*/0);
  pipeline::Options options;
  options.depth = pipeline::Depth::kCode;
  options.threads = 1;
  auto p = pipeline::Pipeline::Create(options);
  if (!p.ok()) std::abort();
  g_pipeline = std::make_unique<pipeline::Pipeline>(std::move(p).value());
  auto s = text::Segmenter::LoadDefault();
  if (!s.ok()) std::abort();
  g_segmenter = std::make_unique<text::Segmenter>(std::move(s).value());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string utf8(reinterpret_cast<const char*>(data), size);
  SanitizeUtf8(utf8);
  const std::u32string body = ToU32(utf8);
  (void)text::Normalize(body);
  (void)text::NormalizeKey(body);
  const auto sentences = text::SplitSentences(body);
  for (const auto& s : sentences) {
    if (s.span.start > s.span.end || s.span.end > body.size()) __builtin_trap();
  }
  const auto tokens = text::Tokenize(body);
  std::size_t words = 0;
  for (const auto& t : tokens) {
    if (t.span.start > t.span.end || t.span.end > body.size()) __builtin_trap();
    if (t.kind == text::TokenKind::kWord && words++ < 64) {
      const std::u32string_view w(body.data() + t.span.start, t.span.size());
      std::u32string joined;
      for (const auto& seg : g_segmenter->Segment(w)) joined += seg;
      if (joined != w) __builtin_trap();  // segments concatenate back to the word
      (void)g_segmenter->Stem(w);
      (void)text::LightStem(w);
    }
  }
  Article article;
  article.id = "fuzz";
  article.body = utf8;
  g_pipeline->Analyze(article);
  const std::size_t n = body.size();
  for (const auto& e : article.entities) {
    if (e.span.end > n) __builtin_trap();
  }
  RecordFields fields;
  fields.sentences = fields.entities = true;
  (void)ToJsonLine(article, fields);
  return 0;
}
