// The embedded backend: one SQLite file in WAL mode, its column types and settings. The schema,
// ingest and queries are SqlStore's (sql_store.h).
#include <chrono>
#include <thread>

#include "store/sql_store.h"
#include "store/sqlite_connection.h"

namespace dyadwatch::store {

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, const StoreOptions& options) {
  Result<std::unique_ptr<SqliteConnection>> opened = SqliteConnection::Open(path, options.read_only);
  if (!opened.ok()) return opened.status();
  SqliteConnection& db = *opened.value();
  // WAL: readers never block the writer; NORMAL sync is durable against a killed process (only a
  // power loss can lose the last commits, never corrupt the file). The writer gets a 256 MB page
  // cache: ingest updates indexes at random places, and past the cache every update is a read.
  const char* pragmas = options.read_only
                            ? "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;"
                            : "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                              "PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;";
  // Switching a new file to WAL takes an exclusive lock, and SQLite gives up at once rather than
  // wait (a wait there could deadlock) while another process creates the schema: retry for up
  // to a minute, like the busy timeout.
  Status s = db.Exec(pragmas);
  for (int attempt = 0; !s.ok() && s.message().find("locked") != std::string::npos && attempt < 600; ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    s = db.Exec(pragmas);
  }
  if (!s.ok()) return Status::Error(path + ": " + s.message());
  if (!options.read_only) {
    if (s = db.Exec("BEGIN IMMEDIATE"); !s.ok()) return Status::Error(path + ": " + s.message());
    // INTEGER PRIMARY KEY makes the id the rowid; WITHOUT ROWID stores a table in its key order.
    s = db.Exec(SchemaSql({"INTEGER PRIMARY KEY", "INTEGER", "REAL", "BLOB", " WITHOUT ROWID"}).c_str());
    db.Exec(s.ok() ? "COMMIT" : "ROLLBACK");
    if (!s.ok()) return Status::Error(path + ": " + s.message());
  }
  return SqlStore::Open(std::move(opened.value()), path, options);
}

}  // namespace dyadwatch::store
