#include "parse/dependency_parser.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include "parse/tagger_features.h"

namespace dyadwatch::parse {
namespace {

constexpr char kMagic[8] = {'D', 'W', 'D', 'E', 'P', 'P', 'R', '1'};
constexpr int kRoot = -1;        // the virtual root on the stack
constexpr int kNone = -2;        // no token (empty stack slot, no dependent, no head yet)
constexpr int kMaxFeatures = 48;
// Transitions: 0 SHIFT, 1 REDUCE, 2 + 2l LEFT-ARC(l), 3 + 2l RIGHT-ARC(l).
constexpr int kShift = 0, kReduce = 1;
constexpr int kMaxLabels = 62;   // 2 + 2 * 62 = 126 classes fit SparseWeights' 7-bit classes

int LeftArc(int label) { return 2 + 2 * label; }
int RightArc(int label) { return 3 + 2 * label; }

// The configuration of one sentence being parsed plus its feature extraction.
class State {
 public:
  State(const text::Sentence& sentence, std::span<const PosTag> tags, ParserScratch* scratch,
        std::vector<int>* heads, std::vector<int>* labels)
      : tags_(tags), n_(static_cast<int>(tags.size())), s_(scratch), heads_(heads),
        labels_(labels) {
    s_->stack.assign(1, kRoot);
    s_->words.resize(n_);
    for (int i = 0; i < n_; ++i) s_->words[i] = NormHash(sentence.tokens[i]);
    s_->leftmost.assign(n_, kNone);
    s_->rightmost.assign(n_, kNone);
    s_->left_count.assign(n_, 0);
    s_->right_count.assign(n_, 0);
    heads_->assign(n_, kNone);
    labels_->assign(n_, 0);
  }

  bool Done() const { return next_ >= n_; }
  int Next() const { return next_; }
  int Size() const { return n_; }
  bool HasHead(int i) const { return i >= 0 && (*heads_)[i] != kNone; }
  int S0() const { return s_->stack.back(); }
  bool RootHasDependent() const { return root_dependents_ > 0; }

  bool IsLegal(int t) const {
    if (Done()) return false;
    int s0 = S0();
    if (t == kShift) return true;
    if (t == kReduce) return s0 != kRoot && (*heads_)[s0] != kNone;
    if (t % 2 == 0) return s0 != kRoot && (*heads_)[s0] == kNone;  // LEFT-ARC
    return s0 != kRoot || !RootHasDependent();                       // RIGHT-ARC
  }

  void Apply(int t) {
    int s0 = S0();
    if (t == kShift) {
      s_->stack.push_back(next_++);
    } else if (t == kReduce) {
      s_->stack.pop_back();
    } else if (t % 2 == 0) {
      Attach(s0, next_, (t - 2) / 2);
      s_->stack.pop_back();
    } else {
      Attach(next_, s0, (t - 3) / 2);
      s_->stack.push_back(next_++);
    }
  }

  // Tokens left without a head hang from the root's first dependent (or become the root).
  void Finish(int root_label) {
    int root = kNone;
    for (int i = 0; i < n_; ++i) {
      if ((*heads_)[i] == kRoot) root = i;
    }
    for (int i = 0; i < n_; ++i) {
      if ((*heads_)[i] != kNone) continue;
      if (root == kNone) {
        root = i;
        (*heads_)[i] = kRoot;
        (*labels_)[i] = root_label;
      } else {
        (*heads_)[i] = root;
        (*labels_)[i] = root_label;  // relation unknown; the parser never decided it
      }
    }
  }

  int Features(uint64_t* out) const {
    const int s0 = S0();
    const int s1 = s_->stack.size() >= 2 ? s_->stack[s_->stack.size() - 2] : kNone;
    const int n0 = next_, n1 = next_ + 1 < n_ ? next_ + 1 : kNone;
    const int n2 = next_ + 2 < n_ ? next_ + 2 : kNone;
    const int s0h = s0 >= 0 ? (*heads_)[s0] : kNone;
    const int s0l = s0 >= 0 ? s_->leftmost[s0] : kNone;
    const int s0r = s0 >= 0 ? s_->rightmost[s0] : kNone;
    const int n0l = n0 < n_ ? s_->leftmost[n0] : kNone;
    const uint64_t s0w = Word(s0), n0w = Word(n0), n1w = Word(n1);
    const uint64_t s0t = Tag(s0), n0t = Tag(n0), n1t = Tag(n1), n2t = Tag(n2), s1t = Tag(s1);
    const uint64_t dist = s0 >= 0 ? std::min(n0 - s0, 6) : 7;
    int k = 0;
    uint32_t f = 0;
    auto add1 = [&](uint64_t a) { out[k++] = FeatureKey(100 + f++, a); };
    auto add2 = [&](uint64_t a, uint64_t b) { out[k++] = FeatureKey(100 + f++, a, b); };
    add1(0);  // bias
    add1(s0w); add1(s0t); add2(s0w, s0t);
    add1(n0w); add1(n0t); add2(n0w, n0t);
    add1(n1w); add1(n1t); add2(n1w, n1t);
    add1(n2t); add1(s1t);
    add2(s0w, n0w); add2(s0t, n0t); add2(s0w, n0t); add2(s0t, n0w);
    add2(s0t * 131 + n0t, n1t); add2(s0t * 131 + n0t, n2t * 131 + n1t); add2(s1t * 131 + s0t, n0t);
    add2(Tag(s0h), s0t * 131 + n0t); add2(Tag(s0l), s0t * 131 + n0t); add2(Tag(s0r), s0t * 131 + n0t);
    add2(Tag(n0l), s0t * 131 + n0t);
    add2(dist, s0t * 131 + n0t); add2(dist, s0w); add2(dist, n0w);
    add2(Label(s0), s0t); add2(Label(s0l), s0t); add2(Label(s0r), s0t); add2(Label(n0l), n0t);
    add2(s0 >= 0 ? s_->right_count[s0] : 9, s0w); add2(s0 >= 0 ? s_->left_count[s0] : 9, s0t);
    add2(n0 < n_ ? s_->left_count[n0] : 9, n0t);
    add2(s0 >= 0 && (*heads_)[s0] != kNone ? 1 : 0, s0t * 131 + n0t);
    add1(RootHasDependent() ? 1 : 0);
    add2(Word(s0h), s0t); add2(Word(n0l), n0t); add2(Word(s0r), s0t);
    add2(Tag(s0l) * 131 + Tag(s0r), s0t);
    return k;
  }

 private:
  void Attach(int dependent, int head, int label) {
    (*heads_)[dependent] = head;
    (*labels_)[dependent] = label;
    if (head == kRoot) {
      ++root_dependents_;
      return;
    }
    if (dependent < head) {
      ++s_->left_count[head];
      if (s_->leftmost[head] == kNone || dependent < s_->leftmost[head]) s_->leftmost[head] = dependent;
    } else {
      ++s_->right_count[head];
      if (s_->rightmost[head] == kNone || dependent > s_->rightmost[head]) s_->rightmost[head] = dependent;
    }
  }
  uint64_t Word(int i) const { return i >= 0 && i < n_ ? s_->words[i] : (i == kRoot ? 1 : 2); }
  uint64_t Tag(int i) const {
    return i >= 0 && i < n_ ? static_cast<uint64_t>(tags_[i]) : (i == kRoot ? 60 : 61);
  }
  uint64_t Label(int i) const {
    return i >= 0 && i < n_ && (*heads_)[i] != kNone ? static_cast<uint64_t>((*labels_)[i]) : 99;
  }

  std::span<const PosTag> tags_;
  int n_;
  ParserScratch* s_;
  std::vector<int>* heads_;
  std::vector<int>* labels_;
  int next_ = 0;
  int root_dependents_ = 0;
};

// Best legal transition under `score` (a callable filling scores[0..classes)).
template <typename ScoreFn>
int BestLegal(const State& state, int num_classes, ScoreFn&& score) {
  float scores[128 + 4];
  std::memset(scores, 0, sizeof(scores));
  score(scores);
  int best = -1;
  for (int t = 0; t < num_classes; ++t) {
    if (!state.IsLegal(t)) continue;
    if (best < 0 || scores[t] > scores[best]) best = t;
  }
  return best;
}

// Static arc-eager oracle for a projective gold tree.
int Oracle(const State& state, const std::vector<int>& gold_heads,
           const std::vector<int>& gold_labels, const std::vector<int>& stack, int next) {
  int s0 = stack.back();
  if (s0 != kRoot && gold_heads[s0] == next) return LeftArc(gold_labels[s0]);
  if (gold_heads[next] == s0) return RightArc(gold_labels[next]);
  if (state.IsLegal(kReduce)) {
    for (size_t k = 0; k + 1 < stack.size(); ++k) {
      int below = stack[k];
      if (gold_heads[next] == below || (below != kRoot && gold_heads[below] == next)) return kReduce;
    }
  }
  return kShift;
}

// Dynamic oracle (Goldberg and Nivre 2012): how many gold arcs transition t makes unreachable
// from this configuration (a wrong label on a right head counts one). Zero-cost transitions are
// the correct ones even after earlier mistakes, which lets training explore its own errors.
// With gold_labels null the label is ignored (t = 2 / 3 then stand for any LEFT / RIGHT arc).
int TransitionCost(const State& state, const std::vector<int>& stack, int t,
                   const std::vector<int>& gold_heads, const std::vector<int>* gold_labels) {
  const int s0 = stack.back();
  const int n0 = state.Next();
  const int n = state.Size();
  int cost = 0;
  if (t == kShift) {
    for (int k : stack) {
      if (gold_heads[n0] == k) ++cost;
      if (k != kRoot && gold_heads[k] == n0 && !state.HasHead(k)) ++cost;
    }
  } else if (t == kReduce) {
    for (int k = n0; k < n; ++k) cost += gold_heads[k] == s0;
  } else if (t % 2 == 0) {  // LEFT-ARC: s0 <- n0
    for (int k = n0 + 1; k < n; ++k) cost += gold_heads[k] == s0 || gold_heads[s0] == k;
    cost += gold_heads[n0] == s0;
    if (gold_labels && gold_heads[s0] == n0 && (*gold_labels)[s0] != (t - 2) / 2) ++cost;
  } else {  // RIGHT-ARC: s0 -> n0
    for (size_t i = 0; i + 1 < stack.size(); ++i) {
      int k = stack[i];
      if (gold_heads[n0] == k) ++cost;
      if (k != kRoot && gold_heads[k] == n0 && !state.HasHead(k)) ++cost;
    }
    for (int k = n0 + 1; k < n; ++k) cost += gold_heads[n0] == k;
    if (s0 != kRoot && gold_heads[s0] == n0 && !state.HasHead(s0)) ++cost;
    if (gold_labels && gold_heads[n0] == s0 && (*gold_labels)[n0] != (t - 3) / 2) ++cost;
  }
  return cost;
}

bool IsProjective(const std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size());
  for (int i = 0; i < n; ++i) {
    int hi = heads[i] < 0 ? -1 : heads[i];
    int lo_i = std::min(i, hi), hi_i = std::max(i, hi);
    for (int j = 0; j < n; ++j) {
      int hj = heads[j] < 0 ? -1 : heads[j];
      int lo_j = std::min(j, hj), hi_j = std::max(j, hj);
      if (lo_i < lo_j && lo_j < hi_i && hi_i < hi_j) return false;
    }
  }
  return true;
}

std::string ReadFile(const std::string& path, bool* ok) {
  std::ifstream in(path, std::ios::binary);
  *ok = static_cast<bool>(in);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

std::string DefaultParserModelPath() {
  const char* dir = std::getenv("DYADWATCH_DATA_DIR");
  std::string base = dir && *dir ? dir : DYADWATCH_SOURCE_DATA_DIR;
  return base + "/models/dep_parser.dwm";
}

DependencyParser::DependencyParser(std::vector<std::string> labels, SparseWeights weights)
    : labels_(std::move(labels)), weights_(std::move(weights)) {}

int DependencyParser::LabelId(std::string_view name) const {
  for (size_t i = 0; i < labels_.size(); ++i) {
    if (labels_[i] == name) return static_cast<int>(i);
  }
  return -1;
}

void DependencyParser::Parse(const text::Sentence& sentence, std::span<const PosTag> tags,
                             ParserScratch* scratch, std::vector<int>* heads,
                             std::vector<int>* labels) const {
  const int classes = 2 + 2 * num_labels();
  State state(sentence, tags.subspan(0, std::min(tags.size(), sentence.tokens.size())), scratch,
              heads, labels);
  uint64_t keys[kMaxFeatures];
  while (!state.Done()) {
    int count = state.Features(keys);
    int t = BestLegal(state, classes, [&](float* scores) {
      // Probe, find rows, then add, so the cache misses of all features overlap.
      uint32_t rows[kMaxFeatures];
      for (int f = 0; f < count; ++f) weights_.Prefetch(keys[f]);
      for (int f = 0; f < count; ++f) rows[f] = weights_.FindRow(keys[f]);
      for (int f = 0; f < count; ++f) weights_.AddRow(rows[f], scores);
    });
    state.Apply(t);
  }
  int root = LabelId("root");
  state.Finish(root < 0 ? 0 : root);
}

Result<std::shared_ptr<const DependencyParser>> DependencyParser::Load(const std::string& path) {
  bool ok = false;
  std::string bytes = ReadFile(path, &ok);
  if (!ok) return Status::Error(path + ": cannot open parser model");
  std::string_view data = bytes;
  if (data.size() < 16 || std::memcmp(data.data(), kMagic, 8) != 0) {
    return Status::Error(path + ": not a dyadwatch parser model (bad magic)");
  }
  uint64_t names_size = 0;
  std::memcpy(&names_size, data.data() + 8, 8);
  size_t pos = 16;
  if (pos + names_size > data.size()) return Status::Error(path + ": truncated label list");
  std::vector<std::string> labels;
  std::string_view names = data.substr(pos, names_size);
  while (!names.empty()) {
    size_t nl = names.find('\n');
    labels.emplace_back(names.substr(0, nl));
    names.remove_prefix(nl == std::string_view::npos ? names.size() : nl + 1);
  }
  pos += names_size;
  if (labels.empty() || labels.size() > kMaxLabels) return Status::Error(path + ": bad label list");
  SparseWeights weights;
  Status s = weights.ReadFrom(data, &pos, 2 + 2 * static_cast<int>(labels.size()), path);
  if (!s.ok()) return s;
  if (pos != data.size()) return Status::Error(path + ": trailing bytes after the weights");
  return std::shared_ptr<const DependencyParser>(
      std::make_shared<DependencyParser>(std::move(labels), std::move(weights)));
}

Status DependencyParser::Save(const std::string& path) const {
  std::string names;
  for (const auto& l : labels_) names += l + "\n";
  std::string out(kMagic, 8);
  uint64_t size = names.size();
  out.append(reinterpret_cast<const char*>(&size), 8);
  out += names;
  weights_.AppendTo(&out);
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) return Status::Error(path + ": cannot write parser model");
  file.write(out.data(), static_cast<std::streamsize>(out.size()));
  file.close();
  if (!file) return Status::Error(path + ": write failed");
  return Status::OK();
}

ParserScores EvaluateParser(const DependencyParser& parser, const Tagger* tagger,
                            const std::vector<TreebankSentence>& sentences) {
  ParserScratch scratch;
  TaggerScratch tag_scratch;
  std::vector<PosTag> tags;
  std::vector<int> heads, labels;
  size_t total = 0, heads_right = 0, both_right = 0;
  for (const auto& s : sentences) {
    text::Sentence sentence = MakeSentence(s);
    if (tagger != nullptr) {
      tagger->Tag(sentence, &tag_scratch, &tags);
    } else {
      tags.clear();
      for (const auto& w : s.words) tags.push_back(w.tag);
    }
    parser.Parse(sentence, tags, &scratch, &heads, &labels);
    for (size_t i = 0; i < s.words.size(); ++i) {
      bool head_ok = heads[i] == s.words[i].head;
      heads_right += head_ok;
      both_right += head_ok && parser.LabelName(labels[i]) == s.words[i].deprel;
    }
    total += s.words.size();
  }
  ParserScores scores;
  if (total > 0) {
    scores.uas = static_cast<double>(heads_right) / static_cast<double>(total);
    scores.las = static_cast<double>(both_right) / static_cast<double>(total);
  }
  return scores;
}

Result<TrainedParser> TrainParser(const ParserTrainingOptions& options) {
  auto start = std::chrono::steady_clock::now();
  auto train = ReadConllu(options.train_path);
  if (!train.ok()) return train.status();
  auto dev = ReadConllu(options.dev_path);
  if (!dev.ok()) return dev.status();
  // Label set in order of frequency.
  std::map<std::string, int> counts;
  for (const auto& s : train.value()) {
    for (const auto& w : s.words) ++counts[w.deprel];
  }
  std::vector<std::pair<int, std::string>> by_count;
  for (const auto& [name, c] : counts) by_count.emplace_back(-c, name);
  std::sort(by_count.begin(), by_count.end());
  std::vector<std::string> label_names;
  for (const auto& [c, name] : by_count) {
    if (static_cast<int>(label_names.size()) < kMaxLabels) label_names.push_back(name);
  }
  auto label_of = [&](const std::string& name) {
    for (size_t i = 0; i < label_names.size(); ++i) {
      if (label_names[i] == name) return static_cast<int>(i);
    }
    return 0;
  };
  struct Example {
    text::Sentence sentence;
    std::vector<PosTag> tags;
    std::vector<int> heads, labels;
  };
  std::vector<Example> examples;
  for (const auto& s : train.value()) {
    Example e;
    for (const auto& w : s.words) {
      e.tags.push_back(w.tag);
      e.heads.push_back(w.head);
      e.labels.push_back(label_of(w.deprel));
    }
    // The static oracle needs projective trees; the rest are skipped.
    if (!IsProjective(e.heads)) continue;
    e.sentence = MakeSentence(s);
    examples.push_back(std::move(e));
  }
  const int classes = 2 + 2 * static_cast<int>(label_names.size());
  if (options.log) {
    options.log("parser: " + std::to_string(examples.size()) + " projective training sentences, " +
                std::to_string(label_names.size()) + " labels");
  }
  PerceptronTrainer trainer(classes);
  ParserScratch scratch;
  std::vector<int> heads, labels;
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(20240601);
  uint64_t keys[kMaxFeatures];
  TrainedParser result;
  double best_las = -1;
  for (int iteration = 1; iteration <= options.iterations; ++iteration) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t index : order) {
      const Example& e = examples[index];
      // Dynamic-oracle training with error exploration: the target is the best-scoring
      // zero-cost transition; after the first pass the parser mostly follows its own choice, so
      // it learns to continue well after a mistake.
      State run(e.sentence, e.tags, &scratch, &heads, &labels);
      while (!run.Done()) {
        int count = run.Features(keys);
        float scores[128 + 4];
        std::memset(scores, 0, sizeof(scores));
        trainer.AddScores(keys, count, scores);
        // Unlabelled costs once per transition type; a labelled arc costs one more when it
        // has the gold head but another label.
        int base_cost[4];
        for (int t = 0; t < 4; ++t) {
          base_cost[t] = run.IsLegal(t) ? TransitionCost(run, scratch.stack, t, e.heads, nullptr) : 1;
        }
        const int s0 = scratch.stack.back(), n0 = run.Next();
        int guess = -1, gold = -1;
        for (int t = 0; t < classes; ++t) {
          if (!run.IsLegal(t)) continue;
          if (guess < 0 || scores[t] > scores[guess]) guess = t;
          int cost = base_cost[t < 2 ? t : 2 + (t % 2)];
          if (t >= 2 && t % 2 == 0 && e.heads[s0] == n0 && e.labels[s0] != (t - 2) / 2) ++cost;
          if (t >= 2 && t % 2 == 1 && e.heads[n0] == s0 && e.labels[n0] != (t - 3) / 2) ++cost;
          if (cost == 0 && (gold < 0 || scores[t] > scores[gold])) gold = t;
        }
        if (gold < 0) gold = Oracle(run, e.heads, e.labels, scratch.stack, run.Next());
        if (!run.IsLegal(gold)) break;  // cannot happen on projective trees; be safe
        trainer.Update(keys, count, gold, guess);
        bool explore = iteration > 1 && std::uniform_real_distribution<double>(0, 1)(rng) < 0.9;
        run.Apply(explore ? guess : gold);
      }
    }
    auto candidate = std::make_shared<const DependencyParser>(label_names, trainer.Averaged(options.prune_below));
    ParserScores scores = EvaluateParser(*candidate, options.tagger.get(), dev.value());
    if (options.log) {
      char line[160];
      std::snprintf(line, sizeof(line), "parser iteration %d: dev UAS %.2f%% LAS %.2f%%", iteration,
                    100 * scores.uas, 100 * scores.las);
      options.log(line);
    }
    if (scores.las > best_las) {
      best_las = scores.las;
      result.parser = candidate;
      result.best_iteration = iteration;
      result.dev = scores;
    }
  }
  if (!options.test_path.empty()) {
    auto test = ReadConllu(options.test_path);
    if (!test.ok()) return test.status();
    result.test = EvaluateParser(*result.parser, options.tagger.get(), test.value());
  }
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace dyadwatch::parse
