// Analyzer: the text layer's resources loaded once, and the one analysis of a body that the
// later stages read.
#include <fstream>
#include <iterator>
#include <optional>

#include "marsad/text/internal/lexicon.h"
#include "marsad/text/text.h"

namespace marsad::text {

namespace {

// The files whose bytes decide what the segmenter and the POS tagger say (data/text/FORMAT.md),
// in the order the fingerprint reads them.
constexpr const char* kSegmenterFile = "segmenter.model";
constexpr const char* kPosFile = "pos.model";
constexpr const char* kLexiconFile = "lexicon.tsv";
constexpr const char* kClustersFile = "clusters.tsv";

std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

bool IsPieceChar(char32_t c) {
  if ((c >= 0x0621 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == U'ـ') return true;
  if ((c >= U'0' && c <= U'9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9)) return true;
  if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) return true;
  // Other scripts' letters and marks: keep together; only ASCII and Arabic punctuation split.
  return c >= 0x00C0 && !(c >= 0x2000 && c <= 0x206F) && c != U'،' && c != U'؛' && c != U'؟' &&
         c != U'«' && c != U'»' && c != 0x066A && c != 0x066B && c != 0x066C && c != 0x06D4;
}

bool IsPieceSpace(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x00A0 || c == 0x200F || c == 0x200E;
}

}  // namespace

std::vector<Span> WordPieces(std::u32string_view body, Span range) {
  std::vector<Span> out;
  std::size_t i = std::min(range.start, body.size());
  const std::size_t end = std::min(range.end, body.size());
  while (i < end) {
    if (IsPieceSpace(body[i])) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    if (IsPieceChar(body[i])) {
      while (j < end && IsPieceChar(body[j])) ++j;
    }
    out.push_back({i, j});
    i = j;
  }
  return out;
}

struct Analyzer::Impl {
  Lexicon lexicon;  // read by both models: must not move (Impl lives behind a pointer)
  std::optional<Segmenter> segmenter;
  std::optional<PosTagger> pos;
  std::uint64_t fingerprint = 0;
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;

Result<std::shared_ptr<const Analyzer>> Analyzer::Load(const std::string& dir) {
  std::shared_ptr<Analyzer> a(new Analyzer());
  std::uint64_t h = Fnv1a64("");  // the FNV offset basis
  std::string lexicon_bytes;
  for (const char* file : {kSegmenterFile, kPosFile, kLexiconFile, kClustersFile}) {
    auto bytes = ReadFile(dir + "/" + file);
    if (!bytes) return Status::Error("cannot read the text models in " + dir + " (" + file + ")");
    h = Fnv1a64(*bytes, h);
    if (file == kLexiconFile) lexicon_bytes = std::move(*bytes);
  }
  a->impl_->fingerprint = h;
  auto lexicon = Lexicon::Parse(lexicon_bytes, dir + "/" + kLexiconFile);
  if (!lexicon.ok()) return lexicon.status();
  a->impl_->lexicon = std::move(lexicon).value();
  auto segmenter = Segmenter::LoadWith(dir + "/" + kSegmenterFile, &a->impl_->lexicon);
  if (!segmenter.ok()) return segmenter.status();
  a->impl_->segmenter.emplace(std::move(segmenter).value());
  auto pos = PosTagger::LoadWith(dir + "/" + kPosFile, &a->impl_->lexicon);
  if (!pos.ok()) return pos.status();
  a->impl_->pos.emplace(std::move(pos).value());
  return std::shared_ptr<const Analyzer>(std::move(a));
}

Result<std::shared_ptr<const Analyzer>> Analyzer::LoadDefault() { return Load(DataDir() + "/text"); }

const std::vector<std::string>& Analyzer::upos_tags() const { return impl_->pos->tag_names(); }
std::uint64_t Analyzer::fingerprint() const { return impl_->fingerprint; }

// Segments every token (a token the segmenter returns nothing for is its own segment), then
// tags all segments of the sentence at once: the POS tagger reads the whole sentence.
void Analyzer::Fill(AnalyzedSentence& s) const {
  s.segments.clear();
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    AnalyzedToken& t = s.tokens[i];
    std::vector<std::u32string> parts = impl_->segmenter->Segment(s.words[i]);
    if (parts.empty()) parts.push_back(s.words[i]);
    std::size_t longest = 0;
    for (std::size_t k = 1; k < parts.size(); ++k) {
      if (parts[k].size() > parts[longest].size()) longest = k;
    }
    t.first_segment = static_cast<std::uint32_t>(s.segments.size());
    t.stem_segment = static_cast<std::uint32_t>(s.segments.size() + longest);
    for (auto& p : parts) s.segments.push_back(std::move(p));
    t.end_segment = static_cast<std::uint32_t>(s.segments.size());
  }
  const std::vector<int> ids = impl_->pos->TagIds(s.segments);
  s.upos.assign(ids.begin(), ids.end());
}

AnalyzedSentence Analyzer::AnalyzeTokens(const std::vector<std::u32string>& tokens) const {
  AnalyzedSentence s;
  s.words = tokens;
  s.tokens.resize(tokens.size());
  Fill(s);
  return s;
}

Analysis Analyzer::Analyze(std::u32string_view body, const std::vector<Sentence>& sentences) const {
  Analysis a;
  a.sentences.reserve(sentences.size());
  for (const Sentence& sentence : sentences) {
    AnalyzedSentence& s = a.sentences.emplace_back();
    s.span = {std::min(sentence.span.start, body.size()), std::min(sentence.span.end, body.size())};
    if (s.span.empty()) continue;
    for (const Token& token : Tokenize(body, s.span)) {
      for (const Span& piece : WordPieces(body, token.span)) {
        s.tokens.push_back({piece, token.kind, 0, 0, 0});
        s.words.emplace_back(body.substr(piece.start, piece.size()));
      }
    }
    Fill(s);
  }
  return a;
}

Analysis Analyzer::Analyze(std::u32string_view body) const {
  std::size_t cut = 0;
  Analysis a = Analyze(body, SplitSentences(body, &cut));
  a.cut_sentences = cut;
  return a;
}

}  // namespace marsad::text
