// Small text helpers shared by the dictionary readers (internal to the lexicon stage).
#ifndef DYADWATCH_LEXICON_READER_UTIL_H_
#define DYADWATCH_LEXICON_READER_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyadwatch/status.h"
#include "lexicon/actors.h"  // StemMode

namespace dyadwatch::lexicon::internal {

// Reads a whole file; the error names the path.
Result<std::string> ReadWholeFile(const std::string& path);

std::string_view Trim(std::string_view text);
std::string ToUpper(std::string_view text);
std::vector<std::string_view> SplitWhitespace(std::string_view text);

// Walks the lines of a dictionary file, 1-based line numbers, '\r' removed.
class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {}
  // False at end of input.
  bool Next(std::string_view* line);
  uint32_t line_number() const { return line_number_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  uint32_t line_number_ = 0;
};

// Splits "content # comment" at the first '#'; both parts trimmed.
void SplitComment(std::string_view line, std::string_view* content, std::string_view* comment);

// "file:line: message"
std::string LineError(std::string_view file, uint32_t line, std::string_view message);

// A dictionary phrase ("MR._OBAMA_", "+SOUTH_KOREA", "FOREIGN MINISTER") as token norms, produced by
// text::TokenizePhrase so that both sides agree. Leading '+' is not stripped here. A trailing '_'
// marks the last word exact; `stem` is set when it is absent and `mode` is kTabari.
struct PhraseWords {
  std::vector<std::string> words;
  bool stem = false;
  bool exact_end = false;  // written with a trailing '_' ("LIBYA_")
};
PhraseWords DictionaryPhrase(std::string_view raw, StemMode mode);

}  // namespace dyadwatch::lexicon::internal

#endif  // DYADWATCH_LEXICON_READER_UTIL_H_
