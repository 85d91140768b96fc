// marsad/events internal: the closed word classes the coder's grammar consults, read from
// data/events/words.tsv (format in data/events/README.md) so that a linguist changes a class
// in a data line: titles that head an apposition, generic agents and their role, domain words,
// modality cues. Loaded once with the lexicon; look-ups take normalised words (NormalizeArabic).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "marsad/core/core.h"
#include "marsad/events/internal/arabic_word.h"

namespace marsad::events {

enum class WordClass {
  kTitle,  // an office or honorific that heads a name (الرئيس، وزير، الأمير، الشيخ)
  kHonorific,  // a title that never follows a name as its apposition (الشيخ، الدكتور، صاحب)
  kAgent,      // a generic political agent (الشرطة → COP); value = role code or "-"
  kDomain,     // a word of sport, markets, worship or services text (value = the domain)
  kNormative,  // generic or normative statement cues (يجب، حرام، لا يجوز): no event
  kAttribution,  // reported: بحسب، مصادر، وفقا
  kFuture,       // future or planned: المقرر، يعتزم، سوف
  kConditional,  // hypothetical: إذا، لو، ربما
  kSupport,  // verbs that carry a verbal noun as their deed (قام بـ، شن، نفذ، تمكن من)
  kCarrier,  // nouns that carry an event noun (عملية خطف، موجة اغتيالات)
  kAspect,   // nouns of onset and occurrence before an event noun (بدء، وقوع، تنفيذ)
  kHeading,  // nouns that file an event under a heading, naming it as a topic (جريمة، تهمة)
  kTime,     // time adverbs and nouns skipped before an argument (أمس، الشهر الماضي)
  kPeople,  // nouns of people: an uncoded target of them takes a country by the agent rules
  kManner,  // adjectives of manner shaped like nisbas that name no actor (جوية، انتحارية)
  kDeed,   // nouns naming a deed, not a doer (العمل، الحادث، الجريمة)
  kArmed,  // fighters, soldiers, militants: an armed side (جنود، مقاتلين، عناصر)
  kObligation,  // obligation, an open possibility: يجب، ينبغي، لا بد (hypothetical)
  kAudience,  // an institution's own staff and audiences (منسوبي، الحضور): no party to praise or
              // meetings
  kOffice,  // an office below the state (مدير، عضو، مشرف): its holder's meetings and thanks
            // with other uncoded sides are office life
  kDisaster,  // disasters and accidents (زلزال، فيضانات، حادث مروري): their dead are no
              // political event
  kKingdom,  // country codes of kingdoms whose press calls their state المملكة; value "default" for
             // the rest
  kCount
};

class WordClasses {
 public:
  // Reads one words file ("# marsad-event-words v1"); later files add to the classes.
  Status AddFile(const std::string& path);
  // True if w (normalised) is in class c; value, if given, receives the word's value.
  bool Has(WordClass c, std::u32string_view w, std::string* value = nullptr) const;
  // Fills w.form_classes and w.noun_classes (one look-up per form), so that the grammar's
  // many class tests on a word are bit tests.
  void Classify(Word& w) const;
  // w as written or without its leading و/ف is in class c (after Classify); value, if given,
  // receives the word's value.
  bool HasWord(WordClass c, const Word& w, std::string* value = nullptr) const;
  // w's noun form (without clitics and article) is in class c (after Classify).
  static bool HasNoun(WordClass c, const Word& w) {
    return (w.noun_classes >> static_cast<int>(c)) & 1u;
  }
  std::size_t size(WordClass c) const { return words_[static_cast<int>(c)].size(); }
  // The word of class c whose value is "default" (UTF-8), or "".
  std::string DefaultOf(WordClass c) const;

 private:
  std::array<WordMap<std::string>, static_cast<int>(WordClass::kCount)> words_;
  WordMap<std::uint32_t> masks_;  // word → its classes, one bit each
};

}  // namespace marsad::events
