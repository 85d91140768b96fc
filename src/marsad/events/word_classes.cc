#include "marsad/events/internal/word_classes.h"

#include <fstream>
#include <sstream>

namespace marsad::events {
namespace {

struct ClassName {
  const char* name;
  WordClass cls;
};
constexpr ClassName kClassNames[] = {
    {"title", WordClass::kTitle},
    {"honorific", WordClass::kHonorific},
    {"agent", WordClass::kAgent},
    {"domain", WordClass::kDomain},
    {"normative", WordClass::kNormative},
    {"attribution", WordClass::kAttribution},
    {"future", WordClass::kFuture},
    {"conditional", WordClass::kConditional},
    {"obligation", WordClass::kObligation},
    {"armed", WordClass::kArmed},
    {"deed", WordClass::kDeed},
    {"manner", WordClass::kManner},
    {"support", WordClass::kSupport},
    {"carrier", WordClass::kCarrier},
    {"aspect", WordClass::kAspect},
    {"heading", WordClass::kHeading},
    {"time", WordClass::kTime},
    {"people", WordClass::kPeople},
    {"audience", WordClass::kAudience},
    {"office", WordClass::kOffice},
    {"disaster", WordClass::kDisaster},
    {"kingdom", WordClass::kKingdom},
};

std::string Trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

}  // namespace

Status WordClasses::AddFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open");
  std::string line;
  if (!std::getline(in, line) || !line.starts_with("# marsad-event-words v1")) {
    return Status::Error(path +
                         ": not a marsad event word list (expected '# marsad-event-words v1')");
  }
  for (int n = 2; std::getline(in, line); ++n) {
    if (Trim(line).empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::istringstream fields(line);
    for (std::string s; std::getline(fields, s, '\t');) f.push_back(Trim(s));
    if (f.size() < 2 || f[1].empty()) {
      return Status::Error(path + ":" + std::to_string(n) +
                           ": expected 'class<TAB>word[<TAB>value]'");
    }
    const ClassName* cls = nullptr;
    for (const ClassName& c : kClassNames) {
      if (f[0] == c.name) cls = &c;
    }
    if (cls == nullptr)
      return Status::Error(path + ":" + std::to_string(n) + ": unknown word class '" + f[0] + "'");
    const std::u32string word = NormalizeArabic(ToU32(f[1]));
    words_[static_cast<int>(cls->cls)][word] = f.size() > 2 ? f[2] : "-";
    masks_[word] |= 1u << static_cast<int>(cls->cls);
  }
  return Status();
}

bool WordClasses::Has(WordClass c, std::u32string_view w, std::string* value) const {
  const auto& m = words_[static_cast<int>(c)];
  auto it = m.find(w);
  if (it == m.end()) return false;
  if (value != nullptr) *value = it->second;
  return true;
}

void WordClasses::Classify(Word& w) const {
  auto mask = [&](std::u32string_view form) -> std::uint32_t {
    auto it = masks_.find(form);
    return it == masks_.end() ? 0u : it->second;
  };
  w.form_classes = w.noun_classes = 0;
  if (w.punct) return;
  w.form_classes = mask(w.norm);
  if (w.conj) w.form_classes |= mask(StripConjunction(w.norm));
  w.noun_classes = w.noun == w.norm ? w.form_classes : mask(w.noun);
}

bool WordClasses::HasWord(WordClass c, const Word& w, std::string* value) const {
  if (!((w.form_classes >> static_cast<int>(c)) & 1u)) return false;
  if (value != nullptr && !Has(c, w.norm, value)) Has(c, StripConjunction(w.norm), value);
  return true;
}

std::string WordClasses::DefaultOf(WordClass c) const {
  for (const auto& [word, value] : words_[static_cast<int>(c)]) {
    if (value == "default") return ToUtf8(word);
  }
  return "";
}

}  // namespace marsad::events
