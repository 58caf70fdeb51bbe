#include "store/postgres_connection.h"

#include <charconv>
#include <cstdio>
#include <vector>

namespace dyadwatch::store {
namespace {

// Type OIDs of the parameters we bind (from PostgreSQL's pg_type.dat; stable across versions).
constexpr Oid kInt8Oid = 20, kFloat8Oid = 701, kByteaOid = 17;

std::string TrimmedMessage(const char* message) {
  std::string m = message ? message : "error";
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  return "postgresql: " + m;
}

// Rewrites ?N parameters to PostgreSQL's $N (outside quoted literals) and returns the highest N.
int RewriteParameters(std::string_view sql, std::string* out) {
  int highest = 0;
  char quote = 0;
  for (size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '?' && i + 1 < sql.size() && sql[i + 1] >= '1' && sql[i + 1] <= '9') {
      int n = 0;
      size_t j = i + 1;
      while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9') n = n * 10 + (sql[j++] - '0');
      highest = std::max(highest, n);
      out->push_back('$');
      continue;
    }
    out->push_back(c);
  }
  return highest;
}

class PostgresStatement : public SqlStatement {
 public:
  PostgresStatement(PGconn* conn, std::string name, std::string sql, int parameters)
      : conn_(conn), name_(std::move(name)), sql_(std::move(sql)), values_(parameters), bound_(parameters),
        types_(parameters), lengths_(parameters), formats_(parameters) {}
  ~PostgresStatement() override {
    PQclear(result_);
    if (prepared_) PQclear(PQexec(conn_, ("DEALLOCATE " + name_).c_str()));
  }

  SqlStatement& BindInt(int i, int64_t v) override { return Set(i, std::to_string(v), kInt8Oid, 0); }
  SqlStatement& BindReal(int i, double v) override {
    char buffer[32];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;  // shortest exact form
    return Set(i, std::string(buffer, end), kFloat8Oid, 0);
  }
  // Text goes untyped: the server infers the type from where the parameter stands.
  SqlStatement& BindText(int i, std::string_view v) override { return Set(i, std::string(v), 0, 0); }
  SqlStatement& BindBlob(int i, std::string_view v) override { return Set(i, std::string(v), kByteaOid, 1); }

  Result<bool> Step() override {
    if (result_ == nullptr) {
      if (Status s = Execute(); !s.ok()) return s;
    }
    return ++row_ < PQntuples(result_);
  }
  void Reset() override {
    PQclear(result_);
    result_ = nullptr;
    row_ = -1;
    std::fill(bound_.begin(), bound_.end(), 0);
    std::fill(formats_.begin(), formats_.end(), 0);
  }

  int64_t Int(int col) const override {
    std::string_view v = TextView(col);
    int64_t n = 0;
    std::from_chars(v.data(), v.data() + v.size(), n);  // also reads numeric sums ("12")
    return n;
  }
  double Real(int col) const override {
    std::string_view v = TextView(col);
    double d = 0;
    std::from_chars(v.data(), v.data() + v.size(), d);
    return d;
  }
  bool IsNull(int col) const override { return PQgetisnull(result_, row_, col); }
  std::string_view TextView(int col) const override {
    return std::string_view(PQgetvalue(result_, row_, col), PQgetlength(result_, row_, col));
  }
  // bytea comes as text in hex form: \x0a1b...
  std::string_view Blob(int col) const override {
    std::string_view hex = TextView(col);
    blob_.clear();
    if (hex.size() < 2 || hex[0] != '\\' || hex[1] != 'x') return blob_;
    auto nibble = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
    for (size_t i = 2; i + 1 < hex.size(); i += 2) {
      blob_.push_back(static_cast<char>(nibble(hex[i]) << 4 | nibble(hex[i + 1])));
    }
    return blob_;
  }

 private:
  SqlStatement& Set(int i, std::string value, Oid type, int format) {
    values_[i - 1] = std::move(value);
    bound_[i - 1] = 1;
    types_[i - 1] = type;
    lengths_[i - 1] = static_cast<int>(values_[i - 1].size());
    formats_[i - 1] = format;
    return *this;
  }

  // Prepares on the first run, with the types of that run's binds (an unbound parameter's type
  // is inferred by the server), then executes with text results.
  Status Execute() {
    if (!prepared_) {
      PGresult* r = PQprepare(conn_, name_.c_str(), sql_.c_str(), static_cast<int>(types_.size()), types_.data());
      const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
      Status s = ok ? Status::OK() : Status::Error(TrimmedMessage(PQresultErrorMessage(r)) + " (in '" +
                                                   sql_.substr(0, 60) + "')");
      PQclear(r);
      if (!ok) return s;
      prepared_ = true;
    }
    std::vector<const char*> values(values_.size());
    for (size_t i = 0; i < values_.size(); ++i) values[i] = bound_[i] ? values_[i].c_str() : nullptr;
    result_ = PQexecPrepared(conn_, name_.c_str(), static_cast<int>(values.size()), values.data(), lengths_.data(),
                             formats_.data(), 0);
    const ExecStatusType status = PQresultStatus(result_);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
      Status s = Status::Error(TrimmedMessage(PQresultErrorMessage(result_)));
      PQclear(result_);
      result_ = nullptr;
      return s;
    }
    row_ = -1;
    return Status::OK();
  }

  PGconn* conn_;
  std::string name_, sql_;
  std::vector<std::string> values_;
  std::vector<char> bound_;
  std::vector<Oid> types_;
  std::vector<int> lengths_, formats_;
  bool prepared_ = false;
  PGresult* result_ = nullptr;  // the whole result of the current run
  int row_ = -1;
  mutable std::string blob_;
};

}  // namespace

Result<std::unique_ptr<PostgresConnection>> PostgresConnection::Open(const std::string& uri) {
  PGconn* conn = PQconnectdb(uri.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    Status s = Status::Error(uri + ": cannot connect: " + TrimmedMessage(PQerrorMessage(conn)));
    PQfinish(conn);
    return s;
  }
  // NOTICEs ("relation already exists, skipping") are not for the user.
  PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
  return std::unique_ptr<PostgresConnection>(new PostgresConnection(conn));
}

Status PostgresConnection::Exec(const char* sql) {
  PGresult* r = PQexec(conn_, sql);
  const ExecStatusType status = PQresultStatus(r);
  Status s = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK
                 ? Status::OK()
                 : Status::Error(TrimmedMessage(PQresultErrorMessage(r)));
  PQclear(r);
  return s;
}

Status PostgresConnection::BeginWrite() {
  const std::string sql = "BEGIN; SELECT pg_advisory_xact_lock(" + std::to_string(kWriterLock) + ")";
  Status s = Exec(sql.c_str());
  if (!s.ok()) Exec("ROLLBACK");  // BEGIN may have run: end the transaction it opened
  return s;
}

Status PostgresConnection::Prepare(std::string_view sql, std::unique_ptr<SqlStatement>* statement) {
  std::string rewritten;
  const int parameters = RewriteParameters(sql, &rewritten);
  *statement = std::make_unique<PostgresStatement>(conn_, "dw" + std::to_string(++statements_made_),
                                                   std::move(rewritten), parameters);
  return Status::OK();
}

}  // namespace dyadwatch::store
