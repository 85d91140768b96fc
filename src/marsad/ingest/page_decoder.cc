// DecodeHtml and the page helpers shared by the readers.
#include "marsad/ingest/internal/page_decoder.h"

#include "marsad/ingest/internal/charset_converter.h"
#include "marsad/ingest/internal/content_sniffer.h"
#include "marsad/ingest/internal/encoding_detector.h"

namespace marsad::ingest {

void DecodeHtml(std::string_view bytes, const std::optional<std::string>& http_charset,
                Page& page) {
  const EncodingChoice choice = ChooseEncoding(bytes, http_charset);
  Utf8Text text = ConvertToUtf8(bytes.substr(choice.bom_size), choice.encoding);
  page.encoding = choice.encoding;
  page.content = std::move(text.text);
  page.invalid_bytes = text.invalid;
  page.kind = PageKind::kHtml;
}

void DecodeDocument(std::string_view bytes, const std::optional<std::string>& http_charset,
                    Page& page) {
  const EncodingChoice choice = ChooseEncoding(bytes, http_charset);
  // UTF-16/32 text is full of NUL and 0x06 bytes; only other encodings can be "binary".
  if (choice.encoding.rfind("UTF-16", 0) != 0 && choice.encoding.rfind("UTF-32", 0) != 0) {
    if (auto why = WhyBinary(bytes.substr(0, 64 * 1024))) {
      SetError(page, *why);
      return;
    }
  }
  Utf8Text text = ConvertToUtf8(bytes.substr(choice.bom_size), choice.encoding);
  page.encoding = choice.encoding;
  page.content = std::move(text.text);
  page.invalid_bytes = text.invalid;
  page.kind = LooksLikeHtml(page.content) ? PageKind::kHtml : PageKind::kTextDump;
  if (page.content.find_first_not_of(" \t\r\n\f") == std::string::npos)
    SetError(page, bytes.empty() ? "empty file" : "no text (only white space)");
}

void SetError(Page& page, std::string reason) {
  page.error = std::move(reason);
  page.content.clear();
}

void AssignId(Page& page, std::string_view locator) {
  if (!page.id.empty()) return;
  std::string key = page.url.value_or(std::string(locator));
  key += '\0';
  key += page.error ? *page.error : page.content;
  page.id = Hex64(Fnv1a64(key));
}

}  // namespace marsad::ingest
