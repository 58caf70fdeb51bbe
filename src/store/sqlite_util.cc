#include "store/sqlite_util.h"

namespace dyadwatch::store {

Status SqliteError(sqlite3* db, const std::string& what) {
  return Status::Error(what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

Status Exec(sqlite3* db, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    Status s = Status::Error(std::string("sqlite: ") + (message ? message : "error"));
    sqlite3_free(message);
    return s;
  }
  return Status::OK();
}

Status Statement::Prepare(sqlite3* db, std::string_view sql) {
  sqlite3_finalize(stmt_);
  stmt_ = nullptr;
  db_ = db;
  if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                         &stmt_, nullptr) != SQLITE_OK) {
    return SqliteError(db, "sqlite: prepare '" + std::string(sql.substr(0, 60)) + "'");
  }
  return Status::OK();
}

Result<bool> Statement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqliteError(db_, "sqlite");
}

Status Statement::Run() {
  for (;;) {
    Result<bool> row = Step();
    if (!row.ok()) return row.status();
    if (!row.value()) return Status::OK();
  }
}

}  // namespace dyadwatch::store
