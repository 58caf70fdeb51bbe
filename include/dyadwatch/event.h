// A coded event: one (source, verb, target) found in one sentence. Field meanings follow the
// contract in README.md ("Event format").
#ifndef DYADWATCH_EVENT_H_
#define DYADWATCH_EVENT_H_

#include <cstdint>
#include <string>

namespace dyadwatch {

// Byte range [begin, end) into Document::text. begin == end means "absent".
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return begin == end; }
};

struct Event {
  std::string doc_id;
  int sentence = 0;              // 0-based sentence index within the document
  std::string date;              // YYYY-MM-DD
  std::string source;            // full CAMEO actor code, e.g. "JPNGOV"
  std::string target;
  std::string source_country;    // ISO alpha-3 / CAMEO country code or ""
  std::string target_country;
  std::string source_text;       // the text that named each actor
  std::string target_text;
  std::string code;              // CAMEO event code with leading zeros, e.g. "0231"
  std::string root;              // 2-digit root, e.g. "02"
  int quad_class = 0;            // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0.0;
  std::string mood = "asserted"; // asserted | negated | future | hypothetical | reported
  std::string sentence_text;
  Span sentence_span;
  Span source_span;
  Span verb_span;
  Span target_span;
  std::string rule;              // dictionary entry or rule that produced the code
};

// Serialises one event as a single JSON object (no trailing newline), fields as in the contract.
std::string EventToJson(const Event& event);

}  // namespace dyadwatch

#endif  // DYADWATCH_EVENT_H_
