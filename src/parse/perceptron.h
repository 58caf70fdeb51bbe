// Averaged perceptron over hashed sparse features: a trainer (mutable, single-threaded) and the
// compact immutable weights it produces, which the tagger and parser score with at run time.
#ifndef DYADWATCH_PARSE_PERCEPTRON_H_
#define DYADWATCH_PARSE_PERCEPTRON_H_

#include <cstdint>
#include <cstring>
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
  // Scores arrays passed in must hold at least this many floats (classes rounded up to 4).
  int score_stride() const { return dense_stride_; }

  // scores[c] += weight(key, c) for every stored class c.
  void AddScores(uint64_t key, float* scores) const { AddRow(FindRow(key), scores); }
  // Row of `key` (empty when absent), prefetching its weights: callers scoring many features
  // find every row first and add afterwards, so the cache misses overlap.
  uint32_t FindRow(uint64_t key) const {
    if (slots_.empty()) return 0;
    const uint32_t fingerprint = Fingerprint(key);
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.fingerprint == fingerprint) {
        __builtin_prefetch((slot.row & kDenseRow) ? static_cast<const void*>(
                                                        &dense_[(slot.row & ~kDenseRow) * dense_stride_])
                                                  : static_cast<const void*>(&packed_[slot.row & kBeginMask]));
        return slot.row;
      }
      if (slot.fingerprint == 0) return 0;
    }
  }
  void AddRow(uint32_t row, float* scores) const {
    if (row & kDenseRow) {
      const float* w = &dense_[static_cast<size_t>(row & ~kDenseRow) * dense_stride_];
      for (int c = 0; c < dense_stride_; c += 4) {  // vectorised: 4 floats per step
        for (int k = 0; k < 4; ++k) scores[c + k] += w[c + k];
      }
      return;
    }
    const uint32_t begin = row & kBeginMask;
    const uint32_t end = begin + (row >> kCountShift);
    for (uint32_t e = begin; e < end; ++e) {
      // Class in the low 7 bits of the float's mantissa (relative error < 2^-16).
      uint32_t bits = packed_[e];
      float weight;
      uint32_t weight_bits = bits & ~kClassMask;
      std::memcpy(&weight, &weight_bits, 4);
      scores[bits & kClassMask] += weight;
    }
  }
  void Prefetch(uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[key & mask_]);
  }

  // A copy without the weights smaller than `threshold` in magnitude (and features left empty).
  SparseWeights Pruned(float threshold) const;

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
  // Run-time layout, small so that more of it stays in cache: 8-byte slots (32-bit fingerprint
  // of the key's high half, the low half picks the slot; a packed row reference), 4-byte
  // weights with their class folded into the mantissa, and rows with many classes (bias,
  // previous tag, shapes) stored densely and added with vector instructions.
  struct Slot {
    uint32_t fingerprint;  // 0: empty
    uint32_t row;          // kDenseRow | dense index, or count << kCountShift | begin
  };
  static constexpr uint32_t kDenseRow = 0x80000000u;
  static constexpr int kCountShift = 25;
  static constexpr uint32_t kBeginMask = (1u << kCountShift) - 1;
  static constexpr uint32_t kClassMask = 0x7f;
  static uint32_t Fingerprint(uint64_t key) {
    uint32_t f = static_cast<uint32_t>(key >> 32);
    return f == 0 ? 1 : f;
  }
  // The file's form: weights with their classes, in row order.
  struct Entry {
    float weight;
    uint32_t cls;
  };
  // Builds slots_, packed_ and dense_ from keys_/row_begin_/entries_ for `num_classes` classes.
  void BuildIndex(int num_classes);

  std::vector<uint64_t> keys_;       // feature keys in row order
  std::vector<uint32_t> row_begin_;  // size num_features + 1
  std::vector<Entry> entries_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::vector<uint32_t> packed_;
  std::vector<float> dense_;
  int dense_stride_ = 0;
  int num_classes_ = 0;
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
