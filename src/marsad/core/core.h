// marsad/core: the values every stage passes forward, errors as values, and UTF-8 helpers.
//
// An Article is what a page becomes. Offsets (Span) are Unicode code-point offsets into
// Article::body, the same in every stage and in the JSON record (see ../shared/CONTRACT.md).
// Stages take the previous stage's value plus immutable resources and return a new value;
// nothing here is global or mutable.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace marsad {

// ---------------------------------------------------------------------------------------------
// Errors as values: no exception crosses a stage border.

class Status {
 public:
  Status() = default;  // ok
  static Status Error(std::string message) { return Status(std::move(message)); }
  bool ok() const { return !message_.has_value(); }
  const std::string& message() const;

 private:
  explicit Status(std::string message) : message_(std::move(message)) {}
  std::optional<std::string> message_;
};

// Result<T>: a T or an error message. REQUIRES: value() only when ok(), error() only when !ok().
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}                     // NOLINT(google-explicit-constructor)
  Result(Status error) : v_(std::move(error)) {}                // NOLINT(google-explicit-constructor)
  bool ok() const { return std::holds_alternative<T>(v_); }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const std::string& error() const { return std::get<Status>(v_).message(); }
  Status status() const { return ok() ? Status() : std::get<Status>(v_); }

 private:
  std::variant<T, Status> v_;
};

// ---------------------------------------------------------------------------------------------
// Records.

// Half-open range [start, end) of code points in Article::body.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool contains(const Span& o) const { return start <= o.start && o.end <= end; }
  bool overlaps(const Span& o) const { return start < o.end && o.start < end; }
  friend bool operator==(const Span&, const Span&) = default;
};

struct Sentence {
  Span span;
};

// A named entity. type is one of PER, LOC, ORG, MISC. actor is a CAMEO-style code or empty.
struct Entity {
  Span span;
  std::string text;
  std::string type;
  std::string actor;
};

// One side of an event (source, target) or its verb: the words and their code.
struct EventArgument {
  std::string text;
  std::string code;  // empty for the verb, or when the actor is unknown
  Span span;
  bool present() const { return !text.empty(); }
};

// Where an event happened: a place named in its sentence, or the article's dateline, resolved
// in the gazetteer (data/places/).
struct Place {
  std::string text;  // the name as written, without a proclitic ("بغداد" of "ببغداد")
  Span span;         // of text in the body; empty when it is not in the body (a byline)
  std::string name;  // the gazetteer's name in English ("Baghdad"), for GDELT's FullName
  std::string kind;  // "country" or "city"
  std::string country;  // ISO 3166-1 alpha-3, as in actor codes ("IRQ")
  std::string adm1;     // the country's first-level division (GeoNames admin1 code), or empty
  double lat = 0;
  double lon = 0;
  std::int64_t geonameid = 0;  // GeoNames id, 0 when the place has none
  std::string source;          // "sentence" (named in it) or "dateline" (the article's)
};

struct Event {
  std::size_t sentence = 0;  // index into Article::sentences
  Span span;                 // the sentence or clause
  std::string text;
  EventArgument source;
  EventArgument target;
  EventArgument verb;
  std::string cameo;  // "064": digits with leading zeros
  std::string root;   // "06"
  double goldstein = 0;
  int quad_class = 0;
  std::string plover;
  std::string modality = "asserted";  // asserted|negated|denied|reported|hypothetical|future
  std::optional<Place> place;
  double confidence = 0;
};

struct Article {
  std::string id;
  std::optional<std::string> source_path;  // as given on the command line; nullopt for stdin
  std::optional<std::string> url;
  std::optional<std::string> site;
  std::optional<std::string> date;  // YYYY-MM-DD
  // Where the date came from: "jsonl" (a field of the input line), "html" (the page's
  // metadata: article:published_time, JSON-LD datePublished, <time datetime>), "url", "text"
  // (a date written near the headline), "warc" (WARC-Date: when it was fetched); nullopt when
  // undated.
  std::optional<std::string> date_source;
  std::optional<std::string> author;
  std::string encoding;
  std::string lang = "ar";
  std::string title;
  std::string body;  // UTF-8; paragraphs joined by "\n\n"
  std::optional<std::string> duplicate_of;
  std::optional<std::string> error;
  std::size_t invalid_bytes = 0;  // byte sequences replaced while decoding
  // Problems that did not stop the page ("field date: no date in ..."): for stderr, not part
  // of the record.
  std::vector<std::string> warnings;
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;
  std::vector<Event> events;
};

// Which parts of the record to write as JSON (extract writes none of the three lists).
struct RecordFields {
  bool sentences = false;
  bool entities = false;
  bool events = false;
};

// One JSON object, no trailing newline, per ../shared/CONTRACT.md.
std::string ToJsonLine(const Article& article, const RecordFields& fields);
// The contract's event "place" object (start and end null when the place is not in the body).
std::string ToJson(const Place& place);
// Parses what ToJsonLine wrote (used by tests, the store and `marsad code -` on records).
Result<Article> ArticleFromJson(std::string_view json);

// ---------------------------------------------------------------------------------------------
// UTF-8 and code points.

// Decodes UTF-8; each invalid byte becomes U+FFFD.
std::u32string ToU32(std::string_view utf8);
std::string ToUtf8(std::u32string_view text);
std::string ToUtf8(char32_t c);
std::size_t CodePointCount(std::string_view utf8);
// The UTF-8 text of body[span] where body is UTF-8 and span is in code points.
std::string Substring(std::string_view utf8, Span span);
// Replaces invalid UTF-8 by U+FFFD; returns how many replacements were made.
std::size_t SanitizeUtf8(std::string& text);

// Stable 64-bit FNV-1a hash, printed as 16 hex digits (ids, content hashes).
std::uint64_t Fnv1a64(std::string_view bytes, std::uint64_t seed = 0xcbf29ce484222325ULL);
std::string Hex64(std::uint64_t value);

// Where data/ is: $MARSAD_DATA if set, else the source tree's data/ compiled in.
std::string DataDir();

}  // namespace marsad
