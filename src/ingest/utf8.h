// UTF-8 validation and repair for incoming news text, and the decision to reject hopeless records.
#ifndef DYADWATCH_INGEST_UTF8_H_
#define DYADWATCH_INGEST_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dyadwatch::ingest {

// What a repair pass found in one piece of text.
struct Utf8Repair {
  size_t replacements = 0;    // U+FFFD characters written (one per maximal invalid subpart)
  size_t invalid_bytes = 0;   // input bytes those replacements stand for
  size_t nul_bytes = 0;       // raw 0x00 bytes (valid UTF-8, but never in real text)
  size_t control_bytes = 0;   // other C0 controls except TAB, LF, VT, FF, CR (binary-junk marker)
  bool changed() const { return replacements != 0; }
};

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool IsValidUtf8(std::string_view text);

// Writes `input` to `*out` (replacing its contents) with every ill-formed sequence replaced by
// U+FFFD. Follows the Unicode "maximal subpart" practice: a truncated but otherwise valid prefix of
// a sequence becomes one U+FFFD; each other stray byte (overlong lead, surrogate, > U+10FFFF,
// lone continuation) becomes its own U+FFFD. Also counts NUL and control bytes.
Utf8Repair RepairUtf8(std::string_view input, std::string* out);

// Counts NUL and control bytes of text that is already valid (the common, fast case).
Utf8Repair ScanControlBytes(std::string_view text);

// Share of invalid or control bytes above which a record is taken for binary junk rather than
// damaged text: real mis-encoded news (Latin-1 accents, cut sequences) stays far below it.
inline constexpr double kMaxJunkShare = 0.10;

// Returns "" when text of `size` bytes with these findings is worth coding, otherwise the reason
// for rejecting it, e.g. "contains NUL bytes (binary data?)".
std::string RejectionReason(const Utf8Repair& repair, size_t size);

}  // namespace dyadwatch::ingest

#endif  // DYADWATCH_INGEST_UTF8_H_
