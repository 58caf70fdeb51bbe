// Tokenizer: UTF-8 text -> word, number, punctuation and symbol tokens with byte offsets.
//
// Rules (see tests/text_tokenizer_test.cc for examples):
// - Clitics are split off: "Japan's" -> JAPAN 'S, "didn't" -> DID N'T, "can't" -> CA N'T,
//   "they're" -> THEY 'RE (also with U+2019). Other inner apostrophes stay: "O'Brien", "d'Ivoire".
// - Hyphens split words into parts with a "-" token between: "China-US" -> CHINA - US,
//   "Jong-un" -> JONG - UN. Numbers are no exception: "COVID-19" -> COVID - 19, "2019-20" ->
//   2019 - 20, so the same rule holds everywhere and dictionary phrases match either way.
// - Dotted abbreviations keep their periods: "U.S.", "e.g.", "a.m.", "U.S.-led" -> U.S. - LED.
//   Known abbreviations ("Mr.", "Gen.", "Inc.", "etc.", "No." before a number) and single
//   capital initials ("W.") take their period too; every other period is its own token.
// - Numbers stay whole across decimal points, thousands commas, colons and slashes between
//   digits: "3.5", "2,000", "10:30", "12/05/2020". "5G", "10th", "1990s" are one token, and a
//   decimal point between digits never splits ("EY4108.9", "v2.0").
// - "..." (any run of periods) is one token; en/em dashes and minus are "-" tokens.
// - Web and e-mail addresses ("https://...", "www.example.com", "a.b@c.org") are single
//   kSymbol tokens; "?!", "!!!" are single tokens.
// Kinds: kNumber = digits with separators or an ordinal/decade suffix ("3.5", "10th", "1990s");
// a word with a letter elsewhere ("5G", "COVID") is kWord; kPunct = punctuation, quotes,
// dashes; kSymbol = currency, math, emoji, '*', URLs. Token::capitalized = the first character
// is an upper-case letter; Token::all_caps = at least two letters, all upper case.
// Offsets are uint32_t: texts must be under 4 GiB (ingest caps documents far below that).
#ifndef DYADWATCH_TEXT_TOKENIZER_H_
#define DYADWATCH_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/token.h"

namespace dyadwatch::text {

// Tokenizes a whole text without sentence splitting.
std::vector<Token> Tokenize(std::string_view text);

// The norms the tokenizer produces for a dictionary phrase, where '_' separates words like a
// space: "KIM_JONG-UN" -> {KIM, JONG, -, UN}, "MR._OBAMA" -> {MR., OBAMA}, "JAPAN'S" ->
// {JAPAN, 'S}. Runs exactly the code that tokenizes documents.
std::vector<std::string> TokenizePhrase(std::string_view phrase);

namespace internal {

// A token before its norm is built: what sentence splitting needs, in 12 bytes and without
// allocation. SplitSentences builds full Tokens (norm, case flags, number kind) only once it
// knows their sentence, so every token byte is read once for the norm and flags together.
struct RawToken {
  uint32_t begin = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;  // kWord covers numbers until BuildToken tells them apart
  uint8_t newlines_before = 0;  // line breaks in the whitespace before the token, capped at 2
};

// Appends the raw tokens of `text` to *tokens.
void TokenizeRaw(std::string_view text, std::vector<RawToken>* tokens);

// Fills *token (offsets, kind, flags, norm) from raw token `raw` of `text`.
void BuildToken(std::string_view text, const RawToken& raw, Token* token);

}  // namespace internal
}  // namespace dyadwatch::text

#endif  // DYADWATCH_TEXT_TOKENIZER_H_
