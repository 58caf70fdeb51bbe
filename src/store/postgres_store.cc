// The PostgreSQL backend: its column types and session settings. The schema, ingest and queries
// are SqlStore's (sql_store.h), over PostgresConnection.
#include "store/postgres_connection.h"
#include "store/sql_store.h"

namespace dyadwatch::store {

Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& uri, const StoreOptions& options) {
  Result<std::unique_ptr<PostgresConnection>> opened = PostgresConnection::Open(uri);
  if (!opened.ok()) return opened.status();
  PostgresConnection& db = *opened.value();
  if (options.read_only) {
    // Queries cannot write by mistake; the server enforces it.
    if (Status s = db.Exec("SET default_transaction_read_only = on"); !s.ok()) {
      return Status::Error(uri + ": " + s.message());
    }
  } else {
    // Under the writers' lock: two processes creating the tables at once would otherwise collide
    // (CREATE TABLE IF NOT EXISTS is not safe against a concurrent create).
    if (Status s = db.BeginWrite(); !s.ok()) return Status::Error(uri + ": " + s.message());
    // BIGINT PRIMARY KEY, not a sequence: SqlStore assigns the ids. Text columns keep the
    // database's collation: the store compares codes and ids for equality only.
    Status s = db.Exec(SchemaSql({"BIGINT PRIMARY KEY", "BIGINT", "DOUBLE PRECISION", "BYTEA", ""}).c_str());
    db.Exec(s.ok() ? "COMMIT" : "ROLLBACK");
    if (!s.ok()) return Status::Error(uri + ": " + s.message());
  }
  return SqlStore::Open(std::move(opened.value()), uri, options);
}

}  // namespace dyadwatch::store
