// EventCoder: per sentence, SentenceCoder finds triggers, arguments and modality; here the
// article-level steps: actor mentions, tables, one event per (source, target, code) per
// sentence, denials that reach back to earlier sentences, and "likewise" copies.
#include "marsad/events/events.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "marsad/events/internal/cameo_table.h"
#include "marsad/events/internal/event_lexicon.h"
#include "marsad/events/internal/home_country.h"
#include "marsad/events/internal/sentence_coder.h"
#include "marsad/events/internal/sentence_view.h"

namespace marsad::events {

struct EventCoder::Impl {
  CameoTable table;
  EventLexicon lexicon;
  WordClasses words;
  SiteCountries sites;
  const actors::ActorDictionary* dictionary = nullptr;

  SentenceView View(const CodingInput& in, Span span,
                    const std::vector<const Entity*>& sorted_entities) const;
  std::string HomeCountry(const CodingInput& in, const std::vector<const Entity*>& sorted_entities,
                          const std::string& site) const;
  void ToEvents(const CodingInput& in, std::size_t k, const SentenceView& s,
                const SentenceResult& r, std::vector<Event>& out) const;
};

EventCoder::EventCoder() : impl_(std::make_unique<Impl>()) {}
EventCoder::EventCoder(EventCoder&&) noexcept = default;
EventCoder& EventCoder::operator=(EventCoder&&) noexcept = default;
EventCoder::~EventCoder() = default;

Result<EventCoder> EventCoder::Load(const std::string& dir, const actors::ActorDictionary* dict,
                                    const std::vector<std::string>& extra_lexicons) {
  auto table = CameoTable::Load(dir + "/cameo_codes.tsv");
  if (!table.ok()) return table.status();
  EventCoder coder;
  coder.impl_->table = std::move(table).value();
  coder.impl_->dictionary = dict;
  // Hand-written entries first: they win ties against the converted UniversalPetrarch ones.
  Status st = coder.impl_->lexicon.AddFile(dir + "/lexicon.tsv", 0.8);
  if (!st.ok()) return st;
  const std::string converted = dir + "/lexicon_upetrarch.tsv";
  if (std::filesystem::exists(converted)) {
    st = coder.impl_->lexicon.AddFile(converted, 0.5);
    if (!st.ok()) return st;
  }
  // Issue 14's coverage files (lexicon_frames.tsv ...), after the hand-written core so that
  // its lines win ties (data/events/README.md).
  for (const char* name : {"lexicon_frames.tsv", "lexicon_upetrarch_frames.tsv"}) {
    const std::string path = dir + "/" + name;
    if (!std::filesystem::exists(path)) continue;
    st = coder.impl_->lexicon.AddFile(path, 0.7);
    if (!st.ok()) return st;
  }
  for (const std::string& path : extra_lexicons) {
    st = coder.impl_->lexicon.AddFile(path, 0.7);
    if (!st.ok()) return st;
  }
  st = coder.impl_->words.AddFile(dir + "/words.tsv");
  if (!st.ok()) return st;
  st = coder.impl_->sites.AddFile(dir + "/sites.tsv");
  if (!st.ok()) return st;
  for (const LexEntry& e : coder.impl_->lexicon.entries()) {
    for (const std::string& code : {e.code, e.converse, e.armed_code}) {
      if (!code.empty() && coder.impl_->table.Find(code) == nullptr) {
        return Status::Error(dir + "/lexicon: code " + code + " (" + e.lemma +
                             ") is not in cameo_codes.tsv");
      }
    }
  }
  return coder;
}

Result<EventCoder> EventCoder::LoadDefault(const actors::ActorDictionary* dict) {
  return Load(DataDir() + "/events", dict);
}

namespace {

// An entity that is one nisba-shaped word (الأمريكية، أميركية، السوريين) and not a place or a
// person: the pipeline's entities do not say "nisba", so the shape does.
bool IsNisbaText(std::u32string_view text, const std::string& type) {
  if (type == "LOC" || type == "PER") return false;
  const std::u32string n = NormalizeArabic(text);
  return n.find(U' ') == std::u32string::npos && n.size() > 4 &&
         (n.ends_with(U"يه") || n.ends_with(U"ي") || n.ends_with(U"يون") || n.ends_with(U"يين"));
}

// Same country or group root (USA, USAGOV), ignoring roles.
bool SameActor(const std::string& a, const std::string& b) {
  return !a.empty() && !b.empty() && a.compare(0, 3, b, 0, 3) == 0;
}

}  // namespace

SentenceView EventCoder::Impl::View(const CodingInput& in, Span span,
                                    const std::vector<const Entity*>& sorted_entities) const {
  SentenceView s;
  s.classes = &words;
  s.words = SplitWords(in.body, span);
  struct Found {
    Span span;
    std::string code;
    bool nisba;
    bool place;
    bool person = false;
    bool organisation = false;
  };
  std::vector<Found> found;
  // The pipeline resolves actors into the entities before coding (actors::ResolveActors adds
  // every dictionary mention); only callers that did not get the dictionary look-up here.
  const bool resolved =
      in.entities != nullptr && std::any_of(in.entities->begin(), in.entities->end(),
                                            [](const Entity& e) { return !e.actor.empty(); });
  if (!resolved && dictionary != nullptr && dictionary->size() > 0) {
    for (const auto& m : dictionary->FindMentions(in.body, span, in.date)) {
      found.push_back({m.span, m.code, m.nisba, m.type == "LOC", m.type == "PER", m.type == "ORG"});
    }
  }
  // Entities of this sentence, from the article's entities sorted once by start (Code):
  // binary search keeps a long article linear. A code point taken by a dictionary mention
  // takes no entity.
  std::vector<bool> taken(span.size(), false);
  for (const Found& f : found) {
    for (std::size_t c = std::max(f.span.start, span.start); c < std::min(f.span.end, span.end);
         ++c)
      taken[c - span.start] = true;
  }
  auto first = std::lower_bound(sorted_entities.begin(), sorted_entities.end(), span.start,
                                [](const Entity* e, std::size_t at) { return e->span.start < at; });
  for (auto it = first; it != sorted_entities.end() && (*it)->span.start < span.end; ++it) {
    const Entity& e = **it;
    if (!span.contains(e.span) || e.span.empty()) continue;
    bool overlaps = false;
    for (std::size_t c = e.span.start; c < e.span.end && !overlaps; ++c)
      overlaps = taken[c - span.start];
    if (overlaps) continue;
    for (std::size_t c = e.span.start; c < e.span.end; ++c) taken[c - span.start] = true;
    found.push_back({e.span, e.actor,
                     IsNisbaText(in.body.substr(e.span.start, e.span.size()), e.type),
                     e.type == "LOC", e.type == "PER", e.type == "ORG"});
  }
  std::sort(found.begin(), found.end(),
            [](const Found& a, const Found& b) { return a.span.start < b.span.start; });
  for (const Found& f : found) {
    Mention m;
    m.first = SIZE_MAX;
    // The words overlapping the mention: words are in order, so search for the first one.
    auto w0 = std::lower_bound(s.words.begin(), s.words.end(), f.span.start,
                               [](const Word& w, std::size_t at) { return w.span.end <= at; });
    for (std::size_t i = static_cast<std::size_t>(w0 - s.words.begin());
         i < s.words.size() && s.words[i].span.start < f.span.end; ++i) {
      if (!s.words[i].span.overlaps(f.span) || s.words[i].actor >= 0) continue;
      if (m.first == SIZE_MAX) m.first = i;
      m.last = i;
    }
    if (m.first == SIZE_MAX) continue;
    // A region (الشرق الأوسط → MEA) is where things happen, never who does them, and in quotes
    // it is a title (the paper: قال لـ«الشرق الأوسط»); an organisation coded as a region
    // (الاتحاد الأفريقي → AFR) keeps its code.
    const char32_t opening = f.span.start > 0 ? in.body[f.span.start - 1] : U' ';
    const bool quoted = opening == U'«' || opening == U'"' || opening == U'\u201c';
    const bool region = (f.place || quoted) && IsRegionCode(f.code);
    m.code = region ? "" : f.code;
    m.nisba = f.nisba;
    m.place = f.place;
    m.person = f.person;
    m.organisation = f.organisation;
    const int id = static_cast<int>(s.mentions.size());
    for (std::size_t i = m.first; i <= m.last; ++i) s.words[i].actor = id;
    // A preposition written on the name (لدمشق، ببريطانيا) is what lies before the mention.
    Word& w = s.words[m.first];
    std::u32string before = NormalizeArabic(in.body.substr(
        w.span.start, f.span.start > w.span.start ? f.span.start - w.span.start : 0));
    std::u32string_view b = before;
    if (!b.empty() && (b[0] == U'و' || b[0] == U'ف')) b.remove_prefix(1);
    w.prep = !b.empty() && (b[0] == U'ب' || b[0] == U'ل' || b[0] == U'ك');
    // An entity that holds its preposition (NER tags «بالقاهرة»، «للعراق» whole): the word
    // still shows it before the article.
    const std::u32string_view written = StripConjunction(w.norm);
    if (written.starts_with(U"بال") || written.starts_with(U"كال") || written.starts_with(U"لل")) {
      w.prep = true;
    }
    s.mentions.push_back(std::move(m));
  }
  return s;
}

// A dateline (بغداد - أ ف ب، الرياض (واس)) names where the story was filed: a coded place
// among the body's first words, followed by a dash or a parenthesis. Without one, the site's
// home country.
std::string EventCoder::Impl::HomeCountry(const CodingInput& in,
                                          const std::vector<const Entity*>& sorted_entities,
                                          const std::string& site) const {
  if (!sorted_entities.empty()) {
    const Entity& e = *sorted_entities.front();
    const std::u32string_view before = in.body.substr(0, std::min(e.span.start, in.body.size()));
    const std::u32string_view after = in.body.substr(std::min(e.span.end, in.body.size()), 4);
    const bool first_words = std::count(before.begin(), before.end(), U' ') < 2;
    const bool dash = after.find_first_of(U"-\u2013\u2014(") != std::u32string_view::npos;
    if (e.type == "LOC" && e.actor.size() >= 3 && first_words && dash && IsCountryCode(e.actor)) {
      return e.actor.substr(0, 3);
    }
  }
  // The site's country, unless the article is about another one: a country whose names and
  // nisbas outnumber the home country's in the article.
  if (site.empty()) return site;
  std::map<std::string, int> mentions;
  auto count = [&](const std::string& code) {
    if (code.size() >= 3 && IsCountryCode(code)) ++mentions[code.substr(0, 3)];
  };
  const bool resolved = std::any_of(sorted_entities.begin(), sorted_entities.end(),
                                    [](const Entity* e) { return !e->actor.empty(); });
  if (resolved || dictionary == nullptr) {
    for (const Entity* e : sorted_entities) count(e->actor);
  } else {  // callers without the pipeline's resolved actors: the dictionary, as View does
    for (const auto& m : dictionary->FindMentions(in.body, Span{0, in.body.size()}, in.date))
      count(m.code);
  }
  for (const auto& [country, n] : mentions) {
    if (country != site && n > mentions[site]) return "";
  }
  return site;
}

void EventCoder::Impl::ToEvents(const CodingInput& in, std::size_t k, const SentenceView& s,
                                const SentenceResult& r, std::vector<Event>& out) const {
  const Span sentence = (*in.sentences)[k].span;
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  // Converted once per sentence and copied into the events kept, not once per raw event (one
  // per trigger: quadratic in a long sentence, issue 18).
  std::string sentence_text;
  auto argument = [&](const Phrase& p) {
    EventArgument a;
    if (!p.valid()) return a;
    a.span = {s.words[p.first].span.start, s.words[p.last].span.end};
    a.text = ToUtf8(in.body.substr(a.span.start, a.span.size()));
    a.code = p.code;
    return a;
  };
  for (const RawEvent& raw : r.events) {
    const CameoCode* info = table.Find(raw.code);
    if (info == nullptr) continue;
    Event e;
    e.sentence = k;
    e.span = sentence;
    e.source = argument(raw.source);
    e.target = argument(raw.target);
    const TriggerMatch& t = s.triggers[raw.trigger];
    e.verb.span = {s.words[t.first].span.start, s.words[t.last].span.end};
    e.verb.text = ToUtf8(in.body.substr(e.verb.span.start, e.verb.span.size()));
    e.cameo = info->code;
    e.root = info->root;
    e.goldstein = info->goldstein;
    e.quad_class = info->quad_class;
    e.plover = info->plover;
    e.modality = raw.modality;
    e.confidence = raw.confidence;
    const auto key =
        std::make_tuple(e.source.code.empty() ? e.source.text : e.source.code,
                        e.target.code.empty() ? e.target.text : e.target.code, e.cameo);
    if (!seen.insert(key).second) continue;
    if (sentence_text.empty()) sentence_text = ToUtf8(in.body.substr(sentence.start, sentence.size()));
    e.text = sentence_text;
    out.push_back(std::move(e));
  }
}

std::vector<Event> EventCoder::Code(const CodingInput& input) const {
  std::vector<Event> out;
  if (input.sentences == nullptr) return out;
  if (std::getenv("MARSAD_EVENT_TRACE") != nullptr) {  // see sentence_coder.cc: which article
    std::fprintf(stderr, "trace article %s\n", ToUtf8(input.body.substr(0, 40)).c_str());
  }
  ArticleMemory memory;
  SentenceCoder coder(impl_->lexicon, memory);
  std::vector<const Entity*> entities;
  if (input.entities != nullptr) {
    for (const Entity& e : *input.entities) entities.push_back(&e);
    std::stable_sort(entities.begin(), entities.end(), [](const Entity* a, const Entity* b) {
      return a->span.start < b->span.start;
    });
  }
  const std::string site = impl_->sites.Find(input.url, input.site);
  const std::string home = impl_->HomeCountry(input, entities, site);
  std::vector<std::size_t> first_event;  // per sentence: index of its first event in out
  for (std::size_t k = 0; k < input.sentences->size(); ++k) {
    Span span = (*input.sentences)[k].span;
    span.end = std::min(span.end, input.body.size());
    first_event.push_back(out.size());
    if (span.empty()) continue;
    SentenceView s = impl_->View(input, span, entities);
    s.home_country = home;
    s.site_country = site;
    const SentenceResult r = coder.Code(s);
    impl_->ToEvents(input, k, s, r, out);
    std::vector<OpenDenial> denials = r.denials;
    for (const Phrase& p : r.likewise) {
      if (out.empty() || p.code.empty()) continue;
      Event copy = out.back();
      copy.source.code = p.code;
      copy.source.span = {s.words[p.first].span.start, s.words[p.last].span.end};
      copy.source.text = ToUtf8(input.body.substr(copy.source.span.start, copy.source.span.size()));
      copy.confidence = std::max(0.05, copy.confidence - 0.1);
      if (copy.cameo == "016") denials.push_back({p.code, 0});
      out.push_back(std::move(copy));
    }
    // A denial with no object in its sentence reaches back to the first event of the nearest
    // earlier sentence (at most two back) that involves the denier.
    for (const OpenDenial& d : denials) {
      for (std::size_t back = 0; back <= 2 && back <= k; ++back) {
        const std::size_t from = first_event[k - back];
        const std::size_t to = back == 0 ? out.size() : first_event[k - back + 1];
        auto it = std::find_if(out.begin() + from, out.begin() + to, [&](const Event& e) {
          if (back == 0 && e.verb.span.start >= d.before) return false;
          return e.root != "01" &&
                 (SameActor(e.source.code, d.actor) || SameActor(e.target.code, d.actor));
        });
        if (it == out.begin() + to) continue;
        if (it->modality != "negated") it->modality = "denied";
        break;
      }
    }
  }
  return out;
}

bool IsFact(const Event& e) {
  return e.modality != "negated" && e.modality != "denied" && e.modality != "hypothetical";
}

}  // namespace marsad::events
