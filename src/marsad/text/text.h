// marsad/text: Arabic text in canonical form without losing the way back to the article.
//
// Everything works on code points (std::u32string) so that offsets are the contract's
// offsets into Article::body. Normalize() returns the normalised text and, for every
// normalised code point, the original offset it came from. Sentences and tokens carry Spans
// into the original text. Segmenter and PosTagger are models loaded once from data/ and
// shared by threads (const methods only).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/core/core.h"

namespace marsad::text {

// ---- normalisation -----------------------------------------------------------------------

struct NormalizeOptions {
  bool unify_alef = true;         // أ إ آ ٱ → ا
  bool alef_maqsura_to_ya = true; // ى → ي
  bool ta_marbuta_to_ha = false;  // ة → ه
  bool remove_tatweel = true;     // ـ
  bool remove_tashkeel = true;    // harakat, tanween, shadda, sukun, superscript alef
  bool persian_letters = true;    // ی → ي, ک → ك
  bool ascii_digits = true;       // ٠-٩ ۰-۹ → 0-9
  bool nfkc = true;               // presentation forms (ﻻ ﷲ …) → base letters
  bool remove_controls = true;    // bidi marks, ZWJ/ZWNJ, BOM
  bool lowercase_latin = false;
};

struct NormalizedText {
  std::u32string text;
  // to_original[i] is the original offset of text[i]; to_original[text.size()] is the
  // original length, so [to_original[a], to_original[b]) is the original span of [a, b).
  std::vector<std::size_t> to_original;
  Span OriginalSpan(Span normalized) const;
};

NormalizedText Normalize(std::u32string_view original, const NormalizeOptions& options = {});
// Convenience for look-ups (dictionaries, lexicons): normalised text only, default options.
std::u32string NormalizeKey(std::u32string_view text);
std::string NormalizeKey(std::string_view utf8);

// ---- sentences and tokens ----------------------------------------------------------------

std::vector<Sentence> SplitSentences(std::u32string_view body);

enum class TokenKind { kWord, kNumber, kPunct, kLatin, kUrl, kEmail, kHashtag, kSymbol };

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
};

// Tokens of body[range] (the whole body by default), offsets into body.
std::vector<Token> Tokenize(std::u32string_view body);
std::vector<Token> Tokenize(std::u32string_view body, Span range);

// ---- clitics and parts of speech ---------------------------------------------------------

// Splits a word into clitic segments in the UD convention (و+ب+الولايات, نشرت+ها). The
// segments concatenate back to the word.
class Segmenter {
 public:
  static Result<Segmenter> Load(const std::string& path);  // data/text/segmenter.model
  static Result<Segmenter> LoadDefault();                  // from DataDir()
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;
  ~Segmenter();

  std::vector<std::u32string> Segment(std::u32string_view word) const;
  // The segment that carries the word's meaning (without proclitics and enclitic pronouns).
  std::u32string Stem(std::u32string_view word) const;

 private:
  Segmenter();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// UPOS tags for a sentence of segmented tokens.
class PosTagger {
 public:
  static Result<PosTagger> Load(const std::string& path);  // data/text/pos.model
  static Result<PosTagger> LoadDefault();
  PosTagger(PosTagger&&) noexcept;
  PosTagger& operator=(PosTagger&&) noexcept;
  ~PosTagger();

  std::vector<std::string> Tag(const std::vector<std::u32string>& tokens) const;

 private:
  PosTagger();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Snowball Arabic light stem, for lexicon look-ups of common words. Never for names.
std::u32string LightStem(std::u32string_view word);

}  // namespace marsad::text
