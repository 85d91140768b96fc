// ContentHash: FNV-1a over every field of the record, fed field by field. The store compares
// it with the stored one to make a Put of the same record a no-op; building the JSON line
// only to hash it cost a serialisation per article.
#include <cstring>

#include "marsad/store/internal/content_hash.h"

namespace marsad::store {
namespace {

class Hasher {
 public:
  void Bytes(const void* p, std::size_t n) {
    const auto* b = static_cast<const unsigned char*>(p);
    for (std::size_t i = 0; i < n; ++i) {
      h_ ^= b[i];
      h_ *= 0x100000001b3ULL;
    }
  }
  // Length first: ("ab", "c") and ("a", "bc") differ.
  void Str(std::string_view s) {
    Int(s.size());
    Bytes(s.data(), s.size());
  }
  void Opt(const std::optional<std::string>& s) {
    Int(s ? 1 : 0);
    if (s) Str(*s);
  }
  void Int(std::uint64_t v) { Bytes(&v, sizeof v); }
  void Real(double v) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    Int(bits);
  }
  void At(const Span& s) {
    Int(s.start);
    Int(s.end);
  }
  void Argument(const EventArgument& a) {
    Str(a.text);
    Str(a.code);
    At(a.span);
  }
  std::uint64_t value() const { return h_; }

 private:
  std::uint64_t h_ = 0xcbf29ce484222325ULL;
};

}  // namespace

std::uint64_t ContentHash(const Article& a) {
  Hasher h;
  h.Str(a.id);
  for (const auto* s : {&a.source_path, &a.url, &a.site, &a.date, &a.date_source, &a.author}) h.Opt(*s);
  h.Str(a.encoding);
  h.Str(a.lang);
  h.Str(a.title);
  h.Str(a.body);
  h.Opt(a.duplicate_of);
  h.Opt(a.error);
  h.Int(a.invalid_bytes);
  h.Int(a.sentences.size());
  for (const Sentence& s : a.sentences) h.At(s.span);
  h.Int(a.entities.size());
  for (const Entity& e : a.entities) {
    h.At(e.span);
    h.Str(e.text);
    h.Str(e.type);
    h.Str(e.actor);
  }
  h.Int(a.events.size());
  for (const Event& e : a.events) {
    h.Int(e.sentence);
    h.At(e.span);
    h.Str(e.text);
    h.Argument(e.source);
    h.Argument(e.target);
    h.Argument(e.verb);
    h.Str(e.cameo);
    h.Str(e.root);
    h.Real(e.goldstein);
    h.Int(static_cast<std::uint64_t>(static_cast<std::int64_t>(e.quad_class)));
    h.Str(e.plover);
    h.Str(e.modality);
    h.Int(e.place ? 1 : 0);
    if (e.place) {
      const Place& p = *e.place;
      for (const std::string* s : {&p.text, &p.name, &p.kind, &p.country, &p.adm1, &p.source}) h.Str(*s);
      h.At(p.span);
      h.Real(p.lat);
      h.Real(p.lon);
      h.Int(static_cast<std::uint64_t>(p.geonameid));
    }
    h.Real(e.confidence);
  }
  return h.value();
}

}  // namespace marsad::store
