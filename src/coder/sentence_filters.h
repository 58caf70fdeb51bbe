// Whole-sentence filters that decide, before any verb is coded, that a sentence is not coded at
// all: TABARI's minimum sentence length (SET: MINIMUM WORDS) and complexity limits (COMPLEX:
// VERBS[n] CONJ[n]). Both are off unless CoderOptions asks for them (the TABARI suite runner).
#ifndef DYADWATCH_CODER_SENTENCE_FILTERS_H_
#define DYADWATCH_CODER_SENTENCE_FILTERS_H_

#include <string>
#include <vector>

#include "coder/sentence_analysis.h"
#include "coder/sentence_coder.h"
#include "parse/pos_tag.h"
#include "text/token.h"

namespace dyadwatch::coder {

// Words of the sentence: word and number tokens, not punctuation nor the possessive "'s"
// ("Gondor's planes attacked Osgiliath." has four).
int CountWords(const text::Sentence& sentence);

struct Complexity {
  int verbs = 0;         // verb groups whose head is a dictionary verb
  int conjunctions = 0;  // and/or/but/nor that do not join two actors ("Ithilen and Dagolath")
};

Complexity MeasureComplexity(const text::Sentence& sentence,
                             const std::vector<parse::PosTag>& tags,
                             const std::vector<ActorUnit>& units,
                             const std::vector<VerbGroup>& groups);

// Why the sentence is too complex under the limits (0 = no limit), or "" when it is not:
// at least `max_verbs` dictionary verbs, or at least `max_conjunctions` conjunctions.
std::string TooComplex(const Complexity& c, int max_verbs, int max_conjunctions);

// Removes the comma-delimited clauses whose word counts fall within the limits (see
// CoderOptions::CommaClauses): internal clauses between two commas first (not a list's members),
// then the initial and terminal clauses at the commas left. Returns the number of tokens removed.
// `starts_mention[k]`: an actor or agent mention starts at token k.
size_t DropCommaClauses(int min, int max, int bmin, int bmax, int emin, int emax,
                        const std::vector<bool>& starts_mention, text::Sentence* sentence);

// Conjunctions that join clauses or predicates, not two actors: and/or/but/nor unless an actor
// stands on both sides ("Ithilen and the Dagolath"). Token indices, in order.
std::vector<uint32_t> ClauseConjunctions(const text::Sentence& sentence,
                                         const std::vector<parse::PosTag>& tags,
                                         const std::vector<ActorUnit>& units);

// TABARI's CODE BY CLAUSE (`per_clause`) and CODE BY SENTENCE: keeps the events of the first
// verb group (in sentence order) that produced any, per clause or in the whole sentence; the
// clauses are cut at `conjunctions`. Returns the number of events dropped.
size_t KeepFirstCodedVerb(const std::vector<VerbGroup>& groups,
                          const std::vector<uint32_t>& conjunctions, bool per_clause,
                          std::vector<ProtoEvent>* events);

}  // namespace dyadwatch::coder

#endif  // DYADWATCH_CODER_SENTENCE_FILTERS_H_
