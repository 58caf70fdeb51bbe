#include "store/fingerprint.h"

#include <cstring>
#include <vector>

namespace dyadwatch::store {
namespace {

inline uint64_t Mix(uint64_t x) {  // the 64-bit finalizer of MurmurHash3
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Words for shingling: runs of ASCII letters/digits (folded to lower case) or of non-ASCII bytes
// (kept as they are); punctuation separates words and is otherwise ignored, so re-punctuated
// copies still match.
std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(HashBytes(word, 0x9e3779b97f4a7c15ULL));
    word.clear();
  };
  for (unsigned char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      word.push_back(static_cast<char>(c));
    } else if (c >= 'A' && c <= 'Z') {
      word.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      flush();
    }
  }
  flush();
  return words;
}

}  // namespace

uint64_t HashBytes(std::string_view bytes, uint64_t seed) {
  uint64_t h = seed ^ (bytes.size() * 0x9e3779b97f4a7c15ULL);
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, bytes.data() + i, 8);
    h = Mix(h ^ w) * 0x9e3779b97f4a7c15ULL;
  }
  uint64_t tail = 0;
  for (size_t k = 0; i + k < bytes.size(); ++k) {
    tail |= static_cast<uint64_t>(static_cast<unsigned char>(bytes[i + k])) << (8 * k);
  }
  return Mix(h ^ tail ^ 0x5bd1e995ULL);
}

DocumentFingerprint FingerprintDocument(std::string_view text) {
  DocumentFingerprint fp;

  // Exact content: whitespace runs collapse to one space, leading/trailing whitespace dropped.
  std::string collapsed;
  collapsed.reserve(text.size());
  bool pending_space = false;
  for (unsigned char c : text) {
    if (IsSpace(c)) {
      pending_space = !collapsed.empty();
      continue;
    }
    if (pending_space) collapsed.push_back(' ');
    pending_space = false;
    collapsed.push_back(static_cast<char>(c));
  }
  static const char kHex[] = "0123456789abcdef";
  for (uint64_t h : {HashBytes(collapsed, 1), HashBytes(collapsed, 2)}) {
    for (int shift = 60; shift >= 0; shift -= 4) fp.content_hash.push_back(kHex[(h >> shift) & 15]);
  }

  // MinHash over word 3-shingles (a shorter text is one shingle). Slot i uses the shingle hash
  // re-mixed with a per-slot seed: independent enough for estimation, one base hash per shingle.
  std::vector<uint64_t> words = WordHashes(text);
  fp.minhash.fill(UINT32_MAX);
  const size_t n = words.size() >= 3 ? words.size() - 2 : (words.empty() ? 0 : 1);
  for (size_t i = 0; i < n; ++i) {
    uint64_t shingle = words[i];
    for (size_t k = 1; k < 3 && i + k < words.size(); ++k) shingle = Mix(shingle * 31 + words[i + k]);
    for (int slot = 0; slot < kMinHashSize; ++slot) {
      const uint32_t v = static_cast<uint32_t>(Mix(shingle ^ (0x632be59bd9b4e019ULL * (slot + 1))) >> 32);
      if (v < fp.minhash[slot]) fp.minhash[slot] = v;
    }
  }
  fp.shingles = static_cast<int>(n);
  return fp;
}

double EstimateJaccard(const DocumentFingerprint& a, const DocumentFingerprint& b) {
  if (a.shingles == 0 || b.shingles == 0) return 0.0;
  int equal = 0;
  for (int i = 0; i < kMinHashSize; ++i) equal += a.minhash[i] == b.minhash[i];
  return static_cast<double>(equal) / kMinHashSize;
}

int64_t MinHashBandKey(const DocumentFingerprint& fingerprint, int band) {
  uint64_t h = 0x51ed270b27a4c1f3ULL * static_cast<uint64_t>(band + 1);
  for (int r = 0; r < kMinHashRows; ++r) h = Mix(h ^ fingerprint.minhash[band * kMinHashRows + r]);
  return static_cast<int64_t>(h);
}

std::string MinHashToBytes(const DocumentFingerprint& fingerprint) {
  std::string bytes(kMinHashSize * 4, '\0');
  for (int i = 0; i < kMinHashSize; ++i) {
    for (int b = 0; b < 4; ++b) bytes[i * 4 + b] = static_cast<char>((fingerprint.minhash[i] >> (8 * b)) & 0xff);
  }
  return bytes;
}

bool MinHashFromBytes(std::string_view bytes, DocumentFingerprint* fingerprint) {
  if (bytes.size() != kMinHashSize * 4) return false;
  for (int i = 0; i < kMinHashSize; ++i) {
    uint32_t v = 0;
    for (int b = 0; b < 4; ++b) v |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[i * 4 + b])) << (8 * b);
    fingerprint->minhash[i] = v;
  }
  fingerprint->shingles = 1;
  return true;
}

}  // namespace dyadwatch::store
