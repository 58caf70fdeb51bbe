// 64-bit hashing of feature strings and an open-addressing map from 64-bit keys to 32-bit values,
// shared by the tagger and parser models.
#ifndef DYADWATCH_PARSE_FEATURE_HASH_H_
#define DYADWATCH_PARSE_FEATURE_HASH_H_

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace dyadwatch::parse {

inline uint64_t Fmix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

inline uint64_t HashBytes(std::string_view s, uint64_t seed = 0) {
  constexpr uint64_t kMul = 0x9ddfea08eb382d69ULL;
  uint64_t h = seed ^ (s.size() * kMul);
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ (v * 0xbf58476d1ce4e5b9ULL)) * kMul;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t v = 0;
    std::memcpy(&v, p, n);
    h = (h ^ (v * 0xbf58476d1ce4e5b9ULL)) * kMul;
  }
  return Fmix64(h);
}

// A feature key: template id combined with one or two hashed values.
inline uint64_t FeatureKey(uint32_t templ, uint64_t a) {
  return Fmix64(a + (static_cast<uint64_t>(templ) + 1) * 0x9e3779b97f4a7c15ULL);
}
inline uint64_t FeatureKey(uint32_t templ, uint64_t a, uint64_t b) {
  return Fmix64(a ^ FeatureKey(templ, b) * 0x94d049bb133111ebULL);
}

// Immutable-after-build map uint64 -> uint32 (linear probing, power-of-two capacity, load <= 0.5).
// Key 0 marks an empty slot, so real keys equal to 0 are remapped to 1 (a harmless collision).
class KeyIndex {
 public:
  static constexpr uint32_t kMissing = 0xffffffffu;

  void Reserve(size_t count) {
    size_t capacity = 16;
    while (capacity < count * 2) capacity <<= 1;
    keys_.assign(capacity, 0);
    values_.assign(capacity, kMissing);
    mask_ = capacity - 1;
    size_ = 0;
  }
  // Inserts or overwrites. Reserve() must have been called with enough room.
  void Insert(uint64_t key, uint32_t value) {
    if (key == 0) key = 1;
    size_t slot = key & mask_;
    while (keys_[slot] != 0 && keys_[slot] != key) slot = (slot + 1) & mask_;
    if (keys_[slot] == 0) ++size_;
    keys_[slot] = key;
    values_[slot] = value;
  }
  uint32_t Find(uint64_t key) const {
    if (keys_.empty()) return kMissing;
    if (key == 0) key = 1;
    size_t slot = key & mask_;
    while (true) {
      uint64_t k = keys_[slot];
      if (k == key) return values_[slot];
      if (k == 0) return kMissing;
      slot = (slot + 1) & mask_;
    }
  }
  void Prefetch(uint64_t key) const {
    if (!keys_.empty()) __builtin_prefetch(&keys_[(key == 0 ? 1 : key) & mask_]);
  }
  size_t size() const { return size_; }
  size_t MemoryBytes() const { return keys_.size() * (sizeof(uint64_t) + sizeof(uint32_t)); }

 private:
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace dyadwatch::parse

#endif  // DYADWATCH_PARSE_FEATURE_HASH_H_
