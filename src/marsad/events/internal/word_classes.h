// marsad/events internal: the closed word classes the coder's grammar consults, read from
// data/events/words.tsv (format in data/events/README.md) so that a linguist changes a class
// in a data line: titles that head an apposition, generic agents and their role, domain words,
// modality cues. Loaded once with the lexicon; look-ups take normalised words (NormalizeArabic).
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "marsad/core/core.h"
#include "marsad/events/internal/arabic_word.h"

namespace marsad::events {

enum class WordClass {
  kTitle,        // an office or honorific that heads a name (الرئيس، وزير، الأمير، الشيخ)
  kHonorific,    // a title that never follows a name as its apposition (الشيخ، الدكتور، صاحب)
  kAgent,        // a generic political agent (الشرطة → COP); value = role code or "-"
  kDomain,       // a word of sport, markets, worship or services text (value = the domain)
  kNormative,    // generic or normative statement cues (يجب، حرام، لا يجوز): no event
  kAttribution,  // reported: بحسب، مصادر، وفقا
  kFuture,       // future or planned: المقرر، يعتزم، سوف
  kConditional,  // hypothetical: إذا، لو، ربما
  kManner,       // adjectives of manner shaped like nisbas that name no actor (جوية، انتحارية)
  kDeed,         // nouns naming a deed, not a doer (العمل، الحادث، الجريمة)
  kArmed,        // fighters, soldiers, militants: an armed side (جنود، مقاتلين، عناصر)
  kObligation,   // obligation, an open possibility: يجب، ينبغي، لا بد (hypothetical)
  kCount
};

class WordClasses {
 public:
  // Reads one words file ("# marsad-event-words v1"); later files add to the classes.
  Status AddFile(const std::string& path);
  // True if w (normalised) is in class c; value, if given, receives the word's value.
  bool Has(WordClass c, std::u32string_view w, std::string* value = nullptr) const;
  // Has() for w itself or w without a leading و/ف.
  bool HasWord(WordClass c, const Word& w, std::string* value = nullptr) const;
  std::size_t size(WordClass c) const { return words_[static_cast<int>(c)].size(); }

 private:
  std::array<WordMap<std::string>, static_cast<int>(WordClass::kCount)> words_;
};

}  // namespace marsad::events
