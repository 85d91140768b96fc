// Segmenter: rules for what is not an Arabic word (numbers with %, tatweel at the edges),
// and the perceptron-ranked clitic candidates for what is.
#include <optional>

#include "marsad/text/internal/arabic_chars.h"
#include "marsad/text/internal/segmenter_model.h"
#include "marsad/text/text.h"

namespace marsad::text {

struct Segmenter::Impl {
  SegmenterModel model;
};

Segmenter::Segmenter() : impl_(std::make_unique<Impl>()) {}
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;
Segmenter::~Segmenter() = default;

Result<Segmenter> Segmenter::Load(const std::string& path) {
  Segmenter s;
  Status st = s.impl_->model.Load(path);
  if (!st.ok()) return st;
  return s;
}

Result<Segmenter> Segmenter::LoadWith(const std::string& path, const Lexicon* lexicon) {
  Segmenter s;
  Status st = s.impl_->model.Load(path, lexicon, "lexicon.tsv");
  if (!st.ok()) return st;
  return s;
}

Result<Segmenter> Segmenter::LoadDefault() { return Load(DataDir() + "/text/segmenter.model"); }

namespace {

bool IsPercent(char32_t c) { return c == U'%' || c == U'٪'; }

// "70%" → 70 + %: UD writes the percent sign as its own token.
std::optional<std::size_t> NumberPercentCut(std::u32string_view w) {
  if (w.size() < 2 || !IsPercent(w.back()) || !chars::IsDigit(w.front())) return std::nullopt;
  for (std::size_t k = 0; k + 1 < w.size(); ++k) {
    const char32_t c = w[k];
    if (!chars::IsDigit(c) && c != U'.' && c != U',' && c != U'٫' && c != U'٬') return std::nullopt;
  }
  return w.size() - 1;
}

bool IsProcliticLetter(char32_t c) {
  return c == U'و' || c == U'ف' || c == U'ب' || c == U'ل' || c == U'ك';
}

bool IsNumber(std::u32string_view w) {
  if (w.empty() || !chars::IsDigit(w.front())) return false;
  for (char32_t c : w) {
    if (!chars::IsDigit(c) && c != U'.' && c != U',' && c != U'٫' && c != U'٬' && c != U'%' &&
        c != U'٪')
      return false;
  }
  return true;
}

bool IsArabicOnly(std::u32string_view w) {
  for (char32_t c : w) {
    if (!chars::IsArabicWordChar(c)) return false;
  }
  return true;
}

}  // namespace

// Segments of word; *stem_index is the segment that carries the meaning (or npos when none:
// له = ل+ه).
static std::vector<std::u32string> SegmentWord(const SegmenterModel& model,
                                               std::u32string_view word, std::size_t* stem_index) {
  std::vector<std::u32string> out;
  std::size_t a = 0, b = word.size();
  while (a < b && chars::IsTatweel(word[a])) ++a;
  while (b > a && chars::IsTatweel(word[b - 1])) --b;
  if (word.substr(a, b - a) == U"ال")
    b = word.size();  // "الـ" (the article written alone) stays whole
  if (a > 0) out.emplace_back(word.substr(0, a));  // "ـلا": UD splits the leading tatweel
  const std::u32string_view core = word.substr(a, b - a);
  std::size_t stem = core.empty() ? std::u32string::npos : out.size();
  if (core.empty()) {
  } else if (auto cut = NumberPercentCut(core)) {
    out.emplace_back(core.substr(0, *cut));
    out.emplace_back(core.substr(*cut));
  } else if (core.size() > 1 && IsProcliticLetter(core[0]) && chars::IsDigit(core[1]) &&
             IsNumber(core.substr(1))) {
    out.emplace_back(core.substr(0, 1));  // و2006, ب15000: conjunction or preposition + number
    stem = out.size();
    if (auto c2 = NumberPercentCut(core.substr(1))) {
      out.emplace_back(core.substr(1, *c2));
      out.emplace_back(core.substr(1 + *c2));
    } else {
      out.emplace_back(core.substr(1));
    }
  } else if (!IsArabicOnly(core)) {
    out.emplace_back(core);
  } else {
    const NormalizedText n = CliticAnalysis::WordNormalizer().Normalize(core);
    if (n.text.size() < 2) {
      out.emplace_back(core);
    } else {
      std::vector<CliticCandidate> candidates;
      std::vector<std::uint64_t> features;
      const CliticCandidate best = model.Best(n.text, candidates, features);
      auto segs = CliticAnalysis::Apply(core, n, best);
      const bool stemless =
          n.text.size() == static_cast<std::size_t>(best.prefix_len + best.suffix_len);
      stem = stemless ? std::u32string::npos : out.size() + best.prefix_len;
      for (auto& s : segs) out.push_back(std::move(s));
    }
  }
  if (b < word.size()) out.emplace_back(word.substr(b));
  if (stem_index != nullptr) *stem_index = stem < out.size() ? stem : std::u32string::npos;
  return out;
}

std::vector<std::u32string> Segmenter::Segment(std::u32string_view word) const {
  if (word.empty()) return {};
  return SegmentWord(impl_->model, word, nullptr);
}

std::u32string Segmenter::Stem(std::u32string_view word) const {
  std::size_t stem = 0;
  auto segs = SegmentWord(impl_->model, word, &stem);
  return stem == std::u32string::npos ? std::u32string(word) : segs[stem];
}

}  // namespace marsad::text
