#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>

#include "text/char_class.h"

namespace dyadwatch::text {
namespace {

// ASCII replacement for a quote, apostrophe or dash, or 0 if c is none of these.
char FoldPunctuation(char32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x02BC: case 0x2032: case 0x2035:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
    case 0x2036:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    case 0xFE58: case 0xFE63:
      return '-';
    default:
      return 0;
  }
}

inline char AsciiUpper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }

// Invisible format characters a word may carry (soft hyphen, bidi marks, word joiner, BOM) that
// must not make "Israel\u200E" differ from "Israel". ZWJ/ZWNJ stay: they spell Indic words.
bool IsIgnorable(char32_t c) {
  return c == 0x00AD || c == 0x061C || c == 0x180E || c == 0x200B || c == 0x200E ||
         c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

// Appends s with foldable punctuation replaced and ignorables dropped; returns true if the
// result is pure ASCII.
bool AppendFolded(std::string_view s, std::string* out) {
  bool ascii = true;
  size_t i = 0;
  while (i < s.size()) {
    size_t length = 1;
    const char32_t c = internal::DecodeAt(s, i, &length);
    if (c < 0x80) {
      out->push_back(static_cast<char>(c));
    } else if (char folded = FoldPunctuation(c)) {
      out->push_back(folded);
    } else if (IsIgnorable(c)) {
      // dropped
    } else {
      out->append(s.data() + i, length);
      ascii = false;
    }
    i += length;
  }
  return ascii;
}

// NFKC and upper case straight on UTF-8 (no UTF-16 round trip), then a last fold because NFKC
// can expose foldable punctuation (fullwidth forms).
// Scratch buffers reused across calls on a thread (no allocation per non-ASCII word).
struct IcuScratch {
  std::string folded;
  std::string normalized;
  std::string upper;
};

IcuScratch& Scratch() {
  thread_local IcuScratch scratch;
  return scratch;
}

void NormalizeWithIcu(std::string_view folded, std::string* norm) {
  IcuScratch& scratch = Scratch();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  const icu::StringPiece input(folded.data(), static_cast<int32_t>(folded.size()));
  std::string_view normalized = folded;
  if (U_SUCCESS(status) && !nfkc->isNormalizedUTF8(input, status) && U_SUCCESS(status)) {
    scratch.normalized.clear();
    icu::StringByteSink<std::string> sink(&scratch.normalized,
                                          static_cast<int32_t>(folded.size()));
    nfkc->normalizeUTF8(0, input, sink, nullptr, status);
    if (U_SUCCESS(status)) normalized = scratch.normalized;
  }
  scratch.upper.clear();
  status = U_ZERO_ERROR;
  {
    icu::StringByteSink<std::string> sink(&scratch.upper,
                                          static_cast<int32_t>(normalized.size()));
    icu::CaseMap::utf8ToUpper(
        "", 0, icu::StringPiece(normalized.data(), static_cast<int32_t>(normalized.size())),
        sink, nullptr, status);
  }
  norm->clear();
  AppendFolded(U_SUCCESS(status) ? std::string_view(scratch.upper) : normalized, norm);
}

}  // namespace

void NormalizeWordInto(std::string_view surface, std::string* norm) {
  bool ascii = true;
  for (char c : surface) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {  // fast path: the common case in English news
    norm->resize(surface.size());
    char* out = norm->data();
    for (size_t i = 0; i < surface.size(); ++i) out[i] = AsciiUpper(surface[i]);
    return;
  }
  norm->clear();
  if (AppendFolded(surface, norm)) {  // only curly quotes/dashes were non-ASCII
    for (char& c : *norm) c = AsciiUpper(c);
    return;
  }
  std::string& folded = Scratch().folded;
  folded.assign(*norm);
  NormalizeWithIcu(folded, norm);
}

std::string NormalizeWord(std::string_view surface) {
  std::string norm;
  NormalizeWordInto(surface, &norm);
  return norm;
}

}  // namespace dyadwatch::text
