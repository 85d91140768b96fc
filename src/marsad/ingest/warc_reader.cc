#include "marsad/ingest/internal/warc_reader.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "marsad/ingest/internal/content_sniffer.h"
#include "marsad/ingest/internal/encoding_detector.h"
#include "marsad/ingest/internal/http_response.h"
#include "marsad/ingest/internal/page_decoder.h"

namespace marsad::ingest {
namespace {

constexpr std::size_t kMaxHeaderLine = 64 * 1024;
constexpr int kMaxHeaderLines = 1000;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool IsBlank(const std::string& line) { return Trim(line).empty(); }

// Whether the bytes after a block of `length` (in view, which the reader peeked) are where a
// record ends: blank lines, then the next "WARC/1." or the end of the stream.
bool EndsAtLength(std::string_view view, std::uint64_t length) {
  if (view.size() < length) return false;  // the stream ends inside the claimed block
  std::string_view after = view.substr(length);
  while (!after.empty() && (after.front() == '\r' || after.front() == '\n')) after.remove_prefix(1);
  constexpr std::string_view kVersion = "WARC/1.";
  return after.size() < kVersion.size() ? kVersion.starts_with(after) : after.starts_with(kVersion);
}

// The offset in view of a line that starts a WARC record ("WARC/1.0" or "WARC/1.1" followed by
// a "WARC-" header line), or npos.
std::size_t FindRecordStart(std::string_view view) {
  for (std::size_t at = view.find("\nWARC/1."); at != std::string_view::npos;
       at = view.find("\nWARC/1.", at + 1)) {
    std::string_view rest = view.substr(at + 1 + 7);  // after "WARC/1."
    if (rest.empty() || (rest[0] != '0' && rest[0] != '1')) continue;
    rest.remove_prefix(1);
    if (rest.starts_with("\r")) rest.remove_prefix(1);
    if (!rest.starts_with("\n")) continue;
    rest.remove_prefix(1);
    if (rest.size() >= 5 && Lower(rest.substr(0, 5)) == "warc-") return at + 1;
  }
  return std::string_view::npos;
}

constexpr std::size_t kLookahead = 64;        // bytes peeked past a block to check its end
constexpr std::size_t kSkipChunk = 1u << 20;  // large blocks are skipped (and scanned) in these

}  // namespace

struct WarcReader::Header {
  std::uint64_t offset = 0;
  std::string type;  // lower case
  std::string target_uri;
  std::string date;  // WARC-Date, e.g. 2015-07-21T02:51:32Z
  std::optional<std::uint64_t> length;
};

WarcReader::WarcReader(std::unique_ptr<BufferedReader> in, std::optional<std::string> source_path,
                       bool compressed)
    : in_(std::move(in)), source_path_(std::move(source_path)), compressed_(compressed) {}

std::string WarcReader::Where(std::uint64_t offset) const {
  return "WARC record at " + std::string(compressed_ ? "uncompressed " : "") + "offset " +
         std::to_string(offset);
}

Page WarcReader::ErrorPage(std::uint64_t offset, const std::string& reason) {
  Page page;
  page.source_path = source_path_;
  SetError(page, Where(offset) + ": " + reason);
  AssignId(page, source_path_.value_or("-") + "@" + std::to_string(offset));
  return page;
}

std::optional<WarcReader::Header> WarcReader::ReadHeader() {
  std::string line;
  // Records end with two CRLFs; skip blank lines up to the next version line.
  std::uint64_t start = in_->offset();
  for (;;) {
    start = in_->offset();
    auto got = in_->ReadLine(line, kMaxHeaderLine);
    if (!got.ok()) {
      done_ = true;
      error_page_ = ErrorPage(start, got.error());
      return std::nullopt;
    }
    if (!got.value()) return std::nullopt;  // clean end of file
    if (!IsBlank(line)) break;
  }
  if (line.rfind("WARC/1.", 0) != 0) {
    // Not where a record should start (a wrong Content-Length before, or junk): resync on
    // the next version line so one damaged record does not lose the rest of the file.
    const std::uint64_t junk_at = start;
    for (;;) {
      start = in_->offset();
      auto got = in_->ReadLine(line, kMaxHeaderLine);
      if (!got.ok() || !got.value()) {
        done_ = true;
        error_page_ =
            ErrorPage(junk_at, got.ok() ? "not a WARC record (no record follows)" : got.error());
        return std::nullopt;
      }
      if (line.rfind("WARC/1.", 0) == 0) break;
    }
    error_page_ =
        ErrorPage(junk_at, "not a WARC record; skipped " + std::to_string(start - junk_at) +
                               " bytes to the next record");
  }
  Header h;
  h.offset = start;
  for (int n = 0;; ++n) {
    auto got = in_->ReadLine(line, kMaxHeaderLine);
    if (!got.ok() || !got.value() || n > kMaxHeaderLines) {
      done_ = true;
      error_page_ = ErrorPage(h.offset, !got.ok() ? got.error() : "truncated WARC header");
      return std::nullopt;
    }
    if (IsBlank(line)) break;
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    const std::string name = Lower(Trim(std::string_view(line).substr(0, colon)));
    const std::string_view value = Trim(std::string_view(line).substr(colon + 1));
    if (name == "warc-type") h.type = Lower(value);
    if (name == "warc-target-uri") {
      h.target_uri = value;
      // WARC/1.0 wrote the URI in angle brackets.
      if (h.target_uri.size() >= 2 && h.target_uri.front() == '<' && h.target_uri.back() == '>')
        h.target_uri = h.target_uri.substr(1, h.target_uri.size() - 2);
    }
    if (name == "warc-date") h.date = value;
    if (name == "content-length") {
      std::uint64_t v = 0;
      auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
      if (ec == std::errc() && p == value.data() + value.size()) h.length = v;
    }
  }
  return h;
}

std::optional<Page> WarcReader::Next() {
  while (!done_ || error_page_) {
    if (error_page_) {
      std::optional<Page> p = std::move(error_page_);
      error_page_.reset();
      return p;
    }
    auto header = ReadHeader();
    if (!header) {
      if (error_page_) continue;
      done_ = true;
      break;
    }
    if (!header->length) {
      // Without a length the record's end is unknown: report, then resync on the next one.
      return ErrorPage(header->offset, "no valid Content-Length");
    }
    if (auto page = PageFromRecord(*header)) {
      if (error_page_) {  // a resync message comes before the page that follows it
        std::swap(*page, *error_page_);
      }
      return page;
    }
  }
  return std::nullopt;
}

std::optional<Page> WarcReader::PageFromRecord(const Header& h) {
  const std::uint64_t length = *h.length;
  const auto lying = [&](std::size_t at) {
    return ErrorPage(h.offset, "Content-Length " + std::to_string(length) +
                                   " runs past the next record, which starts " +
                                   std::to_string(at) + " bytes into the block; skipped to it");
  };
  if (length <= kMaxPageBytes) {
    // A block that does not end where a record ends, with a record header inside it: the
    // length lies (the record before is damaged), and the record inside is read next.
    const std::string_view view = in_->Peek(length + kLookahead);
    if (!EndsAtLength(view, length)) {
      const std::size_t at = FindRecordStart(view.substr(0, std::min<std::uint64_t>(view.size(), length)));
      if (at != std::string_view::npos) {
        auto skipped = in_->Skip(at);
        if (!skipped.ok()) {
          done_ = true;
          return ErrorPage(h.offset, skipped.error());
        }
        return lying(at);
      }
    }
  } else {
    // Larger than a page: skipped in chunks, and a record header inside ends it (a length of
    // 2^63 must not swallow the rest of the file). A record whose payload is itself a WARC
    // record larger than kMaxPageBytes is cut there: documented in warc_reader.h.
    std::uint64_t done = 0;
    while (done < length) {
      const std::size_t chunk = static_cast<std::size_t>(std::min<std::uint64_t>(length - done, kSkipChunk));
      const std::string_view view = in_->Peek(chunk + kLookahead);
      const std::size_t at = FindRecordStart(view);
      if (at != std::string_view::npos && at < chunk) {
        auto skipped = in_->Skip(at);
        if (!skipped.ok()) {
          done_ = true;
          return ErrorPage(h.offset, skipped.error());
        }
        return lying(static_cast<std::size_t>(done + at));
      }
      auto skipped = in_->Skip(chunk);
      if (!skipped.ok() || skipped.value() < chunk) {
        done_ = true;
        return ErrorPage(h.offset, skipped.ok() ? "truncated WARC record: Content-Length " +
                                                      std::to_string(length) + ", only " +
                                                      std::to_string(done + skipped.value()) +
                                                      " bytes"
                                                : skipped.error());
      }
      done += chunk;
    }
    if (h.type == "response") return ErrorPage(h.offset, "record larger than the page limit");
    ++skipped_;
    return std::nullopt;
  }
  if (h.type != "response") {
    auto skipped = in_->Skip(length);
    if (!skipped.ok() || skipped.value() < length) {
      done_ = true;
      return ErrorPage(h.offset, skipped.ok() ? "truncated WARC record: Content-Length " +
                                                    std::to_string(length) + ", only " +
                                                    std::to_string(skipped.value()) + " bytes"
                                              : skipped.error());
    }
    if (h.type == "response") return ErrorPage(h.offset, "record larger than the page limit");
    ++skipped_;
    return std::nullopt;
  }
  std::string block;
  auto got = in_->ReadExact(length, block);
  if (!got.ok() || got.value() < length) {
    done_ = true;
    return ErrorPage(h.offset, got.ok() ? "truncated WARC record: Content-Length " +
                                              std::to_string(length) + ", only " +
                                              std::to_string(got.value()) + " bytes"
                                        : got.error());
  }
  auto http = ParseHttpResponse(block);
  if (!http.ok()) {
    // DNS and other non-HTTP responses are not pages; a broken HTTP message is an error.
    if (block.rfind("HTTP/", 0) != 0) {
      ++skipped_;
      return std::nullopt;
    }
    return ErrorPage(h.offset, http.error());
  }
  const bool html = http->content_type.empty()
                        ? LooksLikeHtml(std::string_view(http->body).substr(0, 64 * 1024))
                        : IsHtmlMediaType(http->content_type);
  if (!html || http->status < 200 || http->status >= 300) {
    ++skipped_;
    return std::nullopt;
  }
  Page page;
  page.source_path = source_path_;
  if (!h.target_uri.empty()) page.url = h.target_uri;
  if (!h.date.empty()) page.fetch_date = h.date;
  DecodeHtml(http->body, CharsetFromContentType(http->content_type), page);
  AssignId(page, source_path_.value_or("-") + "@" + std::to_string(h.offset));
  return page;
}

}  // namespace marsad::ingest
