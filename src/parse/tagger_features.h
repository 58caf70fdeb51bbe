// Feature extraction for the part-of-speech tagger, shared by training and tagging so that both
// see exactly the same features. Features are computed from the text stage's tokens only (norm and
// capitalisation flags), so tagging needs no access to the document text.
#ifndef DYADWATCH_PARSE_TAGGER_FEATURES_H_
#define DYADWATCH_PARSE_TAGGER_FEATURES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "parse/feature_hash.h"
#include "parse/pos_tag.h"
#include "text/token.h"

namespace dyadwatch::parse {

// What the training data says about known words.
struct TagLexicon {
  // Case-sensitive word (norm + capitalisation) -> tag, for frequent words that (almost) always
  // carry one tag: the tagger assigns it without scoring.
  KeyIndex unambiguous;
  // Norm -> id of the word's ambiguity class (the set of tags it was seen with), a cheap look-ahead
  // for the greedy decoder: the next word's possible tags.
  KeyIndex ambiguity_class;
  // Norm -> class id learnt from a large automatically tagged corpus: covers words the treebank
  // never saw (names, political vocabulary). Empty when the model was trained without one.
  KeyIndex auto_class;
};

// Hashes of the case-sensitive and case-folded word, the keys the lexicon is indexed by.
uint64_t NormHash(const text::Token& token);
uint64_t CasedHash(const text::Token& token);

inline constexpr int kMaxTagFeatures = 64;
inline constexpr int kStartTag = kNumPosTags;  // tag history before the sentence start

// Per-thread scratch: per-token hashes of one sentence.
class TagFeatureExtractor {
 public:
  void Prepare(const text::Sentence& sentence, const TagLexicon& lexicon);
  int size() const { return static_cast<int>(words_.size()); }
  // Features of token i that do not depend on earlier decisions; returns how many were written.
  int StaticFeatures(int i, uint64_t* out) const;
  // Features of token i that depend on the previous two predicted tags.
  int DynamicFeatures(int i, int prev, int prev2, uint64_t* out) const;
  // Second pass: features also look at the first pass's tags of this sentence (cleared by
  // Prepare). `tags` must outlive the feature calls.
  void SetFirstPass(const PosTag* tags) { first_pass_ = tags; }
  // Tag from the lexicon's unambiguous words, or -1.
  int ForcedTag(int i) const { return words_[i].forced_tag; }

 private:
  struct Word {
    uint64_t norm, cased, shape, flags, suffix[4], prefix[3], klass, auto_klass;
    int forced_tag;
  };
  const Word& At(int i) const;  // padding words outside the sentence
  uint64_t GuessAt(int i) const {
    return i < size() ? static_cast<uint64_t>(first_pass_[i]) : uint64_t{kStartTag + 1};
  }
  std::vector<Word> words_;
  Word start_{}, end_{};
  const PosTag* first_pass_ = nullptr;
  bool has_auto_classes_ = false;
  uint64_t title_case_ = 0;  // 0 few capitals .. 2 mostly capitalised; 3 too short to tell
};

}  // namespace dyadwatch::parse

#endif  // DYADWATCH_PARSE_TAGGER_FEATURES_H_
