// Token::norm, the dictionary form of a word: NFKC, quotes and dashes folded to ASCII, upper case.
#ifndef DYADWATCH_TEXT_NORMALIZE_H_
#define DYADWATCH_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace dyadwatch::text {

// Returns the norm of one surface word: "Japan’s" -> "JAPAN'S", "—" -> "-", "ﬁrst" -> "FIRST",
// "Zürich" -> "ZÜRICH". Invisible format characters (soft hyphen, bidi marks, BOM) are dropped;
// ZWJ/ZWNJ are kept. ASCII input never touches ICU. Thread-safe.
std::string NormalizeWord(std::string_view surface);

// Same as NormalizeWord but writes into *norm (replacing its contents), so callers can reuse
// the string's buffer.
void NormalizeWordInto(std::string_view surface, std::string* norm);

}  // namespace dyadwatch::text

#endif  // DYADWATCH_TEXT_NORMALIZE_H_
