#include "marsad/text/internal/clitic_analysis.h"

#include <algorithm>

namespace marsad::text {

const Normalizer& CliticAnalysis::WordNormalizer() {
  static const Normalizer* n = [] {
    NormalizeOptions o;
    o.alef_maqsura_to_ya = false;
    return new Normalizer(o);
  }();
  return *n;
}

const std::vector<std::u32string>& CliticAnalysis::Prefixes() {
  static const std::vector<std::u32string> p = {U"",   U"و",  U"ف",  U"ب",  U"ك",
                                                U"ل",  U"س",  U"وب", U"وك", U"ول",
                                                U"وس", U"فب", U"فك", U"فل", U"فس"};
  return p;
}

const std::vector<std::u32string>& CliticAnalysis::Suffixes() {
  static const std::vector<std::u32string> s = {U"",   U"ه",   U"ها", U"هم", U"هما", U"هن", U"كم",
                                                U"كن", U"كما", U"ك",  U"ي",  U"نا",  U"ني"};
  return s;
}

namespace {

bool EndsWithPreposition(std::u32string_view prefix) {
  return !prefix.empty() &&
         (prefix.back() == U'ب' || prefix.back() == U'ل' || prefix.back() == U'ك');
}

}  // namespace

void CliticAnalysis::Candidates(std::u32string_view w, std::vector<CliticCandidate>& out) {
  out.clear();
  out.push_back({});
  const auto& prefixes = Prefixes();
  const auto& suffixes = Suffixes();
  for (std::size_t p = 0; p < prefixes.size(); ++p) {
    const std::u32string& pre = prefixes[p];
    if (!w.starts_with(pre)) continue;
    for (std::size_t s = 0; s < suffixes.size(); ++s) {
      if (p == 0 && s == 0) continue;
      const std::u32string& suf = suffixes[s];
      if (pre.size() + suf.size() > w.size() || !w.ends_with(suf)) continue;
      const std::size_t stem = w.size() - pre.size() - suf.size();
      const bool bare_pronoun = stem == 0 && !suf.empty() && EndsWithPreposition(pre);
      if (stem < 2 && !bare_pronoun) continue;
      out.push_back({static_cast<std::uint8_t>(p), static_cast<std::uint8_t>(s),
                     static_cast<std::uint8_t>(pre.size()), static_cast<std::uint8_t>(suf.size())});
    }
  }
}

std::vector<std::u32string> CliticAnalysis::Apply(std::u32string_view surface,
                                                  const NormalizedText& n,
                                                  const CliticCandidate& c) {
  std::vector<std::size_t> cuts;
  for (std::size_t k = 1; k <= c.prefix_len; ++k) cuts.push_back(k);  // one letter per proclitic
  if (c.suffix_len > 0) cuts.push_back(n.text.size() - c.suffix_len);
  std::vector<std::u32string> out;
  std::size_t from = 0;
  for (std::size_t k : cuts) {
    const std::size_t at = n.to_original[k];
    if (at <= from || at >= surface.size()) continue;
    out.emplace_back(surface.substr(from, at - from));
    from = at;
  }
  out.emplace_back(surface.substr(from));
  return out;
}

namespace {

// Lexicon keys use NormalizeKey (ى → ي); the segmenter keeps ى apart (ى is never a pronoun).
std::u32string LexKey(std::u32string_view w) {
  std::u32string k(w);
  for (char32_t& c : k) {
    if (c == U'ى') c = U'ي';
  }
  return k;
}

long Bucket(const Lexicon& lex, std::u32string_view w) {
  return w.empty() ? 0 : static_cast<long>(lex.Bucket(LexKey(w)));
}

}  // namespace

// The stem as the lexicon would list it: للسلطة = ل + (ا)لسلطة (the article's alef is not
// written after ل); كلمته = كلمة + ه (ta marbuta is written ت before a pronoun).
std::u32string ListedStem(std::u32string_view pre, std::u32string_view stem,
                          std::u32string_view suf) {
  std::u32string listed(stem);
  if (!pre.empty() && pre.back() == U'ل' && stem.starts_with(U"ل"))
    listed.insert(listed.begin(), U'ا');
  if (!suf.empty() && stem.size() >= 2 && stem.ends_with(U"ت")) listed.back() = U'ة';
  if (!suf.empty() && stem.size() >= 2 && stem.ends_with(U"ئ")) listed.back() = U'ء';
  return listed;
}

// The stem itself starts like a clitic + article (بالولايات, للمرة, والحكومة): a sign that a
// longer proclitic sequence is the right one.
bool StemLooksCliticized(std::u32string_view stem) {
  if (stem.size() < 4) return false;
  if (stem.starts_with(U"لل")) return true;
  const char32_t c = stem[0];
  return (c == U'ب' || c == U'ك' || c == U'ل' || c == U'ف' || c == U'و') &&
         stem.substr(1, 2) == U"ال";
}

long CliticAnalysis::StemEvidence(std::u32string_view w, const CliticCandidate& c) const {
  if (lexicon_ == nullptr) return 0;
  const std::u32string_view pre = Prefixes()[c.prefix];
  const std::u32string_view suf = Suffixes()[c.suffix];
  const std::u32string_view stem = w.substr(c.prefix_len, w.size() - c.prefix_len - c.suffix_len);
  if (stem.empty()) return 0;
  return std::max(Bucket(*lexicon_, stem), Bucket(*lexicon_, ListedStem(pre, stem, suf)));
}

void CliticAnalysis::Features(std::u32string_view w, const CliticCandidate& c, long best_evidence,
                              std::vector<std::uint64_t>& out) const {
  const std::u32string_view pre = Prefixes()[c.prefix];
  const std::u32string_view suf = Suffixes()[c.suffix];
  const std::u32string_view stem = w.substr(c.prefix_len, w.size() - c.prefix_len - c.suffix_len);
  const long cid = c.prefix * 32 + c.suffix;
  // Coarse class of the candidate: which sides split (shared evidence across clitics).
  const long kind = (pre.empty() ? 0 : 1) + (suf.empty() ? 0 : 2) + (pre.size() > 1 ? 4 : 0);
  auto f = [&](std::string_view name) { return FeatureHash(name).Add(cid); };
  auto g = [&](std::string_view name) { return FeatureHash(name).Add(kind); };
  const long slen = static_cast<long>(std::min<std::size_t>(stem.size(), 8));
  const long wlen = static_cast<long>(std::min<std::size_t>(w.size(), 10));

  out.push_back(f("c").value());
  out.push_back(FeatureHash("p").Add(pre).value());
  out.push_back(FeatureHash("x").Add(suf).value());
  out.push_back(f("c.slen").Add(slen).value());
  out.push_back(f("c.wlen").Add(wlen).value());
  out.push_back(f("c.w").Add(w).value());
  out.push_back(f("c.s").Add(stem).value());
  if (!stem.empty()) {
    out.push_back(f("c.s0").Add(stem.substr(0, 1)).value());
    out.push_back(f("c.s01").Add(stem.substr(0, 2)).value());
    out.push_back(f("c.se").Add(stem.substr(stem.size() - 1)).value());
    out.push_back(
        f("c.se2").Add(stem.substr(stem.size() - std::min<std::size_t>(2, stem.size()))).value());
    out.push_back(f("c.sal").Add(static_cast<long>(stem.starts_with(U"ال"))).value());
    out.push_back(g("g.s0").Add(stem.substr(0, 1)).value());
    out.push_back(g("g.se").Add(stem.substr(stem.size() - 1)).value());
  }
  // A pronoun never follows the article: الكتابه is not ال+كتاب+ه.
  if (!suf.empty() && stem.starts_with(U"ال")) out.push_back(f("c.alx").value());
  if (StemLooksCliticized(stem)) {
    out.push_back(f("c.sxal").value());
    out.push_back(g("g.sxal").value());
  }
  if (lexicon_ == nullptr) return;
  const Lexicon& lex = *lexicon_;
  const long fw = Bucket(lex, w);
  const long fs = StemEvidence(w, c);
  const long behind = std::clamp(best_evidence - fs, 0L, 8L);
  out.push_back(f("c.behind").Add(behind).value());
  out.push_back(g("g.behind").Add(behind).value());
  const long f_nopre = Bucket(lex, w.substr(c.prefix_len));                // stem + enclitic
  const long f_nosuf = Bucket(lex, w.substr(0, w.size() - c.suffix_len));  // proclitics + stem
  out.push_back(f("c.fw").Add(fw).value());
  out.push_back(f("c.fs").Add(fs).value());
  out.push_back(f("c.fsfw").Add(fs / 2).Add(fw / 2).value());
  out.push_back(f("c.d").Add(std::clamp(fs - fw, -8L, 8L)).value());
  out.push_back(g("g.fs").Add(fs).value());
  out.push_back(g("g.d").Add(std::clamp(fs - fw, -8L, 8L)).value());
  out.push_back(g("g.fsfw").Add(fs / 2).Add(fw / 2).value());
  if (!pre.empty()) {
    out.push_back(f("c.fnp").Add(f_nopre).value());
    out.push_back(g("g.fnp").Add(f_nopre).Add(fw / 2).value());
  }
  if (!suf.empty()) {
    out.push_back(f("c.fns").Add(f_nosuf).value());
    out.push_back(g("g.fns").Add(f_nosuf).Add(fw / 2).value());
  }
}

}  // namespace marsad::text
