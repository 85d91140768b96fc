#include "marsad/ingest/internal/jsonl_reader.h"

#include <cctype>
#include <nlohmann/json.hpp>

#include "marsad/ingest/internal/page_decoder.h"

namespace marsad::ingest {
namespace {

using nlohmann::json;

const char* TypeName(const json& j) { return j.type_name(); }

// A "YYYY-MM-DD" prefix (ISO dates and timestamps), or nullopt for anything else.
std::optional<std::string> IsoDate(const std::string& s) {
  if (s.size() < 10) return std::nullopt;
  for (int i = 0; i < 10; ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? s[i] != '-' : !std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
  }
  return s.substr(0, 10);
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

JsonlReader::JsonlReader(std::unique_ptr<BufferedReader> in, std::optional<std::string> source_path)
    : in_(std::move(in)), source_path_(std::move(source_path)) {}

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
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (too_long) {
      Page page;
      page.source_path = source_path_;
      SetError(page, "line " + std::to_string(line_number_) + ": longer than the page limit");
      AssignId(page, source_path_.value_or("-") + ":" + std::to_string(line_number_));
      return page;
    }
    return PageFromLine(line);
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
  const std::size_t invalid = SanitizeUtf8(line);
  json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return fail("invalid JSON");
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
  auto date = OptionalString(j, "date");
  if (!date.ok()) return fail(date.error());
  if (date.value()) page.date = IsoDate(*date.value());

  auto html = OptionalString(j, "html");
  if (!html.ok()) return fail(html.error());
  std::optional<std::string> text;
  for (const char* key : {"text", "content"}) {
    auto value = OptionalString(j, key);
    if (!value.ok()) return fail(value.error());
    if (!text) text = std::move(value).value();
  }
  if (html.value()) {
    // JSON strings are Unicode already: nothing to detect, whatever the page's meta says.
    page.kind = PageKind::kHtml;
    page.content = std::move(*html.value());
  } else if (text) {
    page.kind = PageKind::kText;
    page.content = std::move(*text);
  } else {
    return fail("no \"html\", \"text\" or \"content\" string");
  }
  page.encoding = "UTF-8";
  page.invalid_bytes = invalid;
  AssignId(page, source_path_.value_or("-"));
  return page;
}

}  // namespace marsad::ingest
