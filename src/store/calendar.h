// Day numbers (days since 1970-01-01, proleptic Gregorian) and the aggregate periods built on
// them: weeks start on Monday, months are year*12+month-1, years are the year.
#ifndef DYADWATCH_STORE_CALENDAR_H_
#define DYADWATCH_STORE_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "store/store.h"

namespace dyadwatch::store {

// "YYYY-MM-DD" (longer strings: the first 10 characters) -> day number; nullopt when not a date.
std::optional<int64_t> DayFromDate(std::string_view date);
std::string DateFromDay(int64_t day);

int64_t DayFromCivil(int64_t year, unsigned month, unsigned day_of_month);
void CivilFromDay(int64_t day, int64_t* year, unsigned* month, unsigned* day_of_month);

// The period holding `day`, and the first day of a period.
int64_t PeriodOf(Period period, int64_t day);
int64_t FirstDayOfPeriod(Period period, int64_t value);
// "2019-01-04", "2019-01-28" (the Monday), "2019-01", "2019", "all".
std::string PeriodLabel(Period period, int64_t value);

}  // namespace dyadwatch::store

#endif  // DYADWATCH_STORE_CALENDAR_H_
