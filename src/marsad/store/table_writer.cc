// TableWriter: query results as an aligned table, JSON lines, TSV or CSV.
#include <unicode/uchar.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "marsad/store/store.h"

namespace marsad::store {
namespace {

bool HasRightToLeft(std::string_view utf8) {
  for (char32_t c : ToU32(utf8)) {
    const auto dir = u_charDirection(static_cast<UChar32>(c));
    if (dir == U_RIGHT_TO_LEFT || dir == U_RIGHT_TO_LEFT_ARABIC) return true;
  }
  return false;
}

// Tabs and line breaks inside a field would break the row.
std::string OneLine(std::string_view s, char replacement) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = replacement;
  }
  return out;
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void WriteDelimited(std::ostream& out, const std::vector<std::string>& row, Format f) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i) out << (f == Format::kCsv ? ',' : '\t');
    out << (f == Format::kCsv ? CsvField(row[i]) : OneLine(row[i], ' '));
  }
  out << (f == Format::kCsv ? "\r\n" : "\n");
}

}  // namespace

std::size_t DisplayWidth(std::string_view utf8) {
  std::size_t width = 0;
  for (char32_t c : ToU32(utf8)) {
    const auto u = static_cast<UChar32>(c);
    const auto cat = u_charType(u);
    if (cat == U_NON_SPACING_MARK || cat == U_ENCLOSING_MARK || cat == U_FORMAT_CHAR) continue;
    const auto eaw = u_getIntPropertyValue(u, UCHAR_EAST_ASIAN_WIDTH);
    width += (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

std::optional<Format> ParseFormat(std::string_view name) {
  if (name == "table") return Format::kTable;
  if (name == "jsonl") return Format::kJsonl;
  if (name == "tsv") return Format::kTsv;
  if (name == "csv") return Format::kCsv;
  return std::nullopt;
}

TableWriter::TableWriter(Format format, std::vector<std::string> header)
    : format_(format), header_(std::move(header)) {}

void TableWriter::Add(std::vector<std::string> row) {
  row.resize(header_.size());
  rows_.push_back(std::move(row));
}

void TableWriter::Flush(std::ostream& out) {
  if (format_ == Format::kTable) return;
  if (!wrote_header_ && format_ != Format::kJsonl) WriteDelimited(out, header_, format_);
  wrote_header_ = true;
  for (const auto& row : rows_) {
    if (format_ == Format::kJsonl) {
      nlohmann::ordered_json j;
      for (std::size_t i = 0; i < header_.size(); ++i) j[header_[i]] = row[i];
      out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    } else {
      WriteDelimited(out, row, format_);
    }
  }
  rows_.clear();
}

void TableWriter::Finish(std::ostream& out) {
  if (format_ != Format::kTable) {
    Flush(out);
    return;
  }
  std::vector<std::size_t> widths(header_.size());
  auto measure = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      widths[i] = std::max(widths[i], DisplayWidth(OneLine(row[i], ' ')));
    }
  };
  measure(header_);
  for (const auto& row : rows_) measure(row);
  auto write = [&](const std::vector<std::string>& row) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      const std::string cell = OneLine(row[i], ' ');
      // Right-to-left text inside first-strong isolates (U+2068 … U+2069), so a bidi-aware
      // terminal reorders it within its cell and never across the column padding.
      line += HasRightToLeft(cell) ? "\u2068" + cell + "\u2069" : cell;
      if (i + 1 < row.size()) line += std::string(widths[i] - DisplayWidth(cell) + 2, ' ');
    }
    out << line << '\n';
  };
  write(header_);
  std::vector<std::string> rule;
  for (std::size_t w : widths) rule.push_back(std::string(w, '-'));
  write(rule);
  for (const auto& row : rows_) write(row);
  rows_.clear();
}

}  // namespace marsad::store
