#include "parse/tagger_features.h"

#include <algorithm>
#include <string_view>

namespace dyadwatch::parse {
namespace {

// Feature template ids (part of the model format: changing one invalidates trained models).
enum Template : uint32_t {
  kBias, kCased, kNorm, kSuffix1, kSuffix2, kSuffix3, kSuffix4, kPrefix1, kPrefix2, kPrefix3,
  kShape, kFlags, kPrevNorm, kPrevSuffix3, kPrev2Norm, kNextNorm, kNextSuffix3, kNext2Norm,
  kClass, kNextClass, kNext2Class, kPrevNormNorm, kNormNextNorm, kNextShape, kPrevFlags,
  kClassNextClass, kSuffix3Flags, kNextNext2Norm, kPrevClass,
  kTitleCaseFlags,
  // Second pass only: first-pass tags of the word and its right neighbours.
  kOwnGuess = 30, kNextGuess, kNextGuesses, kNormNextGuess, kGuessNextGuess, kPrevTagNextGuess,
  kAutoClass = 36, kNextAutoClass, kPrevAutoClass, kAutoClassSuffix3,
  kPrevTag = 40, kPrevTags, kPrevTagNorm, kPrevTagNextClass, kPrevTagSuffix3, kPrev2Tag,
  kPrevTagNextNorm,
};

constexpr uint64_t kUnknownClass = 0xfffffffeULL;

uint64_t CapitalisationBits(const text::Token& t) {
  return (t.capitalized ? 1u : 0u) | (t.all_caps ? 2u : 0u);
}

// Word shape from the norm and the capitalisation flags: letters x/X, digits d, other bytes kept,
// runs of one class collapsed ("Xx", "X.X.", "d,d", "x-x").
uint64_t ShapeHash(const text::Token& t) {
  char shape[16];
  int n = 0;
  char last = 0;
  bool first_letter = true;
  for (unsigned char c : t.norm) {
    char s;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80) {
      if (c >= 0x80 && c < 0xC0) continue;  // UTF-8 continuation byte: same character
      s = (t.all_caps || (t.capitalized && first_letter)) ? 'X' : 'x';
      first_letter = false;
    } else if (c >= '0' && c <= '9') {
      s = 'd';
    } else {
      s = static_cast<char>(c);
    }
    if (s == last) continue;
    last = s;
    if (n < 16) shape[n++] = s;
  }
  return HashBytes(std::string_view(shape, n), 0x5ba9e);
}

// glue: bit 0 = no space before the token, bit 1 = no space after it (a hyphen inside
// "China-US" vs a dash between spaces; opening vs closing quotes).
uint64_t FlagBits(const text::Token& t, bool first, uint64_t glue) {
  bool digit = false, hyphen = false, period = false;
  for (char c : t.norm) {
    digit |= c >= '0' && c <= '9';
    hyphen |= c == '-';
    period |= c == '.';
  }
  return CapitalisationBits(t) | (digit ? 4u : 0u) | (hyphen ? 8u : 0u) | (period ? 16u : 0u) |
         (first ? 32u : 0u) | (glue << 6);
}

}  // namespace

uint64_t NormHash(const text::Token& token) { return HashBytes(token.norm); }

uint64_t CasedHash(const text::Token& token) {
  return FeatureKey(kCased, HashBytes(token.norm), CapitalisationBits(token));
}

void TagFeatureExtractor::Prepare(const text::Sentence& sentence, const TagLexicon& lexicon) {
  first_pass_ = nullptr;
  has_auto_classes_ = lexicon.auto_class.size() > 0;
  const auto& tokens = sentence.tokens;
  words_.resize(tokens.size());
  // Word hashes first, prefetching their lexicon slots, so the lookups below mostly hit cache.
  for (size_t i = 0; i < tokens.size(); ++i) {
    Word& w = words_[i];
    w.norm = HashBytes(tokens[i].norm);
    w.cased = FeatureKey(kCased, w.norm, CapitalisationBits(tokens[i]));
    lexicon.ambiguity_class.Prefetch(w.norm);
    lexicon.auto_class.Prefetch(w.norm);
    lexicon.unambiguous.Prefetch(w.cased);
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    const text::Token& t = tokens[i];
    Word& w = words_[i];
    std::string_view norm = t.norm;
    // Affixes are byte strings of the upper-cased norm; a cut inside a UTF-8 character is
    // harmless because training and tagging cut the same way.
    for (int k = 0; k < 4; ++k) {
      size_t len = std::min<size_t>(norm.size(), k + 1);
      w.suffix[k] = HashBytes(norm.substr(norm.size() - len), 0x5f + k);
    }
    for (int k = 0; k < 3; ++k) {
      w.prefix[k] = HashBytes(norm.substr(0, std::min<size_t>(norm.size(), k + 1)), 0x9f + k);
    }
    w.shape = ShapeHash(t);
    uint64_t glue = (i > 0 && tokens[i - 1].end == t.begin ? 1u : 0u) |
                    (i + 1 < tokens.size() && tokens[i + 1].begin == t.end ? 2u : 0u);
    w.flags = FlagBits(t, i == 0, glue);
    uint32_t klass = lexicon.ambiguity_class.Find(w.norm);
    w.klass = klass == KeyIndex::kMissing ? kUnknownClass : klass;
    uint32_t auto_klass = lexicon.auto_class.Find(w.norm);
    w.auto_klass = auto_klass == KeyIndex::kMissing ? kUnknownClass : auto_klass;
    uint32_t forced = lexicon.unambiguous.Find(w.cased);
    w.forced_tag = forced == KeyIndex::kMissing ? -1 : static_cast<int>(forced);
  }
  // Headlines and titles capitalise common nouns: how capitalised the sentence is tells whether a
  // capital letter means a name.
  int words = 0, capitals = 0;
  for (const auto& t : tokens) {
    if (t.kind != text::TokenKind::kWord) continue;
    ++words;
    capitals += t.capitalized;
  }
  title_case_ = words < 3 ? 3 : capitals * 4 >= words * 3 ? 2 : capitals * 2 >= words ? 1 : 0;
  start_ = Word{};
  start_.norm = start_.cased = start_.shape = start_.klass = start_.auto_klass = 0x57a27ULL;
  for (auto& s : start_.suffix) s = 0x57a27ULL;
  end_ = start_;
  end_.norm = end_.cased = end_.shape = end_.klass = end_.auto_klass = 0xe2dULL;
  for (auto& s : end_.suffix) s = 0xe2dULL;
}

const TagFeatureExtractor::Word& TagFeatureExtractor::At(int i) const {
  if (i < 0) return start_;
  if (i >= size()) return end_;
  return words_[i];
}

int TagFeatureExtractor::StaticFeatures(int i, uint64_t* out) const {
  const Word& w = words_[i];
  const Word& p1 = At(i - 1);
  const Word& p2 = At(i - 2);
  const Word& n1 = At(i + 1);
  const Word& n2 = At(i + 2);
  int n = 0;
  out[n++] = FeatureKey(kBias, 0);
  out[n++] = w.cased;
  out[n++] = FeatureKey(kNorm, w.norm);
  out[n++] = FeatureKey(kSuffix1, w.suffix[0]);
  out[n++] = FeatureKey(kSuffix2, w.suffix[1]);
  out[n++] = FeatureKey(kSuffix3, w.suffix[2]);
  out[n++] = FeatureKey(kSuffix4, w.suffix[3]);
  out[n++] = FeatureKey(kPrefix1, w.prefix[0]);
  out[n++] = FeatureKey(kPrefix2, w.prefix[1]);
  out[n++] = FeatureKey(kPrefix3, w.prefix[2]);
  out[n++] = FeatureKey(kShape, w.shape);
  out[n++] = FeatureKey(kFlags, w.flags);
  out[n++] = FeatureKey(kPrevNorm, p1.norm);
  out[n++] = FeatureKey(kPrevSuffix3, p1.suffix[2]);
  out[n++] = FeatureKey(kPrev2Norm, p2.norm);
  out[n++] = FeatureKey(kNextNorm, n1.norm);
  out[n++] = FeatureKey(kNextSuffix3, n1.suffix[2]);
  out[n++] = FeatureKey(kNext2Norm, n2.norm);
  out[n++] = FeatureKey(kClass, w.klass);
  out[n++] = FeatureKey(kNextClass, n1.klass);
  out[n++] = FeatureKey(kNext2Class, n2.klass);
  out[n++] = FeatureKey(kPrevNormNorm, p1.norm, w.norm);
  out[n++] = FeatureKey(kNormNextNorm, w.norm, n1.norm);
  out[n++] = FeatureKey(kNextShape, n1.shape);
  out[n++] = FeatureKey(kPrevFlags, p1.flags);
  out[n++] = FeatureKey(kClassNextClass, w.klass, n1.klass);
  out[n++] = FeatureKey(kSuffix3Flags, w.suffix[2], w.flags);
  out[n++] = FeatureKey(kNextNext2Norm, n1.norm, n2.norm);
  out[n++] = FeatureKey(kPrevClass, p1.klass);
  out[n++] = FeatureKey(kTitleCaseFlags, w.flags, title_case_);
  if (has_auto_classes_) {
    out[n++] = FeatureKey(kAutoClass, w.auto_klass);
    out[n++] = FeatureKey(kNextAutoClass, n1.auto_klass);
    out[n++] = FeatureKey(kPrevAutoClass, p1.auto_klass);
    out[n++] = FeatureKey(kAutoClassSuffix3, w.auto_klass, w.suffix[2]);
  }
  if (first_pass_ != nullptr) {
    uint64_t own = GuessAt(i), next = GuessAt(i + 1), next2 = GuessAt(i + 2);
    out[n++] = FeatureKey(kOwnGuess, own);
    out[n++] = FeatureKey(kNextGuess, next);
    out[n++] = FeatureKey(kNextGuesses, next, next2);
    out[n++] = FeatureKey(kNormNextGuess, w.norm, next);
    out[n++] = FeatureKey(kGuessNextGuess, own, next);
  }
  return n;
}

int TagFeatureExtractor::DynamicFeatures(int i, int prev, int prev2, uint64_t* out) const {
  const Word& w = words_[i];
  int n = 0;
  out[n++] = FeatureKey(kPrevTag, prev);
  out[n++] = FeatureKey(kPrevTags, prev, prev2);
  out[n++] = FeatureKey(kPrevTagNorm, w.norm, prev);
  out[n++] = FeatureKey(kPrevTagNextClass, At(i + 1).klass, prev);
  out[n++] = FeatureKey(kPrevTagSuffix3, w.suffix[2], prev);
  out[n++] = FeatureKey(kPrev2Tag, prev2);
  out[n++] = FeatureKey(kPrevTagNextNorm, At(i + 1).norm, prev);
  if (first_pass_ != nullptr) out[n++] = FeatureKey(kPrevTagNextGuess, GuessAt(i + 1), prev);
  return n;
}

}  // namespace dyadwatch::parse
