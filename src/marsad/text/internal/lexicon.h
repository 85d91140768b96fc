// Lexicon: how often each (normalised) word form occurs in a large news corpus. Evidence for
// the segmenter ("بلد" is frequent as a whole word, so its ب is not a clitic) and the POS
// tagger. File format (data/text/lexicon.tsv):
//   marsad-lexicon 1
//   <word>\t<count>        one line per word, NormalizeKey form, most frequent first
// Internal to marsad_text; immutable after Load.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/core/core.h"
#include "marsad/text/internal/feature_table.h"

namespace marsad::text {

class Lexicon {
 public:
  static Result<Lexicon> Load(const std::string& path);
  // The same from the file's bytes (`name` is for messages): the Analyzer reads the file once
  // to fingerprint it and parses those bytes.
  static Result<Lexicon> Parse(std::string_view bytes, const std::string& name);
  // ⌊log2(count + 1)⌋ capped at 20 (0 when unseen): all the models see of a count.
  int Bucket(std::u32string_view normalized) const {
    const std::int64_t b = table_.Find(Key(normalized));
    return b < 0 ? 0 : static_cast<int>(b);
  }
  static int BucketOfCount(std::uint64_t count);
  std::size_t size() const { return size_; }

  static std::uint64_t Key(std::u32string_view w) { return FeatureHash("w").Add(w).value(); }
  static constexpr std::string_view kHeader = "marsad-lexicon 1";

 private:
  FeatureTable table_;  // word hash → bucket
  std::size_t size_ = 0;
};

}  // namespace marsad::text
