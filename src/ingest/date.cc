#include "ingest/date.h"

namespace dyadwatch::ingest {
namespace {

bool Digits(std::string_view s, size_t pos, size_t count, int* value) {
  int v = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *value = v;
  return true;
}

}  // namespace

bool NormalizeDate(std::string_view text, std::string* day) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return false;
  // After the day only a time part may follow ("T..." or " ..."), so "2019-01-045" is refused.
  if (text.size() > 10 && text[10] != 'T' && text[10] != 't' && text[10] != ' ') return false;
  int year, month, dom;
  if (!Digits(text, 0, 4, &year) || !Digits(text, 5, 2, &month) || !Digits(text, 8, 2, &dom)) {
    return false;
  }
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || dom < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  if (dom > days) return false;
  day->assign(text.substr(0, 10));
  return true;
}

}  // namespace dyadwatch::ingest
