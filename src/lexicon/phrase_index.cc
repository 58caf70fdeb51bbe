#include "lexicon/phrase_index.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "lexicon/name_fold.h"

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

inline uint64_t NonZero(uint64_t key) { return key == 0 ? 1 : key; }

}  // namespace

uint64_t PhraseIndex::HashWord(std::string_view word) {
  // Eight bytes per multiply: words are short, but this is the innermost loop of every lookup.
  uint64_t state = kFnvOffset ^ word.size();
  uint64_t high_bits = 0;  // any non-ASCII byte: the word may carry diacritics to fold
  size_t i = 0;
  for (; i + 8 <= word.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, word.data() + i, 8);
    high_bits |= chunk;
    state = (state ^ chunk) * 0x9E3779B97F4A7C15ull;
    state ^= state >> 29;
  }
  uint64_t tail = 0;  // a byte loop: a variable-length memcpy here becomes a library call
  for (; i < word.size(); ++i) tail = (tail << 8) | static_cast<unsigned char>(word[i]);
  if (((high_bits | tail) & 0x8080808080808080ull) != 0) {
    // "ERDOĞAN" hashes as "ERDOGAN": names match with or without their diacritics, on both
    // the dictionary and the text side (name_fold.h). Rare in English text, so off the fast path.
    std::string folded;
    if (FoldDiacritics(word, &folded)) return HashWord(folded);
  }
  state = (state ^ tail) * kFnvPrime;
  return state ^ (state >> 32);  // Extend() finishes the mixing
}

uint64_t PhraseIndex::Extend(uint64_t prefix_hash, uint64_t word_hash) {
  return NonZero(Mix(std::rotl(prefix_hash, 29) ^ word_hash) + prefix_hash);
}

uint64_t PhraseIndex::PhraseKey(std::span<const std::string> words) {
  uint64_t key = kEmptyPrefix;
  for (const std::string& word : words) key = Extend(key, HashWord(word));
  return key;
}

// ---------------------------------------------------------------------------------------------
// Builder

uint32_t PhraseIndex::Builder::Find(std::span<const std::string> words) const {
  if (words.empty() || slot_of_key_.empty()) return kNoValue;
  uint64_t key = PhraseKey(words);
  size_t mask = slot_of_key_.size() - 1;
  for (size_t slot = key & mask; slot_of_key_[slot] != kNoValue; slot = (slot + 1) & mask)
    if (nodes_[slot_of_key_[slot]].key == key) return nodes_[slot_of_key_[slot]].exact_value;
  return kNoValue;
}

uint32_t PhraseIndex::Builder::FindOrInsert(uint64_t key, bool first) {
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
  Node node{key};
  node.first = first;
  nodes_.push_back(node);
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
    uint32_t node = FindOrInsert(Extend(prefix, HashWord(words[i])), i == 0);
    if (parent != kNoValue) nodes_[parent].has_children = true;
    else root_has_children_ = true;
    parent = node;
    prefix = nodes_[node].key;
  }
  uint64_t key = Extend(prefix, HashWord(words.back()));
  uint32_t node = FindOrInsert(key, words.size() == 1);
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

  size_t first_nodes = 0, stem_nodes = 0;
  for (const Node& node : nodes_) {
    first_nodes += node.first;
    if (node.stem_value != kNoValue || node.stem_lengths != 0) ++stem_nodes;
  }
  index.first_.Reset(first_nodes);
  index.deep_.Reset(nodes_.size() - first_nodes);
  size_t stem_capacity = 16;
  while (stem_capacity < stem_nodes * 2) stem_capacity *= 2;
  index.stem_slots_.assign(stem_capacity, StemSlot{});
  index.stem_mask_ = stem_capacity - 1;
  index.first_filter_.Reset(first_nodes, 18);
  index.deep_filter_.Reset(nodes_.size() - first_nodes, 20);
  for (const Node& node : nodes_) {
    (node.first ? index.first_filter_ : index.deep_filter_).Add(node.key);
    bool has_stem = node.stem_value != kNoValue || node.stem_lengths != 0;
    (node.first ? index.first_ : index.deep_)
        .Insert(Slot{node.key, node.exact_value,
                     (node.has_children ? kHasChildren : 0u) | (has_stem ? kHasStem : 0u)});
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

void PhraseIndex::SlotTable::Reset(size_t entries) {
  // Load factor at most 2/3: short linear-probe chains, and the first-word table of the Phoenix
  // actors (17k words) fits in 512 KB.
  size_t capacity = 16;
  while (capacity * 2 < entries * 3) capacity *= 2;
  slots.assign(capacity, Slot{});
  mask = capacity - 1;
}

void PhraseIndex::KeyFilter::Reset(size_t keys, int max_bits) {
  int log2 = 10;  // at least 1024 bits
  while (log2 < max_bits && (size_t{1} << log2) < keys * 16) ++log2;
  bits.assign((size_t{1} << log2) / 64, 0);
  shift = 64 - log2;
}

void PhraseIndex::SlotTable::Insert(const Slot& slot) {
  size_t i = slot.key & mask;
  while (slots[i].key != 0) i = (i + 1) & mask;
  slots[i] = slot;
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

template <typename NormAt, typename HashAt>
size_t PhraseIndex::Walk(size_t count, size_t start, NormAt norm_at, HashAt hash_at,
                         std::span<PhraseMatch> out, bool longest_only) const {
  size_t found = 0;
  auto record = [&](PhraseMatch match) {
    if (longest_only) {
      out[0] = match;
      found = 1;
    } else if (found < out.size()) {
      out[found++] = match;
    }
  };
  if (first_.slots.empty()) return 0;
  uint64_t prefix = kEmptyPrefix;
  uint32_t stem_lengths = root_stem_lengths_;
  bool can_continue = root_has_children_;
  for (size_t i = start; i < count && (can_continue || stem_lengths != 0); ++i) {
    std::string_view norm = norm_at(i);
    const uint32_t length = static_cast<uint32_t>(i - start + 1);
    // Stems are rare (none in PETRARCH2 mode): only prefixes with a stem of a length this word
    // could start with are probed.
    uint32_t stem_value = kNoValue;
    uint32_t wanted = stem_lengths & (norm.size() >= kMaxStemBytes ? 0xFFFFFFFFu
                                      : (2u << norm.size()) - 1);
    while (wanted != 0) {
      uint32_t n = static_cast<uint32_t>(std::countr_zero(wanted));
      wanted &= wanted - 1;
      const StemSlot* stem = ProbeStem(Extend(prefix, HashWord(norm.substr(0, n))));
      if (stem != nullptr && stem->stem_value != kNoValue) stem_value = stem->stem_value;
    }
    const uint64_t key = Extend(prefix, hash_at(i, norm));
    const Slot* slot = nullptr;
    if (can_continue) {
      if (i == start) {
        if (first_filter_.MayContain(key)) slot = first_.Probe(key);
      } else if (deep_filter_.MayContain(key)) {
        slot = deep_.Probe(key);
      }
    }
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

namespace {
constexpr auto kHashNorm = [](size_t, std::string_view norm) { return PhraseIndex::HashWord(norm); };
}  // namespace

std::vector<uint64_t> PhraseIndex::HashWords(std::span<const text::Token> tokens) {
  std::vector<uint64_t> hashes(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) hashes[i] = HashWord(tokens[i].norm);
  return hashes;
}

PhraseMatch PhraseIndex::LongestMatch(std::span<const text::Token> tokens,
                                      std::span<const uint64_t> word_hashes, size_t start) const {
  PhraseMatch match;
  Walk(tokens.size(), start, [&](size_t i) -> std::string_view { return tokens[i].norm; },
       [&](size_t i, std::string_view) { return word_hashes[i]; },
       std::span<PhraseMatch>(&match, 1), true);
  return match;
}

size_t PhraseIndex::AllMatches(std::span<const text::Token> tokens,
                               std::span<const uint64_t> word_hashes, size_t start,
                               std::span<PhraseMatch> out) const {
  return Walk(tokens.size(), start, [&](size_t i) -> std::string_view { return tokens[i].norm; },
              [&](size_t i, std::string_view) { return word_hashes[i]; }, out, false);
}

PhraseMatch PhraseIndex::LongestMatch(std::span<const text::Token> tokens, size_t start) const {
  PhraseMatch match;
  Walk(tokens.size(), start, [&](size_t i) -> std::string_view { return tokens[i].norm; },
       kHashNorm, std::span<PhraseMatch>(&match, 1), true);
  return match;
}

PhraseMatch PhraseIndex::LongestMatch(std::span<const std::string> words, size_t start) const {
  PhraseMatch match;
  Walk(words.size(), start, [&](size_t i) -> std::string_view { return words[i]; }, kHashNorm,
       std::span<PhraseMatch>(&match, 1), true);
  return match;
}

PhraseMatch PhraseIndex::LongestMatch(std::span<const std::string_view> words,
                                      size_t start) const {
  PhraseMatch match;
  Walk(words.size(), start, [&](size_t i) { return words[i]; }, kHashNorm,
       std::span<PhraseMatch>(&match, 1), true);
  return match;
}

size_t PhraseIndex::AllMatches(std::span<const text::Token> tokens, size_t start,
                               std::span<PhraseMatch> out) const {
  return Walk(tokens.size(), start, [&](size_t i) -> std::string_view { return tokens[i].norm; },
              kHashNorm, out, false);
}

size_t PhraseIndex::AllMatches(std::span<const std::string> words, size_t start,
                               std::span<PhraseMatch> out) const {
  return Walk(words.size(), start, [&](size_t i) -> std::string_view { return words[i]; },
              kHashNorm, out, false);
}

uint32_t PhraseIndex::Find(std::span<const std::string> words) const {
  if (words.empty() || first_.slots.empty()) return kNoValue;
  uint64_t prefix = kEmptyPrefix;
  const Slot* slot = nullptr;
  for (size_t i = 0; i < words.size(); ++i) {
    slot = (i == 0 ? first_ : deep_).Probe(Extend(prefix, HashWord(words[i])));
    if (slot == nullptr) return kNoValue;
    prefix = slot->key;
  }
  return slot->value;
}

}  // namespace dyadwatch::lexicon
