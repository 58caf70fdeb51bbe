#include "lexicon/phrase_index.h"

#include <algorithm>
#include <bit>

namespace dyadwatch::lexicon {
namespace {

constexpr uint64_t kFnvOffset = 0xCBF29CE484222325ull;
constexpr uint64_t kFnvPrime = 0x100000001B3ull;
constexpr uint32_t kMaxStemBytes = 31;  // stem lengths live in a 32-bit mask

// splitmix64 finaliser: FNV-1a alone clusters badly in the low bits used for slot selection.
inline uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  x ^= x >> 31;
  return x;
}

inline uint64_t FinishWord(uint64_t fnv_state) { return Mix(fnv_state); }

inline uint64_t NonZero(uint64_t key) { return key == 0 ? 1 : key; }

}  // namespace

uint64_t PhraseIndex::HashWord(std::string_view word) {
  uint64_t state = kFnvOffset;
  for (unsigned char c : word) state = (state ^ c) * kFnvPrime;
  return FinishWord(state);
}

uint64_t PhraseIndex::Extend(uint64_t prefix_hash, uint64_t word_hash) {
  return NonZero(Mix(std::rotl(prefix_hash, 29) ^ word_hash) + prefix_hash);
}

// ---------------------------------------------------------------------------------------------
// Builder

uint32_t PhraseIndex::Builder::FindOrInsert(uint64_t key) {
  // Keys are well-mixed 64-bit hashes, so their low bits index the build table directly.
  if (nodes_.size() * 10 >= slot_of_key_.size() * 7) {
    size_t capacity = std::max<size_t>(1024, slot_of_key_.size() * 2);
    slot_of_key_.assign(capacity, kNoValue);
    for (uint32_t i = 0; i < nodes_.size(); ++i) {
      size_t slot = nodes_[i].key & (capacity - 1);
      while (slot_of_key_[slot] != kNoValue) slot = (slot + 1) & (capacity - 1);
      slot_of_key_[slot] = i;
    }
  }
  size_t mask = slot_of_key_.size() - 1;
  size_t slot = key & mask;
  while (slot_of_key_[slot] != kNoValue) {
    if (nodes_[slot_of_key_[slot]].key == key) return slot_of_key_[slot];
    slot = (slot + 1) & mask;
  }
  slot_of_key_[slot] = static_cast<uint32_t>(nodes_.size());
  nodes_.push_back(Node{key});
  return slot_of_key_[slot];
}

uint32_t PhraseIndex::Builder::Add(std::span<const std::string> words, uint32_t value,
                                   bool last_word_is_stem) {
  if (words.empty()) return kNoValue;
  if (last_word_is_stem && (words.back().empty() || words.back().size() > kMaxStemBytes))
    last_word_is_stem = false;
  uint64_t prefix = kEmptyPrefix;
  uint32_t parent = kNoValue;  // node of the current prefix; kNoValue = the empty prefix
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    uint32_t node = FindOrInsert(Extend(prefix, HashWord(words[i])));
    if (parent != kNoValue) nodes_[parent].has_children = true;
    else root_has_children_ = true;
    parent = node;
    prefix = nodes_[node].key;
  }
  uint64_t key = Extend(prefix, HashWord(words.back()));
  uint32_t node = FindOrInsert(key);
  uint32_t previous;
  if (last_word_is_stem) {
    uint32_t bit = 1u << words.back().size();
    if (parent != kNoValue) nodes_[parent].stem_lengths |= bit;
    else root_stem_lengths_ |= bit;
    previous = nodes_[node].stem_value;
    nodes_[node].stem_value = value;
  } else {
    if (parent != kNoValue) nodes_[parent].has_children = true;
    else root_has_children_ = true;
    previous = nodes_[node].exact_value;
    nodes_[node].exact_value = value;
  }
  if (previous == kNoValue) ++phrase_count_;
  max_length_ = std::max<uint32_t>(max_length_, static_cast<uint32_t>(words.size()));
  return previous;
}

PhraseIndex PhraseIndex::Builder::Build() && {
  PhraseIndex index;
  index.phrase_count_ = phrase_count_;
  index.max_length_ = max_length_;
  index.root_stem_lengths_ = root_stem_lengths_;
  index.root_has_children_ = root_has_children_;
  // Load factor <= 0.5 keeps linear-probe chains short; slots are 16 bytes.
  size_t capacity = 16;
  while (capacity < nodes_.size() * 2) capacity *= 2;
  index.slots_.assign(capacity, Slot{});
  index.mask_ = capacity - 1;
  size_t stem_nodes = 0;
  for (const Node& node : nodes_)
    if (node.stem_value != kNoValue || node.stem_lengths != 0) ++stem_nodes;
  size_t stem_capacity = 16;
  while (stem_capacity < stem_nodes * 2) stem_capacity *= 2;
  index.stem_slots_.assign(stem_capacity, StemSlot{});
  index.stem_mask_ = stem_capacity - 1;
  for (const Node& node : nodes_) {
    bool has_stem = node.stem_value != kNoValue || node.stem_lengths != 0;
    size_t slot = node.key & index.mask_;
    while (index.slots_[slot].key != 0) slot = (slot + 1) & index.mask_;
    index.slots_[slot] = Slot{node.key, node.exact_value,
                              (node.has_children ? kHasChildren : 0u) | (has_stem ? kHasStem : 0u)};
    if (has_stem) {
      size_t s = node.key & index.stem_mask_;
      while (index.stem_slots_[s].key != 0) s = (s + 1) & index.stem_mask_;
      index.stem_slots_[s] = StemSlot{node.key, node.stem_value, node.stem_lengths};
    }
  }
  nodes_.clear();
  slot_of_key_.clear();
  return index;
}

// ---------------------------------------------------------------------------------------------
// Lookup

const PhraseIndex::Slot* PhraseIndex::Probe(uint64_t key) const {
  if (slots_.empty()) return nullptr;
  size_t slot = key & mask_;
  while (true) {
    const Slot& s = slots_[slot];
    if (s.key == key) return &s;
    if (s.key == 0) return nullptr;
    slot = (slot + 1) & mask_;
  }
}

const PhraseIndex::StemSlot* PhraseIndex::ProbeStem(uint64_t key) const {
  if (stem_slots_.empty()) return nullptr;
  size_t slot = key & stem_mask_;
  while (true) {
    const StemSlot& s = stem_slots_[slot];
    if (s.key == key) return &s;
    if (s.key == 0) return nullptr;
    slot = (slot + 1) & stem_mask_;
  }
}

template <typename NormAt>
size_t PhraseIndex::Walk(size_t count, size_t start, NormAt norm_at, std::span<PhraseMatch> out,
                         bool longest_only) const {
  size_t found = 0;
  auto record = [&](PhraseMatch match) {
    if (longest_only) {
      out[0] = match;
      found = 1;
    } else if (found < out.size()) {
      out[found++] = match;
    }
  };
  if (slots_.empty()) return 0;
  uint64_t prefix = kEmptyPrefix;
  uint32_t stem_lengths = root_stem_lengths_;
  bool can_continue = root_has_children_;
  for (size_t i = start; i < count && (can_continue || stem_lengths != 0); ++i) {
    std::string_view norm = norm_at(i);
    const uint32_t length = static_cast<uint32_t>(i - start + 1);
    // One pass over the bytes gives the whole-word hash and, where a stem of that length can
    // continue this prefix, the hash of each stem-sized prefix of the word.
    uint64_t state = kFnvOffset;
    uint32_t stem_value = kNoValue;
    uint32_t wanted = stem_lengths;
    for (size_t b = 0; b < norm.size(); ++b) {
      state = (state ^ static_cast<unsigned char>(norm[b])) * kFnvPrime;
      if (wanted != 0 && b + 1 <= kMaxStemBytes && (wanted >> (b + 1) & 1u)) {
        const StemSlot* stem = ProbeStem(Extend(prefix, FinishWord(state)));
        if (stem != nullptr && stem->stem_value != kNoValue) stem_value = stem->stem_value;
      }
    }
    const Slot* slot = can_continue ? Probe(Extend(prefix, FinishWord(state))) : nullptr;
    if (slot != nullptr && slot->value != kNoValue) {
      record(PhraseMatch{slot->value, length, false});
    } else if (stem_value != kNoValue) {
      record(PhraseMatch{stem_value, length, true});
    }
    if (slot == nullptr) break;
    can_continue = (slot->meta & kHasChildren) != 0;
    stem_lengths = 0;
    if (slot->meta & kHasStem) {
      const StemSlot* stem = ProbeStem(slot->key);
      if (stem != nullptr) stem_lengths = stem->stem_lengths;
    }
    prefix = slot->key;
  }
  return found;
}

PhraseMatch PhraseIndex::LongestMatch(std::span<const text::Token> tokens, size_t start) const {
  PhraseMatch match;
  Walk(tokens.size(), start, [&](size_t i) -> std::string_view { return tokens[i].norm; },
       std::span<PhraseMatch>(&match, 1), true);
  return match;
}

PhraseMatch PhraseIndex::LongestMatch(std::span<const std::string> words, size_t start) const {
  PhraseMatch match;
  Walk(words.size(), start, [&](size_t i) -> std::string_view { return words[i]; },
       std::span<PhraseMatch>(&match, 1), true);
  return match;
}

PhraseMatch PhraseIndex::LongestMatch(std::span<const std::string_view> words,
                                      size_t start) const {
  PhraseMatch match;
  Walk(words.size(), start, [&](size_t i) { return words[i]; },
       std::span<PhraseMatch>(&match, 1), true);
  return match;
}

size_t PhraseIndex::AllMatches(std::span<const text::Token> tokens, size_t start,
                               std::span<PhraseMatch> out) const {
  return Walk(tokens.size(), start, [&](size_t i) -> std::string_view { return tokens[i].norm; },
              out, false);
}

size_t PhraseIndex::AllMatches(std::span<const std::string> words, size_t start,
                               std::span<PhraseMatch> out) const {
  return Walk(words.size(), start, [&](size_t i) -> std::string_view { return words[i]; }, out,
              false);
}

uint32_t PhraseIndex::Find(std::span<const std::string> words) const {
  if (words.empty()) return kNoValue;
  uint64_t prefix = kEmptyPrefix;
  const Slot* slot = nullptr;
  for (const std::string& word : words) {
    slot = Probe(Extend(prefix, HashWord(word)));
    if (slot == nullptr) return kNoValue;
    prefix = slot->key;
  }
  return slot->value;
}

}  // namespace dyadwatch::lexicon
