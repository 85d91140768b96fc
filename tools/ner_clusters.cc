// ner_clusters: word clusters for the NER features from unlabeled Arabic news (JSON lines with
// "title"/"content" on stdin, e.g. zstdcat articles.jsonl.zst). Each frequent word is
// described by its neighbours at each offset up to --window (positive PMI, unit length) and
// grouped by spherical k-means three times: coarse, mid, fine. Deterministic: no random numbers, fixed order.
//
//   zstdcat ../shared/data/corpus/saudinewsnet/articles.jsonl.zst |
//     build/tools/ner_clusters > data/ner/clusters.tsv
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "marsad/core/core.h"
#include "marsad/ner/internal/entity_spans.h"
#include "marsad/ner/internal/word_forms.h"

namespace {

struct Options {
  std::size_t vocabulary = 60000;  // most frequent words that get a cluster
  std::size_t min_count = 5;
  std::size_t contexts = 800;      // most frequent words used as context dimensions, per side
  std::size_t coarse = 64;
  std::size_t mid = 256;
  std::size_t fine = 1024;
  std::size_t window = 2;          // neighbours on each side that describe a word
  int iterations = 12;
  std::string vectors;      // if set, clusters these word vectors (fastText .vec) instead of PPMI ones
  std::string tokens_out;  // if set, also writes the normalised corpus here (one document a line)
};

struct Corpus {
  std::vector<std::u32string> words;  // id → word
  std::vector<std::uint64_t> counts;
  std::vector<std::uint32_t> tokens;  // the corpus; kBreak between sentences/documents
  std::unordered_map<std::u32string, std::uint32_t> ids;
};
constexpr std::uint32_t kBreak = 0xFFFFFFFF;

void ReadCorpus(std::istream& in, Corpus* c) {
  std::string line;
  std::size_t docs = 0;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) continue;
    for (const char* field : {"title", "content"}) {
      if (!j.contains(field) || !j[field].is_string()) continue;
      const std::u32string text = marsad::ToU32(j[field].get<std::string>());
      for (const marsad::Span& s : marsad::ner::SplitNerTokens(text, {0, text.size()})) {
        std::u32string w = marsad::ner::NormalizeWord(std::u32string_view(text).substr(s.start, s.size()));
        auto [it, inserted] = c->ids.try_emplace(std::move(w), static_cast<std::uint32_t>(c->words.size()));
        if (inserted) {
          c->words.push_back(it->first);
          c->counts.push_back(0);
        }
        ++c->counts[it->second];
        c->tokens.push_back(it->second);
      }
      c->tokens.push_back(kBreak);
    }
    if (++docs % 5000 == 0) std::cerr << docs << " documents, " << c->tokens.size() << " tokens\n";
  }
}

// The corpus as the tagger sees it (normalised NER tokens), for word-vector training.
void WriteTokens(const Corpus& c, const std::string& path) {
  std::ofstream out(path);
  bool line_start = true;
  for (std::uint32_t id : c.tokens) {
    if (id == kBreak) {
      if (!line_start) out << '\n';
      line_start = true;
      continue;
    }
    if (!line_start) out << ' ';
    out << marsad::ToUtf8(c.words[id]);
    line_start = false;
  }
}

// Ids sorted by count (descending), ties by word: the frequency rank.
std::vector<std::uint32_t> ByFrequency(const Corpus& c) {
  std::vector<std::uint32_t> order(c.words.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&c](std::uint32_t a, std::uint32_t b) {
    return c.counts[a] != c.counts[b] ? c.counts[a] > c.counts[b] : c.words[a] < c.words[b];
  });
  return order;
}

struct SparseVector {
  std::vector<std::uint32_t> dims;
  std::vector<float> values;
};

std::vector<SparseVector> ContextVectors(const Corpus& c, const std::vector<std::int32_t>& vocab_row,
                                         const std::vector<std::int32_t>& context_dim, std::size_t rows,
                                         std::size_t contexts, std::size_t window) {
  std::vector<std::uint64_t> pairs;  // row << 32 | dim
  for (std::size_t i = 0; i < c.tokens.size(); ++i) {
    const std::uint32_t w = c.tokens[i];
    if (w == kBreak || vocab_row[w] < 0) continue;
    const std::uint64_t row = static_cast<std::uint64_t>(vocab_row[w]) << 32;
    // Block b of the vector holds the neighbour at offset -window..-1, +1..+window; the
    // sentence edge is a context of its own (the last dimension of each block).
    std::size_t block = 0;
    for (std::ptrdiff_t off = -static_cast<std::ptrdiff_t>(window); off <= static_cast<std::ptrdiff_t>(window); ++off) {
      if (off == 0) continue;
      const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + off;
      bool edge = j < 0 || j >= static_cast<std::ptrdiff_t>(c.tokens.size());
      for (std::ptrdiff_t k = std::min<std::ptrdiff_t>(j, i) ; !edge && k <= std::max<std::ptrdiff_t>(j, i); ++k) {
        edge = c.tokens[k] == kBreak;
      }
      const std::int32_t d = edge ? static_cast<std::int32_t>(contexts - 1) : context_dim[c.tokens[j]];
      if (d >= 0) pairs.push_back(row | static_cast<std::uint32_t>(block * contexts + d));
      ++block;
    }
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<double> row_total(rows, 0), dim_total(2 * window * contexts, 0);
  double total = 0;
  for (std::uint64_t p : pairs) {
    row_total[p >> 32] += 1;
    dim_total[p & 0xFFFFFFFF] += 1;
    total += 1;
  }
  std::vector<SparseVector> vectors(rows);
  for (std::size_t i = 0; i < pairs.size();) {
    std::size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    const std::size_t row = pairs[i] >> 32;
    const std::uint32_t dim = pairs[i] & 0xFFFFFFFF;
    const double pmi = std::log(static_cast<double>(j - i) * total / (row_total[row] * dim_total[dim]));
    if (pmi > 0) {
      vectors[row].dims.push_back(dim);
      vectors[row].values.push_back(static_cast<float>(pmi));
    }
    i = j;
  }
  for (auto& v : vectors) {
    double norm = 0;
    for (float x : v.values) norm += static_cast<double>(x) * x;
    norm = std::sqrt(norm);
    if (norm > 0) {
      for (float& x : v.values) x = static_cast<float>(x / norm);
    }
  }
  return vectors;
}

// Spherical k-means; the initial centres are the words at evenly spaced frequency ranks.
std::vector<std::uint16_t> KMeans(const std::vector<SparseVector>& vectors, std::size_t dims, std::size_t k,
                                  int iterations) {
  const std::size_t n = vectors.size();
  std::vector<float> centres(dims * k, 0.0f);  // dimension-major: centres[d * k + c]
  for (std::size_t c = 0; c < k; ++c) {
    const SparseVector& v = vectors[c * n / k];
    for (std::size_t e = 0; e < v.dims.size(); ++e) centres[v.dims[e] * k + c] = v.values[e];
  }
  std::vector<std::uint16_t> assign(n, 0);
  std::vector<float> score(k);
  for (int it = 0; it < iterations; ++it) {
    std::size_t moved = 0;
    for (std::size_t i = 0; i < n; ++i) {
      std::fill(score.begin(), score.end(), 0.0f);
      const SparseVector& v = vectors[i];
      for (std::size_t e = 0; e < v.dims.size(); ++e) {
        const float x = v.values[e];
        const float* row = &centres[v.dims[e] * k];
        for (std::size_t c = 0; c < k; ++c) score[c] += x * row[c];
      }
      const auto best = static_cast<std::uint16_t>(std::max_element(score.begin(), score.end()) - score.begin());
      moved += best != assign[i] || it == 0;
      assign[i] = best;
    }
    std::fill(centres.begin(), centres.end(), 0.0f);
    for (std::size_t i = 0; i < n; ++i) {
      const SparseVector& v = vectors[i];
      for (std::size_t e = 0; e < v.dims.size(); ++e) centres[v.dims[e] * k + assign[i]] += v.values[e];
    }
    std::vector<double> norms(k, 0.0);
    for (std::size_t d = 0; d < dims; ++d) {
      for (std::size_t c = 0; c < k; ++c) norms[c] += static_cast<double>(centres[d * k + c]) * centres[d * k + c];
    }
    for (std::size_t d = 0; d < dims; ++d) {
      for (std::size_t c = 0; c < k; ++c) {
        if (norms[c] > 0) centres[d * k + c] = static_cast<float>(centres[d * k + c] / std::sqrt(norms[c]));
      }
    }
    std::cerr << "k=" << k << " iteration " << it + 1 << ": " << moved << " words moved\n";
    if (moved == 0) break;
  }
  return assign;
}

// Word vectors in fastText's text format ("count dims" header, then "word x1 … xd"), most
// frequent first as fastText writes them, each scaled to unit length for spherical k-means.
bool ReadVectors(const std::string& path, std::vector<std::u32string>* words, std::vector<SparseVector>* vectors,
                 std::size_t* dims) {
  std::ifstream in(path);
  std::size_t count = 0;
  if (!(in >> count >> *dims) || *dims == 0) return false;
  std::string word;
  while (in >> word) {
    SparseVector v;
    double norm = 0;
    for (std::size_t d = 0; d < *dims; ++d) {
      float x = 0;
      if (!(in >> x)) return false;
      v.dims.push_back(static_cast<std::uint32_t>(d));
      v.values.push_back(x);
      norm += static_cast<double>(x) * x;
    }
    if (norm > 0) {
      for (float& x : v.values) x = static_cast<float>(x / std::sqrt(norm));
    }
    words->push_back(marsad::ToU32(word));
    vectors->push_back(std::move(v));
  }
  return !words->empty();
}

bool ParseArgs(int argc, char** argv, Options* o) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--help" || a == "-h" || i + 1 >= argc) return false;
    if (a == "--tokens-out" || a == "--vectors") {
      (a == "--vectors" ? o->vectors : o->tokens_out) = argv[++i];
      continue;
    }
    const std::size_t v = std::stoul(argv[++i]);
    if (a == "--vocabulary") o->vocabulary = v;
    else if (a == "--min-count") o->min_count = v;
    else if (a == "--contexts") o->contexts = v;
    else if (a == "--coarse") o->coarse = v;
    else if (a == "--fine") o->fine = v;
    else if (a == "--mid") o->mid = v;
    else if (a == "--window") o->window = v;
    else if (a == "--iterations") o->iterations = static_cast<int>(v);
    else return false;
  }
  return o->coarse > 0 && o->mid > 0 && o->fine > 0 && o->fine < 65536 && o->contexts > 1 && o->window > 0;
}

// Clusters the words three times and prints the table; exit status for main.
int WriteClusters(const std::vector<std::u32string>& words, const std::vector<SparseVector>& vectors,
                  std::size_t dims, const Options& o) {
  if (words.size() < o.fine) {  // k-means needs at least one word per cluster
    std::cerr << "ner_clusters: " << words.size() << " words to cluster, fewer than --fine " << o.fine
              << " clusters: give it more text (JSON lines with \"content\" on stdin) or more vectors\n";
    return 2;
  }
  const auto coarse = KMeans(vectors, dims, o.coarse, o.iterations);
  const auto mid = KMeans(vectors, dims, o.mid, o.iterations);
  const auto fine = KMeans(vectors, dims, o.fine, o.iterations);
  std::cout << "# marsad-ner-clusters 1\tword\tcoarse\tmid\tfine\n";
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::cout << marsad::ToUtf8(words[i]) << '\t' << coarse[i] << '\t' << mid[i] << '\t' << fine[i] << '\n';
  }
  return 0;
}

int ClusterVectors(const Options& o) {
  std::vector<std::u32string> words;
  std::vector<SparseVector> vectors;
  std::size_t dims = 0;
  if (!ReadVectors(o.vectors, &words, &vectors, &dims)) {
    std::cerr << "ner_clusters: cannot read word vectors from " << o.vectors << "\n";
    return 2;
  }
  if (words.size() > o.vocabulary) words.resize(o.vocabulary), vectors.resize(o.vocabulary);
  std::cerr << words.size() << " word vectors of " << dims << " dimensions\n";
  return WriteClusters(words, vectors, dims, o);
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (!ParseArgs(argc, argv, &o)) {
    std::cerr << "usage: zstdcat articles.jsonl.zst | ner_clusters [--vocabulary N] [--min-count N] "
                 "[--contexts N] [--window N] [--coarse K] [--mid K] [--fine K] [--iterations N] [--tokens-out FILE] > clusters.tsv\n"
                 "       ner_clusters --vectors WORDS.vec [--vocabulary N] [--coarse K] [--mid K] [--fine K] > clusters.tsv\n";
    return 1;
  }
  std::ios::sync_with_stdio(false);
  if (!o.vectors.empty()) return ClusterVectors(o);
  Corpus c;
  ReadCorpus(std::cin, &c);
  const std::vector<std::uint32_t> rank = ByFrequency(c);
  std::vector<std::int32_t> vocab_row(c.words.size(), -1), context_dim(c.words.size(), -1);
  std::vector<std::uint32_t> vocab;
  for (std::uint32_t id : rank) {
    if (vocab.size() >= o.vocabulary || c.counts[id] < o.min_count) break;
    vocab_row[id] = static_cast<std::int32_t>(vocab.size());
    vocab.push_back(id);
  }
  for (std::size_t r = 0; r + 1 < o.contexts && r < rank.size(); ++r) context_dim[rank[r]] = static_cast<std::int32_t>(r);
  if (!o.tokens_out.empty()) WriteTokens(c, o.tokens_out);
  std::cerr << c.tokens.size() << " tokens, " << c.words.size() << " types, " << vocab.size() << " clustered\n";
  const auto vectors = ContextVectors(c, vocab_row, context_dim, vocab.size(), o.contexts, o.window);
  std::vector<std::u32string> words;
  for (std::uint32_t id : vocab) words.push_back(c.words[id]);
  return WriteClusters(words, vectors, 2 * o.window * o.contexts, o);
}
