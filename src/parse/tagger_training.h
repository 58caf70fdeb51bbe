// Training and evaluating the part-of-speech tagger on UD treebanks (XPOS column).
#ifndef DYADWATCH_PARSE_TAGGER_TRAINING_H_
#define DYADWATCH_PARSE_TAGGER_TRAINING_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dyadwatch/status.h"
#include "parse/tagger.h"
#include "parse/treebank.h"

namespace dyadwatch::parse {

struct TaggerTrainingOptions {
  std::string train_path;   // CoNLL-U
  std::string dev_path;     // CoNLL-U; picks the iteration whose averaged model scores best
  std::string test_path;    // optional CoNLL-U, evaluated once with the chosen model
  // Optional raw text (UTF-8, paragraphs one per line). When given, a first model tags it and
  // the tag sets seen per word become the auto_classes lexicon; the model is then retrained with
  // them as features, which helps with words the treebank lacks.
  std::string unlabeled_path;
  size_t unlabeled_max_bytes = 60'000'000;
  int iterations = 12;
  // Averaged weights smaller than this are dropped from the model (size vs accuracy).
  float prune_below = 0.002f;
  // Lexicon thresholds: a word seen >= this often with one tag >= that share is tagged directly.
  int unambiguous_min_count = 20;
  double unambiguous_min_share = 0.97;
  uint64_t shuffle_seed = 20240601;
  // Train a second pass that also sees first-pass tags of the words to the right (kept only when
  // it improves dev accuracy; tagging then costs two passes).
  bool two_pass = true;
  // Adds Title Case and ALL CAPS copies of some short training sentences (headline style).
  bool augment_headlines = true;
  std::function<void(const std::string&)> log;  // progress lines; may be empty
};

struct TaggerTrainingReport {
  int best_iteration = 0;  // of the last pass trained
  std::vector<double> dev_accuracy_by_iteration;
  double dev_accuracy = 0;
  double test_accuracy = -1;  // -1 when no test file was given
  size_t train_tokens = 0;
  double seconds = 0;
};

struct TrainedTagger {
  std::shared_ptr<const Tagger> tagger;
  TaggerTrainingReport report;
};

Result<TrainedTagger> TrainTagger(const TaggerTrainingOptions& options);

// Token accuracy of `tagger` on treebank sentences (every token counts, punctuation included).
double TaggingAccuracy(const Tagger& tagger, const std::vector<TreebankSentence>& sentences);

}  // namespace dyadwatch::parse

#endif  // DYADWATCH_PARSE_TAGGER_TRAINING_H_
