// UTF-8 decoding and the character classes the tokenizer, splitter and debris filter work with.
// Internal to the text stage. ASCII is classified by table; everything else by ICU properties.
#ifndef DYADWATCH_TEXT_CHAR_CLASS_H_
#define DYADWATCH_TEXT_CHAR_CLASS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dyadwatch::text::internal {

enum class CharClass : uint8_t {
  kSpace,       // any horizontal space, control character, zero-width space, BOM
  kNewline,     // '\n', U+2028, U+2029, U+0085
  kLetter,      // any Unicode letter (cased or not)
  kDigit,       // decimal digits and other numerals (superscripts, vulgar fractions)
  kMark,        // combining marks: continue a word (Devanagari vowel signs, accents)
  kJoiner,      // ZWJ, ZWNJ, soft hyphen, other format chars: continue a word, else ignored
  kApostrophe,  // ' U+2018 U+2019 U+02BC U+2032
  kHyphen,      // '-' U+2010 U+2011: splits words into parts with a "-" token between
  kDash,        // en/em dash, figure dash, horizontal bar, minus: a stand-alone "-" token
  kPeriod,      // '.'
  kComma,       // ','
  kColon,       // ':'
  kSlash,       // '/'
  kQuote,       // '"' (direction unknown)
  kOpen,        // ( [ { and opening quotes/brackets (U+201C, U+00AB, CJK brackets)
  kClose,       // ) ] } and closing quotes/brackets (U+201D, U+00BB)
  kTerminal,    // ! ? and sentence-final marks of other scripts (U+0964, U+3002, U+2026)
  kPunct,       // any other punctuation (; and friends)
  kSymbol,      // currency, math, emoji, box drawing, '*', '_', '#', ...
};

constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> table{};
  for (int c = 0; c < 128; ++c) {
    CharClass cls = CharClass::kSymbol;
    if (c < 0x20 || c == 0x7F || c == ' ') cls = CharClass::kSpace;
    if (c == '\n') cls = CharClass::kNewline;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) cls = CharClass::kLetter;
    if (c >= '0' && c <= '9') cls = CharClass::kDigit;
    switch (c) {
      case '\'': cls = CharClass::kApostrophe; break;
      case '-': cls = CharClass::kHyphen; break;
      case '.': cls = CharClass::kPeriod; break;
      case ',': cls = CharClass::kComma; break;
      case ':': cls = CharClass::kColon; break;
      case '/': cls = CharClass::kSlash; break;
      case '"': cls = CharClass::kQuote; break;
      case '(': case '[': case '{': cls = CharClass::kOpen; break;
      case ')': case ']': case '}': cls = CharClass::kClose; break;
      case '!': case '?': cls = CharClass::kTerminal; break;
      case ';': case '`': cls = CharClass::kPunct; break;
      default: break;
    }
    table[c] = cls;
  }
  return table;
}

inline constexpr std::array<CharClass, 128> kAsciiClass = MakeAsciiTable();

CharClass ClassifyNonAscii(char32_t c);

inline CharClass Classify(char32_t c) {
  return c < 0x80 ? kAsciiClass[c] : ClassifyNonAscii(c);
}

// Decodes the code point starting at text[i] (i < text.size()) and stores its byte length.
// Malformed bytes (ingest should have removed them) decode as U+FFFD of length 1.
inline char32_t DecodeAt(std::string_view text, size_t i, size_t* length) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const unsigned char b0 = s[i];
  if (b0 < 0x80) {
    *length = 1;
    return b0;
  }
  auto continuation = [&](size_t k) { return i + k < n && (s[i + k] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 < 0xE0 && continuation(1)) {
    *length = 2;
    return (char32_t(b0 & 0x1F) << 6) | (s[i + 1] & 0x3F);
  }
  if (b0 >= 0xE0 && b0 < 0xF0 && continuation(1) && continuation(2)) {
    *length = 3;
    return (char32_t(b0 & 0x0F) << 12) | (char32_t(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
  }
  if (b0 >= 0xF0 && b0 < 0xF5 && continuation(1) && continuation(2) && continuation(3)) {
    *length = 4;
    return (char32_t(b0 & 0x07) << 18) | (char32_t(s[i + 1] & 0x3F) << 12) |
           (char32_t(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
  }
  *length = 1;
  return 0xFFFD;
}

bool IsUpperCase(char32_t c);
bool IsLowerCase(char32_t c);

inline bool IsWordChar(CharClass c) {
  return c == CharClass::kLetter || c == CharClass::kDigit || c == CharClass::kMark ||
         c == CharClass::kJoiner;
}

// Class of the code point at byte i, or kSpace at/after the end of the text.
inline CharClass ClassAt(std::string_view text, size_t i, size_t* length = nullptr) {
  size_t len = 0;
  if (i >= text.size()) {
    if (length) *length = 0;
    return CharClass::kSpace;
  }
  const char32_t c = DecodeAt(text, i, &len);
  if (length) *length = len;
  return Classify(c);
}

}  // namespace dyadwatch::text::internal

#endif  // DYADWATCH_TEXT_CHAR_CLASS_H_
