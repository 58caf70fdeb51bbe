// Matches the patterns of a verb's dictionary block against the words around the verb, TABARI /
// PETRARCH2 style: pattern words must appear in order (other words may stand between them) within
// the verb's clause; '+' and '$' bind the target and source to the actor unit found there.
#ifndef DYADWATCH_CODER_PATTERN_MATCHER_H_
#define DYADWATCH_CODER_PATTERN_MATCHER_H_

#include <cstdint>

#include "coder/clause_roles.h"
#include "lexicon/verbs.h"

namespace dyadwatch::coder {

struct PatternMatch {
  const lexicon::VerbPattern* pattern = nullptr;  // nullptr: no pattern matched
  int score = 0;            // literal words + actor slots matched; more is more specific
  int target_unit = -1;     // unit bound by '+', -1 when the pattern has none
  int source_unit = -1;     // unit bound by '$'
  uint32_t last_token = 0;  // one past the last token the pattern consumed (for evidence)
};

// The most specific pattern of `block` that matches verb group `g`; ties go to the earlier line.
// `after` is the verb's object region; words before the verb are searched back to `clause_start`.
PatternMatch BestPattern(const SentenceView& view, int g, const lexicon::VerbDictionary& verbs,
                         const lexicon::VerbBlock& block, Region after, uint32_t clause_start);

}  // namespace dyadwatch::coder

#endif  // DYADWATCH_CODER_PATTERN_MATCHER_H_
