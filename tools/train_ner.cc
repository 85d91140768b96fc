// train_ner: trains the NER model (averaged perceptron over a linear chain, see
// src/marsad/ner/perceptron_trainer.h) from ANERcorp-style CoNLL and writes data/ner/ner.model.
// Deterministic: the sentence order of each epoch comes from a fixed-seed generator.
//
// See tools/train_ner.sh for the full command line.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>
#include <unordered_map>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "marsad/core/core.h"
#include "marsad/ner/internal/document_context.h"
#include "marsad/ner/internal/entity_spans.h"
#include "marsad/ner/internal/ner_model.h"
#include "marsad/ner/internal/perceptron_trainer.h"
#include "marsad/ner/internal/word_forms.h"

namespace {

using marsad::ner::FeatureMatrix;

// The model's labels: ANERcorp's PERS is marsad's PER (CONTRACT.md entity types).
const std::vector<std::string> kLabels = {"O",     "B-PER", "I-PER",  "B-LOC", "I-LOC",
                                          "B-ORG", "I-ORG", "B-MISC", "I-MISC"};

struct Sentence {
  std::vector<std::u32string> tokens;
  std::vector<std::string> tags;
};

std::string MarsadTag(std::string tag) {
  if (tag.size() > 2 && tag.substr(2) == "PERS") tag = tag.substr(0, 2) + "PER";
  return tag;
}

std::ifstream OpenOrExit(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "cannot read " << path << "\n";
    std::exit(2);
  }
  return in;
}

std::vector<std::string> TabFields(const std::string& line) {
  std::vector<std::string> cols;
  std::istringstream fields(line);
  for (std::string col; std::getline(fields, col, '\t');) cols.push_back(col);
  return cols;
}

// A name as the gazetteer keys it: its whitespace-separated words, normalised.
std::vector<std::u32string> NormalizedWords(const std::string& name) {
  std::istringstream words(name);
  std::vector<std::u32string> out;
  for (std::string w; words >> w;) out.push_back(marsad::ner::NormalizeWord(marsad::ToU32(w)));
  return out;
}

std::vector<Sentence> ReadConll(const std::string& path) {
  std::ifstream in = OpenOrExit(path);
  std::vector<Sentence> out(1);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string token, tag, last;
    if (!(fields >> token)) {
      if (!out.back().tokens.empty()) out.emplace_back();
      continue;
    }
    while (fields >> tag) last = tag;
    out.back().tokens.push_back(marsad::ToU32(token));
    out.back().tags.push_back(MarsadTag(last.empty() ? "O" : last));
  }
  if (out.back().tokens.empty()) out.pop_back();
  return out;
}

void AddGazetteerFile(const std::string& path, marsad::ner::GazetteerClass c, marsad::ner::Gazetteer* g) {
  std::ifstream in = OpenOrExit(path);
  std::string line;
  while (std::getline(in, line)) {
    const std::vector<std::u32string> entry = NormalizedWords(line);
    bool arabic = false;
    for (const auto& w : entry) {
      for (char32_t ch : w) arabic = arabic || marsad::ner::IsArabicLetter(ch);
    }
    if (arabic) g->Add(entry, c);  // skips the '====' separators
  }
}

void AddCountries(const std::string& path, marsad::ner::Gazetteer* g) {
  std::ifstream in = OpenOrExit(path);
  std::string line;
  std::getline(in, line);  // column names
  while (std::getline(in, line)) {
    const std::vector<std::string> cols = TabFields(line);
    for (std::size_t k = 3; k < cols.size() && k <= 4; ++k) {
      const std::vector<std::u32string> entry = NormalizedWords(cols[k]);
      if (!entry.empty()) g->Add(entry, marsad::ner::GazetteerClass::kLoc);
    }
  }
}

// The actor dictionary's names (rows of kind A: form, code, type PER/LOC/ORG; data/actors/README.md).
// Not in the shipped model: it lowered dev F1 (ACCURACY.md, issue 6), kept to reproduce that.
void AddActors(const std::string& path, marsad::ner::Gazetteer* g) {
  std::ifstream in = OpenOrExit(path);
  const std::map<std::string, marsad::ner::GazetteerClass> classes = {
      {"PER", marsad::ner::GazetteerClass::kPer},
      {"LOC", marsad::ner::GazetteerClass::kLoc},
      {"ORG", marsad::ner::GazetteerClass::kOrg}};
  std::string line;
  while (std::getline(in, line)) {
    const std::vector<std::string> cols = TabFields(line);
    if (cols.size() < 4 || cols[0] != "A" || !classes.count(cols[3])) continue;
    const std::vector<std::u32string> entry = NormalizedWords(cols[1]);
    if (!entry.empty()) g->Add(entry, classes.at(cols[3]));
  }
}

void ReadClusters(const std::string& path, marsad::ner::WordClusters* clusters) {
  std::ifstream in = OpenOrExit(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string word;
    unsigned coarse = 0, mid = 0, fine = 0;
    if (std::getline(fields, word, '\t') && fields >> coarse >> mid >> fine) {
      clusters->Add(marsad::ToU32(word), {static_cast<std::uint16_t>(coarse), static_cast<std::uint16_t>(mid),
                                          static_cast<std::uint16_t>(fine)});
    }
  }
}

// Entity-level precision, recall, F1 (conlleval semantics), overall and per type.
struct Score {
  std::map<std::string, std::array<double, 3>> by_type;  // true positives, predicted, gold
  double F1(const std::string& type = "") const {
    double tp = 0, pred = 0, gold = 0;
    for (const auto& [t, c] : by_type) {
      if (!type.empty() && t != type) continue;
      tp += c[0], pred += c[1], gold += c[2];
    }
    const double p = pred ? tp / pred : 0, r = gold ? tp / gold : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

void Count(const std::vector<std::string>& gold, const std::vector<std::string>& pred, Score* s) {
  const auto g = marsad::ner::TagRuns(gold), p = marsad::ner::TagRuns(pred);
  for (const auto& x : g) s->by_type[x.type][2] += 1;
  for (const auto& x : p) {
    s->by_type[x.type][1] += 1;
    for (const auto& y : g) {
      if (x.begin == y.begin && x.end == y.end && x.type == y.type) s->by_type[x.type][0] += 1;
    }
  }
}

struct Args {
  std::vector<std::string> train;
  std::string dev, clusters, gazetteer, countries, actors, out, features = "all", write_dev;
  int epochs = 12;
  int seeds = 1;  // perceptrons trained from different sentence orders, then averaged
  float prune = 0.0f;
  float o_penalty = 0.0f;
  std::string text_models = marsad::DataDir() + "/text";  // segmenter.model, pos.model (kFeatPos)
  std::string corpus;  // JSON lines with "content" (decompressed SaudiNewsNet)
  std::size_t corpus_sentences = 1 << 30;
  bool verbose = false;
  int window = 10;
};

bool ParseArgs(int argc, char** argv, Args* a) {
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string k = argv[i], v = argv[i + 1];
    if (k == "--train") a->train.push_back(v);
    else if (k == "--dev") a->dev = v;
    else if (k == "--clusters") a->clusters = v;
    else if (k == "--gazetteer") a->gazetteer = v;
    else if (k == "--countries") a->countries = v;
    else if (k == "--actors") a->actors = v;
    else if (k == "--out") a->out = v;
    else if (k == "--features") a->features = v;
    else if (k == "--epochs") a->epochs = std::stoi(v);
    else if (k == "--seeds") a->seeds = std::max(1, std::stoi(v));
    else if (k == "--prune") a->prune = std::stof(v);
    else if (k == "--o-penalty") a->o_penalty = std::stof(v);
    else if (k == "--corpus") a->corpus = v;
    else if (k == "--text-models") a->text_models = v;
    else if (k == "--corpus-sentences") a->corpus_sentences = std::stoul(v);
    else if (k == "--verbose") a->verbose = v == "1";
    else if (k == "--window") a->window = std::stoi(v);
    else return false;
  }
  return argc % 2 == 1 && !a->train.empty();
}

std::uint32_t FeatureSet(const std::string& name) {
  if (name == "lexical") return 0;
  if (name == "gazetteer") return marsad::ner::kFeatGazetteer;
  if (name == "clusters") return marsad::ner::kFeatClusters;
  if (name == "no-lexicon") return marsad::ner::kFeatAll & ~marsad::ner::kFeatLexicon;
  if (name == "single-pass") return marsad::ner::kFeatGazetteer | marsad::ner::kFeatClusters;
  if (name == "single-pass+pos") return marsad::ner::kFeatGazetteer | marsad::ner::kFeatClusters | marsad::ner::kFeatPos;
  if (name == "no-pos") return marsad::ner::kFeatAll & ~marsad::ner::kFeatPos;
  return marsad::ner::kFeatAll;
}

std::vector<std::size_t> Shuffled(std::size_t n, std::uint64_t* state) {
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  for (std::size_t i = n; i > 1; --i) {  // Fisher-Yates with a 64-bit LCG: same order everywhere
    *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
    std::swap(order[i - 1], order[(*state >> 33) % i]);
  }
  return order;
}

Score Evaluate(const marsad::ner::NerModel& m, const std::vector<Sentence>& dev, double* tokens_per_s) {
  Score s;
  std::size_t tokens = 0;
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<std::vector<std::u32string>> doc;
  for (const auto& sentence : dev) doc.push_back(sentence.tokens);
  const auto labels = m.TagDocument(doc);
  for (std::size_t i = 0; i < dev.size(); ++i) {
    std::vector<std::string> pred;
    for (int y : labels[i]) pred.push_back(m.chain.labels()[y]);
    Count(dev[i].tags, pred, &s);
    tokens += dev[i].tokens.size();
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  *tokens_per_s = tokens / secs;
  return s;
}

constexpr int kFolds = 4;
// Contiguous blocks, so that the sentences of one article mostly stay in one fold.
int Fold(std::size_t i, std::size_t n) { return static_cast<int>(i * kFolds / n); }

marsad::ner::LinearChainModel Finish(const marsad::ner::PerceptronTrainer& trainer, const Args& a);

void PrintScore(const marsad::ner::NerModel& m, const std::vector<Sentence>& dev) {
  double speed = 0;
  const Score s = Evaluate(m, dev, &speed);
  std::cerr << std::fixed << std::setprecision(4) << "  dev F1 " << s.F1() << " (PER " << s.F1("PER")
            << " LOC " << s.F1("LOC") << " ORG " << s.F1("ORG") << " MISC " << s.F1("MISC") << ")  "
            << std::setprecision(0) << speed << " tokens/s";
}

// The mean of models trained from different sentence orders. One perceptron's dev F1 moves by
// ±1 point with the order alone; the mean of five is as good as the best of them and does not
// depend on luck (ACCURACY.md, issue 6). A linear model's mean is one model: tagging costs the same.
marsad::ner::LinearChainModel Mean(const std::vector<marsad::ner::LinearChainModel>& runs) {
  const std::size_t labels = kLabels.size();
  const auto share = static_cast<float>(1.0 / static_cast<double>(runs.size()));
  std::map<std::uint64_t, std::vector<float>> sum;  // ordered: the same bytes on every machine
  marsad::ner::LinearChainModel mean(kLabels);
  auto& transitions = mean.mutable_transitions();
  for (const auto& run : runs) {
    run.ForEachFeature([&](std::uint64_t feature, const float* w) {
      auto& v = sum[feature];
      v.resize(labels, 0.0f);
      for (std::size_t y = 0; y < labels; ++y) v[y] += share * w[y];
    });
    for (std::size_t k = 0; k < transitions.size(); ++k) transitions[k] += share * run.transitions()[k];
  }
  for (const auto& [feature, weights] : sum) mean.SetWeights(feature, weights.data());
  return mean;
}

// Trains m's chain on `train` (m's feature set and resources; lexicon_of[i], if given, is the
// lexicon for sentence i) and returns it; prints dev F1 after each epoch if dev is given.
marsad::ner::LinearChainModel Train(marsad::ner::NerModel m, const std::vector<Sentence>& train,
                                    const std::vector<Sentence>& dev, const Args& a,
                                    const std::vector<const marsad::ner::EntityLexicon*>& lexicon_of = {},
                                    const std::vector<std::vector<int>>* first_pass = nullptr) {
  std::map<std::string, int> label_id;
  for (std::size_t i = 0; i < kLabels.size(); ++i) label_id[kLabels[i]] = static_cast<int>(i);
  std::vector<FeatureMatrix> x(train.size());
  std::vector<std::vector<int>> y(train.size());
  for (std::size_t i = 0; i < train.size(); ++i) {
    const marsad::ner::EntityLexicon* lexicon = lexicon_of.empty() ? &m.lexicon : lexicon_of[i];
    marsad::ner::FeatureExtractor fx(m.feature_set, &m.clusters, &m.gazetteer, lexicon, m.text_tags.get());
    fx.Extract(train[i].tokens, &x[i]);
    for (const auto& t : train[i].tags) y[i].push_back(label_id.count(t) ? label_id[t] : 0);
  }
  if (first_pass != nullptr) {
    std::vector<std::vector<std::u32string>> doc;
    for (const auto& sentence : train) doc.push_back(sentence.tokens);
    marsad::ner::DocumentContext context(doc, *first_pass, kLabels, m.window);
    for (auto& f : x) f = marsad::ner::WithExtraFeatures(f, context.Next());
  }
  std::vector<marsad::ner::LinearChainModel> runs;
  for (int seed = 0; seed < a.seeds; ++seed) {
    marsad::ner::PerceptronTrainer trainer(kLabels);
    std::uint64_t rng = 20260101 + 7919 * static_cast<std::uint64_t>(seed);
    for (int epoch = 1; epoch <= a.epochs; ++epoch) {
      const std::size_t errors = trainer.Epoch(x, y, Shuffled(train.size(), &rng));
      std::cerr << "epoch " << epoch << ": " << errors << " token errors";
      if (!dev.empty() && (a.verbose || epoch == a.epochs)) {
        m.chain = Finish(trainer, a);
        PrintScore(m, dev);
      }
      std::cerr << "\n";
    }
    runs.push_back(Finish(trainer, a));
  }
  if (runs.size() == 1) return runs[0];
  m.chain = Mean(runs);
  if (!dev.empty()) {
    std::cerr << "mean of " << runs.size() << " runs:";
    PrintScore(m, dev);
    std::cerr << "\n";
  }
  return m.chain;
}

// Unlabeled news, one sentence per entry: tokens as ids into `words` (raw forms).
struct Corpus {
  std::vector<std::u32string> words;
  std::vector<std::vector<std::uint32_t>> sentences;
};

Corpus ReadCorpus(const std::string& path, std::size_t max_sentences) {
  std::ifstream in = OpenOrExit(path);
  Corpus c;
  std::unordered_map<std::u32string, std::uint32_t> ids;
  std::string line;
  while (c.sentences.size() < max_sentences && std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("content") || !j["content"].is_string()) continue;
    const std::u32string text = marsad::ToU32(j["content"].get<std::string>());
    std::vector<std::uint32_t> sentence;
    auto flush = [&] {
      if (!sentence.empty()) c.sentences.push_back(std::move(sentence));
      sentence.clear();
    };
    for (const marsad::Span& s : marsad::ner::SplitNerTokens(text, {0, text.size()})) {
      // ANERcorp's sentences end at full stops; paragraphs end sentences too.
      if (s.start > 0 && text.find(U'\n', s.start > 2 ? s.start - 2 : 0) < s.start) flush();
      std::u32string w = text.substr(s.start, s.size());
      const bool stop = w == U"." || w == U"!" || w == U"?" || w == U"؟";
      auto [it, inserted] = ids.try_emplace(std::move(w), static_cast<std::uint32_t>(c.words.size()));
      if (inserted) c.words.push_back(it->first);
      sentence.push_back(it->second);
      if (stop || sentence.size() >= 120) flush();
    }
    flush();
  }
  std::cerr << c.sentences.size() << " corpus sentences, " << c.words.size() << " word types\n";
  return c;
}

marsad::ner::EntityLexicon BuildLexicon(const marsad::ner::NerModel& m, const Corpus& c) {
  const auto& labels = m.chain.labels();
  std::vector<int> cls(labels.size(), -1);  // label → lexicon class (PER LOC ORG MISC) or -1
  const char* names[marsad::ner::kLexiconClasses] = {"PER", "LOC", "ORG", "MISC"};
  for (std::size_t y = 0; y < labels.size(); ++y) {
    for (int k = 0; k < marsad::ner::kLexiconClasses; ++k) {
      if (labels[y].size() > 2 && labels[y].substr(2) == names[k]) cls[y] = k;
    }
  }
  std::vector<std::uint64_t> total(c.words.size(), 0);
  std::vector<std::array<std::uint64_t, marsad::ner::kLexiconClasses>> tagged(c.words.size());
  std::vector<std::u32string> tokens;
  const auto t0 = std::chrono::steady_clock::now();
  std::size_t n = 0;
  for (const auto& sentence : c.sentences) {
    tokens.clear();
    for (std::uint32_t id : sentence) tokens.push_back(c.words[id]);
    const std::vector<int> pred = m.Tag(tokens);
    for (std::size_t i = 0; i < sentence.size(); ++i) {
      ++total[sentence[i]];
      if (cls[pred[i]] >= 0) ++tagged[sentence[i]][cls[pred[i]]];
    }
    n += sentence.size();
  }
  // Counts per normalised form, then profiles for the forms seen often enough to mean something.
  std::map<std::u32string, std::pair<std::uint64_t, std::array<std::uint64_t, marsad::ner::kLexiconClasses>>> by_form;
  for (std::size_t id = 0; id < c.words.size(); ++id) {
    auto& e = by_form[marsad::ner::NormalizeWord(c.words[id])];
    e.first += total[id];
    for (int k = 0; k < marsad::ner::kLexiconClasses; ++k) e.second[k] += tagged[id][k];
  }
  marsad::ner::EntityLexicon lexicon;
  for (const auto& [form, counts] : by_form) {
    if (counts.first >= 3) lexicon.Add(form, marsad::ner::EntityLexicon::Profile(counts.first, counts.second));
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cerr << "  tagged " << n << " corpus tokens in " << std::setprecision(1) << std::fixed << secs << " s\n";
  return lexicon;
}

// The averaged weights, with O's bias lowered by --o-penalty: the perceptron is cautious with
// rare entity types (high precision, low recall), and one bias tuned on dev evens that out.
marsad::ner::LinearChainModel Finish(const marsad::ner::PerceptronTrainer& trainer, const Args& a) {
  marsad::ner::LinearChainModel m = trainer.Averaged(a.prune);
  std::vector<float> bias(m.num_labels(), 0.0f);
  if (const float* w = m.Weights(marsad::ner::BiasFeature()); w != nullptr) bias.assign(w, w + m.num_labels());
  bias[0] -= a.o_penalty;
  m.SetWeights(marsad::ner::BiasFeature(), bias.data());
  return m;
}

}  // namespace

int main(int argc, char** argv) {
  Args a;
  if (!ParseArgs(argc, argv, &a)) {
    std::cerr << "usage: train_ner --train FILE [--train FILE...] [--dev FILE] [--clusters TSV] "
                 "[--gazetteer DIR] [--countries TSV] [--actors TSV] [--corpus JSONL] [--corpus-sentences N] "
                 "[--features all|no-pos|no-lexicon|single-pass|single-pass+pos|lexical|gazetteer|clusters] [--text-models DIR] [--window N] [--epochs N] [--seeds N] [--prune W] "
                 "[--o-penalty W] [--verbose 1] [--out MODEL]\n";
    return 1;
  }
  marsad::ner::NerModel model;
  model.feature_set = FeatureSet(a.features);
  if (!a.clusters.empty()) ReadClusters(a.clusters, &model.clusters);
  if (!a.gazetteer.empty()) {
    AddGazetteerFile(a.gazetteer + "/pers.txt", marsad::ner::GazetteerClass::kPer, &model.gazetteer);
    AddGazetteerFile(a.gazetteer + "/loc.txt", marsad::ner::GazetteerClass::kLoc, &model.gazetteer);
    AddGazetteerFile(a.gazetteer + "/org.txt", marsad::ner::GazetteerClass::kOrg, &model.gazetteer);
  }
  if (!a.countries.empty()) AddCountries(a.countries, &model.gazetteer);
  if (!a.actors.empty()) AddActors(a.actors, &model.gazetteer);
  // Resources the feature set does not use are not stored in the model.
  if (!(model.feature_set & marsad::ner::kFeatClusters)) model.clusters = {};
  if (!(model.feature_set & marsad::ner::kFeatGazetteer)) model.gazetteer = {};
  if (model.feature_set & marsad::ner::kFeatPos) {
    auto text = marsad::ner::TextTags::Load(a.text_models);
    if (!text.ok()) {
      std::cerr << text.error() << "\n";
      return 1;
    }
    model.text_tags = std::move(text.value());
    model.text_fingerprint = model.text_tags->fingerprint();
  }

  std::vector<Sentence> train;
  for (const auto& path : a.train) {
    auto part = ReadConll(path);
    train.insert(train.end(), part.begin(), part.end());
  }
  const std::vector<Sentence> dev = a.dev.empty() ? std::vector<Sentence>{} : ReadConll(a.dev);

  std::vector<const marsad::ner::EntityLexicon*> lexicon_of(train.size(), nullptr);
  std::vector<marsad::ner::EntityLexicon> fold_lexicons(kFolds);
  std::vector<std::vector<int>> first_pass(train.size());
  const bool document = model.feature_set & marsad::ner::kFeatDocument;
  if (a.corpus.empty()) model.feature_set &= ~marsad::ner::kFeatLexicon;
  const bool lexicon = model.feature_set & marsad::ner::kFeatLexicon;
  if (document || lexicon) {
    // Stage 1: taggers without the lexicon and document features. Each training sentence gets
    // the first-pass labels and lexicon of a tagger that did not train on its fold, so the
    // final tagger learns how far to trust an imperfect first pass on unseen text.
    const Corpus corpus = lexicon ? ReadCorpus(a.corpus, a.corpus_sentences) : Corpus{};
    marsad::ner::NerModel first = model;
    first.feature_set &= ~(marsad::ner::kFeatLexicon | marsad::ner::kFeatDocument);
    for (int k = 0; k < kFolds; ++k) {
      std::vector<Sentence> part;
      for (std::size_t i = 0; i < train.size(); ++i) {
        if (Fold(i, train.size()) != k) part.push_back(train[i]);
      }
      std::cerr << "stage 1, fold " << k << ": " << part.size() << " sentences\n";
      first.chain = Train(first, part, {}, a);
      if (lexicon) fold_lexicons[k] = BuildLexicon(first, corpus);
      for (std::size_t i = 0; i < train.size(); ++i) {
        if (Fold(i, train.size()) != k) continue;
        lexicon_of[i] = &fold_lexicons[k];
        first_pass[i] = first.Tag(train[i].tokens);
      }
    }
    std::cerr << "stage 1, all training sentences\n";
    first.chain = Train(first, train, dev, a);
    if (lexicon) model.lexicon = BuildLexicon(first, corpus);
    if (document) {
      model.first = first.chain;
      model.window = static_cast<std::uint32_t>(a.window);
    }
  }
  std::cerr << "final model, features: " << a.features << "\n";
  model.chain = Train(model, train, dev, a, lexicon ? lexicon_of : std::vector<const marsad::ner::EntityLexicon*>{},
                      document ? &first_pass : nullptr);
  std::cerr << model.chain.num_features() << " features kept, " << model.clusters.size() << " clustered words, "
            << model.gazetteer.size() << " gazetteer names, " << model.lexicon.size() << " lexicon words\n";
  if (!a.out.empty()) {
    if (auto s = marsad::ner::SaveNerModel(model, a.out); !s.ok()) {
      std::cerr << s.message() << "\n";
      return 2;
    }
  }
  return 0;
}
