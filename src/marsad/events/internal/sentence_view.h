// marsad/events internal: one sentence prepared for coding: its words, the actor mentions on
// them, clause boundaries, and the triggers found. Built once per sentence by the coder.
#pragma once

#include <string>
#include <vector>

#include "marsad/events/internal/arabic_word.h"
#include "marsad/events/internal/event_lexicon.h"
#include "marsad/events/internal/word_classes.h"

namespace marsad::events {

struct Mention {
  std::size_t first = 0, last = 0;  // word range (inclusive)
  std::string code;                 // empty when the name is known but not coded
  bool nisba = false;
  bool place = false;   // a LOC name: where things happen more often than who does them
  bool person = false;  // a PER name
  bool organisation = false;  // an ORG name
};

// A phrase that fills an argument: words [first, last] and the actor code it resolves to.
struct Phrase {
  std::size_t first = 0, last = 0;
  std::string code;
  bool valid() const { return last >= first && last != SIZE_MAX; }
};

struct SentenceView {
  const WordClasses* classes = nullptr;  // never null once built by the coder
  std::vector<Word> words;
  std::vector<Mention> mentions;
  std::vector<std::size_t> clause;      // clause id of each word
  std::vector<std::size_t> clause_end;  // per clause id: one past its last word
  std::vector<std::size_t> clause_begin;
  std::vector<TriggerMatch> triggers;  // in word order, non-overlapping
  std::vector<int> trigger_at;         // per word: index into triggers, or -1
  std::vector<bool> reserved;          // trigger words and the words their requires consumed
  std::string home_country;            // the article's dateline or site country, or empty
  std::string site_country;            // the news site's country, whatever the article is about
};

// Words that open a new clause: relative pronouns, complementisers, subordinators.
bool OpensClause(const Word& w);
// Splits the words into clauses at punctuation and OpensClause words.
void FindClauses(SentenceView& s);

}  // namespace marsad::events
