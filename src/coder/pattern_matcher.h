// Matches the patterns of a verb's dictionary block against the words around the verb, TABARI /
// PETRARCH2 style: pattern words must appear in order (other words may stand between them) within
// the verb's clause; '+' and '$' bind the target and source to the actor unit found there.
#ifndef DYADWATCH_CODER_PATTERN_MATCHER_H_
#define DYADWATCH_CODER_PATTERN_MATCHER_H_

#include <algorithm>
#include <cstdint>
#include <vector>

#include "coder/clause_roles.h"
#include "lexicon/verbs.h"

namespace dyadwatch::coder {

struct PatternMatch {
  const lexicon::VerbPattern* pattern = nullptr;  // nullptr: no pattern matched
  int score = 0;            // literal words + actor slots matched; more is more specific
  int synsets = 0;          // synset elements among them: in TABARI dictionaries, on equal
                            // scores fewer wins ("DOLLAR" is more specific than "&CURRENCY")
  int target_unit = -1;     // unit bound by '+', -1 when the pattern has none
  int source_unit = -1;     // unit bound by '$'
  int compound_unit = -1;   // a member of the compound bound by '%': its members act on each
                            // other ("% * [030:030]": "X and Y agree")
  uint32_t last_token = 0;  // one past the last token the pattern consumed (for evidence)
  // The pattern spelled out the verb's negation ("- &NEGATVAUXVRB * OVER EFFORTS [904]",
  // "- WILL NOT * ..."): its code already says what the negated act is.
  bool consumed_negation = false;
};

// For every pattern, the hashes of the words it cannot match without (the first word of each
// literal), laid out flat so that most patterns of a block are rejected by a few integer
// lookups in the sentence's word-hash set before any positional matching. Built once, shared.
class PatternAnchors {
 public:
  explicit PatternAnchors(const lexicon::VerbDictionary& verbs);
  // True when every anchor word of pattern `p` occurs in the sentence, and for every synset
  // of the pattern some member's first word does.
  bool Present(uint32_t p, const SentenceView& view) const;
  // True when some member of synset `s` can start at a token whose norm hashes to `h`.
  bool SynsetMayStartWith(uint32_t s, uint64_t h) const {
    if (synset_stem_start_[s]) return true;
    const auto& f = synset_first_words_[s];
    return std::binary_search(f.begin(), f.end(), h);
  }

 private:
  std::vector<uint32_t> offsets_;  // pattern p's anchors: hashes_[offsets_[p] .. offsets_[p+1])
  std::vector<uint64_t> hashes_;
  std::vector<uint32_t> synset_offsets_;  // pattern p's synsets: synsets_[...]
  std::vector<uint32_t> synsets_;
  std::vector<std::vector<uint64_t>> synset_first_words_;  // sorted, per synset
  std::vector<bool> synset_stem_start_;  // a member's first word is a TABARI stem: no anchor
};

// Peer semantics of pattern matching (CoderOptions::peer_targets; off for news).
struct PatternOptions {
  // A pattern that matches nowhere in the verb's clause may match in its "that"-complement, up
  // to the end of the sentence.
  bool match_that_complement = false;
  // An explicit '$' slot may bind a stance ("in an anti- Gondor parade" with "- + * IN $"): the
  // peers have no stances, and the dictionary line names the source.
  bool stance_sources = false;
};

// The most specific pattern of `block` that matches verb group `g`; ties go to the earlier line.
// `after` is the verb's object region; words before the verb are searched back to `clause_start`
// starting right before the dictionary verb form, so the group's own auxiliaries, adverbs and
// negation ("has urged", "did n't ever clash") are pattern words too, as in TABARI and PETRARCH2.
PatternMatch BestPattern(const SentenceView& view, int g, const lexicon::VerbDictionary& verbs,
                         const PatternAnchors& anchors, const lexicon::VerbBlock& block,
                         Region after, uint32_t clause_start, const PatternOptions& options = {});

}  // namespace dyadwatch::coder

#endif  // DYADWATCH_CODER_PATTERN_MATCHER_H_
