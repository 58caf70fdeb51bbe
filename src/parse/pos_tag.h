// Penn Treebank part-of-speech tags as used in the XPOS column of UD English EWT.
#ifndef DYADWATCH_PARSE_POS_TAG_H_
#define DYADWATCH_PARSE_POS_TAG_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace dyadwatch::parse {

// The order is part of the model file format (tags are stored by index); a model records the
// names it was trained with and loading refuses a model whose list differs.
enum class PosTag : uint8_t {
  kNN, kIN, kDT, kNNP, kPRP, kJJ, kRB, kPeriod, kVB, kNNS, kComma, kCC, kVBD, kVBP, kVBZ, kCD,
  kVBN, kVBG, kMD, kTO, kPRPS, kRRB, kLRB, kWDT, kColon, kWRB, kOpenQuote, kCloseQuote, kWP, kRP,
  kUH, kPOS, kHYPH, kNNPS, kJJR, kJJS, kEX, kNFP, kRBR, kADD, kGW, kDollar, kSYM, kPDT, kLS, kFW,
  kRBS, kAFX, kWPS, kXX,
};

inline constexpr int kNumPosTags = 50;

// Penn names in enum order ("PRP$", "-LRB-", "``" ...).
std::string_view PosTagName(PosTag tag);
std::optional<PosTag> PosTagFromName(std::string_view name);

// Coarse classes the chunker and the coder ask about.
inline bool IsNoun(PosTag t) {
  return t == PosTag::kNN || t == PosTag::kNNS || t == PosTag::kNNP || t == PosTag::kNNPS;
}
inline bool IsProperNoun(PosTag t) { return t == PosTag::kNNP || t == PosTag::kNNPS; }
inline bool IsVerb(PosTag t) {
  return t == PosTag::kVB || t == PosTag::kVBD || t == PosTag::kVBP || t == PosTag::kVBZ ||
         t == PosTag::kVBN || t == PosTag::kVBG;
}
inline bool IsAdjective(PosTag t) {
  return t == PosTag::kJJ || t == PosTag::kJJR || t == PosTag::kJJS;
}
inline bool IsAdverb(PosTag t) {
  return t == PosTag::kRB || t == PosTag::kRBR || t == PosTag::kRBS;
}

}  // namespace dyadwatch::parse

#endif  // DYADWATCH_PARSE_POS_TAG_H_
