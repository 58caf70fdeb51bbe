// Sentence splitting over the token stream.
//
// A sentence ends:
// - at a blank line, always;
// - at a line break after a line that does not end in terminal punctuation (headlines such as
//   "Japan rejects U.S. request"), unless the next line starts with a lower-case letter or the
//   line ends in , ; : - ( or a title ("Mr."), which signals a wrapped line. In hard-wrapped
//   text (at least 3, and a fifth, of the single line breaks fall between a word and a
//   lower-case word) single line breaks count as spaces;
// - after . ! ? ... and their Unicode kin, plus any closing quotes/brackets glued to them
//   (`He said: "We agree." Then` splits after the quote), unless the next token is a
//   lower-case word or , ; : ) (`"Why?" he asked`, `"We will not join," he said.`);
// - after an abbreviation only if the next word makes that likely: titles ("Mr.", "Gen.",
//   "e.g.", "No.") never end a sentence; "etc.", "a.m.", "p.m." end one before any capitalised
//   word; "U.S.", "Inc.", "Jr.", initials ("W.") end one only before a common sentence opener
//   ("... in the U.S. The next" splits, "U.S. President", "George W. Bush" do not);
// - when it reaches kMaxSentenceTokens: it is cut after the last ; : or , in the final two
//   thirds of the window, else hard at the cap, so pathological input stays bounded.
// Sentences without a word (stray punctuation, symbols, paragraph numbers such as "2.") are
// dropped.
#ifndef DYADWATCH_TEXT_SENTENCE_SPLITTER_H_
#define DYADWATCH_TEXT_SENTENCE_SPLITTER_H_

#include <string_view>
#include <vector>

#include "text/token.h"

namespace dyadwatch::text {

inline constexpr size_t kMaxSentenceTokens = 150;

// Tokenizes `text` and splits it into sentences. Token and sentence offsets index `text`
// (and, as BlankDebris keeps byte lengths, the original text before debris removal).
std::vector<Sentence> SplitSentences(std::string_view text);

}  // namespace dyadwatch::text

#endif  // DYADWATCH_TEXT_SENTENCE_SPLITTER_H_
