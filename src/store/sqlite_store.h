// The embedded backend: one SQLite file (WAL mode), for one machine.
#ifndef DYADWATCH_STORE_SQLITE_STORE_H_
#define DYADWATCH_STORE_SQLITE_STORE_H_

#include <memory>
#include <string>

#include "store/store.h"

namespace dyadwatch::store {

// Opens (creating when missing, unless options.read_only) the store file at `path`.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, const StoreOptions& options);

}  // namespace dyadwatch::store

#endif  // DYADWATCH_STORE_SQLITE_STORE_H_
