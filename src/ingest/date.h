// Document dates: "YYYY-MM-DD" or an ISO-8601 datetime, cut to the day.
#ifndef DYADWATCH_INGEST_DATE_H_
#define DYADWATCH_INGEST_DATE_H_

#include <string>
#include <string_view>

namespace dyadwatch::ingest {

// Accepts "2019-01-04", "2019-01-04T10:30:00Z", "2019-01-04 10:30:00+02:00" and the like (the day
// as written, no time-zone shift). Sets *day to "YYYY-MM-DD" and returns true when the calendar
// date is real (month 1-12, day within the month, leap years); false otherwise.
bool NormalizeDate(std::string_view text, std::string* day);

}  // namespace dyadwatch::ingest

#endif  // DYADWATCH_INGEST_DATE_H_
