// The PostgreSQL side of SqlConnection, over libpq. One connection per store; statements are
// prepared on the server the first time they run and results are read in text format.
#ifndef DYADWATCH_STORE_POSTGRES_CONNECTION_H_
#define DYADWATCH_STORE_POSTGRES_CONNECTION_H_

#include <libpq-fe.h>

#include <memory>
#include <string>

#include "store/sql_connection.h"

namespace dyadwatch::store {

class PostgresConnection : public SqlConnection {
 public:
  // Connects to `uri` (any libpq connection URI: postgresql://user@host:port/db?host=/socket/dir).
  static Result<std::unique_ptr<PostgresConnection>> Open(const std::string& uri);
  ~PostgresConnection() override { PQfinish(conn_); }

  Status Prepare(std::string_view sql, std::unique_ptr<SqlStatement>* statement) override;
  Status Exec(const char* sql) override;
  // Writers serialise on a transaction-level advisory lock, taken right after BEGIN and released
  // by COMMIT or ROLLBACK (also when the client dies: the server then ends the transaction).
  // This is SQLite's single-writer model, chosen over SERIALIZABLE with retries because every
  // batch reads what the batches before it stored (keys, duplicate candidates, events in the
  // window, the largest ids) and adds to the same all-time dyad rows: concurrent batches would
  // conflict nearly always, and each retry would redo a whole batch. Readers are not blocked
  // (MVCC), and under READ COMMITTED every statement after the lock sees the previous writer's
  // committed batch.
  Status BeginWrite() override;
  // libpq holds a whole result in memory: long scans come in pages.
  int64_t ScanPageRows() const override { return 5000; }
  std::string IndexHint(const char*) const override { return ""; }

  // The advisory lock key (one per database: advisory locks are scoped to the current database).
  static constexpr int64_t kWriterLock = 0x64796164'77617463;  // "dyadwatc"

 private:
  explicit PostgresConnection(PGconn* conn) : conn_(conn) {}
  PGconn* conn_;
  int64_t statements_made_ = 0;  // names the server-side prepared statements
};

}  // namespace dyadwatch::store

#endif  // DYADWATCH_STORE_POSTGRES_CONNECTION_H_
