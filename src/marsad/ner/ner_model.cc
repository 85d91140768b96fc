#include "marsad/ner/internal/ner_model.h"

#include <array>
#include <cstring>
#include <fstream>
#include <sstream>

#include "marsad/ner/internal/document_context.h"
#include "marsad/ner/internal/word_forms.h"

namespace marsad::ner {

std::vector<int> NerModel::Tag(const std::vector<std::u32string>& tokens) const {
  return TagDocument({tokens}).front();
}

std::vector<std::vector<int>> NerModel::TagDocument(const std::vector<std::vector<std::u32string>>& sentences,
                                                    const std::vector<TextTags::Tags>* text) const {
  auto text_of = [text](std::size_t s) { return text != nullptr && s < text->size() ? &(*text)[s] : nullptr; };
  FeatureExtractor fx(feature_set, &clusters, &gazetteer, &lexicon, text_tags.get());
  std::vector<FeatureMatrix> features(sentences.size());
  std::vector<std::vector<int>> labels(sentences.size());
  const bool two_pass = (feature_set & kFeatDocument) && first.num_labels() == chain.num_labels();
  if (two_pass && tagging_weights != nullptr) {
    // One look-up per feature for both passes: the second pass's emissions start from the
    // final model's sums over the same features and add the document features.
    std::vector<std::vector<float>> final_emissions(sentences.size());
    std::vector<float> first_emissions;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      fx.Extract(sentences[s], &features[s], text_of(s));
      tagging_weights->Emissions(features[s], &first_emissions, &final_emissions[s]);
      labels[s] = Viterbi(first_emissions, first.num_labels(), first.transitions(), first.allowed());
    }
    DocumentContext context(sentences, labels, first.labels(), window);
    std::vector<std::vector<int>> second(sentences.size());
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      tagging_weights->AddFinal(context.Next(), &final_emissions[s]);
      second[s] = Viterbi(final_emissions[s], chain.num_labels(), chain.transitions(), chain.allowed());
    }
    return second;
  }
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    fx.Extract(sentences[s], &features[s], text_of(s));
    // The first pass reads the same features: those it was not trained with have no weights.
    labels[s] = two_pass ? first.Decode(features[s]) : chain.Decode(features[s]);
  }
  if (!two_pass) return labels;
  DocumentContext context(sentences, labels, first.labels(), window);
  std::vector<std::vector<int>> second(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    second[s] = chain.Decode(WithExtraFeatures(features[s], context.Next()));
  }
  return second;
}

namespace {

class Writer {
 public:
  template <typename T>
  void Put(T v) {
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void Str(std::string_view s) {
    Put<std::uint32_t>(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  void Floats(const float* p, std::size_t n) { out_.append(reinterpret_cast<const char*>(p), n * sizeof(float)); }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

// Reads with bounds checks: a truncated or corrupt file becomes an error, never a crash.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  template <typename T>
  bool Get(T* v) {
    if (in_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(v, in_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool Str(std::string* s, std::size_t max_len = 1 << 16) {
    std::uint32_t n = 0;
    if (!Get(&n) || n > max_len || in_.size() - pos_ < n) return false;
    s->assign(in_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  bool Floats(float* p, std::size_t n) {
    if ((in_.size() - pos_) / sizeof(float) < n) return false;
    std::memcpy(p, in_.data() + pos_, n * sizeof(float));
    pos_ += n * sizeof(float);
    return true;
  }
  std::size_t remaining() const { return in_.size() - pos_; }

 private:
  std::string_view in_;
  std::size_t pos_ = 0;
};

constexpr std::uint32_t kMaxLabels = 64;

void WriteWeights(const LinearChainModel& chain, Writer& w) {
  w.Put<std::uint64_t>(chain.num_features());
  chain.ForEachFeature([&](std::uint64_t id, const float* weights) {
    w.Put<std::uint64_t>(id);
    w.Floats(weights, chain.num_labels());
  });
}

std::string Serialize(const NerModel& m) {
  Writer w;
  w.bytes() = std::string(kModelHeader) + " " + std::to_string(kModelVersion) + "\n";
  w.Put<std::uint32_t>(m.feature_set);
  w.Put<std::uint64_t>(m.text_fingerprint);
  const auto& labels = m.chain.labels();
  w.Put<std::uint32_t>(static_cast<std::uint32_t>(labels.size()));
  for (const auto& l : labels) w.Str(l);
  w.Floats(m.chain.transitions().data(), m.chain.transitions().size());
  w.Put<std::uint32_t>(static_cast<std::uint32_t>(m.clusters.size()));
  for (const auto& e : m.clusters.entries()) {
    w.Str(ToUtf8(e.word));
    w.Put<std::uint16_t>(e.ids.coarse);
    w.Put<std::uint16_t>(e.ids.mid);
    w.Put<std::uint16_t>(e.ids.fine);
  }
  w.Put<std::uint32_t>(static_cast<std::uint32_t>(m.gazetteer.size()));
  for (const auto& e : m.gazetteer.entries()) {
    w.Put<std::uint8_t>(e.classes);
    w.Put<std::uint8_t>(static_cast<std::uint8_t>(e.words.size()));
    for (const auto& word : e.words) w.Str(ToUtf8(word));
  }
  w.Put<std::uint32_t>(static_cast<std::uint32_t>(m.lexicon.size()));
  for (const auto& e : m.lexicon.entries()) {
    w.Str(ToUtf8(e.word));
    for (std::uint8_t s : e.profile.share) w.Put<std::uint8_t>(s);
    w.Put<std::uint8_t>(e.profile.frequency);
  }
  WriteWeights(m.chain, w);
  const bool has_first = m.first.num_labels() == labels.size();
  w.Put<std::uint8_t>(has_first ? 1 : 0);
  w.Put<std::uint32_t>(m.window);
  if (has_first) {
    w.Floats(m.first.transitions().data(), m.first.transitions().size());
    WriteWeights(m.first, w);
  }
  w.bytes() += "END\n";
  return std::move(w.bytes());
}

Status ReadHeader(std::string_view bytes, std::size_t* body_start) {
  const std::size_t nl = bytes.find('\n');
  if (nl == std::string_view::npos || nl > 64) return Status::Error("not a marsad NER model (no header line)");
  std::istringstream header{std::string(bytes.substr(0, nl))};
  std::string magic;
  int version = 0;
  header >> magic >> version;
  if (magic != kModelHeader) return Status::Error("not a marsad NER model (header '" + magic + "')");
  if (version != kModelVersion) {
    return Status::Error("NER model format version " + std::to_string(version) + ", this build reads " +
                         std::to_string(kModelVersion));
  }
  *body_start = nl + 1;
  return {};
}

bool ReadClusters(Reader& r, WordClusters* clusters) {
  std::uint32_t n = 0;
  if (!r.Get(&n)) return false;
  std::string word;
  for (std::uint32_t i = 0; i < n; ++i) {
    ClusterIds ids;
    if (!r.Str(&word) || !r.Get(&ids.coarse) || !r.Get(&ids.mid) || !r.Get(&ids.fine)) return false;
    clusters->Add(ToU32(word), ids);
  }
  return true;
}

bool ReadGazetteer(Reader& r, Gazetteer* gazetteer) {
  std::uint32_t n = 0;
  if (!r.Get(&n)) return false;
  std::string word;
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint8_t classes = 0, count = 0;
    if (!r.Get(&classes) || !r.Get(&count)) return false;
    std::vector<std::u32string> words;
    for (std::uint8_t k = 0; k < count; ++k) {
      if (!r.Str(&word)) return false;
      words.push_back(ToU32(word));
    }
    for (int c = 0; c < kGazetteerClasses; ++c) {
      if (classes & (1u << c)) gazetteer->Add(words, static_cast<GazetteerClass>(c));
    }
  }
  return true;
}

bool ReadLexicon(Reader& r, EntityLexicon* lexicon) {
  std::uint32_t n = 0;
  if (!r.Get(&n)) return false;
  std::string word;
  for (std::uint32_t i = 0; i < n; ++i) {
    LexiconProfile p;
    if (!r.Str(&word)) return false;
    for (auto& s : p.share) {
      if (!r.Get(&s)) return false;
    }
    if (!r.Get(&p.frequency)) return false;
    lexicon->Add(ToU32(word), p);
  }
  return true;
}

bool ReadWeights(Reader& r, LinearChainModel* chain) {
  std::uint64_t n = 0;
  const std::size_t L = chain->num_labels();
  if (!r.Get(&n) || n > r.remaining() / (sizeof(std::uint64_t) + L * sizeof(float))) return false;
  std::vector<float> w(L);
  for (std::uint64_t i = 0; i < n; ++i) {
    std::uint64_t id = 0;
    if (!r.Get(&id) || id == 0 || !r.Floats(w.data(), L)) return false;
    chain->SetWeights(id, w.data());
  }
  return true;
}

}  // namespace

Status SaveNerModel(const NerModel& model, const std::string& path) {
  if (model.tagging_weights != nullptr) {
    return Status::Error("cannot save " + path + ": the model was loaded for tagging (its weights are in tagging_weights)");
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::Error("cannot write " + path);
  const std::string bytes = Serialize(model);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return Status::Error("error writing " + path);
  return {};
}

Result<NerModel> ParseNerModel(std::string_view bytes) {
  std::size_t start = 0;
  if (Status s = ReadHeader(bytes, &start); !s.ok()) return s;
  Reader r(bytes.substr(start));
  NerModel m;
  std::uint32_t num_labels = 0;
  if (!r.Get(&m.feature_set) || !r.Get(&m.text_fingerprint) || !r.Get(&num_labels) || num_labels == 0 ||
      num_labels > kMaxLabels) {
    return Status::Error("corrupt NER model: bad label count");
  }
  std::vector<std::string> labels(num_labels);
  for (auto& l : labels) {
    if (!r.Str(&l, 64)) return Status::Error("corrupt NER model: truncated labels");
  }
  m.chain = LinearChainModel(std::move(labels));
  auto& trans = m.chain.mutable_transitions();
  if (!r.Floats(trans.data(), trans.size())) return Status::Error("corrupt NER model: truncated transitions");
  if (!ReadClusters(r, &m.clusters)) return Status::Error("corrupt NER model: truncated word clusters");
  if (!ReadGazetteer(r, &m.gazetteer)) return Status::Error("corrupt NER model: truncated gazetteer");
  if (!ReadLexicon(r, &m.lexicon)) return Status::Error("corrupt NER model: truncated entity lexicon");
  if (!ReadWeights(r, &m.chain)) return Status::Error("corrupt NER model: truncated feature weights");
  std::uint8_t has_first = 0;
  if (!r.Get(&has_first) || has_first > 1 || !r.Get(&m.window)) return Status::Error("corrupt NER model: bad first-pass mark");
  if (has_first) {
    m.first = LinearChainModel(m.chain.labels());
    auto& t = m.first.mutable_transitions();
    if (!r.Floats(t.data(), t.size()) || !ReadWeights(r, &m.first)) {
      return Status::Error("corrupt NER model: truncated first-pass model");
    }
  }
  std::array<char, 4> end{};
  if (r.remaining() != end.size() || !r.Get(&end) || std::string_view(end.data(), end.size()) != "END\n") {
    return Status::Error("corrupt NER model: missing end mark");
  }
  return m;
}

namespace {

Result<NerModel> LoadNerModelWith(const std::string& path, const std::string& text_dir,
                                  std::shared_ptr<const text::Analyzer> analyzer) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("cannot open NER model " + path);
  auto m = [&in] {
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return ParseNerModel(bytes);
  }();  // the file's bytes are freed before the tagging table is built
  if (!m.ok()) return Status::Error(path + ": " + m.error());
  if (m->feature_set & kFeatPos) {
    auto text = analyzer != nullptr
                    ? TextTags::Use(std::move(analyzer), m->text_fingerprint)
                    : TextTags::Load(text_dir.empty() ? DataDir() + "/text" : text_dir, m->text_fingerprint);
    if (!text.ok()) return Status::Error(path + ": " + text.error());
    m->text_tags = std::move(text.value());
  }
  if ((m->feature_set & kFeatDocument) && m->first.num_labels() == m->chain.num_labels()) {
    // The weights live once, in the table that tagging reads.
    m->tagging_weights = std::make_shared<const TwoPassWeights>(m->first, m->chain);
    m->first.ClearWeights();
    m->chain.ClearWeights();
  }
  return m;
}

}  // namespace

Result<NerModel> LoadNerModel(const std::string& path, const std::string& text_dir) {
  return LoadNerModelWith(path, text_dir, nullptr);
}

Result<NerModel> LoadNerModel(const std::string& path, std::shared_ptr<const text::Analyzer> analyzer) {
  return LoadNerModelWith(path, "", std::move(analyzer));
}

}  // namespace marsad::ner
