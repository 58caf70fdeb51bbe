// The shared backend: one PostgreSQL database, for teams whose ingest and query processes run on
// several machines. Same tables, same ingest rules and same answers as the SQLite file.
#ifndef DYADWATCH_STORE_POSTGRES_STORE_H_
#define DYADWATCH_STORE_POSTGRES_STORE_H_

#include <memory>
#include <string>

#include "store/store.h"

namespace dyadwatch::store {

// Connects to the database at `uri` ("postgresql://..." or "postgres://..."; the database must
// exist) and creates the tables when missing (unless options.read_only).
Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& uri, const StoreOptions& options);

}  // namespace dyadwatch::store

#endif  // DYADWATCH_STORE_POSTGRES_STORE_H_
