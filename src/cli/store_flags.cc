#include "cli/store_flags.h"

#include <sys/stat.h>

#include <cstdio>

#include "cli/commands.h"
#include "store/calendar.h"

namespace dyadwatch::cli {
namespace {

int64_t ParseDay(const std::string& text, bool end, const char* option) {
  std::string date = text;
  if (text.size() == 4) date = text + (end ? "-12-31" : "-01-01");
  if (text.size() == 7) date = text + "-01";
  std::optional<int64_t> day = store::DayFromDate(date);
  if (!day || (date.size() > 10)) {
    throw CLI::ValidationError(option, "'" + text + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
  }
  if (text.size() == 7 && end) {
    day = store::FirstDayOfPeriod(store::Period::kMonth, store::PeriodOf(store::Period::kMonth, *day) + 1) - 1;
  }
  return *day;
}

}  // namespace

void StoreFlags::AddTo(CLI::App* command, bool with_range) {
  command->add_option("--db", db, "the store: a SQLite file or a postgresql:// URI (default dyadwatch.db)");
  if (with_range) {
    command->add_option("--from", from, "first day: YYYY-MM-DD, YYYY-MM or YYYY");
    command->add_option("--to", to, "last day: YYYY-MM-DD, YYYY-MM or YYYY");
  }
}

store::DayRange StoreFlags::Range() const {
  store::DayRange range;
  if (!from.empty()) range.from = ParseDay(from, false, "--from");
  if (!to.empty()) range.to = ParseDay(to, true, "--to");
  return range;
}

std::unique_ptr<store::Store> StoreFlags::Open(const char* command) const {
  struct stat st;
  const bool server = db.rfind("postgresql://", 0) == 0 || db.rfind("postgres://", 0) == 0;
  if (!server && stat(db.c_str(), &st) != 0) {
    std::fprintf(stderr, "dyadwatch %s: %s: no such store (create it with dyadwatch ingest --db %s)\n", command,
                 db.c_str(), db.c_str());
    throw CLI::RuntimeError(kExitCannotStart);
  }
  store::StoreOptions options;
  options.read_only = true;
  Result<std::unique_ptr<store::Store>> opened = store::OpenStore(db, options);
  if (!opened.ok()) {
    std::fprintf(stderr, "dyadwatch %s: %s\n", command, opened.status().message().c_str());
    throw CLI::RuntimeError(kExitCannotStart);
  }
  return std::move(opened.value());
}

}  // namespace dyadwatch::cli
