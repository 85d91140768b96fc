// CliticAnalysis: the candidate segmentations of one word and the features the segmenter's
// perceptron scores them with. Shared by Segmenter (inference) and the trainer so both see
// exactly the same features. Internal to marsad_text.
//
// A candidate is proclitics + stem + enclitic pronoun over the normalised word (alef forms
// unified, tashkeel removed), e.g. وبالولايات → و|ب + الولايات + ∅. Proclitic sequences are
// (و|ف)?(ب|ك|ل|س)?; the enclitic is one of ه ها هم هما هن كم كن كما ك ي نا ني. The stem keeps
// at least two letters, or none at all after a preposition (له = ل+ه, بها = ب+ها).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/text/internal/lexicon.h"
#include "marsad/text/text.h"

namespace marsad::text {

struct CliticCandidate {
  std::uint8_t prefix = 0;      // index into CliticAnalysis::Prefixes()
  std::uint8_t suffix = 0;      // index into CliticAnalysis::Suffixes()
  std::uint8_t prefix_len = 0;  // letters of the normalised word
  std::uint8_t suffix_len = 0;
};

class CliticAnalysis {
 public:
  explicit CliticAnalysis(const Lexicon* lexicon) : lexicon_(lexicon) {}

  // The normalisation candidates are found in: default steps except that ى stays ى (it is
  // never the pronoun ي).
  static const Normalizer& WordNormalizer();
  static const std::vector<std::u32string>& Prefixes();  // [0] is "" (no proclitic)
  static const std::vector<std::u32string>& Suffixes();  // [0] is "" (no enclitic)

  // Candidates of a normalised word; the first is always "no split".
  static void Candidates(std::u32string_view word, std::vector<CliticCandidate>& out);
  // The surface segments of a candidate. `normalized` is Normalize(surface) with default
  // options (the text the candidate was found in); its offset map puts the cuts back on the
  // surface so tashkeel stays on the letter it belongs to.
  static std::vector<std::u32string> Apply(std::u32string_view surface,
                                           const NormalizedText& normalized,
                                           const CliticCandidate& c);
  // How well the lexicon knows the candidate's stem (a log-count bucket, 0 = unseen), so a
  // candidate can be compared with the best-known stem among its rivals.
  long StemEvidence(std::u32string_view word, const CliticCandidate& c) const;
  // Feature hashes of one candidate (appended to out); best_evidence is the largest
  // StemEvidence among the word's candidates.
  void Features(std::u32string_view word, const CliticCandidate& c, long best_evidence,
                std::vector<std::uint64_t>& out) const;

 private:
  const Lexicon* lexicon_;
};

}  // namespace marsad::text
