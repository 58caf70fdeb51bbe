// Who does what to whom inside one sentence: for a verb group, the actor units that are its
// subject, the tokens its object may span, and the units found there.
//
// The analysis is a shallow one over part-of-speech tags (see docs/ARCHITECTURE.md, "Syntax"):
// a subject is the nearest noun phrase before the verb group that is not inside a prepositional
// phrase or an infinitive's object; an object region runs from the verb to the next clause
// boundary, through the infinitives the verb governs ("refused to join the program").
#ifndef DYADWATCH_CODER_CLAUSE_ROLES_H_
#define DYADWATCH_CODER_CLAUSE_ROLES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "coder/sentence_analysis.h"
#include "parse/pos_tag.h"
#include "text/token.h"

namespace dyadwatch::coder {

struct SentenceView {
  const text::Sentence* sentence = nullptr;
  const std::vector<parse::PosTag>* tags = nullptr;
  const std::vector<ActorUnit>* units = nullptr;
  const std::vector<VerbGroup>* groups = nullptr;
  std::vector<int> unit_at;  // token index -> unit index or -1
  std::vector<uint64_t> sorted_hashes;  // PhraseIndex::HashWord of every token norm, sorted (for
                                        // cheap "is this word here at all?" checks)
  // Per verb-dictionary synset: -1 not yet known, else whether a member's first word occurs in
  // the sentence. A cache filled by PatternAnchors::Present (the same synsets recur in many
  // patterns of a block).
  mutable std::vector<int8_t> synset_present;
  // Units standing for CoderOptions::default_source/default_target (-1: none); appended to
  // `units` by the coder, outside the sentence's tokens.
  int default_source_unit = -1;
  int default_target_unit = -1;
  // A quotation attributed in the same sentence ('"...," Pelosi said', 'Pompeo told reporters:
  // "..."'): its token range and the unit of its speaker, whom "I" and "we" inside it name.
  int quote_speaker = -1;
  uint32_t quote_begin = 0;
  uint32_t quote_end = 0;

  const std::vector<text::Token>& tokens() const { return sentence->tokens; }
  parse::PosTag tag(size_t i) const { return (*tags)[i]; }
};

SentenceView MakeView(const text::Sentence& sentence, const std::vector<parse::PosTag>& tags,
                      const std::vector<ActorUnit>& units, const std::vector<VerbGroup>& groups);

// The units of the subject of group `g`, with their whole compound group; empty when the subject
// is not an actor (or cannot be found). `why` says what was found, for --explain.
std::vector<int> SubjectUnits(const SentenceView& view, int g, std::string* why);

// Token range [begin, end) after group `g` where its objects and pattern words may stand.
struct Region {
  uint32_t begin = 0;
  uint32_t end = 0;
};
Region ObjectRegion(const SentenceView& view, int g);
// Token index where the clause of group `g` starts (for patterns' words before the verb).
uint32_t ClauseStart(const SentenceView& view, int g);

// Units in the region that can be targets: not the object of a locative preposition ("in
// Thailand") and not after "by" when the verb is passive (its agent); in order. With
// `allow_locatives`, places count too ("fired shells at Seoul", "criticized the closure of
// guest houses in Bree"): the caller's fallback when nothing else is found.
std::vector<int> TargetCandidates(const SentenceView& view, Region region,
                                  bool allow_locatives = false);
// The unit after "by" in the region (the agent of a passive verb); -1 when none.
int PassiveAgent(const SentenceView& view, Region region);
// The target unit plus the members of its compound group that are objects too ("defeated ISIS
// and Turkey would be moving": Turkey starts a new clause and is left out).
std::vector<int> TargetsWithCompound(const SentenceView& view, int unit);
// True when a finite verb group starts right after the unit (it is a clause's subject).
bool StartsEmbeddedClause(const SentenceView& view, int unit);
// The unit plus every unit of its compound group, in order.
std::vector<int> WithCompound(const SentenceView& view, int unit);

}  // namespace dyadwatch::coder

#endif  // DYADWATCH_CODER_CLAUSE_ROLES_H_
