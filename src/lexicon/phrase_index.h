// PhraseIndex: an immutable map from token-norm sequences ("SOUTH", "KOREA") to small integer
// values, answering "which phrases start at this token?" with longest-match semantics.
//
// Layout: open-addressing hash tables keyed by a 64-bit hash of every phrase *prefix* (16-byte
// slots, load <= 2/3): one table for one-word prefixes (small, cache-resident) and one for longer
// prefixes. A lookup walks the tokens, extends the prefix hash by one word per step and stops at
// the first prefix that no phrase has; the last prefix that ended a phrase is the longest match.
// Two bit filters over the prefix keys (about 16 bits per key, at most 32 KB + 128 KB) reject most
// tokens before any slot is touched. 64-bit hashes are trusted without comparing words: with
// ~10^5 prefixes a collision has a probability of about 10^-9.
//
// Stems (TABARI semantics): a phrase may mark its last word as a stem, which then matches any token
// whose norm starts with it ("MINISTR" matches "MINISTRY", "MINISTRIES"). A side table records, per
// prefix, a bit mask of the stem lengths that continue it, so tokens only pay for stem probes where
// a stem of a possible length exists. An exact match beats a stem match of the same length.
#ifndef DYADWATCH_LEXICON_PHRASE_INDEX_H_
#define DYADWATCH_LEXICON_PHRASE_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/token.h"

namespace dyadwatch::lexicon {

inline constexpr uint32_t kNoValue = 0xFFFFFFFFu;

struct PhraseMatch {
  uint32_t value = kNoValue;  // what the phrase was added with
  uint32_t length = 0;        // number of tokens covered
  bool via_stem = false;      // the last token was matched by a stem, not exactly
  bool found() const { return value != kNoValue; }
};

class PhraseIndex {
 public:
  class Builder {
   public:
    // Adds a phrase of token norms. If the same phrase (same words, same stem flag) was added
    // before, the new value replaces it and the old value is returned; otherwise kNoValue.
    // Empty phrases are ignored. Stems longer than 31 bytes are treated as exact words.
    uint32_t Add(std::span<const std::string> words, uint32_t value, bool last_word_is_stem = false);
    size_t size() const { return phrase_count_; }
    // Value of an exact phrase added so far; kNoValue when absent.
    uint32_t Find(std::span<const std::string> words) const;
    PhraseIndex Build() &&;

   private:
    friend class PhraseIndex;
    struct Node {
      uint64_t key;
      uint32_t exact_value = kNoValue;
      uint32_t stem_value = kNoValue;  // value when this prefix ends in a stem word
      uint32_t stem_lengths = 0;        // bit n: a stem of n bytes continues this prefix
      bool has_children = false;
      bool first = false;               // a one-word prefix (goes to the small first-word table)
    };
    std::vector<Node> nodes_;                    // insertion order
    std::vector<uint32_t> slot_of_key_;          // open-addressing over nodes_ while building
    size_t phrase_count_ = 0;
    uint32_t max_length_ = 0;
    uint32_t root_stem_lengths_ = 0;
    bool root_has_children_ = false;
    uint32_t FindOrInsert(uint64_t key, bool first);
  };

  PhraseIndex() = default;

  // Longest phrase starting at tokens[start]; not found() when none.
  PhraseMatch LongestMatch(std::span<const text::Token> tokens, size_t start) const;
  PhraseMatch LongestMatch(std::span<const std::string> words, size_t start) const;
  PhraseMatch LongestMatch(std::span<const std::string_view> words, size_t start) const;

  // Every phrase starting at tokens[start], shortest first (for a length with both an exact and a
  // stem phrase, only the exact one). Returns the number of matches written (at most out.size()).
  size_t AllMatches(std::span<const text::Token> tokens, size_t start,
                    std::span<PhraseMatch> out) const;
  size_t AllMatches(std::span<const std::string> words, size_t start,
                    std::span<PhraseMatch> out) const;

  // The same lookups with the tokens' word hashes computed once (HashWords) and shared by every
  // index and start position of a sentence: saves rehashing each token per dictionary and start.
  static std::vector<uint64_t> HashWords(std::span<const text::Token> tokens);
  PhraseMatch LongestMatch(std::span<const text::Token> tokens,
                           std::span<const uint64_t> word_hashes, size_t start) const;
  size_t AllMatches(std::span<const text::Token> tokens, std::span<const uint64_t> word_hashes,
                    size_t start, std::span<PhraseMatch> out) const;

  // Exact lookup of a whole phrase (no stems); kNoValue when absent.
  uint32_t Find(std::span<const std::string> words) const;

  size_t size() const { return phrase_count_; }          // phrases
  uint32_t max_length() const { return max_length_; }    // longest phrase in tokens
  size_t memory_bytes() const {
    return (first_.slots.capacity() + deep_.slots.capacity()) * sizeof(Slot) +
           stem_slots_.capacity() * sizeof(StemSlot) +
           (first_filter_.bits.capacity() + deep_filter_.bits.capacity()) * sizeof(uint64_t);
  }

  // The hash functions (public for tests and for callers that cache word hashes).
  static uint64_t HashWord(std::string_view word);
  static uint64_t Extend(uint64_t prefix_hash, uint64_t word_hash);
  // The key of a whole phrase (Extend over its word hashes): identifies a phrase in side tables.
  static uint64_t PhraseKey(std::span<const std::string> words);
  static constexpr uint64_t kEmptyPrefix = 0x9E3779B97F4A7C15ull;

 private:
  // Bit filters over node keys, one for one-word prefixes and one for longer ones, sized to
  // about 16 bits per key (at most 32 KB / 128 KB) so that they stay in cache. Most tokens start
  // no phrase, and "THE" starts many phrases while "THE <word>" rarely continues one: the filters
  // answer those cases without a miss in the slot tables.
  struct KeyFilter {
    std::vector<uint64_t> bits;
    int shift = 63;
    void Reset(size_t keys, int max_bits);
    void Add(uint64_t key) { uint64_t b = key >> shift; bits[b >> 6] |= 1ull << (b & 63); }
    bool MayContain(uint64_t key) const {
      uint64_t b = key >> shift;
      return (bits[b >> 6] >> (b & 63)) & 1u;
    }
  };
  static constexpr uint32_t kHasChildren = 1;  // some phrase continues this prefix exactly
  static constexpr uint32_t kHasStem = 2;      // stem_slots_ holds a record for this key
  struct Slot {                 // 16 bytes; key 0 = empty (Extend never returns 0)
    uint64_t key = 0;
    uint32_t value = kNoValue;  // value of the phrase ending here with an exact word
    uint32_t meta = 0;
  };
  struct StemSlot {             // only for prefixes involved in stems (none in kExact mode)
    uint64_t key = 0;
    uint32_t stem_value = kNoValue;  // value of the phrase whose stem word ends this prefix
    uint32_t stem_lengths = 0;       // bit n: a stem of n bytes continues this prefix
  };
  // Linear-probing table of Slots, power-of-two size, load <= 2/3.
  struct SlotTable {
    std::vector<Slot> slots;
    uint64_t mask = 0;
    void Reset(size_t entries);
    void Insert(const Slot& slot);
    const Slot* Probe(uint64_t key) const {
      size_t i = key & mask;
      while (true) {
        const Slot& s = slots[i];
        if (s.key == key) return &s;
        if (s.key == 0) return nullptr;
        i = (i + 1) & mask;
      }
    }
  };
  const StemSlot* ProbeStem(uint64_t key) const;
  template <typename NormAt, typename HashAt>
  size_t Walk(size_t count, size_t start, NormAt norm_at, HashAt hash_at,
              std::span<PhraseMatch> out, bool longest_only) const;

  // One-word prefixes live in their own table: every lookup that passes the first-word filter
  // probes it, and it is small enough (~0.5 MB for the Phoenix actors) to stay in L2.
  SlotTable first_;
  SlotTable deep_;                   // prefixes of two or more words
  std::vector<StemSlot> stem_slots_;
  uint64_t stem_mask_ = 0;
  uint32_t root_stem_lengths_ = 0;   // stems that can start a phrase
  bool root_has_children_ = false;   // some phrase starts with an exact word
  KeyFilter first_filter_;
  KeyFilter deep_filter_;
  size_t phrase_count_ = 0;
  uint32_t max_length_ = 0;
};

}  // namespace dyadwatch::lexicon

#endif  // DYADWATCH_LEXICON_PHRASE_INDEX_H_
