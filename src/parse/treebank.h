// Reading UD treebanks (CoNLL-U) into tokens shaped like the text stage's output, for training and
// evaluating the tagger and parser.
#ifndef DYADWATCH_PARSE_TREEBANK_H_
#define DYADWATCH_PARSE_TREEBANK_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyadwatch/status.h"
#include "parse/pos_tag.h"
#include "text/token.h"

namespace dyadwatch::parse {

struct TreebankWord {
  std::string form;
  PosTag tag = PosTag::kXX;
  int head = -1;        // 0-based index of the head word, -1 for the root
  std::string deprel;   // UD relation without subtype ("nsubj", "obj", ...)
  bool space_after = true;  // false for SpaceAfter=No (and inside "don't", "co-workers")
};

struct TreebankSentence {
  std::vector<TreebankWord> words;
};

struct TreebankOptions {
  // Our tokenizer splits "co-workers" into "co" "-" "workers"; EWT keeps a few hundred such words
  // whole. Splitting them here trains the tagger on what it will see (heads are then approximate).
  bool split_hyphenated_words = false;
};

// Reads the syntactic words of every sentence (multi-word token ranges and empty nodes skipped).
// Errors name the file and line.
Result<std::vector<TreebankSentence>> ReadConllu(const std::string& path,
                                                 const TreebankOptions& options = {});

// Builds the token the text stage would produce for a surface form: upper-cased NFKC norm with
// quotes/dashes folded, capitalisation flags, kind. Offsets are left 0.
text::Token MakeToken(std::string_view form);

// Tokens for a treebank sentence, with offsets as in the original text (one space where the
// treebank has one), so that features which look at spacing see what they see in documents.
text::Sentence MakeSentence(const TreebankSentence& sentence);

}  // namespace dyadwatch::parse

#endif  // DYADWATCH_PARSE_TREEBANK_H_
