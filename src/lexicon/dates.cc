#include "lexicon/dates.h"

namespace dyadwatch::lexicon {
namespace {

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

int ToInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

int Compose(int year, int month, int day) {
  int date = year * 10000 + month * 100 + day;
  return IsValidDate(date) ? date : 0;
}

}  // namespace

bool IsValidDate(int yyyymmdd) {
  int year = yyyymmdd / 10000, month = yyyymmdd / 100 % 100, day = yyyymmdd % 100;
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

int ParseDictionaryDate(std::string_view text) {
  if (!AllDigits(text)) return 0;
  if (text.size() == 6) {
    // KEDS/TABARI/PETRARCH convention for two-digit years.
    int yy = ToInt(text.substr(0, 2));
    return Compose(yy <= 30 ? 2000 + yy : 1900 + yy, ToInt(text.substr(2, 2)),
                   ToInt(text.substr(4, 2)));
  }
  if (text.size() == 8)
    return Compose(ToInt(text.substr(0, 4)), ToInt(text.substr(4, 2)), ToInt(text.substr(6, 2)));
  return 0;
}

int ParseIsoDate(std::string_view text) {
  if (text.size() >= 10 && text[4] == '-' && text[7] == '-' && AllDigits(text.substr(0, 4)) &&
      AllDigits(text.substr(5, 2)) && AllDigits(text.substr(8, 2)))
    return Compose(ToInt(text.substr(0, 4)), ToInt(text.substr(5, 2)), ToInt(text.substr(8, 2)));
  if (text.size() == 8 && AllDigits(text)) return ParseDictionaryDate(text);
  return 0;
}

int PreviousDay(int date) {
  int year = date / 10000, month = date / 100 % 100, day = date % 100;
  if (day > 1) return date - 1;
  if (month > 1) return year * 10000 + (month - 1) * 100 + DaysInMonth(year, month - 1);
  return (year - 1) * 10000 + 1231;
}

int NextDay(int date) {
  int year = date / 10000, month = date / 100 % 100, day = date % 100;
  if (day < DaysInMonth(year, month)) return date + 1;
  if (month < 12) return year * 10000 + (month + 1) * 100 + 1;
  return (year + 1) * 10000 + 101;
}

}  // namespace dyadwatch::lexicon
