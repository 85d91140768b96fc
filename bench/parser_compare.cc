// Parser choice for the extract stage: gumbo vs libxml2's HTML parser, same pages, one thread.
// Not part of the build (it links libxml2, which marsad does not use); run it with
//   g++ -O2 -std=c++20 bench/parser_compare.cc -o /tmp/parser_compare \
//       $(pkg-config --cflags --libs gumbo libxml-2.0 zlib) && /tmp/parser_compare DIR...
// It prints, per parser: pages/s, MB/s, and the time for adversarial inputs (deep nesting,
// unclosed tags, many attributes) that an HTML parser on crawled pages must survive.
#include <gumbo.h>
#include <libxml/HTMLparser.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace {

std::string ReadGz(const std::string& path) {
  std::string out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return out;
  char buf[1 << 16];
  for (int n; (n = gzread(f, buf, sizeof buf)) > 0;) out.append(buf, static_cast<size_t>(n));
  gzclose(f);
  return out;
}

size_t CountGumbo(const GumboNode* n) {
  size_t c = 1;
  if (n->type == GUMBO_NODE_ELEMENT) {
    for (unsigned i = 0; i < n->v.element.children.length; ++i)
      c += CountGumbo(static_cast<const GumboNode*>(n->v.element.children.data[i]));
  }
  return c;
}

size_t CountXml(const xmlNode* n) {
  size_t c = 0;
  for (; n != nullptr; n = n->next) c += 1 + CountXml(n->children);
  return c;
}

size_t ParseGumbo(const std::string& html) {
  GumboOptions o = kGumboDefaultOptions;
  o.max_errors = 0;
  GumboOutput* out = gumbo_parse_with_options(&o, html.data(), html.size());
  const size_t n = CountGumbo(out->root);
  gumbo_destroy_output(&o, out);
  return n;
}

size_t ParseXml(const std::string& html) {
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE);
  size_t n = doc ? CountXml(xmlDocGetRootElement(doc)) : 0;
  xmlFreeDoc(doc);
  return n;
}

template <typename F>
double Seconds(F f) {
  auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> pages;
  size_t bytes = 0;
  for (int a = 1; a < argc; ++a) {
    for (const auto& e : std::filesystem::recursive_directory_iterator(argv[a])) {
      if (!e.is_regular_file()) continue;
      pages.push_back(ReadGz(e.path().string()));
      bytes += pages.back().size();
    }
  }
  std::printf("%zu pages, %.1f MB\n", pages.size(), bytes / 1e6);
  const int kRounds = 3;
  size_t nodes_g = 0, nodes_x = 0;
  double tg = Seconds([&] {
    for (int r = 0; r < kRounds; ++r)
      for (const auto& p : pages) nodes_g += ParseGumbo(p);
  }) / kRounds;
  double tx = Seconds([&] {
    for (int r = 0; r < kRounds; ++r)
      for (const auto& p : pages) nodes_x += ParseXml(p);
  }) / kRounds;
  std::printf("gumbo   %7.1f pages/s %6.1f MB/s  nodes %zu\n", pages.size() / tg, bytes / 1e6 / tg,
              nodes_g / kRounds);
  std::printf("libxml2 %7.1f pages/s %6.1f MB/s  nodes %zu\n", pages.size() / tx, bytes / 1e6 / tx,
              nodes_x / kRounds);
  // Adversarial inputs.
  std::string deep;
  for (int i = 0; i < 20000; ++i) deep += "<div>";
  std::string inline_deep;
  for (int i = 0; i < 20000; ++i) inline_deep += "<b><i>";
  std::string table;
  for (int i = 0; i < 20000; ++i) table += "<table><tr><td>";
  const std::pair<const char*, std::string> cases[] = {
      {"20000 nested <div>", deep}, {"20000 nested <b><i>", inline_deep},
      {"20000 nested tables", table}, {"1 MB of '<'", std::string(1 << 20, '<')}};
  for (const auto& [name, html] : cases) {
    double g = Seconds([&] { ParseGumbo(html); });
    double x = Seconds([&] { ParseXml(html); });
    std::printf("%-24s gumbo %.3fs  libxml2 %.3fs\n", name, g, x);
  }
}
