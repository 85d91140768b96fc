#include "marsad/ner/internal/document_context.h"

#include <array>

#include "marsad/ner/internal/hashing.h"
#include "marsad/ner/internal/word_forms.h"

namespace marsad::ner {

namespace {
// Template numbers continue feature_extractor.cc's (kept apart so both can grow).
constexpr std::uint32_t kDocSeen = 200, kDocMajority = 201, kDocEntityShare = 202, kDocNone = 203,
                        kFirstSelf = 204, kFirstPrev = 205, kFirstNext = 206;

int TypeOf(const std::string& label) {
  if (label.size() < 3) return 0;
  const std::string t = label.substr(2);
  return t == "PER" ? 1 : t == "LOC" ? 2 : t == "ORG" ? 3 : t == "MISC" ? 4 : 0;
}
}  // namespace

DocumentContext::DocumentContext(const std::vector<std::vector<std::u32string>>& sentences,
                                 const std::vector<std::vector<int>>& first_pass,
                                 const std::vector<std::string>& labels, std::size_t window)
    : labels_(first_pass), window_(window) {
  for (const auto& l : labels) type_of_label_.push_back(TypeOf(l));
  for (const auto& sentence : sentences) {
    keys_.emplace_back();
    for (const auto& w : sentence) keys_.back().push_back(HashWord(StripProclitics(NormalizeWord(w))));
  }
  for (std::size_t s = 0; s < keys_.size() && s <= window_; ++s) AddSentence(s, +1);
}

void DocumentContext::AddSentence(std::size_t s, int sign) {
  for (std::size_t i = 0; i < keys_[s].size(); ++i) {
    auto& c = counts_[keys_[s][i]][type_of_label_[labels_[s][i]]];
    c = static_cast<std::uint16_t>(c + sign);
  }
}

std::vector<std::vector<std::uint64_t>> DocumentContext::Next() {
  const std::size_t s = next_++;
  std::vector<std::vector<std::uint64_t>> out(keys_[s].size());
  for (std::size_t i = 0; i < keys_[s].size(); ++i) {
    auto& f = out[i];
    const int self = labels_[s][i];
    Counts c = counts_[keys_[s][i]];
    --c[type_of_label_[self]];  // the others, not this token
    int total = 0, entities = 0, majority = 0, best_entity = 0;
    for (int t = 0; t < 5; ++t) {
      total += c[t];
      if (t > 0) entities += c[t];
      if (c[t] > c[majority]) majority = t;
      if (t > 0 && c[t] > 0 && (best_entity == 0 || c[t] > c[best_entity])) best_entity = t;
      if (t > 0 && c[t] > 0) f.push_back(FeatureId(kDocSeen, static_cast<std::uint64_t>(t)));
    }
    if (total == 0) {
      f.push_back(FeatureId(kDocNone, 0));
    } else {
      f.push_back(FeatureId(kDocMajority, static_cast<std::uint64_t>(majority)));
      if (best_entity > 0) {
        const int share = 4 * c[best_entity] / (total + 1);  // 0..3
        f.push_back(FeatureId(kDocEntityShare, static_cast<std::uint64_t>(best_entity), static_cast<std::uint64_t>(share)));
      }
    }
    f.push_back(FeatureId(kFirstSelf, static_cast<std::uint64_t>(self)));
    f.push_back(FeatureId(kFirstPrev, i > 0 ? static_cast<std::uint64_t>(labels_[s][i - 1]) : 99));
    f.push_back(FeatureId(kFirstNext, i + 1 < keys_[s].size() ? static_cast<std::uint64_t>(labels_[s][i + 1]) : 99));
  }
  // Slide: drop the sentence leaving the window, add the one entering it.
  if (s >= window_) AddSentence(s - window_, -1);
  if (s + window_ + 1 < keys_.size()) AddSentence(s + window_ + 1, +1);
  return out;
}

FeatureMatrix WithExtraFeatures(const FeatureMatrix& base, const std::vector<std::vector<std::uint64_t>>& extra) {
  FeatureMatrix out;
  out.ids.reserve(base.ids.size() + extra.size() * 8);
  for (std::size_t t = 0; t < base.size(); ++t) {
    out.ids.insert(out.ids.end(), base.ids.begin() + base.offsets[t], base.ids.begin() + base.offsets[t + 1]);
    if (t < extra.size()) out.ids.insert(out.ids.end(), extra[t].begin(), extra[t].end());
    out.offsets.push_back(static_cast<std::uint32_t>(out.ids.size()));
  }
  return out;
}

}  // namespace marsad::ner
