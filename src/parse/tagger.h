// Part-of-speech tagger: averaged perceptron, greedy left-to-right decoding, Penn Treebank tags.
//
//   auto tagger = parse::Tagger::Load(parse::DefaultTaggerModelPath());   // once, shared
//   parse::TaggerScratch scratch;                                         // one per thread
//   std::vector<parse::PosTag> tags;
//   tagger.value()->Tag(sentence, &scratch, &tags);
#ifndef DYADWATCH_PARSE_TAGGER_H_
#define DYADWATCH_PARSE_TAGGER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "dyadwatch/status.h"
#include "parse/perceptron.h"
#include "parse/pos_tag.h"
#include "parse/tagger_features.h"
#include "text/token.h"

namespace dyadwatch::parse {

// data/models/pos_tagger.dwm of the source tree, or $DYADWATCH_DATA_DIR/models/pos_tagger.dwm.
std::string DefaultTaggerModelPath();

// Everything a trained model holds; what training produces and the model file stores.
struct TaggerModelData {
  std::vector<std::pair<uint64_t, uint32_t>> unambiguous;        // cased hash -> tag
  std::vector<std::pair<uint64_t, uint32_t>> ambiguity_classes;  // norm hash -> class id
  std::vector<std::pair<uint64_t, uint32_t>> auto_classes;       // same, from tagged raw text
  SparseWeights weights;              // first pass: left context only
  // Second pass (may be empty): also sees the first pass's tags of the words to the right.
  SparseWeights second_pass_weights;
};

// Per-thread buffers of DecodeGreedy, reused across sentences.
struct DecodeScratch {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> rows;
  std::vector<int> counts;
  std::vector<float> static_scores;
};

// One greedy left-to-right pass over a prepared sentence; writes fx.size() tags.
void DecodeGreedy(const TagFeatureExtractor& fx, const SparseWeights& weights,
                  DecodeScratch* scratch, PosTag* out);

// Per-thread working memory, reused across sentences to avoid per-token allocation.
struct TaggerScratch {
  TagFeatureExtractor features;
  DecodeScratch decode;
  std::vector<PosTag> first_pass;
};

// Immutable once built; Tag() is safe to call from many threads, each with its own scratch.
class Tagger {
 public:
  explicit Tagger(TaggerModelData data);

  static Result<std::shared_ptr<const Tagger>> Load(const std::string& path);
  Status Save(const std::string& path) const;

  // tags->size() == sentence.tokens.size() afterwards.
  void Tag(const text::Sentence& sentence, TaggerScratch* scratch, std::vector<PosTag>* tags) const;
  // Convenience for tests and tools (allocates its own scratch).
  std::vector<PosTag> Tag(const text::Sentence& sentence) const;

  const TaggerModelData& data() const { return data_; }

 private:
  TaggerModelData data_;
  TagLexicon lexicon_;
};

}  // namespace dyadwatch::parse

#endif  // DYADWATCH_PARSE_TAGGER_H_
