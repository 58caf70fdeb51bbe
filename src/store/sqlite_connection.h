// The SQLite side of SqlConnection: a thin RAII layer over the SQLite C API, errors as Status
// carrying SQLite's message.
#ifndef DYADWATCH_STORE_SQLITE_CONNECTION_H_
#define DYADWATCH_STORE_SQLITE_CONNECTION_H_

#include <sqlite3.h>

#include <memory>
#include <string>

#include "store/sql_connection.h"

namespace dyadwatch::store {

class SqliteConnection : public SqlConnection {
 public:
  // Opens (creating when missing, unless read_only) the database file at `path`.
  static Result<std::unique_ptr<SqliteConnection>> Open(const std::string& path, bool read_only);
  ~SqliteConnection() override { sqlite3_close(db_); }

  Status Prepare(std::string_view sql, std::unique_ptr<SqlStatement>* statement) override;
  Status Exec(const char* sql) override;
  // IMMEDIATE takes the write lock now, so two ingest processes serialise whole batches and each
  // sees the other's committed documents when it checks keys.
  Status BeginWrite() override { return Exec("BEGIN IMMEDIATE"); }
  int64_t ScanPageRows() const override { return 0; }
  std::string IndexHint(const char* index) const override { return std::string(" INDEXED BY ") + index; }

 private:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  sqlite3* db_;
};

}  // namespace dyadwatch::store

#endif  // DYADWATCH_STORE_SQLITE_CONNECTION_H_
