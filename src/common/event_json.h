// Event <-> JSON Lines, the `dyadwatch code` output format (fields as in CONTRACT.md):
//   {"doc_id", "sentence", "date", "source", "target", "source_country", "target_country",
//    "source_text", "target_text", "code", "root", "quad_class", "goldstein", "mood",
//    "evidence": {"sentence_text", "sentence_span", "source_span", "verb_span", "target_span"},
//    "rule"}
// Spans are [begin, end] byte offsets into the document text, or null when absent (empty).
// EventToJson itself is declared in dyadwatch/event.h.
#ifndef DYADWATCH_COMMON_EVENT_JSON_H_
#define DYADWATCH_COMMON_EVENT_JSON_H_

#include <string>
#include <string_view>

#include "dyadwatch/event.h"
#include "dyadwatch/status.h"

namespace dyadwatch {

// Appends EventToJson(event) to *out without an intermediate string.
void AppendEventJson(const Event& event, std::string* out);

// Reads one line written by AppendEventJson (or by hand: missing fields keep their defaults,
// unknown fields are ignored) into *event.
Status ParseEventJson(std::string_view line, Event* event);

}  // namespace dyadwatch

#endif  // DYADWATCH_COMMON_EVENT_JSON_H_
