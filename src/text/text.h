// The text stage: document text -> debris-free sentences of tokens with byte offsets.
//
// Typical use:
//   const std::string cleaned = dyadwatch::text::BlankDebris(document.text);
//   std::vector<Sentence> sentences = dyadwatch::text::SplitSentences(cleaned);
//   // token/sentence offsets index both `cleaned` and `document.text` (same byte length).
// Dictionary loaders turn phrases into token norms with TokenizePhrase, which runs the very
// code that tokenizes documents, so both sides agree.
#ifndef DYADWATCH_TEXT_TEXT_H_
#define DYADWATCH_TEXT_TEXT_H_

#include "text/debris.h"             // BlankDebris
#include "text/normalize.h"          // NormalizeWord, NormalizeWordInto
#include "text/sentence_splitter.h"  // SplitSentences, kMaxSentenceTokens
#include "text/token.h"              // Token, Sentence, TokenKind
#include "text/tokenizer.h"          // Tokenize, TokenizePhrase

#endif  // DYADWATCH_TEXT_TEXT_H_
