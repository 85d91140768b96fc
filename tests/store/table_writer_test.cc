// TableWriter and DisplayWidth: aligned tables with Arabic, TSV, CSV, JSON lines.
#include <gtest/gtest.h>

#include <sstream>

#include "marsad/store/store.h"

namespace marsad::store {
namespace {

TEST(DisplayWidth, CountsColumnsNotBytes) {
  EXPECT_EQ(DisplayWidth("SYR"), 3u);
  EXPECT_EQ(DisplayWidth("دمشق"), 4u);        // 8 bytes
  EXPECT_EQ(DisplayWidth("مُحَمَّد"), 4u);       // harakat take no column
  EXPECT_EQ(DisplayWidth("a\u200Db"), 2u);    // zero-width joiner
  EXPECT_EQ(DisplayWidth("中国"), 4u);         // wide characters
  EXPECT_EQ(DisplayWidth(""), 0u);
}

// The visible text of a table line: isolates removed.
std::string Visible(std::string line) {
  for (const char* mark : {"\u2068", "\u2069"}) {
    for (std::size_t at; (at = line.find(mark)) != std::string::npos;) line.erase(at, 3);
  }
  return line;
}

TEST(TableWriter, TableColumnsLineUpInDisplayWidth) {
  TableWriter t(Format::kTable, {"code", "name", "n"});
  t.Add({"SYR", "سوريا", "12"});
  t.Add({"USAGOV", "الحكومة الأمريكية", "3"});
  std::ostringstream out;
  t.Finish(out);
  std::istringstream lines(out.str());
  std::vector<std::string> rows;
  for (std::string l; std::getline(lines, l);) rows.push_back(Visible(l));
  ASSERT_EQ(rows.size(), 4u);  // header, rule, two rows
  // The third column starts at the same display column on every line.
  auto third = [](const std::string& row) {
    const auto at = row.rfind("  ");
    return DisplayWidth(row.substr(0, at + 2));
  };
  EXPECT_EQ(third(rows[0]), third(rows[2]));
  EXPECT_EQ(third(rows[2]), third(rows[3]));
  EXPECT_NE(out.str().find("\u2068سوريا\u2069"), std::string::npos);
}

TEST(TableWriter, TsvCsvAndJsonl) {
  std::ostringstream tsv, csv, jsonl;
  for (auto [format, out] : {std::pair{Format::kTsv, &tsv}, {Format::kCsv, &csv},
                             {Format::kJsonl, &jsonl}}) {
    TableWriter t(format, {"a", "b"});
    t.Add({"x\ty", "say \"hi\", ok"});
    t.Add({"دمشق", "line\nbreak"});
    t.Finish(*out);
  }
  EXPECT_EQ(tsv.str(), "a\tb\nx y\tsay \"hi\", ok\nدمشق\tline break\n");
  EXPECT_EQ(csv.str(), "a,b\r\nx\ty,\"say \"\"hi\"\", ok\"\r\nدمشق,\"line\nbreak\"\r\n");
  EXPECT_EQ(jsonl.str(),
            "{\"a\":\"x\\ty\",\"b\":\"say \\\"hi\\\", ok\"}\n{\"a\":\"دمشق\",\"b\":\"line\\nbreak\"}\n");
  EXPECT_EQ(ParseFormat("csv"), Format::kCsv);
  EXPECT_FALSE(ParseFormat("xml").has_value());
}

}  // namespace
}  // namespace marsad::store
