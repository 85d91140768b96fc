// Ingest: decoding throughput per encoding path, and the page reader over samples/.
//
//   build/bench/ingest_bench            (Release build; MB/s are of the raw page bytes)
#include <benchmark/benchmark.h>
#include <unicode/ucnv.h>

#include <string>

#include "marsad/ingest/ingest.h"

namespace {

// About 100 KB of Arabic news-page HTML, written for this benchmark.
std::string Page(const std::string& meta) {
  std::string html = "<html><head>" + meta + "<title>خبر</title></head><body>";
  const std::string para =
      "<p>أعلنت وزارة الخارجية أن الوزير سيتوجه غدا إلى القاهرة للمشاركة في اجتماع طارئ لجامعة "
      "الدول العربية، وقال المتحدث باسم الوزارة إن الاجتماع سيبحث الأوضاع الإنسانية.</p>\n"
      "<div class=\"related\"><a href=\"/news/1\">ارتفاع أسعار الذهب</a></div>\n";
  while (html.size() < 100 * 1024) html += para;
  return html + "</body></html>";
}

std::string Encode(const std::string& utf8, const char* charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 2 + 16, '\0');
  const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                 utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  out.resize(n);
  return out;
}

void Decode(benchmark::State& state, const std::string& bytes) {
  for (auto _ : state) {
    marsad::ingest::Page page;
    marsad::ingest::DecodeHtml(bytes, std::nullopt, page);
    benchmark::DoNotOptimize(page.content.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}

void BM_Utf8Declared(benchmark::State& s) { Decode(s, Page("<meta charset=\"utf-8\">")); }
void BM_Utf8Undeclared(benchmark::State& s) { Decode(s, Page("")); }
void BM_Windows1256Declared(benchmark::State& s) {
  Decode(s, Encode(Page("<meta charset=\"windows-1256\">"), "windows-1256"));
}
void BM_Windows1256Undeclared(benchmark::State& s) { Decode(s, Encode(Page(""), "windows-1256")); }
void BM_Iso88596Undeclared(benchmark::State& s) { Decode(s, Encode(Page(""), "ISO-8859-6")); }
void BM_Utf16Bom(benchmark::State& s) { Decode(s, "\xFF\xFE" + Encode(Page(""), "UTF-16LE")); }

BENCHMARK(BM_Utf8Declared);
BENCHMARK(BM_Utf8Undeclared);
BENCHMARK(BM_Windows1256Declared);
BENCHMARK(BM_Windows1256Undeclared);
BENCHMARK(BM_Iso88596Undeclared);
BENCHMARK(BM_Utf16Bom);

}  // namespace

BENCHMARK_MAIN();
