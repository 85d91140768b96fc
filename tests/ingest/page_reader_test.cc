// PageReader over real files: every input form, bad files as error pages, counts, order,
// and the encoding-equivalence set in samples/.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <random>
#include <set>

#include "marsad/ingest/ingest.h"
#include "support/ingest_fixtures.h"

namespace marsad::ingest {
namespace {

using testing::GzipBytes;
using testing::TempDir;
using testing::WriteFile;

const std::string kGood =
    "<html><head><meta charset=\"utf-8\"><title>قمة</title></head><body><p>اجتمع القادة العرب في "
    "الرياض وأصدروا بيانا ختاميا.</p></body></html>";

std::vector<Page> ReadAll(std::vector<std::string> paths, IngestCounts* counts = nullptr) {
  PageReader reader(std::move(paths));
  std::vector<Page> pages;
  while (auto p = reader.Next()) pages.push_back(std::move(*p));
  if (counts) *counts = reader.counts();
  return pages;
}

std::string RandomBytes(std::size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::string s(n, '\0');
  for (char& c : s) c = static_cast<char>(rng());
  return s;
}

TEST(PageReader, RandomBytesNextToGoodPages) {
  TempDir dir;
  WriteFile(dir.path() / "a-good.html", kGood);
  WriteFile(dir.path() / "b-random.html", RandomBytes(5000, 1));
  WriteFile(dir.path() / "c-good.html.gz", GzipBytes(kGood));
  IngestCounts counts;
  auto pages = ReadAll({dir.path().string()}, &counts);
  ASSERT_EQ(pages.size(), 3u);
  EXPECT_FALSE(pages[0].error);
  EXPECT_EQ(pages[0].content, kGood);
  ASSERT_TRUE(pages[1].error);
  EXPECT_NE(pages[1].error->find("binary"), std::string::npos);
  EXPECT_EQ(pages[1].source_path.value_or(""), dir.file("b-random.html"));
  EXPECT_FALSE(pages[2].error);
  EXPECT_EQ(pages[2].content, kGood);
  EXPECT_EQ(counts.files, 3u);
  EXPECT_EQ(counts.pages, 3u);
  EXPECT_EQ(counts.errors, 1u);
}

TEST(PageReader, BadFilesBecomeErrorPagesWithReasons) {
  TempDir dir;
  WriteFile(dir.path() / "empty.html", "");
  WriteFile(dir.path() / "blank.txt", " \n\n\t ");
  WriteFile(dir.path() / "cut.html.gz", GzipBytes(kGood + kGood + kGood).substr(0, 40));
  WriteFile(dir.path() / "image.html", "\x89PNG\r\n\x1a\n" + RandomBytes(100, 2));
  const struct {
    const char* file;
    const char* reason;
  } rows[] = {{"empty.html", "empty"},
              {"blank.txt", "white space"},
              {"cut.html.gz", "truncated gzip"},
              {"image.html", "PNG"},
              {"missing.html", "No such file"}};
  for (const auto& row : rows) {
    SCOPED_TRACE(row.file);
    auto pages = ReadAll({dir.file(row.file)});
    ASSERT_EQ(pages.size(), 1u);
    ASSERT_TRUE(pages[0].error);
    EXPECT_NE(pages[0].error->find(row.reason), std::string::npos) << *pages[0].error;
    EXPECT_FALSE(pages[0].id.empty());
    EXPECT_TRUE(pages[0].content.empty());
  }
}

TEST(PageReader, KindsByContentNotExtension) {
  TempDir dir;
  WriteFile(dir.path() / "page.txt", kGood);  // HTML in a .txt
  WriteFile(dir.path() / "dump.html", "عنوان\n\nقال الوزير إن الاجتماع كان مثمرا.\n");
  WriteFile(dir.path() / "lines.data", "{\"text\": \"نص\"}\n{\"text\": \"آخر\"}\n");
  const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + kGood;
  WriteFile(dir.path() / "crawl.bin",
            "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/\r\n"
            "Content-Length: " +
                std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n");
  auto pages = ReadAll(
      {dir.file("page.txt"), dir.file("dump.html"), dir.file("lines.data"), dir.file("crawl.bin")});
  ASSERT_EQ(pages.size(), 5u);
  EXPECT_EQ(pages[0].kind, PageKind::kHtml);
  EXPECT_EQ(pages[1].kind, PageKind::kTextDump);
  EXPECT_EQ(pages[2].kind, PageKind::kText);
  EXPECT_EQ(pages[3].kind, PageKind::kText);
  EXPECT_EQ(pages[4].kind, PageKind::kHtml);
  EXPECT_EQ(pages[4].url.value_or(""), "https://x.example/");
  EXPECT_EQ(pages[4].content, kGood);
}

TEST(PageReader, IdsAreStableAcrossRuns) {
  TempDir dir;
  WriteFile(dir.path() / "a.html", kGood);
  WriteFile(dir.path() / "b.html", kGood + " ");
  auto first = ReadAll({dir.path().string()});
  auto second = ReadAll({dir.path().string()});
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[0].id, second[0].id);
  EXPECT_NE(first[0].id, first[1].id);
}

// Every file in samples/ gives at least one page; only the broken sample fails.
TEST(PageReader, EverySampleFileYieldsAPage) {
  const std::string samples = std::string(MARSAD_SOURCE_DIR) + "/samples";
  IngestCounts counts;
  auto pages = ReadAll({samples}, &counts);
  std::set<std::string> files, seen;
  for (const auto& e : std::filesystem::recursive_directory_iterator(samples))
    if (e.is_regular_file()) files.insert(e.path().string());
  for (const Page& p : pages) {
    seen.insert(p.source_path.value_or(""));
    const bool broken = p.source_path->find("/broken/") != std::string::npos;
    EXPECT_EQ(p.error.has_value(), broken) << *p.source_path << ": " << p.error.value_or("");
  }
  EXPECT_EQ(seen, files);
  EXPECT_EQ(counts.errors, 1u);
  EXPECT_GE(counts.skipped, 3u);  // the WARC's non-page records
}

// The same article in every encoding decodes to the same text (here: the article's title and
// paragraphs, read from the UTF-8 source the samples were generated from).
TEST(PageReader, EncodingEquivalenceSet) {
  const std::string src = MARSAD_SOURCE_DIR;
  const auto article = testing::LoadSampleArticle(src, "nile-dam");
  ASSERT_FALSE(article.paragraphs.empty());
  const std::pair<const char*, const char*> variants[] = {
      {"utf-8", "UTF-8"},
      {"windows-1256", "windows-1256"},
      {"windows-1256-undeclared", "windows-1256"},
      {"iso-8859-6", "ISO-8859-6"},
      {"iso-8859-6-undeclared", "ISO-8859-6"},
      {"utf-16le-bom", "UTF-16LE"},
      {"utf-16be-bom", "UTF-16BE"},
  };
  for (const auto& [name, encoding] : variants) {
    SCOPED_TRACE(name);
    auto pages = ReadAll({src + "/samples/encodings/nile-dam." + name + ".html"});
    ASSERT_EQ(pages.size(), 1u);
    EXPECT_EQ(pages[0].encoding, encoding);
    EXPECT_EQ(pages[0].invalid_bytes, 0u);
    EXPECT_NE(pages[0].content.find("<title>" + article.title), std::string::npos);
    for (const std::string& p : article.paragraphs)
      EXPECT_NE(pages[0].content.find(p), std::string::npos) << p;
  }
}

// Issue 18: a FIFO named on the command line is refused at once (it blocked in fopen forever);
// the good page next to it is read.
TEST(PageReader, FifoNamedOnTheCommandLineIsAnErrorNotAHang) {
  TempDir dir;
  WriteFile(dir.path() / "good.html", kGood);
  const std::string fifo = (dir.path() / "pipe.html").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const auto pages = ReadAll({fifo, (dir.path() / "good.html").string()});
  ASSERT_EQ(pages.size(), 2u);
  ASSERT_TRUE(pages[0].error);
  EXPECT_NE(pages[0].error->find("not a regular file (a FIFO)"), std::string::npos)
      << *pages[0].error;
  EXPECT_FALSE(pages[1].error);
}

}  // namespace
}  // namespace marsad::ingest
