// Word forms the NER features are built from: a light normalisation and clitic stripping that
// belong to the model (internal to the ner stage; tools and tests use it too).
//
// Why not text::NormalizeKey / text::Segmenter: a trained model is only valid with the exact
// forms it was trained on. Owning these few rules here means a change in the text layer can
// never silently shift the features of an already trained model file.
#pragma once

#include <string>
#include <string_view>

namespace marsad::ner {

// أ إ آ ٱ → ا, ى → ي, ة → ه, drops tashkeel and tatweel, Arabic-Indic digits → ASCII,
// Latin → lower case. وزارة الخارجيّة → وزاره الخارجيه.
std::u32string NormalizeWord(std::u32string_view word);

// The word without its proclitics (و ف, then ب ك ل, then ال or the لل of ل+ال), kept only if
// at least two letters remain: وبالعراق → عراق, للأمم → امم, لدمشق → دمشق.
// REQUIRES: word is NormalizeWord's output.
std::u32string StripProclitics(std::u32string_view word);

// A coarse class of the word's characters: "A" Arabic letters, "D" digits, "L" Latin,
// "P" punctuation, "M" mixed; used when the word itself is rare.
char WordShape(std::u32string_view word);

bool IsArabicLetter(char32_t c);

}  // namespace marsad::ner
