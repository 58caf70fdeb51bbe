// Tokens and sentences: the plain structs the text stage hands to every later stage.
#ifndef DYADWATCH_TEXT_TOKEN_H_
#define DYADWATCH_TEXT_TOKEN_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dyadwatch::text {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kSymbol };

struct Token {
  uint32_t begin = 0;  // byte offsets [begin, end) into the document text
  uint32_t end = 0;
  // Dictionary form: NFKC-normalised, curly quotes/apostrophes/dashes folded to ASCII, letters
  // upper-cased ("JAPAN", "'S", "N'T", "U.S.", "KIM", "-"). Equal surface words give equal norms.
  std::string norm;
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;  // first letter upper-case in the text ("Japan", "US")
  bool all_caps = false;     // every letter upper-case and at least two letters ("US", "NATO")
};

struct Sentence {
  uint32_t begin = 0;  // byte range of the sentence in the document text
  uint32_t end = 0;
  std::vector<Token> tokens;
};

}  // namespace dyadwatch::text

#endif  // DYADWATCH_TEXT_TOKEN_H_
