// Codes the events of one analysed sentence: for each verb group with a dictionary verb, find its
// source and target actors, pick the code (most specific pattern, else the verb's own code),
// decide the mood, and turn negated cooperation into refusal.
#ifndef DYADWATCH_CODER_SENTENCE_CODER_H_
#define DYADWATCH_CODER_SENTENCE_CODER_H_

#include <string>
#include <vector>

#include "coder/clause_roles.h"
#include "lexicon/lexicon.h"

namespace dyadwatch::coder {

struct ProtoEvent {
  int source_unit = -1;
  int target_unit = -1;  // -1: a one-sided event (no known target)
  std::string code;      // CAMEO code
  std::string mood;      // asserted | negated | future | hypothetical | reported
  int group = -1;        // verb group that produced it
  std::string rule;      // "file:line" of the pattern or verb line, plus transformations
};

// At most this many events come out of one sentence; a sentence that would give more is coded
// with the first ones only (see the explanation), never exploded into dozens. Eight holds a
// four-member compound acting on a pair ("Mordor, Rohan, Fornost and Bree welcomed ... between
// Gondor and Osgiliath"), the largest the peers' suites expect.
inline constexpr size_t kMaxEventsPerSentence = 8;

class PatternAnchors;

struct SentenceCoderOptions {
  bool require_dyad = false;  // see CoderOptions::require_dyad
  bool one_sided_any_code = false;  // see CoderOptions::one_sided_any_code
  bool peer_targets = false;       // see CoderOptions::peer_targets
};

std::vector<ProtoEvent> CodeSentence(const SentenceView& view, const lexicon::Lexicon& lexicon,
                                     const PatternAnchors& anchors,
                                     const SentenceCoderOptions& options,
                                     std::vector<std::string>* explain);

}  // namespace dyadwatch::coder

#endif  // DYADWATCH_CODER_SENTENCE_CODER_H_
