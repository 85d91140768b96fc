#include "marsad/ingest/internal/jsonl_reader.h"

#include <ctime>
#include <limits>
#include <nlohmann/json.hpp>
#include <vector>

#include "marsad/ingest/internal/page_decoder.h"

namespace marsad::ingest {
namespace {

using nlohmann::json;

const char* TypeName(const json& j) { return j.type_name(); }

// A descriptive field other datasets shape differently: a string, or an object with a "name"
// ({"source": {"id": "x", "name": "X"}} in news APIs). Anything else is not an error: these
// fields only describe the page.
std::optional<std::string> NameOf(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) return std::nullopt;
  const json* value = &*it;
  if (value->is_object()) {
    auto name = value->find("name");
    if (name == value->end()) return std::nullopt;
    value = &*name;
  }
  if (!value->is_string()) return std::nullopt;
  std::string text = value->get<std::string>();
  if (text.find_first_not_of(" \t") == std::string::npos) return std::nullopt;
  return text;
}

// A Unix time (seconds, or milliseconds when it is too large for seconds) as YYYY-MM-DD UTC.
std::optional<std::string> EpochDate(double value) {
  if (value > 1e11) value /= 1000;
  if (!(value > 0 && value < 4.2e9)) return std::nullopt;
  const std::time_t t = static_cast<std::time_t>(value);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return std::string(buf);
}

// The stated publication date: the field asked for, else the first usual one present. An
// empty string is no date; a number is a Unix time.
Result<std::optional<std::string>> StatedDate(const json& j, const std::string& asked,
                                              std::string& field) {
  std::vector<std::string> keys;
  if (!asked.empty()) {
    keys.push_back(asked);
  } else {
    for (const char* k : kJsonlDateFields) keys.emplace_back(k);
  }
  for (const std::string& key : keys) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) continue;
    field = key;
    if (it->is_number_integer() && it->get<std::int64_t>() >= 19000101 &&
        it->get<std::int64_t>() <= 21001231) {
      return std::optional<std::string>(it->dump());  // 20150721: YYYYMMDD, not a Unix time
    }
    if (it->is_number()) {
      if (auto d = EpochDate(it->get<double>())) return std::optional<std::string>(d);
      return Status::Error("field \"" + key + "\" is not a Unix time: " + it->dump());
    }
    if (!it->is_string())
      return Status::Error("field \"" + key + "\" must be a string or a number, not " +
                           TypeName(*it));
    std::string text = it->get<std::string>();
    if (text.find_first_not_of(" \t") == std::string::npos) continue;
    return std::optional<std::string>(std::move(text));
  }
  field.clear();
  return std::optional<std::string>();
}

// Reads an optional string field; an error names the field and the type found.
Result<std::optional<std::string>> OptionalString(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::optional<std::string>();
  if (!it->is_string())
    return Status::Error(std::string("field \"") + key + "\" must be a string, not " +
                         TypeName(*it));
  return std::optional<std::string>(it->get<std::string>());
}

}  // namespace

JsonlReader::JsonlReader(std::unique_ptr<BufferedReader> in, std::optional<std::string> source_path,
                         std::string date_field, bool line_per_page)
    : in_(std::move(in)),
      source_path_(std::move(source_path)),
      date_field_(std::move(date_field)),
      line_per_page_(line_per_page) {}

std::optional<Page> JsonlReader::Next() {
  std::string line;
  while (!done_) {
    bool too_long = false;
    auto got = in_->ReadLine(line, kMaxPageBytes, &too_long);
    if (!got.ok() || !got.value()) {
      done_ = true;
      if (got.ok()) break;
      Page page;
      page.source_path = source_path_;
      SetError(page, "after line " + std::to_string(line_number_) + ": " + got.error());
      AssignId(page, source_path_.value_or("-") + ":" + std::to_string(line_number_ + 1));
      return page;
    }
    ++line_number_;
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      if (!line_per_page_) continue;
      Page page;
      page.source_path = source_path_;
      SetError(page, "line " + std::to_string(line_number_) + ": blank line, not a JSON object");
      AssignId(page, source_path_.value_or("-") + ":" + std::to_string(line_number_));
      return page;
    }
    if (too_long) {
      Page page;
      page.source_path = source_path_;
      SetError(page, "line " + std::to_string(line_number_) + ": longer than the page limit");
      AssignId(page, source_path_.value_or("-") + ":" + std::to_string(line_number_));
      return page;
    }
    Page page = PageFromLine(line);
    if (binary_ && !line_per_page_) {
      done_ = true;
      auto rest = in_->Skip(std::numeric_limits<std::size_t>::max());
      *page.error += "; binary data, not JSON lines: the rest of the file (" +
                     std::to_string(rest.ok() ? rest.value() : 0) + " bytes) is skipped";
    }
    return page;
  }
  return std::nullopt;
}

Page JsonlReader::PageFromLine(std::string& line) {
  Page page;
  page.source_path = source_path_;
  const std::string where = "line " + std::to_string(line_number_) + ": ";
  const std::string locator = source_path_.value_or("-") + ":" + std::to_string(line_number_);
  auto fail = [&](const std::string& reason) {
    SetError(page, where + reason);
    AssignId(page, locator);
    return page;
  };
  const bool nul = line.find('\0') != std::string::npos;
  const std::size_t bytes = line.size();
  const std::size_t invalid = SanitizeUtf8(line);
  json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    binary_ = nul || invalid * 8 > bytes;
    return fail("invalid JSON");
  }
  if (!j.is_object()) return fail(std::string("expected a JSON object, found ") + TypeName(j));

  if (auto it = j.find("id"); it != j.end() && !it->is_null()) {
    if (it->is_string())
      page.id = it->get<std::string>();
    else if (it->is_number_integer())
      page.id = it->dump();
    else
      return fail(std::string("field \"id\" must be a string or an integer, not ") + TypeName(*it));
  }
  for (auto [key, field] : {std::pair{"url", &page.url}, std::pair{"title", &page.title}}) {
    auto value = OptionalString(j, key);
    if (!value.ok()) return fail(value.error());
    *field = std::move(value).value();
  }
  // Other names corpora give the address (article_url: the event gold files; link: RSS dumps).
  for (const char* key : {"article_url", "link"}) {
    if (page.url) break;
    auto value = OptionalString(j, key);
    if (!value.ok()) return fail(value.error());
    page.url = std::move(value).value();
  }
  // "site" is what `marsad extract` and `annotate` write, so their output reads back in.
  page.site = NameOf(j, "source");
  if (!page.site) page.site = NameOf(j, "site");
  page.author = NameOf(j, "author");
  auto date = StatedDate(j, date_field_, page.date_field);
  if (!date.ok()) return fail(date.error());
  page.date = std::move(date).value();

  auto html = OptionalString(j, "html");
  if (!html.ok()) return fail(html.error());
  std::optional<std::string> text;
  for (const char* key : {"text", "content", "body"}) {
    auto value = OptionalString(j, key);
    if (!value.ok()) return fail(value.error());
    if (!text) text = std::move(value).value();
  }
  // A record that already failed upstream (`extract`'s error record, empty body) stays a
  // failure with its own reason instead of becoming an empty text page.
  if (auto upstream = NameOf(j, "error"); upstream && !html.value() && (!text || text->empty()))
    return fail(*upstream);
  if (html.value()) {
    // JSON strings are Unicode already: nothing to detect, whatever the page's meta says.
    page.kind = PageKind::kHtml;
    page.content = std::move(*html.value());
  } else if (text) {
    page.kind = PageKind::kText;
    page.content = std::move(*text);
  } else {
    return fail("no \"html\", \"text\", \"content\" or \"body\" string");
  }
  page.encoding = "UTF-8";
  page.invalid_bytes = invalid;
  AssignId(page, source_path_.value_or("-"));
  return page;
}

}  // namespace marsad::ingest
