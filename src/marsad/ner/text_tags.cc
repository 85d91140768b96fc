#include "marsad/ner/internal/text_tags.h"

#include <fstream>
#include <iterator>
#include <optional>

#include "marsad/ner/internal/hashing.h"

namespace marsad::ner {

namespace {

// The files whose bytes decide what the segmenter and the POS tagger say: the two models
// and the word lists they read next to themselves (data/text/FORMAT.md).
constexpr const char* kTextModelFiles[] = {"segmenter.model", "pos.model", "lexicon.tsv", "clusters.tsv"};

// FNV-1a over a file's bytes, continuing from h; nullopt if it cannot be read.
std::optional<std::uint64_t> HashFile(const std::string& path, std::uint64_t h) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return Fnv1a64(bytes, h);
}

}  // namespace

TextTags::TextTags(text::Segmenter segmenter, text::PosTagger pos, std::uint64_t fingerprint)
    : segmenter_(std::move(segmenter)), pos_(std::move(pos)), fingerprint_(fingerprint) {}

Result<std::shared_ptr<const TextTags>> TextTags::Load(const std::string& text_dir,
                                                       std::uint64_t expected) {
  const std::string segmenter_path = text_dir + "/segmenter.model",
                    pos_path = text_dir + "/pos.model";
  std::optional<std::uint64_t> fingerprint = Fnv1a64("");  // the FNV offset basis
  for (const char* file : kTextModelFiles) {
    if (fingerprint) fingerprint = HashFile(text_dir + "/" + file, *fingerprint);
  }
  if (!fingerprint) return Status::Error("cannot read the text models in " + text_dir);
  if (expected != 0 && *fingerprint != expected) {
    return Status::Error("the NER model was trained with other text models than those in " +
                         text_dir + "; rebuild it with tools/train_ner.sh");
  }
  auto segmenter = text::Segmenter::Load(segmenter_path);
  if (!segmenter.ok()) return Status::Error(segmenter.error());
  auto pos = text::PosTagger::Load(pos_path);
  if (!pos.ok()) return Status::Error(pos.error());
  return std::shared_ptr<const TextTags>(
      new TextTags(std::move(segmenter.value()), std::move(pos.value()), *fingerprint));
}

TextTags::Tags TextTags::Tag(const std::vector<std::u32string>& tokens) const {
  // The POS tagger reads the whole sentence of segments, so tag all segments at once and
  // remember where each token's segments start and which one is its stem (the longest
  // segment: clitics are one or two letters).
  std::vector<std::u32string> segments;
  std::vector<std::size_t> first(tokens.size() + 1, 0), stem(tokens.size(), 0);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    first[i] = segments.size();
    std::vector<std::u32string> parts = segmenter_.Segment(tokens[i]);
    if (parts.empty()) parts.push_back(tokens[i]);
    std::size_t longest = 0;
    for (std::size_t k = 1; k < parts.size(); ++k) {
      if (parts[k].size() > parts[longest].size()) longest = k;
    }
    stem[i] = segments.size() + longest;
    for (auto& p : parts) segments.push_back(std::move(p));
  }
  first[tokens.size()] = segments.size();
  const std::vector<std::string> upos = pos_.Tag(segments);
  std::vector<std::uint64_t> tag_hash(upos.size());
  std::vector<std::u32string> tag32(upos.size());
  for (std::size_t k = 0; k < upos.size(); ++k) {
    tag32[k] = ToU32(upos[k]);
    tag_hash[k] = HashWord(tag32[k]);
  }
  Tags out;
  out.stem.reserve(tokens.size());
  out.segments.reserve(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    out.stem.push_back(tag_hash[stem[i]]);
    // FNV-1a runs left to right, so hashing tag by tag is hashing "TAG+TAG+" in one piece.
    std::uint64_t joined = HashWord(U"");
    for (std::size_t k = first[i]; k < first[i + 1]; ++k)
      joined = HashWord(U"+", HashWord(tag32[k], joined));
    out.segments.push_back(joined);
  }
  return out;
}

}  // namespace marsad::ner
