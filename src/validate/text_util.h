// Small text helpers shared by the suite readers (internal to the validate stage).
#ifndef DYADWATCH_VALIDATE_TEXT_UTIL_H_
#define DYADWATCH_VALIDATE_TEXT_UTIL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyadwatch/status.h"

namespace dyadwatch::validate {

// Reads a whole file; ill-formed UTF-8 is repaired (U+FFFD), as the ingest stage does for news.
Result<std::string> ReadTextFile(const std::string& path);

std::string_view Trim(std::string_view text);
std::vector<std::string_view> SplitBlanks(std::string_view text);
// Runs of blanks and line breaks become one blank; the ends are trimmed.
std::string JoinLines(std::string_view text);
// &amp; &lt; &gt; &quot; &apos; -> the character.
std::string DecodeXmlEntities(std::string_view text);
// "19950101" or TABARI's "950101" (YY 00-30 = 20YY, as the dictionaries' dates) -> "1995-01-01";
// "" when it is not a valid date.
std::string IsoDate(std::string_view digits);

// 1-based line numbers of byte offsets, for offsets asked in increasing order.
class LineCounter {
 public:
  explicit LineCounter(std::string_view text) : text_(text) {}
  uint32_t LineOf(size_t offset);

 private:
  std::string_view text_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
};

}  // namespace dyadwatch::validate

#endif  // DYADWATCH_VALIDATE_TEXT_UTIL_H_
