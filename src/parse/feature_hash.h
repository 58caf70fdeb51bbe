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
class KeyIndex {
 public:
  static constexpr uint32_t kMissing = 0xffffffffu;

  void Reserve(size_t count) {
    size_t capacity = 16;
    while (capacity < count * 2) capacity <<= 1;
    slots_.assign(capacity, Slot{0, kMissing});
    mask_ = capacity - 1;
    size_ = 0;
  }
  // Inserts or overwrites. Reserve() must have been called with enough room.
  void Insert(uint64_t key, uint32_t value) {
    const uint32_t fingerprint = Fingerprint(key);
    size_t i = key & mask_;
    while (slots_[i].fingerprint != 0 && slots_[i].fingerprint != fingerprint) i = (i + 1) & mask_;
    if (slots_[i].fingerprint == 0) ++size_;
    slots_[i] = Slot{fingerprint, value};
  }
  uint32_t Find(uint64_t key) const {
    if (slots_.empty()) return kMissing;
    const uint32_t fingerprint = Fingerprint(key);
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].fingerprint == fingerprint) return slots_[i].value;
      if (slots_[i].fingerprint == 0) return kMissing;
    }
  }
  void Prefetch(uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[key & mask_]);
  }
  size_t size() const { return size_; }
  size_t MemoryBytes() const { return slots_.size() * sizeof(Slot); }

 private:
  // 8-byte slots: the key's low bits pick the slot and its high half, as a fingerprint, tells
  // keys apart (keys are well-mixed 64-bit hashes; a false match needs 64 equal bits).
  struct Slot {
    uint32_t fingerprint;  // 0: empty
    uint32_t value;
  };
  static uint32_t Fingerprint(uint64_t key) {
    uint32_t f = static_cast<uint32_t>(key >> 32);
    return f == 0 ? 1 : f;
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace dyadwatch::parse

#endif  // DYADWATCH_PARSE_FEATURE_HASH_H_
