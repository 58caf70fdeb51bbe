// What the store's SQL needs from a database: prepared statements with 1-based binds and typed
// column reads, plain statements, and the few places where SQLite and PostgreSQL differ. SqlStore
// (sql_store.h) holds the ingest rules and the queries once, written against this interface;
// sqlite_connection.h and postgres_connection.h implement it.
//
// SQL is written once for both: parameters as ?1, ?2 ... (the PostgreSQL connection rewrites them
// to $1, $2 ...), upserts as INSERT ... ON CONFLICT, no RETURNING and no last-insert id (SqlStore
// assigns row ids itself, see sql_store_ingest.cc).
#ifndef DYADWATCH_STORE_SQL_CONNECTION_H_
#define DYADWATCH_STORE_SQL_CONNECTION_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyadwatch/status.h"

namespace dyadwatch::store {

class SqlStatement {
 public:
  virtual ~SqlStatement() = default;

  // Binds are 1-based; a parameter left unbound is NULL. Reset() ends the current run and
  // clears every bind.
  virtual SqlStatement& BindInt(int i, int64_t v) = 0;
  virtual SqlStatement& BindReal(int i, double v) = 0;
  virtual SqlStatement& BindText(int i, std::string_view v) = 0;
  virtual SqlStatement& BindBlob(int i, std::string_view v) = 0;
  SqlStatement& Bind(int i, int64_t v) { return BindInt(i, v); }
  SqlStatement& Bind(int i, int v) { return BindInt(i, v); }
  SqlStatement& Bind(int i, double v) { return BindReal(i, v); }
  SqlStatement& Bind(int i, std::string_view v) { return BindText(i, v); }
  SqlStatement& Bind(int i, const std::string& v) { return BindText(i, v); }
  SqlStatement& Bind(int i, const char* v) { return BindText(i, v); }

  // Runs the statement on the first call after Reset() and moves to the next row: true = a row
  // is available, false = no more rows.
  virtual Result<bool> Step() = 0;
  // Steps until done (statements that return no rows).
  Status Run();
  virtual void Reset() = 0;

  // Column reads of the current row (0-based). NULL reads as 0 / "".
  virtual int64_t Int(int col) const = 0;
  virtual double Real(int col) const = 0;
  virtual bool IsNull(int col) const = 0;
  // Valid until the next Step/Reset.
  virtual std::string_view TextView(int col) const = 0;
  virtual std::string_view Blob(int col) const = 0;
  std::string Text(int col) const { return std::string(TextView(col)); }
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;

  virtual Status Prepare(std::string_view sql, std::unique_ptr<SqlStatement>* statement) = 0;
  // Runs one or more statements that take no parameters.
  virtual Status Exec(const char* sql) = 0;

  // Starts the transaction of one ingest batch. It must serialise writers: a batch reads what
  // earlier batches stored (keys, duplicate candidates, events in the window, the largest ids)
  // and writes on that basis, so two batches may never interleave.
  virtual Status BeginWrite() = 0;

  // Rows per run for long scans (ScanEvents): 0 when rows are streamed from the database, else
  // the page size that bounds the client's memory (see StoreOptions::scan_page_rows).
  virtual int64_t ScanPageRows() const = 0;

  // " INDEXED BY <index>" where the backend takes such a hint (SQLite's planner sometimes picks
  // the wrong index on large stores), else "".
  virtual std::string IndexHint(const char* index) const = 0;
};

}  // namespace dyadwatch::store

#endif  // DYADWATCH_STORE_SQL_CONNECTION_H_
