#include "parse/pos_tag.h"

#include <array>

namespace dyadwatch::parse {
namespace {

constexpr std::array<std::string_view, kNumPosTags> kNames = {
    "NN",  "IN",  "DT",  "NNP", "PRP",  "JJ",  "RB",  ".",    "VB",  "NNS", ",",   "CC",  "VBD",
    "VBP", "VBZ", "CD",  "VBN", "VBG",  "MD",  "TO",  "PRP$", "-RRB-", "-LRB-", "WDT", ":", "WRB",
    "``",  "''",  "WP",  "RP",  "UH",   "POS", "HYPH", "NNPS", "JJR", "JJS", "EX",  "NFP", "RBR",
    "ADD", "GW",  "$",   "SYM", "PDT",  "LS",  "FW",  "RBS",  "AFX", "WP$", "XX",
};

}  // namespace

std::string_view PosTagName(PosTag tag) { return kNames[static_cast<int>(tag)]; }

std::optional<PosTag> PosTagFromName(std::string_view name) {
  for (int i = 0; i < kNumPosTags; ++i) {
    if (kNames[i] == name) return static_cast<PosTag>(i);
  }
  return std::nullopt;
}

}  // namespace dyadwatch::parse
