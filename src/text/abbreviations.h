// Word lists shared by the tokenizer (which periods belong to a word) and the sentence splitter
// (which of those periods may still end a sentence). Internal to the text stage.
#ifndef DYADWATCH_TEXT_ABBREVIATIONS_H_
#define DYADWATCH_TEXT_ABBREVIATIONS_H_

#include <string_view>

namespace dyadwatch::text::internal {

// True if `word` (letters only, without its period) takes a period as part of the token: "Mr",
// "Gen", "Inc", "Sept", "etc", "vs", "sect". Most need a capital ("Rev." yes, "rev." no); "etc",
// "vs", "approx", "no", "sect", "para", "pp", "vol" may be lower case. "No" is in the list but
// the tokenizer only attaches its period before a number ("No. 10").
bool TakesAbbreviationPeriod(std::string_view word);

enum class AbbreviationKind {
  kNone,           // not an abbreviation: a final period is a sentence end
  kTitle,          // "MR." "GEN." "E.G." "NO." "SECT.": never ends a sentence (introduces something)
  kFlexible,       // "U.S." "INC." "JR." "W.": ends one only before a common sentence opener
  kBeforeCapital,  // "ETC." "A.M." "P.M.": ends one before any capitalised word
};

// Classifies a token norm that ends in '.', e.g. "MR.", "U.S.", "W.". Norms are upper case.
AbbreviationKind ClassifyAbbreviation(std::string_view norm);

// True for upper-case norms of words that commonly open an English sentence and are rarely part
// of a name after an abbreviation ("THE", "HE", "HOWEVER", "IN"). Used to decide whether
// "... in the U.S. The next" ends a sentence after "U.S.".
bool IsCommonSentenceOpener(std::string_view norm);

}  // namespace dyadwatch::text::internal

#endif  // DYADWATCH_TEXT_ABBREVIATIONS_H_
