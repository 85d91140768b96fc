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
  bool unify_alef = true;          // أ إ آ ٱ → ا
  bool alef_maqsura_to_ya = true;  // ى → ي
  bool ta_marbuta_to_ha = false;   // ة → ه
  bool remove_tatweel = true;      // ـ
  bool remove_tashkeel = true;     // harakat, tanween, shadda, sukun, superscript alef
  bool persian_letters = true;     // ی → ي, ک → ك
  bool ascii_digits = true;        // ٠-٩ ۰-۹ → 0-9
  bool nfkc = true;                // presentation forms (ﻻ ﷲ …) → base letters
  bool remove_controls = true;     // bidi marks, ZWJ/ZWNJ, BOM
  bool lowercase_latin = false;
  friend bool operator==(const NormalizeOptions&, const NormalizeOptions&) = default;
};

struct NormalizedText {
  std::u32string text;
  // to_original[i] is the original offset of text[i]; to_original[text.size()] is the
  // original length, so [to_original[a], to_original[b]) is the original span of [a, b).
  // The map is non-decreasing. One original character may become several (NFKC: ﻻ → لا,
  // ﷲ → الله); they all map to that character, and OriginalSpan() widens a span that ends
  // inside such an expansion so that a non-empty span never maps to an empty one.
  // Removed characters (tashkeel, tatweel, controls) belong to the span of the kept
  // character before them when a span ends there.
  std::vector<std::size_t> to_original;
  Span OriginalSpan(Span normalized) const;
};

// The normalisation steps of one NormalizeOptions, compiled into a table once. Immutable
// and shareable by threads; build one per option set and keep it (construction costs a few
// microseconds; Normalize() with default options uses a shared instance).
class Normalizer {
 public:
  explicit Normalizer(const NormalizeOptions& options = {});
  NormalizedText Normalize(std::u32string_view original) const;
  // Normalised text only (no offset map): the fast path for look-up keys.
  std::u32string Key(std::u32string_view text) const;
  std::string Key(std::string_view utf8) const;
  const NormalizeOptions& options() const { return options_; }

 private:
  template <typename Emit>
  void Run(std::u32string_view text, Emit&& emit) const;
  template <typename Emit>
  void EmitSlow(char32_t c, std::size_t at, Emit& emit) const;
  char32_t MapSimple(char32_t c) const;

  NormalizeOptions options_;
  static constexpr std::size_t kTableSize = 0x800;  // Latin, Arabic, Arabic Supplement
  std::vector<char32_t> table_;
};

NormalizedText Normalize(std::u32string_view original, const NormalizeOptions& options = {});
// Convenience for look-ups (dictionaries, lexicons): normalised text only, default options.
std::u32string NormalizeKey(std::u32string_view text);
std::string NormalizeKey(std::string_view utf8);

// ---- sentences and tokens ----------------------------------------------------------------

// Sentences of the original body (not the normalised text), trimmed of surrounding space.
// Boundaries: ؟ ? ! ؛ and a full stop that is not part of a number (3.5), an abbreviation
// (ص.ب، د.، أ.، U.S.), a URL or a list number ("1. "); every line break (so headings and
// paragraphs are their own sentences); closing quotes and brackets stay with the sentence
// they close, and no split happens inside parentheses.
std::vector<Sentence> SplitSentences(std::u32string_view body);

// kWord: Arabic word (letters with their tashkeel/tatweel); kNumber: digits of either set
// with decimal/thousands separators and an optional % or ٪; kLatin: Latin letters/digits
// (al-Assad, F16); kUrl: http(s)://… or www.…; kEmail; kHashtag: #word (Arabic or Latin);
// kPunct: one punctuation mark (a run of dots is one token); kSymbol: anything else.
enum class TokenKind { kWord, kNumber, kPunct, kLatin, kUrl, kEmail, kHashtag, kSymbol };
const char* TokenKindName(TokenKind kind);  // "word", "number", ...

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
