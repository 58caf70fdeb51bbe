#include "store/calendar.h"

#include <cstdio>

#include "ingest/date.h"

namespace dyadwatch::store {

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t DayFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void CivilFromDay(int64_t z, int64_t* year, unsigned* month, unsigned* day_of_month) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *day_of_month = doy - (153 * mp + 2) / 5 + 1;
  *month = mp < 10 ? mp + 3 : mp - 9;
  *year = static_cast<int64_t>(yoe) + era * 400 + (*month <= 2);
}

std::optional<int64_t> DayFromDate(std::string_view date) {
  std::string normalized;
  if (!ingest::NormalizeDate(date, &normalized)) return std::nullopt;
  const int64_t y = std::stoi(normalized.substr(0, 4));
  const unsigned m = static_cast<unsigned>(std::stoi(normalized.substr(5, 2)));
  const unsigned d = static_cast<unsigned>(std::stoi(normalized.substr(8, 2)));
  return DayFromCivil(y, m, d);
}

std::string DateFromDay(int64_t day) {
  int64_t y;
  unsigned m, d;
  CivilFromDay(day, &y, &m, &d);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return buf;
}

int64_t PeriodOf(Period period, int64_t day) {
  int64_t y;
  unsigned m, d;
  switch (period) {
    case Period::kDay:
      return day;
    case Period::kWeek: {
      // 1970-01-01 was a Thursday: day 0 is weekday 3 counting Monday as 0.
      const int64_t weekday = ((day + 3) % 7 + 7) % 7;
      return day - weekday;
    }
    case Period::kMonth:
      CivilFromDay(day, &y, &m, &d);
      return y * 12 + (m - 1);
    case Period::kYear:
      CivilFromDay(day, &y, &m, &d);
      return y;
    case Period::kAll:
      return 0;
  }
  return 0;
}

int64_t FirstDayOfPeriod(Period period, int64_t value) {
  switch (period) {
    case Period::kDay:
    case Period::kWeek:
      return value;
    case Period::kMonth: {
      const int64_t y = value >= 0 ? value / 12 : (value - 11) / 12;
      return DayFromCivil(y, static_cast<unsigned>(value - y * 12 + 1), 1);
    }
    case Period::kYear:
      return DayFromCivil(value, 1, 1);
    case Period::kAll:
      return INT32_MIN;
  }
  return 0;
}

std::string PeriodLabel(Period period, int64_t value) {
  switch (period) {
    case Period::kDay:
    case Period::kWeek:
      return DateFromDay(value);
    case Period::kMonth:
      return DateFromDay(FirstDayOfPeriod(period, value)).substr(0, 7);
    case Period::kYear:
      return std::to_string(value);
    case Period::kAll:
      return "all";
  }
  return "";
}

}  // namespace dyadwatch::store
