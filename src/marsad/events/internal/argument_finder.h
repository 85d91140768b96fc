// marsad/events internal: noun phrases without a parser.
//
// Arabic news prose is regular enough near an event word that a few rules find its
// arguments: an idafa chain (مواقع تنظيم الدولة) ends at its first definite noun, adjectives
// agree in definiteness and mostly end in a nisba (الأمريكية، الانتحاريون), coordination joins
// phrases with و, and prepositions, particles and punctuation end a phrase.
#pragma once

#include <vector>

#include "marsad/events/internal/sentence_view.h"

namespace marsad::events {

// برصاص، شنتها، نفذه ...: words that introduce the agent of an event named before them.
bool IsAgentMarker(const Word& w);

class ArgumentFinder {
 public:
  explicit ArgumentFinder(const SentenceView& s) : s_(s) {}

  // The noun phrase starting at word i (before end), or an invalid phrase.
  Phrase PhraseAt(std::size_t i, std::size_t end) const;
  // The phrase ending at word i (for SVO subjects), reaching back no further than begin.
  Phrase PhraseEndingAt(std::size_t i, std::size_t begin) const;
  // The first phrase at or after i, skipping time adverbs (أمس، اليوم، الأحد ...).
  Phrase PhraseAfter(std::size_t i, std::size_t end) const;
  // The subject before a verb at v (SVO), skipping negators, قد and auxiliaries.
  Phrase SubjectBefore(std::size_t v, std::size_t begin) const;
  // The complement of preposition prep after word `from`: prefers a coded actor within the
  // next few words (بما في ذلك أمريكا), else the phrase right after the preposition.
  Phrase PrepositionObject(const std::u32string& prep, std::size_t from, std::size_t end) const;
  // The agent named by برصاص، على يد، من قبل، بأيدي، بنيران after `from`. O(1) per call after
  // a first call that marks the sentence's agent markers (O(words)), not a scan to `end`: it
  // is called once per trigger, which made a long clause quadratic (issue 18).
  Phrase AgentAfter(std::size_t from, std::size_t end) const;
  // The agent of على يد / من قبل at word i exactly (a passive's doer), or an invalid phrase.
  Phrase ExplicitAgentAt(std::size_t i, std::size_t end) const;
  // p and the phrases coordinated with it by و (only coded actors: أمريكا وبريطانيا).
  std::vector<Phrase> WithConjuncts(const Phrase& p, std::size_t end) const;
  // The first coded mention inside the phrase, or "".
  std::string CodeOf(const Phrase& p) const;
  // Head nouns after a demonstrative (هؤلاء القادة → قاده), for anaphora.
  std::u32string DemonstrativeHead(const Phrase& p) const;
  // True if the word may continue or start a noun phrase.
  bool Nominal(std::size_t i) const;
  // True if word i reads as an adjective agreeing with word prev (definiteness, case, number).
  bool Adjective(std::size_t prev, std::size_t i) const;
  // A phrase without a code that holds a title or is a name, extended over its apposition chain
  // to the first coded mention of the chain (see the comment in the .cc); p itself otherwise.
  Phrase WithApposition(Phrase p, std::size_t end) const;
  Phrase WithNamedHolder(Phrase p, std::size_t end) const;
  // An uncoded target and the coded owner after it with ل (مواقع لحزب العمال، أهداف لداعش،
  // مساعدات للعراق): the owner codes the target.
  Phrase WithOwner(Phrase p, std::size_t end) const;
  // The role code of the first generic agent word of p (الشرطة → COP), "-" for an agent
  // without a role, "" when p holds no generic agent.
  std::string AgentRole(const Phrase& p) const;

 private:
  std::size_t OfficeApposition(std::size_t from, std::size_t end, const std::string& code) const;
  bool CodedWithin(std::size_t i, std::size_t n, std::size_t end) const;
  bool Transparent(std::size_t i) const;
  void MarkAgents() const;
  const SentenceView& s_;
  // Filled by the first AgentAfter: per word, the first word at or after it that introduces an
  // agent (SIZE_MAX: none), and per word how far after it that agent starts (0: not a marker).
  mutable std::vector<std::size_t> next_agent_;
  mutable std::vector<unsigned char> agent_skip_;
};

}  // namespace marsad::events
