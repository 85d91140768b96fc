// marsad/text: Arabic text in canonical form without losing the way back to the article.
//
// Everything works on code points (std::u32string) so that offsets are the contract's
// offsets into Article::body. Normalize() returns the normalised text and, for every
// normalised code point, the original offset it came from. Sentences and tokens carry Spans
// into the original text. Segmenter and PosTagger are models loaded once from data/ and
// shared by threads (const methods only).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/core/core.h"

namespace marsad::text {

class Lexicon;  // internal/lexicon.h: shared by the segmenter and the POS tagger of an Analyzer

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
// they close, and no split happens inside parentheses. Linear time.
//
// Limit: a sentence is at most kMaxSentenceWords words (runs of non-space characters): a longer
// one is cut after each kMaxSentenceWords-th word, so that what later stages do per sentence
// (argument search, each event carrying its sentence's text) stays linear in the body on text
// without punctuation. News prose never reaches it (the longest of SaudiNewsNet's ~400k
// sentences is about 630 words); when cut is given, it receives how many cuts were made (the
// pipeline then warns, naming the limit).
inline constexpr std::size_t kMaxSentenceWords = 1000;
std::vector<Sentence> SplitSentences(std::u32string_view body, std::size_t* cut = nullptr);

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
  friend class Analyzer;  // loads it with the lexicon it shares with the POS tagger
  static Result<Segmenter> LoadWith(const std::string& path, const Lexicon* lexicon);
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
  friend class Analyzer;
  static Result<PosTagger> LoadWith(const std::string& path, const Lexicon* lexicon);
  std::vector<int> TagIds(const std::vector<std::u32string>& tokens) const;
  const std::vector<std::string>& tag_names() const;
  PosTagger();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Snowball Arabic light stem, for lexicon look-ups of common words. Never for names.
std::u32string LightStem(std::u32string_view word);

// ---- the analysis of a body: computed once, read by the later stages ---------------------

// The word pieces of body[range]: runs of letters, digits and marks, and every other
// character that is not white space on its own ("3.5" → 3 . 5, "al-Assad" → al - Assad,
// "(دمشق)" → ( دمشق )).
std::vector<Span> WordPieces(std::u32string_view body, Span range);

// One token of an analysed sentence: a word piece of a Tokenize() token (the units that the
// segmenter, the POS tagger and the NER model were trained on), with where its clitic
// segments are in AnalyzedSentence::segments.
struct AnalyzedToken {
  Span span;  // into the body (empty for AnalyzeTokens(), whose tokens have no body)
  TokenKind kind = TokenKind::kWord;  // of the Tokenize() token it is a piece of
  std::uint32_t first_segment = 0;    // segments[first_segment, end_segment) are its clitic
  std::uint32_t end_segment = 0;      // segments in order (و+ب+الولايات); never empty
  std::uint32_t stem_segment = 0;     // the longest one (clitics are one or two letters)
};

struct AnalyzedSentence {
  Span span;
  std::vector<AnalyzedToken> tokens;
  std::vector<std::u32string> words;     // the text of each token
  std::vector<std::u32string> segments;  // every token's clitic segments, in order
  std::vector<std::uint8_t> upos;        // per segment: index into Analyzer::upos_tags()
};

// What the text layer says about a body, sentence by sentence.
struct Analysis {
  std::vector<AnalyzedSentence> sentences;
  std::size_t cut_sentences = 0;  // sentences cut at kMaxSentenceWords by SplitSentences
};

// The one owner of the text layer's resources: the segmenter, the POS tagger and the corpus
// lexicon both read (loaded and parsed once, from data/text/), immutable after Load and
// shared by threads. Later stages take its Analysis instead of splitting the body again.
//
//   auto analyzer = text::Analyzer::LoadDefault();       // once
//   text::Analysis a = (*analyzer)->Analyze(body);        // per article, any thread
class Analyzer {
 public:
  // dir holds segmenter.model, pos.model and the lexicon.tsv and clusters.tsv they name.
  static Result<std::shared_ptr<const Analyzer>> Load(const std::string& dir);
  static Result<std::shared_ptr<const Analyzer>> LoadDefault();  // DataDir() + "/text"
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;
  ~Analyzer();

  // Sentences (SplitSentences), tokens, clitic segments and UPOS tags of the body.
  Analysis Analyze(std::u32string_view body) const;
  // The same over given sentences (clamped to the body; an empty one has no tokens).
  Analysis Analyze(std::u32string_view body, const std::vector<Sentence>& sentences) const;
  // Segments and tags of one sentence given as tokens (ANERcorp's whitespace tokens); each
  // token stays one AnalyzedToken, with an empty span.
  AnalyzedSentence AnalyzeTokens(const std::vector<std::u32string>& tokens) const;

  const std::vector<std::string>& upos_tags() const;
  // FNV-1a over the bytes of segmenter.model, pos.model, lexicon.tsv and clusters.tsv:
  // equal fingerprints, equal analyses (a model trained on these tags stores it).
  std::uint64_t fingerprint() const;

 private:
  Analyzer();
  void Fill(AnalyzedSentence& sentence) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad::text
