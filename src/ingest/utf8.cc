// UTF-8 repair: a byte-at-a-time state machine after a SIMD validity check, because almost all
// input is valid and only needs the check.
#include "ingest/utf8.h"

#include <simdjson.h>

#include <cstdio>

namespace dyadwatch::ingest {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

inline bool IsControlByte(unsigned char c) {
  // TAB, LF, VT, FF and CR occur in real text; the other C0 controls mark binary data.
  return c < 0x20 && (c < 0x09 || c > 0x0D);
}

// Length of the longest well-formed prefix (1..4) of the sequence starting at s[0] if it is
// complete, or -k when only k bytes (k >= 1) form a valid but incomplete/broken start.
int SequenceLength(const unsigned char* s, size_t available) {
  const unsigned char lead = s[0];
  int need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte (Unicode Table 3-7)
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 3;
    if (lead == 0xE0) lo = 0xA0;       // no overlongs
    if (lead == 0xED) hi = 0x9F;       // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 4;
    if (lead == 0xF0) lo = 0x90;       // no overlongs
    if (lead == 0xF4) hi = 0x8F;       // nothing above U+10FFFF
  } else {
    return -1;                         // continuation byte, C0/C1 overlong lead or F5..FF
  }
  for (int i = 1; i < need; ++i) {
    if (static_cast<size_t>(i) >= available) return -i;
    const unsigned char c = s[i];
    const bool ok = (i == 1) ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xBF);
    if (!ok) return -i;
  }
  return need;
}

}  // namespace

bool IsValidUtf8(std::string_view text) { return simdjson::validate_utf8(text.data(), text.size()); }

Utf8Repair ScanControlBytes(std::string_view text) {
  Utf8Repair repair;
  for (unsigned char c : text) {
    repair.nul_bytes += (c == 0);
    repair.control_bytes += (c != 0 && IsControlByte(c));
  }
  return repair;
}

Utf8Repair RepairUtf8(std::string_view input, std::string* out) {
  out->clear();
  if (IsValidUtf8(input)) {
    out->assign(input);
    return ScanControlBytes(input);
  }
  Utf8Repair repair;
  out->reserve(input.size() + 16);
  const auto* s = reinterpret_cast<const unsigned char*>(input.data());
  const size_t n = input.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      repair.nul_bytes += (c == 0);
      repair.control_bytes += (c != 0 && IsControlByte(c));
      out->push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    const int len = SequenceLength(s + i, n - i);
    if (len > 0) {
      out->append(input.data() + i, len);
      i += len;
    } else {
      out->append(kReplacement, 3);
      ++repair.replacements;
      repair.invalid_bytes += -len;
      i += -len;
    }
  }
  return repair;
}

std::string RejectionReason(const Utf8Repair& repair, size_t size) {
  if (repair.nul_bytes != 0) return "contains NUL bytes (binary data?)";
  const size_t junk = repair.invalid_bytes + repair.control_bytes;
  if (size != 0 && static_cast<double>(junk) > kMaxJunkShare * static_cast<double>(size)) {
    char buffer[160];
    std::snprintf(buffer, sizeof buffer,
                  "looks like binary data: %zu of %zu bytes (%.0f%%) are invalid UTF-8 or control "
                  "bytes",
                  junk, size, 100.0 * static_cast<double>(junk) / static_cast<double>(size));
    return buffer;
  }
  return "";
}

}  // namespace dyadwatch::ingest
