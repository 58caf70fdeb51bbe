// Event -> TSV, Phoenix-style: one event per line after a header line, columns
//   doc_id sentence date source target code root quad_class goldstein source_country
//   target_country mood source_text target_text rule
// Text fields escape backslash, TAB, LF and CR as \\, \t, \n and \r so every event is one line of
// exactly 15 fields; goldstein is written in shortest round-trip form ("3.4", "-10").
#ifndef DYADWATCH_COMMON_EVENT_TSV_H_
#define DYADWATCH_COMMON_EVENT_TSV_H_

#include <string>

#include "dyadwatch/event.h"

namespace dyadwatch {

// The header line, without a trailing newline.
extern const char kEventTsvHeader[];

// Appends one event line (with its trailing newline) to *out.
void AppendEventTsv(const Event& event, std::string* out);

}  // namespace dyadwatch

#endif  // DYADWATCH_COMMON_EVENT_TSV_H_
