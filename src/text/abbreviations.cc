#include "text/abbreviations.h"

#include <algorithm>
#include <array>

namespace dyadwatch::text::internal {
namespace {

// Titles and other words that precede what they qualify; never sentence-final in practice.
constexpr std::array<std::string_view, 37> kTitles = {
    "ADM",  "AMB",   "ATTY",   "BRIG", "CAPT", "CMDR", "COL",  "CPL",  "DR",   "FR",
    "GEN",  "GOV",   "HON",    "LT",   "MAJ",  "MESSRS", "MLLE", "MME", "MR",  "MRS",
    "MS",   "NO",    "NOS",    "PRES", "PROF", "PVT",  "REP",  "REV",  "SEC",  "SEN",
    "SGT",  "SUPT",  "VS",     "GENS", "E.G.", "I.E.", "V"};

// Abbreviations that regularly stand at the end of a sentence as well as inside one.
constexpr std::array<std::string_view, 30> kFlexible = {
    "APR",  "ASSN", "AUG",  "AVE",  "BLVD", "BROS", "CO",   "CORP", "DEC",  "DEPT",
    "FEB",  "FT",   "INC",  "JAN",  "JR",   "JUL",  "JUN",  "LTD",  "MT",   "NOV",
    "OCT",  "SEP",  "SEPT", "SR",   "ST",   "UNIV", "MAR",  "ESQ",  "PLC",  "APPROX"};

// Abbreviations written in lower case too; all others take their period only when capitalised
// ("Rev." but not "the engine's rev.", "Col." but not "a mountain col.").
constexpr std::array<std::string_view, 13> kLowerCaseToo = {
    "APPROX", "CHAP", "ETC", "NO", "NOS", "PARA", "PARAS", "PP", "SECT", "VOL", "VS", "AL", "V"};

// Reference words that introduce a number or numeral: "sect. IV", "para. 3", "pp. 12-14".
constexpr std::array<std::string_view, 6> kReferences = {"CHAP", "PARA", "PARAS", "PP", "SECT",
                                                         "VOL"};

// Abbreviations that are followed by a capital only when a new sentence starts.
constexpr std::array<std::string_view, 4> kBeforeCapital = {"ETC", "A.M.", "P.M.", "AL"};

// Sorted copies for binary search (the literals above are grouped by meaning, not sorted).
template <size_t N>
std::array<std::string_view, N> Sorted(std::array<std::string_view, N> words) {
  std::sort(words.begin(), words.end());
  return words;
}

template <size_t N>
bool Contains(const std::array<std::string_view, N>& sorted, std::string_view key) {
  return std::binary_search(sorted.begin(), sorted.end(), key);
}

// Upper-cases an ASCII word into buffer; returns "" if it is too long or not ASCII letters/dots.
std::string_view UpperAscii(std::string_view word, char (&buffer)[16]) {
  if (word.empty() || word.size() > sizeof(buffer)) return {};
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    if (!((c >= 'A' && c <= 'Z') || c == '.')) return {};
    buffer[i] = c;
  }
  return std::string_view(buffer, word.size());
}

const auto& SortedTitles() {
  static const auto sorted = Sorted(kTitles);
  return sorted;
}
const auto& SortedFlexible() {
  static const auto sorted = Sorted(kFlexible);
  return sorted;
}
const auto& SortedBeforeCapital() {
  static const auto sorted = Sorted(kBeforeCapital);
  return sorted;
}

constexpr std::array<std::string_view, 96> kOpeners = {
    "A",         "ACCORDING", "AFTER",    "ALL",      "ALSO",     "ALTHOUGH",  "AMONG",
    "AN",        "AND",       "ANOTHER",  "ANY",      "AS",       "AT",        "BECAUSE",
    "BEFORE",    "BOTH",      "BUT",      "BY",       "DESPITE",  "DURING",    "EACH",
    "EARLIER",   "EVEN",      "EVERY",    "FOR",      "FROM",     "FURTHERMORE", "HE",
    "HENCE",     "HER",       "HERE",     "HIS",      "HOW",      "HOWEVER",   "I",
    "IF",        "IN",        "INSTEAD",  "IT",       "ITS",      "LAST",      "LATER",
    "MANY",      "MEANWHILE", "MOREOVER", "MOST",     "MY",       "NEVERTHELESS", "NO",
    "NONETHELESS", "NOR",     "NOT",      "NOW",      "ON",       "ONE",       "ONLY",
    "OR",        "OTHER",     "OUR",      "OVER",     "SEVERAL",  "SHE",       "SINCE",
    "SO",        "SOME",      "STILL",    "SUCH",     "THAT",     "THE",       "THEIR",
    "THEN",      "THERE",     "THEREFORE", "THESE",   "THEY",     "THIS",      "THOSE",
    "THOUGH",    "THUS",      "TO",       "TODAY",    "UNDER",    "UNLIKE",    "UNTIL",
    "WE",        "WHAT",      "WHEN",     "WHERE",    "WHETHER",  "WHICH",     "WHILE",
    "WHO",       "WHY",       "WITH",     "YET",      "YOU"};

const auto& SortedLowerCaseToo() {
  static const auto sorted = Sorted(kLowerCaseToo);
  return sorted;
}
const auto& SortedReferences() {
  static const auto sorted = Sorted(kReferences);
  return sorted;
}

const auto& SortedOpeners() {
  static const auto sorted = Sorted(kOpeners);
  return sorted;
}

}  // namespace

bool TakesAbbreviationPeriod(std::string_view word) {
  char buffer[16];
  const std::string_view upper = UpperAscii(word, buffer);
  if (upper.empty()) return false;
  if (word[0] >= 'a' && word[0] <= 'z' && !Contains(SortedLowerCaseToo(), upper)) return false;
  return Contains(SortedTitles(), upper) || Contains(SortedFlexible(), upper) ||
         Contains(SortedBeforeCapital(), upper) || Contains(SortedReferences(), upper);
}

AbbreviationKind ClassifyAbbreviation(std::string_view norm) {
  if (norm.size() < 2 || norm.back() != '.') return AbbreviationKind::kNone;
  if (Contains(SortedTitles(), norm) || Contains(SortedBeforeCapital(), norm)) {
    // "E.G." / "A.M." are stored with their periods; the rest without.
    return Contains(SortedTitles(), norm) ? AbbreviationKind::kTitle
                                          : AbbreviationKind::kBeforeCapital;
  }
  const std::string_view stem = norm.substr(0, norm.size() - 1);
  if (Contains(SortedTitles(), stem) || Contains(SortedReferences(), stem)) {
    return AbbreviationKind::kTitle;
  }
  if (Contains(SortedBeforeCapital(), stem)) return AbbreviationKind::kBeforeCapital;
  if (Contains(SortedFlexible(), stem)) return AbbreviationKind::kFlexible;
  // Dotted forms ("U.S.", "PH.D.") and single initials ("W.") made by the tokenizer.
  const bool has_letter = stem.find_first_not_of('.') != std::string_view::npos;
  if (has_letter && (stem.find('.') != std::string_view::npos || stem.size() == 1)) {
    return AbbreviationKind::kFlexible;
  }
  return AbbreviationKind::kNone;
}

bool IsCommonSentenceOpener(std::string_view norm) { return Contains(SortedOpeners(), norm); }

}  // namespace dyadwatch::text::internal
