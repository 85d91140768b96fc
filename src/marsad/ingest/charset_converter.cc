#include "marsad/ingest/internal/charset_converter.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <utility>

#include "marsad/core/core.h"

namespace marsad::ingest {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// WHATWG Encoding Standard labels for the encodings Arabic pages use, plus the Latin ones the
// standard redirects (a page that says "iso-8859-1" is decoded as windows-1252 by browsers).
constexpr std::array<std::pair<std::string_view, std::string_view>, 40> kLabels{{
    {"utf-8", "UTF-8"},
    {"utf8", "UTF-8"},
    {"unicode-1-1-utf-8", "UTF-8"},
    {"utf-16", "UTF-16LE"},
    {"utf-16le", "UTF-16LE"},
    {"unicode", "UTF-16LE"},
    {"utf-16be", "UTF-16BE"},
    {"windows-1256", "windows-1256"},
    {"cp1256", "windows-1256"},
    {"x-cp1256", "windows-1256"},
    {"ms-arab", "windows-1256"},
    {"arabic", "ISO-8859-6"},
    {"asmo-708", "ISO-8859-6"},
    {"csiso88596e", "ISO-8859-6"},
    {"csiso88596i", "ISO-8859-6"},
    {"csisolatinarabic", "ISO-8859-6"},
    {"ecma-114", "ISO-8859-6"},
    {"iso-8859-6", "ISO-8859-6"},
    {"iso-8859-6-e", "ISO-8859-6"},
    {"iso-8859-6-i", "ISO-8859-6"},
    {"iso-ir-127", "ISO-8859-6"},
    {"iso8859-6", "ISO-8859-6"},
    {"iso88596", "ISO-8859-6"},
    {"iso_8859-6", "ISO-8859-6"},
    {"iso_8859-6:1987", "ISO-8859-6"},
    {"windows-1252", "windows-1252"},
    {"cp1252", "windows-1252"},
    {"x-cp1252", "windows-1252"},
    {"iso-8859-1", "windows-1252"},
    {"iso8859-1", "windows-1252"},
    {"iso_8859-1", "windows-1252"},
    {"latin1", "windows-1252"},
    {"l1", "windows-1252"},
    {"us-ascii", "windows-1252"},
    {"ascii", "windows-1252"},
    {"ansi_x3.4-1968", "windows-1252"},
    {"cp819", "windows-1252"},
    {"ibm819", "windows-1252"},
    {"iso-8859-15", "ISO-8859-15"},
    {"cp720", "IBM720"},
}};

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// ICU to-Unicode callback: every illegal or unassigned sequence becomes one U+FFFD, counted.
void CountingSubstitute(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
                        UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to substitute
  auto* count = static_cast<std::size_t*>(const_cast<void*>(context));
  ++*count;
  *err = U_ZERO_ERROR;
  static const UChar kReplacement = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
}

}  // namespace

std::optional<std::string> CanonicalEncoding(std::string_view label) {
  // Labels arrive with spaces and quotes around them from meta tags and headers.
  while (!label.empty() && (std::isspace(static_cast<unsigned char>(label.front())) ||
                            label.front() == '"' || label.front() == '\''))
    label.remove_prefix(1);
  while (!label.empty() && (std::isspace(static_cast<unsigned char>(label.back())) ||
                            label.back() == '"' || label.back() == '\'' || label.back() == ';'))
    label.remove_suffix(1);
  if (label.empty() || label.size() > 64) return std::nullopt;
  const std::string lower = Lower(label);
  for (const auto& [l, name] : kLabels)
    if (lower == l) return std::string(name);
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr conv(ucnv_open(lower.c_str(), &err));
  if (U_FAILURE(err) || !conv) return std::nullopt;
  const char* name = ucnv_getName(conv.get(), &err);
  if (U_FAILURE(err) || name == nullptr) return std::nullopt;
  const char* iana = ucnv_getStandardName(name, "IANA", &err);
  return std::string(U_SUCCESS(err) && iana != nullptr ? iana : name);
}

Utf8Text ConvertToUtf8(std::string_view bytes, const std::string& encoding) {
  Utf8Text out;
  if (encoding == "UTF-8" || encoding.empty()) {
    out.text = std::string(bytes);
    out.invalid = SanitizeUtf8(out.text);
    return out;
  }
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr conv(ucnv_open(encoding.c_str(), &err));
  if (U_FAILURE(err) || !conv) return ConvertToUtf8(bytes, "UTF-8");
  ucnv_setToUCallBack(conv.get(), CountingSubstitute, &out.invalid, nullptr, nullptr, &err);
  // Single-byte and UTF-16 sources never need more than one UTF-16 unit per byte.
  std::u16string wide(bytes.size() + 16, u'\0');
  const char* src = bytes.data();
  UChar* dst = wide.data();
  ucnv_toUnicode(conv.get(), &dst, wide.data() + wide.size(), &src, bytes.data() + bytes.size(),
                 nullptr, /*flush=*/true, &err);
  if (err == U_BUFFER_OVERFLOW_ERROR) {  // a multi-byte source that expands: convert in one go
    err = U_ZERO_ERROR;
    ucnv_reset(conv.get());
    const int32_t need = ucnv_toUChars(conv.get(), nullptr, 0, bytes.data(),
                                       static_cast<int32_t>(bytes.size()), &err);
    err = U_ZERO_ERROR;
    out.invalid = 0;
    wide.assign(need + 1, u'\0');
    ucnv_toUChars(conv.get(), wide.data(), need + 1, bytes.data(),
                  static_cast<int32_t>(bytes.size()), &err);
    wide.resize(need);
  } else {
    wide.resize(dst - wide.data());
  }
  int32_t len = 0;
  err = U_ZERO_ERROR;
  u_strToUTF8WithSub(nullptr, 0, &len, wide.data(), static_cast<int32_t>(wide.size()), 0xFFFD,
                     nullptr, &err);
  out.text.assign(len, '\0');
  err = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.text.data(), len, &len, wide.data(), static_cast<int32_t>(wide.size()),
                     0xFFFD, nullptr, &err);
  return out;
}

}  // namespace marsad::ingest
