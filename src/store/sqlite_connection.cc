#include "store/sqlite_connection.h"

namespace dyadwatch::store {
namespace {

Status SqliteError(sqlite3* db, const std::string& what) {
  return Status::Error(what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

class SqliteStatement : public SqlStatement {
 public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~SqliteStatement() override { sqlite3_finalize(stmt_); }

  SqlStatement& BindInt(int i, int64_t v) override {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  SqlStatement& BindReal(int i, double v) override {
    sqlite3_bind_double(stmt_, i, v);
    return *this;
  }
  SqlStatement& BindText(int i, std::string_view v) override {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  SqlStatement& BindBlob(int i, std::string_view v) override {
    sqlite3_bind_blob(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }

  Result<bool> Step() override {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return SqliteError(db_, "sqlite");
  }
  void Reset() override {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  int64_t Int(int col) const override { return sqlite3_column_int64(stmt_, col); }
  double Real(int col) const override { return sqlite3_column_double(stmt_, col); }
  bool IsNull(int col) const override { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::string_view TextView(int col) const override {
    const unsigned char* p = sqlite3_column_text(stmt_, col);
    return p ? std::string_view(reinterpret_cast<const char*>(p), sqlite3_column_bytes(stmt_, col))
             : std::string_view();
  }
  std::string_view Blob(int col) const override {
    const void* p = sqlite3_column_blob(stmt_, col);
    return p ? std::string_view(static_cast<const char*>(p), sqlite3_column_bytes(stmt_, col)) : std::string_view();
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

}  // namespace

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::Open(const std::string& path, bool read_only) {
  sqlite3* db = nullptr;
  const int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    Status s = SqliteError(db, path + ": cannot open the store");
    sqlite3_close(db);
    return s;
  }
  // Another ingest process may hold the write lock for a batch: wait for it rather than fail.
  sqlite3_busy_timeout(db, 60000);
  return std::unique_ptr<SqliteConnection>(new SqliteConnection(db));
}

Status SqliteConnection::Exec(const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    Status s = Status::Error(std::string("sqlite: ") + (message ? message : "error"));
    sqlite3_free(message);
    return s;
  }
  return Status::OK();
}

Status SqliteConnection::Prepare(std::string_view sql, std::unique_ptr<SqlStatement>* statement) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                         nullptr) != SQLITE_OK) {
    return SqliteError(db_, "sqlite: prepare '" + std::string(sql.substr(0, 60)) + "'");
  }
  *statement = std::make_unique<SqliteStatement>(db_, stmt);
  return Status::OK();
}

}  // namespace dyadwatch::store
