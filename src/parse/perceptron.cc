#include "parse/perceptron.h"

#include <cmath>
#include <cstring>

namespace dyadwatch::parse {
namespace {

template <typename T>
void AppendPod(std::string* out, const T& value) {
  out->append(reinterpret_cast<const char*>(&value), sizeof(T));
}

template <typename T>
void AppendArray(std::string* out, const std::vector<T>& values) {
  out->append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
}

template <typename T>
bool ReadArray(std::string_view data, size_t* pos, size_t count, std::vector<T>* values) {
  size_t bytes = count * sizeof(T);
  if (count > data.size() || *pos + bytes > data.size()) return false;
  values->resize(count);
  if (count == 0) return true;  // an empty vector's data() may be null, which memcpy may not take
  std::memcpy(values->data(), data.data() + *pos, bytes);
  *pos += bytes;
  return true;
}

}  // namespace

size_t SparseWeights::MemoryBytes() const {
  return keys_.size() * 8 + row_begin_.size() * 4 + entries_.size() * sizeof(Entry) +
         slots_.size() * sizeof(Slot) + packed_.size() * 4 + dense_.size() * sizeof(float);
}

void SparseWeights::BuildIndex(int num_classes) {
  num_classes_ = num_classes;
  dense_stride_ = (num_classes + 3) / 4 * 4;
  dense_.clear();
  packed_.clear();
  // Load factor <= 2/3.
  size_t capacity = 16;
  while (capacity * 2 < keys_.size() * 3) capacity <<= 1;
  slots_.assign(capacity, Slot{0, 0});
  mask_ = capacity - 1;
  for (size_t r = 0; r < keys_.size(); ++r) {
    const uint32_t fingerprint = Fingerprint(keys_[r]);
    size_t i = keys_[r] & mask_;
    while (slots_[i].fingerprint != 0 && slots_[i].fingerprint != fingerprint) i = (i + 1) & mask_;
    uint32_t begin = row_begin_[r], end = row_begin_[r + 1];
    uint32_t count = end - begin;
    // Dense when a quarter of the classes are present: a vector add then beats the scatter.
    // (Sparse rows are then shorter than 2^(32-kCountShift-1) = 64 entries.)
    if (count * 4 >= static_cast<uint32_t>(num_classes) || count >= 64) {
      uint32_t index = static_cast<uint32_t>(dense_.size() / dense_stride_);
      dense_.resize(dense_.size() + dense_stride_, 0.0f);
      for (uint32_t e = begin; e < end; ++e) {
        dense_[static_cast<size_t>(index) * dense_stride_ + entries_[e].cls] = entries_[e].weight;
      }
      slots_[i] = Slot{fingerprint, kDenseRow | index};
    } else {
      uint32_t packed_begin = static_cast<uint32_t>(packed_.size());
      for (uint32_t e = begin; e < end; ++e) {
        uint32_t bits;
        std::memcpy(&bits, &entries_[e].weight, 4);
        packed_.push_back((bits & ~kClassMask) | entries_[e].cls);
      }
      slots_[i] = Slot{fingerprint, (count << kCountShift) | packed_begin};
    }
  }
}

void SparseWeights::AppendTo(std::string* out) const {
  AppendPod(out, static_cast<uint64_t>(keys_.size()));
  AppendPod(out, static_cast<uint64_t>(entries_.size()));
  AppendArray(out, keys_);
  if (row_begin_.empty()) {
    AppendPod(out, uint32_t{0});  // an empty (never trained) table still has its end offset
  } else {
    AppendArray(out, row_begin_);
  }
  for (const Entry& e : entries_) out->push_back(static_cast<char>(e.cls));
  for (const Entry& e : entries_) AppendPod(out, e.weight);
}

Status SparseWeights::ReadFrom(std::string_view data, size_t* pos, int num_classes,
                               const std::string& what) {
  std::vector<uint64_t> counts;
  if (!ReadArray(data, pos, 2, &counts)) return Status::Error(what + ": truncated weights header");
  const uint64_t num_keys = counts[0];
  const uint64_t num_weights = counts[1];
  std::vector<uint8_t> classes;
  std::vector<float> weights;
  if (!ReadArray(data, pos, num_keys, &keys_) || !ReadArray(data, pos, num_keys + 1, &row_begin_) ||
      !ReadArray(data, pos, num_weights, &classes) ||
      !ReadArray(data, pos, num_weights, &weights)) {
    return Status::Error(what + ": truncated weights");
  }
  if (row_begin_.back() != num_weights) return Status::Error(what + ": inconsistent weight rows");
  for (size_t i = 0; i < num_keys; ++i) {
    if (row_begin_[i] > row_begin_[i + 1]) return Status::Error(what + ": corrupt weight rows");
  }
  entries_.resize(num_weights);
  for (size_t e = 0; e < num_weights; ++e) {
    if (classes[e] >= num_classes || classes[e] > kClassMask) {
      return Status::Error(what + ": weight class out of range");
    }
    entries_[e] = Entry{weights[e], classes[e]};
  }
  BuildIndex(num_classes);
  return Status::OK();
}

SparseWeights SparseWeights::Pruned(float threshold) const {
  SparseWeights out;
  out.row_begin_.push_back(0);
  for (size_t r = 0; r < keys_.size(); ++r) {
    size_t before = out.entries_.size();
    for (uint32_t e = row_begin_[r]; e < row_begin_[r + 1]; ++e) {
      if (std::fabs(entries_[e].weight) >= threshold) out.entries_.push_back(entries_[e]);
    }
    if (out.entries_.size() == before) continue;
    out.keys_.push_back(keys_[r]);
    out.row_begin_.push_back(static_cast<uint32_t>(out.entries_.size()));
  }
  out.BuildIndex(num_classes_);
  return out;
}

PerceptronTrainer::Entry& PerceptronTrainer::Find(uint64_t key, int cls) {
  auto [it, inserted] = row_of_key_.try_emplace(key, static_cast<uint32_t>(rows_.size()));
  if (inserted) {
    rows_.emplace_back();
    row_keys_.push_back(key);
  }
  auto& row = rows_[it->second];
  for (auto& e : row) {
    if (e.cls == cls) return e;
  }
  row.push_back(Entry{static_cast<uint8_t>(cls), 0.0f, 0.0, instances_});
  return row.back();
}

void PerceptronTrainer::AddScores(const uint64_t* keys, int n, float* scores) const {
  for (int i = 0; i < n; ++i) {
    auto it = row_of_key_.find(keys[i]);
    if (it == row_of_key_.end()) continue;
    for (const auto& e : rows_[it->second]) scores[e.cls] += e.weight;
  }
}

void PerceptronTrainer::Update(const uint64_t* keys, int n, int truth, int guess) {
  ++instances_;
  if (truth == guess) return;
  for (int i = 0; i < n; ++i) {
    for (int cls : {truth, guess}) {
      Entry& e = Find(keys[i], cls);
      // Lazy averaging: bring the running total up to date before changing the weight.
      e.total += static_cast<double>(instances_ - e.stamp) * e.weight;
      e.stamp = instances_;
      e.weight += cls == truth ? 1.0f : -1.0f;
    }
  }
}

SparseWeights PerceptronTrainer::Averaged(float prune_below) const {
  SparseWeights out;
  out.row_begin_.push_back(0);
  for (size_t r = 0; r < rows_.size(); ++r) {
    size_t before = out.entries_.size();
    for (const auto& e : rows_[r]) {
      double total = e.total + static_cast<double>(instances_ - e.stamp) * e.weight;
      float averaged = static_cast<float>(total / static_cast<double>(instances_ ? instances_ : 1));
      if (std::fabs(averaged) < prune_below) continue;
      out.entries_.push_back(SparseWeights::Entry{averaged, e.cls});
    }
    if (out.entries_.size() == before) continue;  // every weight pruned: drop the feature
    out.keys_.push_back(row_keys_[r]);
    out.row_begin_.push_back(static_cast<uint32_t>(out.entries_.size()));
  }
  out.BuildIndex(num_classes_);
  return out;
}

}  // namespace dyadwatch::parse
