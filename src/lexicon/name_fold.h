// Folding of Latin diacritics for name matching: "ERDOĞAN" and "ERDOGAN", "NGUYỄN PHÚ TRỌNG" and
// "NGUYEN PHU TRONG", "ŁUKASZENKA" and "LUKASZENKA" are the same key. PhraseIndex::HashWord folds
// every word it hashes, so dictionary phrases and running text meet whichever way either side
// spells a name, at no cost for ASCII words (the common case: one OR over the bytes).
#ifndef DYADWATCH_LEXICON_NAME_FOLD_H_
#define DYADWATCH_LEXICON_NAME_FOLD_H_

#include <string>
#include <string_view>

namespace dyadwatch::lexicon {

// Writes `word` with Latin letters carrying diacritics (U+00C0-U+024F, U+1E00-U+1EFF) replaced by
// their upper-case ASCII base letters ("Ø" -> "O", "ß" -> "SS", "Ə" -> "E") and combining marks
// (U+0300-U+036F) dropped, into *out. Other characters are copied. Returns false, leaving *out
// untouched, when nothing would change.
bool FoldDiacritics(std::string_view word, std::string* out);

}  // namespace dyadwatch::lexicon

#endif  // DYADWATCH_LEXICON_NAME_FOLD_H_
