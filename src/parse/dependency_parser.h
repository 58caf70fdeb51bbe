// Greedy arc-eager dependency parser (averaged perceptron over the tagger's machinery), trained on
// UD English EWT: one head and one relation label per token.
//
//   auto parser = parse::DependencyParser::Load(parse::DefaultParserModelPath());  // shared
//   parse::ParserScratch scratch;                                                  // per thread
//   std::vector<int> heads, labels;
//   parser.value()->Parse(sentence, tags, &scratch, &heads, &labels);
//   // heads[i]: index of token i's head, -1 for the root; LabelName(labels[i]): "nsubj", "obj"...
#ifndef DYADWATCH_PARSE_DEPENDENCY_PARSER_H_
#define DYADWATCH_PARSE_DEPENDENCY_PARSER_H_

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyadwatch/status.h"
#include "parse/perceptron.h"
#include "parse/pos_tag.h"
#include "parse/tagger.h"
#include "parse/treebank.h"
#include "text/token.h"

namespace dyadwatch::parse {

// data/models/dep_parser.dwm of the source tree, or $DYADWATCH_DATA_DIR/models/dep_parser.dwm.
std::string DefaultParserModelPath();

// Per-thread working memory of Parse().
struct ParserScratch {
  std::vector<int> stack;
  std::vector<uint64_t> words;
  std::vector<int> leftmost, rightmost, left_count, right_count;
};

class DependencyParser {
 public:
  DependencyParser(std::vector<std::string> labels, SparseWeights weights);

  static Result<std::shared_ptr<const DependencyParser>> Load(const std::string& path);
  Status Save(const std::string& path) const;

  // heads/labels get one entry per token; heads[i] == -1 marks the root.
  void Parse(const text::Sentence& sentence, std::span<const PosTag> tags, ParserScratch* scratch,
             std::vector<int>* heads, std::vector<int>* labels) const;

  int num_labels() const { return static_cast<int>(labels_.size()); }
  std::string_view LabelName(int label) const { return labels_[label]; }
  // Label id of a UD relation name ("nsubj"), or -1.
  int LabelId(std::string_view name) const;
  const SparseWeights& weights() const { return weights_; }

 private:
  std::vector<std::string> labels_;
  SparseWeights weights_;
};

struct ParserTrainingOptions {
  std::string train_path, dev_path, test_path;  // CoNLL-U; test optional
  int iterations = 10;
  // Averaged weights smaller than this are dropped: 0.5 keeps 83% of them at -0.03 dev UAS.
  float prune_below = 0.5f;
  // Tags the dev/test sentences with this tagger for evaluation (gold tags when null).
  std::shared_ptr<const Tagger> tagger;
  std::function<void(const std::string&)> log;
};

struct ParserScores {
  double uas = 0;  // share of tokens with the right head (punctuation included)
  double las = 0;  // ... and the right label
};

struct TrainedParser {
  std::shared_ptr<const DependencyParser> parser;
  int best_iteration = 0;
  ParserScores dev, test;
  double seconds = 0;
};

Result<TrainedParser> TrainParser(const ParserTrainingOptions& options);

ParserScores EvaluateParser(const DependencyParser& parser, const Tagger* tagger,
                            const std::vector<TreebankSentence>& sentences);

}  // namespace dyadwatch::parse

#endif  // DYADWATCH_PARSE_DEPENDENCY_PARSER_H_
