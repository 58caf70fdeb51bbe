#include "text/char_class.h"

#include <unicode/uchar.h>

namespace dyadwatch::text::internal {

CharClass ClassifyNonAscii(char32_t c) {
  // Characters whose general category does not say what they do in running text.
  switch (c) {
    case 0x0085: case 0x2028: case 0x2029:
      return CharClass::kNewline;
    case 0x00A0: case 0x200B: case 0xFEFF:
      return CharClass::kSpace;
    case 0x2018: case 0x2019: case 0x02BC: case 0x2032: case 0xFF07:
      return CharClass::kApostrophe;
    case 0x2010: case 0x2011:
      return CharClass::kHyphen;
    case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xFE58: case 0xFE63:
    case 0xFF0D:
      return CharClass::kDash;
    case 0x201C: case 0x201E: case 0x201F: case 0x00AB: case 0x2039: case 0x201A:
      return CharClass::kOpen;
    case 0x201D: case 0x00BB: case 0x203A: case 0xFF02:
      return CharClass::kClose;
    case 0x2026: case 0x0964: case 0x0965: case 0x3002: case 0xFF01: case 0xFF1F: case 0x203C:
    case 0x2047: case 0x2048: case 0x2049: case 0x061F: case 0x06D4: case 0xFF61:
      return CharClass::kTerminal;
    case 0xFF0E:
      return CharClass::kPeriod;
    case 0xFF0C: case 0x3001: case 0x060C:
      return CharClass::kComma;
    case 0xFF1A:
      return CharClass::kColon;
    default:
      break;
  }
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return CharClass::kLetter;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
      return CharClass::kMark;
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return CharClass::kDigit;
    case U_SPACE_SEPARATOR:
    case U_CONTROL_CHAR:
      return CharClass::kSpace;
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return CharClass::kNewline;
    case U_FORMAT_CHAR:
      return CharClass::kJoiner;
    case U_DASH_PUNCTUATION:
      return CharClass::kDash;
    case U_START_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
      return CharClass::kOpen;
    case U_END_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return CharClass::kClose;
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
      return CharClass::kPunct;
    default:
      return CharClass::kSymbol;  // math, currency, modifier and other symbols; unassigned
  }
}

bool IsUpperCase(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isUUppercase(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

bool IsLowerCase(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_isULowercase(static_cast<UChar32>(c));
}

}  // namespace dyadwatch::text::internal
