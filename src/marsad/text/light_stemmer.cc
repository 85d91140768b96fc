// LightStem: Snowball's Arabic stemmer. sb_stemmer keeps per-call state, so each thread owns
// its own instance (created on first use, freed at thread exit).
#include <libstemmer.h>

#include <memory>

#include "marsad/text/text.h"

namespace marsad::text {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

sb_stemmer* ThreadStemmer() {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(
      sb_stemmer_new("arabic", "UTF_8"));
  return stemmer.get();
}

}  // namespace

std::u32string LightStem(std::u32string_view word) {
  sb_stemmer* stemmer = ThreadStemmer();
  if (stemmer == nullptr || word.empty()) return std::u32string(word);
  const std::string utf8 = ToUtf8(word);
  const sb_symbol* out = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(utf8.data()),
                                         static_cast<int>(utf8.size()));
  if (out == nullptr) return std::u32string(word);  // out of memory inside Snowball
  const int len = sb_stemmer_length(stemmer);
  return ToU32(std::string_view(reinterpret_cast<const char*>(out), static_cast<std::size_t>(len)));
}

}  // namespace marsad::text
