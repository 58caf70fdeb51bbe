// Calendar dates as yyyymmdd integers (20200820), the form every dictionary date range uses.
#ifndef DYADWATCH_LEXICON_DATES_H_
#define DYADWATCH_LEXICON_DATES_H_

#include <string_view>

namespace dyadwatch::lexicon {

inline constexpr int kUnknownDate = 0;        // a document without a date
inline constexpr int kMinDate = 10101;        // 0001-01-01: open range start
inline constexpr int kMaxDate = 99991231;     // open range end

// Parses a dictionary date: YYYYMMDD (8 digits) or TABARI/PETRARCH YYMMDD (6 digits, where YY
// 00-30 means 20YY and 31-99 means 19YY). Returns 0 when the text is not a valid calendar date.
int ParseDictionaryDate(std::string_view text);

// Parses "YYYY-MM-DD" (or a longer ISO datetime, cut to the day) or "YYYYMMDD"; 0 when invalid.
int ParseIsoDate(std::string_view text);

bool IsValidDate(int yyyymmdd);

// The day before / after a valid date (used to turn PETRARCH's exclusive range ends inclusive).
int PreviousDay(int yyyymmdd);
int NextDay(int yyyymmdd);

}  // namespace dyadwatch::lexicon

#endif  // DYADWATCH_LEXICON_DATES_H_
