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
  std::memcpy(values->data(), data.data() + *pos, bytes);
  *pos += bytes;
  return true;
}

}  // namespace

size_t SparseWeights::MemoryBytes() const {
  return keys_.size() * 8 + row_begin_.size() * 4 + entries_.size() * sizeof(Entry) +
         slots_.size() * sizeof(Slot);
}

void SparseWeights::BuildIndex() {
  size_t capacity = 16;
  while (capacity < keys_.size() * 2) capacity <<= 1;
  slots_.assign(capacity, Slot{0, 0, 0});
  mask_ = capacity - 1;
  for (size_t r = 0; r < keys_.size(); ++r) {
    uint64_t key = keys_[r] == 0 ? 1 : keys_[r];
    size_t i = key & mask_;
    while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask_;
    slots_[i] = Slot{key, row_begin_[r], row_begin_[r + 1]};
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
    if (classes[e] >= num_classes) return Status::Error(what + ": weight class out of range");
    entries_[e] = Entry{weights[e], classes[e]};
  }
  BuildIndex();
  return Status::OK();
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
  out.BuildIndex();
  return out;
}

}  // namespace dyadwatch::parse
