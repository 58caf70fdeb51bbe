// JSON string output shared by every writer of JSON (events, summaries, server answers).
#ifndef DYADWATCH_COMMON_JSON_ESCAPE_H_
#define DYADWATCH_COMMON_JSON_ESCAPE_H_

#include <string>
#include <string_view>

namespace dyadwatch {

// Appends `text` as a quoted JSON string: '"' and '\\' are escaped, control characters become
// \n, \t, \r, \b, \f or \u00XX; everything else (UTF-8 included) is copied as is, so the output is
// valid JSON whenever `text` is valid UTF-8.
void AppendJsonString(std::string_view text, std::string* out);

}  // namespace dyadwatch

#endif  // DYADWATCH_COMMON_JSON_ESCAPE_H_
