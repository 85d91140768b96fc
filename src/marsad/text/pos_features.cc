#include "marsad/text/internal/pos_features.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "marsad/text/internal/arabic_chars.h"
#include "marsad/text/text.h"

namespace marsad::text {
namespace {

// A coarse picture of the token: digits, Arabic letters, Latin letters, anything else.
long Shape(std::u32string_view w) {
  long shape = 0;
  for (char32_t c : w) {
    if (chars::IsDigit(c)) {
      shape |= 1;
    } else if (chars::IsArabicLetter(c)) {
      shape |= 2;
    } else if (chars::IsLatinLetter(c)) {
      shape |= 4;
    } else {
      shape |= 8;
    }
  }
  return shape;
}

std::u32string_view Suffix(std::u32string_view w, std::size_t n) {
  return w.substr(w.size() - std::min(n, w.size()));
}
std::u32string_view Prefix(std::u32string_view w, std::size_t n) {
  return w.substr(0, std::min(n, w.size()));
}

const std::u32string kStart = U"<s>";
const std::u32string kEnd = U"</s>";

enum Lex { kFw, kFo, kFa, kFh, kFb, kFs, kFwa };

// Bucket of a + b, built in a scratch buffer (no allocation once it has grown).
long BucketOf(const Lexicon& lex, std::u32string& scratch, std::u32string_view a,
              std::u32string_view b) {
  scratch.assign(a);
  scratch.append(b);
  return lex.Bucket(scratch);
}

}  // namespace

Result<WordClusters> WordClusters::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open word clusters");
  std::string line;
  if (!std::getline(in, line) || !line.starts_with("# marsad-ner-clusters 1")) {
    return Status::Error(path + ": not a word-cluster file");
  }
  WordClusters wc;
  std::vector<std::uint64_t> keys;
  while (std::getline(in, line)) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) return Status::Error(path + ": malformed line: " + line);
    std::istringstream f(line.substr(tab + 1));
    unsigned a = 0, b = 0, c = 0;
    if (!(f >> a >> b >> c)) return Status::Error(path + ": malformed line: " + line);
    const std::string word = line.substr(0, tab);
    if (word.empty()) continue;  // a form that was all invisible characters
    keys.push_back(Lexicon::Key(NormalizeKey(ToU32(word))));
    wc.ids_.push_back({static_cast<std::uint16_t>(a), static_cast<std::uint16_t>(b),
                       static_cast<std::uint16_t>(c)});
  }
  if (!wc.table_.Build(keys)) return Status::Error(path + ": too many words");
  return wc;
}

PosSentence PosFeatures::Prepare(const std::vector<std::u32string>& tokens) const {
  PosSentence s;
  s.words.reserve(tokens.size());
  for (const auto& t : tokens) s.words.push_back(NormalizeKey(t));
  s.lex.assign(tokens.size(), {});
  s.signature.assign(tokens.size(), 0);
  s.cluster.assign(tokens.size(), {-1, -1, -1});
  if (clusters_ != nullptr) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (const auto* c = clusters_->Find(s.words[i])) s.cluster[i] = {(*c)[0], (*c)[1], (*c)[2]};
    }
  }
  if (lexicon_ == nullptr) return s;
  std::u32string scratch, pron_base;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::u32string_view w = s.words[i];
    // Clitics attach only to Arabic words: punctuation, numbers and Latin keep all zeros.
    if (w.empty() || !chars::IsArabicLetter(w[0])) continue;
    auto& l = s.lex[i];
    // How the corpus uses the form: nouns take the article, prepositions and pronouns; verbs
    // take the future س and pronouns but never the article; names rarely take any of them.
    const bool definite = w.starts_with(U"ال") && w.size() > 3;
    const std::u32string_view base = definite ? w.substr(2) : w;
    pron_base.assign(base);
    if (pron_base.ends_with(U"ة")) pron_base.back() = U'ت';
    l[kFw] = lexicon_->Bucket(w);
    l[kFa] = BucketOf(*lexicon_, scratch, U"ال", base);
    l[kFo] = definite ? lexicon_->Bucket(base) : l[kFa];
    l[kFh] = std::max(BucketOf(*lexicon_, scratch, pron_base, U"ه"),
                      BucketOf(*lexicon_, scratch, pron_base, U"ها"));
    l[kFb] = BucketOf(*lexicon_, scratch, U"ب", w);
    l[kFs] = BucketOf(*lexicon_, scratch, U"س", base);
    l[kFwa] = BucketOf(*lexicon_, scratch, U"و", w);
    s.signature[i] = (l[kFa] > 2 ? 1 : 0) + (l[kFh] > 2 ? 2 : 0) + (l[kFb] > 2 ? 4 : 0) +
                     (l[kFs] > 2 ? 8 : 0) + (l[kFw] > 3 ? 16 : 0) + (definite ? 32 : 0);
  }
  return s;
}

void PosFeatures::Static(const PosSentence& s, std::size_t i,
                         std::vector<std::uint64_t>& out) const {
  const std::u32string_view w = s.words[i];
  auto at = [&](long k) -> std::u32string_view {
    const long j = static_cast<long>(i) + k;
    if (j < 0) return kStart;
    if (j >= static_cast<long>(s.words.size())) return kEnd;
    return s.words[static_cast<std::size_t>(j)];
  };
  out.push_back(FeatureHash("b").value());
  out.push_back(FeatureHash("w").Add(w).value());
  for (std::size_t n = 1; n <= 3; ++n) {
    if (w.size() <= n) break;
    out.push_back(FeatureHash("s").Add(static_cast<long>(n)).Add(Suffix(w, n)).value());
    out.push_back(FeatureHash("p").Add(static_cast<long>(n)).Add(Prefix(w, n)).value());
  }
  out.push_back(FeatureHash("shape")
                    .Add(Shape(w))
                    .Add(static_cast<long>(std::min<std::size_t>(w.size(), 6)))
                    .value());
  out.push_back(FeatureHash("w-1").Add(at(-1)).value());
  out.push_back(FeatureHash("w+1").Add(at(1)).value());
  out.push_back(FeatureHash("w-2").Add(at(-2)).value());
  out.push_back(FeatureHash("w+2").Add(at(2)).value());
  out.push_back(FeatureHash("w-1w").Add(at(-1)).Add(w).value());
  out.push_back(FeatureHash("ww+1").Add(w).Add(at(1)).value());
  out.push_back(FeatureHash("s2-1").Add(Suffix(at(-1), 2)).value());
  out.push_back(FeatureHash("s2+1").Add(Suffix(at(1), 2)).value());
  out.push_back(FeatureHash("p2+1").Add(Prefix(at(1), 2)).value());
  if (clusters_ != nullptr) {
    const auto& c = s.cluster[i];
    const long prev = i > 0 ? s.cluster[i - 1][0] : -2;
    const long next = i + 1 < s.words.size() ? s.cluster[i + 1][0] : -2;
    out.push_back(FeatureHash("c0").Add(c[0]).value());
    out.push_back(FeatureHash("c1").Add(c[1]).value());
    out.push_back(FeatureHash("c2").Add(c[2]).value());
    out.push_back(FeatureHash("c0-1").Add(prev).value());
    out.push_back(FeatureHash("c0+1").Add(next).value());
  }
  if (lexicon_ == nullptr) return;
  const auto& l = s.lex[i];
  const bool definite = (s.signature[i] & 32) != 0;
  out.push_back(FeatureHash("fw").Add(l[kFw]).value());
  out.push_back(FeatureHash("fo").Add(static_cast<long>(definite)).Add(l[kFo]).value());
  out.push_back(
      FeatureHash("fwfo").Add(static_cast<long>(definite)).Add(l[kFw] / 3).Add(l[kFo] / 3).value());
  out.push_back(FeatureHash("fos2").Add(std::min(l[kFo], 6L) / 2).Add(Suffix(w, 2)).value());
  out.push_back(FeatureHash("fa").Add(l[kFa] / 2).value());
  out.push_back(FeatureHash("fh").Add(l[kFh] / 2).value());
  out.push_back(FeatureHash("fb").Add(l[kFb] / 2).value());
  out.push_back(FeatureHash("fs").Add(l[kFs] / 2).value());
  out.push_back(FeatureHash("fwa").Add(std::clamp(l[kFw] - l[kFwa], -4L, 8L)).value());
  const long sig = s.signature[i];
  const long sig_prev = i > 0 ? s.signature[i - 1] : -1;
  const long sig_next = i + 1 < s.words.size() ? s.signature[i + 1] : -1;
  out.push_back(FeatureHash("sig").Add(sig).value());
  out.push_back(FeatureHash("sigs1").Add(sig).Add(Suffix(w, 1)).value());
  out.push_back(FeatureHash("sig-1").Add(sig_prev).value());
  out.push_back(FeatureHash("sig+1").Add(sig_next).value());
  out.push_back(FeatureHash("sig-1sig").Add(sig_prev).Add(sig).value());
  out.push_back(FeatureHash("sigsig+1").Add(sig).Add(sig_next).value());
}

void PosFeatures::History(const PosSentence& s, std::size_t i, int prev, int prev2,
                          std::vector<std::uint64_t>& out) {
  out.push_back(FeatureHash("t-1").Add(static_cast<long>(prev)).value());
  out.push_back(
      FeatureHash("t-2t-1").Add(static_cast<long>(prev2)).Add(static_cast<long>(prev)).value());
  out.push_back(FeatureHash("t-1w").Add(static_cast<long>(prev)).Add(s.words[i]).value());
  out.push_back(
      FeatureHash("t-1s2").Add(static_cast<long>(prev)).Add(Suffix(s.words[i], 2)).value());
}

}  // namespace marsad::text
