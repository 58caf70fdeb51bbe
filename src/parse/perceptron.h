// Averaged perceptron over hashed sparse features: a trainer (mutable, single-threaded) and the
// compact immutable weights it produces, which the tagger and parser score with at run time.
#ifndef DYADWATCH_PARSE_PERCEPTRON_H_
#define DYADWATCH_PARSE_PERCEPTRON_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "dyadwatch/status.h"
#include "parse/feature_hash.h"

namespace dyadwatch::parse {

// Per feature, only the classes with a non-zero weight are stored (most features touch a handful
// of the ~50 classes), so scoring walks a short list instead of a dense row.
class SparseWeights {
 public:
  // scores[c] += weight(key, c) for every stored class c.
  void AddScores(uint64_t key, float* scores) const {
    if (slots_.empty()) return;
    if (key == 0) key = 1;
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.key == key) {
        for (uint32_t e = slot.begin; e < slot.end; ++e) {
          scores[entries_[e].cls] += entries_[e].weight;
        }
        return;
      }
      if (slot.key == 0) return;
    }
  }
  // Row of `key` as [*begin, *end) (empty when absent), prefetching its entries: callers scoring
  // many features find every row first and add afterwards, so the cache misses overlap.
  void FindRow(uint64_t key, uint32_t* begin, uint32_t* end) const {
    *begin = *end = 0;
    if (slots_.empty()) return;
    if (key == 0) key = 1;
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.key == key) {
        *begin = slot.begin;
        *end = slot.end;
        __builtin_prefetch(&entries_[slot.begin]);
        return;
      }
      if (slot.key == 0) return;
    }
  }
  void AddRow(uint32_t begin, uint32_t end, float* scores) const {
    for (uint32_t e = begin; e < end; ++e) scores[entries_[e].cls] += entries_[e].weight;
  }
  void Prefetch(uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[(key == 0 ? 1 : key) & mask_]);
  }

  size_t num_features() const { return keys_.size(); }
  size_t num_weights() const { return entries_.size(); }
  size_t MemoryBytes() const;

  // Binary form: counts, then keys, row ends, classes, weights (little-endian, as in memory).
  void AppendTo(std::string* out) const;
  // Reads what AppendTo wrote starting at *pos; advances *pos. Classes must be < num_classes
  // (scores arrays are sized by it). `what` names the source in errors.
  Status ReadFrom(std::string_view data, size_t* pos, int num_classes, const std::string& what);

 private:
  friend class PerceptronTrainer;
  // Run-time layout: one probe finds the key and its row, and a row's entries are contiguous,
  // so a feature costs about two cache misses.
  struct Slot {
    uint64_t key;  // 0: empty (a real key 0 is stored as 1, a harmless collision)
    uint32_t begin;
    uint32_t end;
  };
  struct Entry {
    float weight;
    uint32_t cls;
  };
  // Builds slots_ from keys_/row_begin_ (entries_ already filled in row order).
  void BuildIndex();

  std::vector<uint64_t> keys_;       // feature keys in row order
  std::vector<uint32_t> row_begin_;  // size num_features + 1
  std::vector<Entry> entries_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_classes) : num_classes_(num_classes) {}

  // scores[0..num_classes) += current (not averaged) weights of the features.
  void AddScores(const uint64_t* keys, int n, float* scores) const;
  // One training instance: rewards `truth`, penalises `guess` (no-op when equal, but the instance
  // still counts for averaging).
  void Update(const uint64_t* keys, int n, int truth, int guess);
  // Averaged weights with |w| < prune_below dropped.
  SparseWeights Averaged(float prune_below) const;
  size_t num_features() const { return rows_.size(); }

 private:
  struct Entry {
    uint8_t cls;
    float weight;
    double total;        // sum of the weight over instances up to `stamp`
    int64_t stamp;
  };
  Entry& Find(uint64_t key, int cls);

  int num_classes_;
  int64_t instances_ = 0;
  std::unordered_map<uint64_t, uint32_t> row_of_key_;
  std::vector<uint64_t> row_keys_;
  std::vector<std::vector<Entry>> rows_;
};

}  // namespace dyadwatch::parse

#endif  // DYADWATCH_PARSE_PERCEPTRON_H_
