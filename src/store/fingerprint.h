// Document fingerprints for duplicate detection: an exact content hash (whitespace-insensitive)
// and a MinHash signature over word 3-shingles, with LSH band keys to find candidates cheaply.
#ifndef DYADWATCH_STORE_FINGERPRINT_H_
#define DYADWATCH_STORE_FINGERPRINT_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace dyadwatch::store {

inline constexpr int kMinHashSize = 64;
// 16 bands of 4 rows: a pair with shingle Jaccard J shares a band with probability
// 1 - (1 - J^4)^16, i.e. 0.65 at J=0.4, 0.99 at J=0.6; candidates are then checked on the whole
// signature, so the threshold itself is StoreOptions::near_duplicate_jaccard.
inline constexpr int kMinHashBands = 16;
inline constexpr int kMinHashRows = kMinHashSize / kMinHashBands;

struct DocumentFingerprint {
  std::string content_hash;  // 32 hex digits over the text with whitespace runs collapsed
  std::array<uint32_t, kMinHashSize> minhash{};
  int shingles = 0;          // distinct shingles seen; 0 means the signature is meaningless
};

// 64-bit non-cryptographic hash (multiply-xorshift over 8-byte words).
uint64_t HashBytes(std::string_view bytes, uint64_t seed);

DocumentFingerprint FingerprintDocument(std::string_view text);

// Estimated Jaccard similarity of the two shingle sets: the share of equal signature slots.
double EstimateJaccard(const DocumentFingerprint& a, const DocumentFingerprint& b);

// The key of band `band` (0..kMinHashBands-1), as stored by the backends (signed for SQL).
int64_t MinHashBandKey(const DocumentFingerprint& fingerprint, int band);

// The signature as bytes (little-endian uint32s) and back, for storage.
std::string MinHashToBytes(const DocumentFingerprint& fingerprint);
bool MinHashFromBytes(std::string_view bytes, DocumentFingerprint* fingerprint);

}  // namespace dyadwatch::store

#endif  // DYADWATCH_STORE_FINGERPRINT_H_
