// Options shared by `query` and `export`: the store, the output format, and a date range.
#ifndef DYADWATCH_CLI_STORE_FLAGS_H_
#define DYADWATCH_CLI_STORE_FLAGS_H_

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

#include "store/store.h"

namespace dyadwatch::cli {

struct StoreFlags {
  std::string db = "dyadwatch.db";
  std::string from, to;
  void AddTo(CLI::App* command, bool with_range = true);
  // The range of --from/--to: YYYY-MM-DD, YYYY-MM or YYYY (a month or year means its first day
  // for --from and its last for --to). Throws CLI::ValidationError on a bad date.
  store::DayRange Range() const;
  // Opens the store read-only; prints the error and throws CLI::RuntimeError when it cannot.
  std::unique_ptr<store::Store> Open(const char* command) const;
};

}  // namespace dyadwatch::cli

#endif  // DYADWATCH_CLI_STORE_FLAGS_H_
