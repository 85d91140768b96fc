#include "marsad/pipeline/pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "marsad/actors/actors.h"
#include "marsad/events/events.h"
#include "marsad/extract/extract.h"
#include "marsad/ner/ner.h"
#include "marsad/places/places.h"
#include "marsad/text/text.h"

namespace marsad::pipeline {

struct Pipeline::Impl {
  Options options;
  std::shared_ptr<const text::Analyzer> analyzer;  // the text models, loaded once for every stage
  std::optional<ner::NerTagger> tagger;
  std::optional<actors::ActorDictionary> dictionary;
  std::optional<events::EventCoder> coder;  // points into *dictionary: Impl never moves
  std::optional<places::Gazetteer> gazetteer;
};

Pipeline::Pipeline() : impl_(std::make_unique<Impl>()) {}
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;
Pipeline::~Pipeline() = default;
const Options& Pipeline::options() const { return impl_->options; }

Result<Pipeline> Pipeline::Create(const Options& options) {
  Pipeline p;
  p.impl_->options = options;
  if (options.depth == Depth::kExtract) return p;
  auto analyzer = text::Analyzer::LoadDefault();
  if (!analyzer.ok()) return Status::Error("text models: " + analyzer.error());
  p.impl_->analyzer = std::move(analyzer).value();
  auto tagger = ner::NerTagger::Load(DataDir() + "/ner/ner.model", p.impl_->analyzer);
  if (!tagger.ok()) return Status::Error("NER model: " + tagger.error());
  p.impl_->tagger.emplace(std::move(tagger).value());
  auto dictionary = actors::ActorDictionary::LoadDefault();
  if (!dictionary.ok()) return Status::Error("actor dictionary: " + dictionary.error());
  p.impl_->dictionary.emplace(std::move(dictionary).value());
  if (options.depth == Depth::kCode) {
    auto coder = events::EventCoder::LoadDefault(&*p.impl_->dictionary);
    if (!coder.ok()) return Status::Error("event coder: " + coder.error());
    p.impl_->coder.emplace(std::move(coder).value());
    auto gazetteer = places::Gazetteer::LoadDefault();
    if (!gazetteer.ok()) return Status::Error("gazetteer: " + gazetteer.error());
    p.impl_->gazetteer.emplace(std::move(gazetteer).value());
  }
  return p;
}

void Pipeline::Analyze(Article& article) const { Analyze(article, impl_->options.depth); }

void Pipeline::Analyze(Article& article, Depth depth) const {
  const Options& o = impl_->options;
  if (depth > o.depth) depth = o.depth;  // what was not loaded is not run
  if (depth == Depth::kExtract || article.error) return;
  const std::u32string body = ToU32(article.body);
  // The text layer's analysis, once; the tagger reads its tokens, segments and UPOS tags.
  const text::Analysis analysis = impl_->analyzer->Analyze(body);
  if (analysis.cut_sentences > 0) {
    article.warnings.push_back("sentence length limit: " + std::to_string(analysis.cut_sentences) +
                               " cut(s) after " + std::to_string(text::kMaxSentenceWords) +
                               " words without a sentence end (text::kMaxSentenceWords)");
  }
  article.sentences.clear();
  for (const text::AnalyzedSentence& s : analysis.sentences) article.sentences.push_back({s.span});
  article.entities = impl_->tagger->FindEntities(analysis, body);
  actors::ResolveActors(*impl_->dictionary, body, article.date, article.entities);
  if (depth != Depth::kCode) return;
  events::CodingInput input{body, &article.sentences, &article.entities, article.date, article.url, article.site};
  article.events = impl_->coder->Code(input);
  if (o.facts_only) std::erase_if(article.events, [](const Event& e) { return !events::IsFact(e); });
  places::PlaceEvents(*impl_->gazetteer, body, article.sentences, article.events);
}

Article Pipeline::Process(const ingest::Page& page) const {
  return Process(page, impl_->options.depth);
}

Article Pipeline::Process(const ingest::Page& page, Depth depth) const {
  Article article = extract::Extract(page);
  Analyze(article, depth);
  return article;
}

namespace {

// Calls work(i) for i in [0, n) on up to `threads` threads (this one included).
template <typename Work>
void ParallelFor(std::size_t n, unsigned threads, const Work& work) {
  std::atomic<std::size_t> next{0};
  auto loop = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < n;) work(i);
  };
  const unsigned workers = static_cast<unsigned>(std::min<std::size_t>(threads, n));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < workers; ++t) pool.emplace_back(loop);
  loop();
  for (auto& t : pool) t.join();
}

}  // namespace

std::vector<Article> Pipeline::ProcessAll(const std::vector<ingest::Page>& pages, Depth depth,
                                          unsigned threads) const {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  std::vector<Article> articles(pages.size());
  ParallelFor(pages.size(), threads, [&](std::size_t i) { articles[i] = Process(pages[i], depth); });
  return articles;
}

namespace {

void Count(const Article& a, RunSummary& summary) {
  ++summary.pages;
  if (a.error) {
    ++summary.failed;
  } else {
    ++summary.ok;
    if (a.duplicate_of) ++summary.duplicates;
  }
  summary.events += a.events.size();
}

double SecondsSince(std::chrono::steady_clock::time_point started) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

}  // namespace

// Streaming: one thread reads pages, `threads` workers process them, and this thread hands each
// article to the sink as soon as it and all before it are done. At most 2 x threads pages are
// in flight, so memory stays bounded when the sink (the pipe's reader) is slow.
RunSummary Pipeline::Stream(ingest::PageReader& reader, const ArticleSink& sink,
                            const ProgressFn& progress, unsigned threads) const {
  const Options& o = impl_->options;
  const auto started = std::chrono::steady_clock::now();
  const std::size_t window = 2 * static_cast<std::size_t>(threads);
  std::mutex mu;
  std::condition_variable changed;
  std::deque<std::pair<std::size_t, ingest::Page>> work;  // read, not yet taken by a worker
  std::map<std::size_t, Article> done;                    // processed, not yet handed on
  std::size_t read = 0, emitted = 0, filtered = 0;
  bool reading = true;
  RunSummary summary;

  std::thread reading_thread([&] {
    for (;;) {
      {
        std::unique_lock lock(mu);
        changed.wait(lock, [&] { return read - emitted < window; });
      }
      if (o.stop && o.stop()) break;
      auto page = reader.Next();
      if (!page) break;
      if (o.page_filter && !o.page_filter(*page)) {
        std::lock_guard lock(mu);
        ++filtered;
        continue;
      }
      std::lock_guard lock(mu);
      work.emplace_back(read++, std::move(*page));
      changed.notify_all();
    }
    std::lock_guard lock(mu);
    reading = false;
    changed.notify_all();
  });
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      for (;;) {
        std::unique_lock lock(mu);
        changed.wait(lock, [&] { return !work.empty() || !reading; });
        if (work.empty()) return;
        auto [index, page] = std::move(work.front());
        work.pop_front();
        lock.unlock();
        Article article = Process(page);
        lock.lock();
        done.emplace(index, std::move(article));
        changed.notify_all();
      }
    });
  }
  for (;;) {
    std::unique_lock lock(mu);
    changed.wait(lock, [&] { return done.contains(emitted) || (!reading && emitted == read); });
    auto it = done.find(emitted);
    if (it == done.end()) break;
    Article article = std::move(it->second);
    done.erase(it);
    lock.unlock();
    Count(article, summary);
    sink(std::move(article));
    lock.lock();
    ++emitted;
    summary.filtered = filtered;
    changed.notify_all();  // the reader may take one more page
    lock.unlock();
    summary.skipped = reader.counts().skipped;
    summary.seconds = SecondsSince(started);
    if (progress) progress(summary);
  }
  reading_thread.join();
  for (auto& w : workers) w.join();
  summary.filtered = filtered;
  summary.skipped = reader.counts().skipped;
  summary.seconds = SecondsSince(started);
  return summary;
}

RunSummary Pipeline::Run(ingest::PageReader& reader, const ArticleSink& sink,
                         const ProgressFn& progress) const {
  const Options& o = impl_->options;
  const auto started = std::chrono::steady_clock::now();
  unsigned threads = o.threads;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  if (o.streaming) return Stream(reader, sink, progress, threads);
  // A batch is a few pages per worker: enough to keep workers busy, small enough to bound memory.
  const std::size_t batch_size = threads * 8;
  extract::DuplicateFinder own_duplicates;
  extract::DuplicateFinder& duplicates = o.duplicates ? *o.duplicates : own_duplicates;
  RunSummary summary;

  std::vector<ingest::Page> pages;
  std::vector<Article> articles;
  bool done = false;
  while (!done) {
    pages.clear();
    while (pages.size() < batch_size) {
      if (o.stop && o.stop()) {
        done = true;
        break;
      }
      auto page = reader.Next();
      if (!page) {
        done = true;
        break;
      }
      if (o.page_filter && !o.page_filter(*page)) {
        ++summary.filtered;
        continue;
      }
      pages.push_back(std::move(*page));
    }
    if (pages.empty()) break;
    // Extract in parallel, find duplicates in input order (the finder is sequential), then
    // annotate and code in parallel, so that a duplicate can be left uncoded.
    articles.assign(pages.size(), Article{});
    ParallelFor(pages.size(), threads, [&](std::size_t i) { articles[i] = extract::Extract(pages[i]); });
    for (Article& a : articles) {
      if (!a.error && o.detect_duplicates) a.duplicate_of = duplicates.FindAndAdd(a.id, a.body);
    }
    ParallelFor(pages.size(), threads, [&](std::size_t i) {
      if (!(articles[i].duplicate_of && o.skip_duplicate_analysis)) Analyze(articles[i]);
    });

    for (Article& a : articles) {
      Count(a, summary);
      sink(std::move(a));
    }
    summary.skipped = reader.counts().skipped;
    summary.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (progress) progress(summary);
  }
  summary.skipped = reader.counts().skipped;
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace marsad::pipeline
