#include "parse/tagger_training.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <fstream>
#include <random>
#include <unordered_map>

#include "parse/perceptron.h"
#include "text/sentence_splitter.h"

namespace dyadwatch::parse {
namespace {

struct Example {
  text::Sentence sentence;
  std::vector<int> gold;
};

std::vector<Example> MakeExamples(const std::vector<TreebankSentence>& sentences) {
  std::vector<Example> examples;
  examples.reserve(sentences.size());
  for (const auto& s : sentences) {
    Example e;
    e.sentence = MakeSentence(s);
    for (const auto& w : s.words) e.gold.push_back(static_cast<int>(w.tag));
    examples.push_back(std::move(e));
  }
  return examples;
}

// Tag counts per word over examples[i] with i % folds != skip_fold, turned into the
// unambiguous-word list and the ambiguity classes.
constexpr int kMinClassCount = 2;  // rarer words get no class (dev: 1 < 2 ~ 3)
void BuildLexicon(const std::vector<Example>& examples, int folds, int skip_fold,
                  const TaggerTrainingOptions& options, TaggerModelData* model) {
  using Counts = std::array<int, kNumPosTags>;
  std::unordered_map<uint64_t, Counts> by_cased, by_norm;
  for (size_t index = 0; index < examples.size(); ++index) {
    if (folds > 1 && static_cast<int>(index % folds) == skip_fold) continue;
    const Example& e = examples[index];
    for (size_t i = 0; i < e.gold.size(); ++i) {
      const text::Token& t = e.sentence.tokens[i];
      auto& c1 = by_cased.try_emplace(CasedHash(t), Counts{}).first->second;
      ++c1[e.gold[i]];
      auto& c2 = by_norm.try_emplace(NormHash(t), Counts{}).first->second;
      ++c2[e.gold[i]];
    }
  }
  for (const auto& [key, counts] : by_cased) {
    int total = 0, best = 0;
    for (int c = 0; c < kNumPosTags; ++c) {
      total += counts[c];
      if (counts[c] > counts[best]) best = c;
    }
    if (total >= options.unambiguous_min_count &&
        counts[best] >= options.unambiguous_min_share * total) {
      model->unambiguous.emplace_back(key, best);
    }
  }
  // A class is the set of tags with >= 5% of the word's occurrences, identified by a hash of that
  // set (so that lexicons built from different folds agree on ids).
  for (const auto& [key, counts] : by_norm) {
    int total = 0;
    for (int c : counts) total += c;
    if (total < kMinClassCount) continue;
    uint64_t mask = 0;
    for (int c = 0; c < kNumPosTags; ++c) {
      if (counts[c] * 20 >= total) mask |= uint64_t{1} << c;
    }
    uint32_t id = static_cast<uint32_t>(Fmix64(mask)) & 0x7fffffffu;
    model->ambiguity_classes.emplace_back(key, id);
  }
  // Deterministic file contents whatever the hash-map order.
  std::sort(model->unambiguous.begin(), model->unambiguous.end());
  std::sort(model->ambiguity_classes.begin(), model->ambiguity_classes.end());
}

void Log(const TaggerTrainingOptions& options, const std::string& line) {
  if (options.log) options.log(line);
}

std::string Percent(double x) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.2f%%", 100.0 * x);
  return buf;
}

}  // namespace

double TaggingAccuracy(const Tagger& tagger, const std::vector<TreebankSentence>& sentences) {
  TaggerScratch scratch;
  std::vector<PosTag> tags;
  size_t correct = 0, total = 0;
  for (const auto& s : sentences) {
    tagger.Tag(MakeSentence(s), &scratch, &tags);
    for (size_t i = 0; i < s.words.size(); ++i) correct += tags[i] == s.words[i].tag;
    total += s.words.size();
  }
  return total ? static_cast<double>(correct) / static_cast<double>(total) : 0.0;
}

namespace {

TagLexicon MakeLexicon(const TaggerModelData& data) {
  TagLexicon lexicon;
  lexicon.unambiguous.Reserve(data.unambiguous.size());
  for (auto [k, v] : data.unambiguous) lexicon.unambiguous.Insert(k, v);
  lexicon.ambiguity_class.Reserve(data.ambiguity_classes.size());
  for (auto [k, v] : data.ambiguity_classes) lexicon.ambiguity_class.Insert(k, v);
  lexicon.auto_class.Reserve(data.auto_classes.size());
  for (auto [k, v] : data.auto_classes) lexicon.auto_class.Insert(k, v);
  return lexicon;
}

// Lexicon features of a training sentence come from a lexicon built without the sentence's fold:
// otherwise a rare word's ambiguity class always contains its gold tag in training, and the model
// learns to trust classes more than they deserve on new text.
constexpr int kLexiconFolds = 10;

// News headlines are Title Case ("China Bans Japanese Seafood Imports") or ALL CAPS, which EWT
// hardly has: every 10th short training sentence gets a Title Case copy and every 30th an ALL CAPS
// copy, with the same tags, so capitals stop meaning "proper noun" in such sentences.
void AddHeadlineCopies(std::vector<TreebankSentence>* sentences) {
  static const char* const kSmallWords[] = {"a", "an", "the", "of", "in", "on", "at", "to", "for",
                                            "and", "or", "but", "by", "with", "from", "as"};
  auto is_small = [](const std::string& w) {
    for (const char* s : kSmallWords) {
      if (w == s) return true;
    }
    return false;
  };
  const size_t original = sentences->size();
  for (size_t i = 0; i < original; ++i) {
    const TreebankSentence& s = (*sentences)[i];
    if (s.words.size() > 15) continue;
    if (i % 10 == 0) {
      TreebankSentence copy = s;
      for (size_t k = 0; k < copy.words.size(); ++k) {
        std::string& f = copy.words[k].form;
        if (f.empty() || (k > 0 && is_small(f))) continue;
        if (f[0] >= 'a' && f[0] <= 'z') f[0] = static_cast<char>(f[0] - 'a' + 'A');
      }
      sentences->push_back(std::move(copy));
    }
    if (i % 30 == 5) {
      TreebankSentence copy = s;
      for (auto& w : copy.words) {
        for (char& c : w.form) {
          if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        }
      }
      sentences->push_back(std::move(copy));
    }
  }
}

struct PassResult {
  SparseWeights weights;
  int best_iteration = 0;
  double best_dev = -1;
  std::vector<double> dev_by_iteration;
};

// Trains one greedy pass on examples[subset]. `first_pass` (indexed like examples) holds the first
// pass's tags when training the second pass, else nullptr. With `evaluate` the averaged weights of
// every iteration are scored on dev and the best kept; without, the last iteration's are returned.
PassResult TrainPass(const std::vector<Example>& examples, const std::vector<size_t>& subset,
                     const std::vector<TagLexicon>& fold_lexicons,
                     const std::vector<std::vector<PosTag>>* first_pass, int iterations,
                     const TaggerTrainingOptions& options, const std::string& name,
                     const std::function<double(const SparseWeights&)>& evaluate) {
  PerceptronTrainer trainer(kNumPosTags);
  TagFeatureExtractor fx;
  std::vector<size_t> order = subset;
  std::mt19937_64 rng(options.shuffle_seed);
  uint64_t keys[kMaxTagFeatures];
  float scores[kNumPosTags];
  PassResult result;
  for (int iteration = 1; iteration <= iterations; ++iteration) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct = 0, total = 0;
    for (size_t index : order) {
      const Example& e = examples[index];
      fx.Prepare(e.sentence, fold_lexicons[index % kLexiconFolds]);
      if (first_pass != nullptr) fx.SetFirstPass((*first_pass)[index].data());
      int prev = kStartTag, prev2 = kStartTag;
      for (int i = 0; i < fx.size(); ++i) {
        int guess = fx.ForcedTag(i);
        if (guess < 0) {
          int n = fx.StaticFeatures(i, keys);
          n += fx.DynamicFeatures(i, prev, prev2, keys + n);
          std::memset(scores, 0, sizeof(scores));
          trainer.AddScores(keys, n, scores);
          guess = static_cast<int>(std::max_element(scores, scores + kNumPosTags) - scores);
          trainer.Update(keys, n, e.gold[i], guess);
        }
        correct += guess == e.gold[i];
        ++total;
        // Greedy training: the history is the model's own predictions, as at tagging time.
        prev2 = prev;
        prev = guess;
      }
    }
    if (!evaluate) {
      if (iteration == iterations) result.weights = trainer.Averaged(options.prune_below);
      continue;
    }
    SparseWeights averaged = trainer.Averaged(options.prune_below);
    double dev_accuracy = evaluate(averaged);
    result.dev_by_iteration.push_back(dev_accuracy);
    Log(options, name + " iteration " + std::to_string(iteration) + ": train " +
                     Percent(static_cast<double>(correct) / total) + ", dev " +
                     Percent(dev_accuracy) + ", " + std::to_string(averaged.num_features()) +
                     " features, " + std::to_string(averaged.num_weights()) + " weights");
    if (dev_accuracy > result.best_dev) {
      result.best_dev = dev_accuracy;
      result.best_iteration = iteration;
      result.weights = std::move(averaged);
    }
  }
  if (!evaluate) result.best_iteration = iterations;
  return result;
}

// Tags the raw text with `tagger` and keeps, per word seen >= 5 times, the set of tags it got
// >= 10% of the time.
Status BuildAutoLexicon(const Tagger& tagger, const TaggerTrainingOptions& options,
                        TaggerModelData* model) {
  std::ifstream in(options.unlabeled_path);
  if (!in) return Status::Error(options.unlabeled_path + ": cannot open");
  using Counts = std::array<int, kNumPosTags>;
  std::unordered_map<uint64_t, Counts> counts;
  TaggerScratch scratch;
  std::vector<PosTag> tags;
  std::string line;
  size_t bytes = 0, tokens = 0;
  while (bytes < options.unlabeled_max_bytes && std::getline(in, line)) {
    bytes += line.size() + 1;
    for (const auto& sentence : text::SplitSentences(line)) {
      tagger.Tag(sentence, &scratch, &tags);
      for (size_t i = 0; i < tags.size(); ++i) {
        auto& c = counts.try_emplace(NormHash(sentence.tokens[i]), Counts{}).first->second;
        ++c[static_cast<int>(tags[i])];
      }
      tokens += tags.size();
    }
  }
  model->auto_classes.clear();
  for (const auto& [key, c] : counts) {
    int total = 0;
    for (int x : c) total += x;
    if (total < 5) continue;
    uint64_t mask = 0;
    for (int t = 0; t < kNumPosTags; ++t) {
      if (c[t] * 10 >= total) mask |= uint64_t{1} << t;
    }
    model->auto_classes.emplace_back(key, static_cast<uint32_t>(Fmix64(mask)) & 0x7fffffffu);
  }
  std::sort(model->auto_classes.begin(), model->auto_classes.end());
  Log(options, "auto lexicon: " + std::to_string(bytes) + " bytes, " + std::to_string(tokens) +
                   " tokens tagged, " + std::to_string(model->auto_classes.size()) + " words");
  return Status::OK();
}

}  // namespace

Result<TrainedTagger> TrainTagger(const TaggerTrainingOptions& options) {
  auto start = std::chrono::steady_clock::now();
  TreebankOptions split;
  split.split_hyphenated_words = true;
  auto train = ReadConllu(options.train_path, split);
  if (!train.ok()) return train.status();
  auto dev = ReadConllu(options.dev_path);
  if (!dev.ok()) return dev.status();
  if (options.augment_headlines) AddHeadlineCopies(&train.value());
  std::vector<Example> examples = MakeExamples(train.value());
  TrainedTagger result;
  for (const auto& e : examples) result.report.train_tokens += e.gold.size();

  TaggerModelData base;
  BuildLexicon(examples, 1, -1, options, &base);
  std::vector<TagLexicon> fold_lexicons;
  for (int fold = 0; fold < kLexiconFolds; ++fold) {
    TaggerModelData partial;
    BuildLexicon(examples, kLexiconFolds, fold, options, &partial);
    fold_lexicons.push_back(MakeLexicon(partial));
  }
  Log(options, "train: " + std::to_string(examples.size()) + " sentences, " +
                   std::to_string(result.report.train_tokens) + " tokens; lexicon " +
                   std::to_string(base.unambiguous.size()) + " unambiguous words, " +
                   std::to_string(base.ambiguity_classes.size()) + " classed words");

  std::vector<size_t> all(examples.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  auto dev_accuracy_with = [&](const SparseWeights* first, const SparseWeights& last) {
    TaggerModelData model = base;
    if (first != nullptr) {
      model.weights = *first;
      model.second_pass_weights = last;
    } else {
      model.weights = last;
    }
    return TaggingAccuracy(Tagger(std::move(model)), dev.value());
  };
  PassResult first = TrainPass(examples, all, fold_lexicons, nullptr, options.iterations, options,
                               "pass 1", [&](const SparseWeights& w) {
                                 return dev_accuracy_with(nullptr, w);
                               });
  if (!options.unlabeled_path.empty()) {
    TaggerModelData bootstrap = base;
    bootstrap.weights = first.weights;
    Status s = BuildAutoLexicon(Tagger(std::move(bootstrap)), options, &base);
    if (!s.ok()) return s;
    TagLexicon with_auto = MakeLexicon(base);
    for (auto& lexicon : fold_lexicons) lexicon.auto_class = with_auto.auto_class;
    first = TrainPass(examples, all, fold_lexicons, nullptr, options.iterations, options,
                      "pass 1 + auto lexicon", [&](const SparseWeights& w) {
                        return dev_accuracy_with(nullptr, w);
                      });
  }
  TaggerModelData model = base;
  model.weights = first.weights;
  result.report.best_iteration = first.best_iteration;
  result.report.dev_accuracy = first.best_dev;
  result.report.dev_accuracy_by_iteration = first.dev_by_iteration;

  if (options.two_pass) {
    // The second pass must learn from first-pass tags as wrong as they will be on new text, so the
    // training set's first-pass tags come from models that did not see the sentence (jackknife).
    constexpr int kFolds = 4;
    std::vector<std::vector<PosTag>> guesses(examples.size());
    for (int fold = 0; fold < kFolds; ++fold) {
      std::vector<size_t> rest, held_out;
      for (size_t i = 0; i < examples.size(); ++i) {
        (static_cast<int>(i % kFolds) == fold ? held_out : rest).push_back(i);
      }
      PassResult partial = TrainPass(examples, rest, fold_lexicons, nullptr, first.best_iteration,
                                     options, "fold", nullptr);
      DecodeScratch decode;
      for (size_t i : held_out) {
        TagFeatureExtractor fx;
        fx.Prepare(examples[i].sentence, fold_lexicons[i % kLexiconFolds]);
        guesses[i].resize(fx.size());
        DecodeGreedy(fx, partial.weights, &decode, guesses[i].data());
      }
      Log(options, "jackknife fold " + std::to_string(fold + 1) + " of " + std::to_string(kFolds));
    }
    PassResult second = TrainPass(examples, all, fold_lexicons, &guesses, options.iterations, options,
                                  "pass 2", [&](const SparseWeights& w) {
                                    return dev_accuracy_with(&first.weights, w);
                                  });
    if (second.best_dev > first.best_dev) {
      model.second_pass_weights = second.weights;
      result.report.best_iteration = second.best_iteration;
      result.report.dev_accuracy = second.best_dev;
      result.report.dev_accuracy_by_iteration = second.dev_by_iteration;
    } else {
      Log(options, "second pass did not improve dev accuracy; keeping one pass");
    }
  }
  result.tagger = std::make_shared<const Tagger>(std::move(model));
  if (!options.test_path.empty()) {
    auto test = ReadConllu(options.test_path);
    if (!test.ok()) return test.status();
    result.report.test_accuracy = TaggingAccuracy(*result.tagger, test.value());
  }
  result.report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace dyadwatch::parse
