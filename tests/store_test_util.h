// Helpers shared by the store tests: a temporary directory, running the CLI, reading the sample
// corpus, writing JSON Lines, and a digest of every stored row (to compare two stores); a store is
// a SQLite file path or a PostgreSQL URI (BackendTest runs a test on both).
#ifndef DYADWATCH_TESTS_STORE_TEST_UTIL_H_
#define DYADWATCH_TESTS_STORE_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "common/json_escape.h"
#include "dyadwatch/document.h"
#include "ingest/record_reader.h"
#include "store_postgres_util.h"

namespace dyadwatch::testing {

inline const std::string kSamplePath =
    std::string(DYADWATCH_SOURCE_DATA_DIR) + "/sample/wikinews-2019-2020.jsonl";

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct CliRun {
  int status = -1;
  std::string out, err;
};

class TempDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = ::testing::TempDir() + "dyadwatch_store_XXXXXX";
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { std::system(("rm -rf '" + dir_ + "'").c_str()); }

  // Runs `dyadwatch ARGS` through the shell.
  CliRun Dyadwatch(const std::string& args) {
    const std::string out = dir_ + "/stdout", err = dir_ + "/stderr";
    const std::string command =
        std::string("'") + DYADWATCH_BINARY + "' " + args + " >'" + out + "' 2>'" + err + "'";
    CliRun run;
    const int raw = std::system(command.c_str());
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    run.out = Slurp(out);
    run.err = Slurp(err);
    return run;
  }

  std::string Path(const std::string& name) const { return dir_ + "/" + name; }
  std::string dir_;
};

inline std::vector<Document> ReadSample() {
  std::vector<Document> docs;
  auto reader = ingest::RecordReader::Open(kSamplePath, {});
  if (!reader.ok()) return docs;
  Document d;
  std::string message;
  for (;;) {
    ingest::ReadKind kind = reader.value()->Next(&d, &message);
    if (kind == ingest::ReadKind::kEnd) break;
    if (kind == ingest::ReadKind::kDocument) docs.push_back(d);
  }
  return docs;
}

inline std::string ToJsonLine(const Document& d) {
  std::string line = "{\"id\":";
  AppendJsonString(d.id, &line);
  line += ",\"date\":";
  AppendJsonString(d.date, &line);
  line += ",\"source\":";
  AppendJsonString(d.source, &line);
  line += ",\"url\":";
  AppendJsonString(d.url, &line);
  line += ",\"title\":";
  AppendJsonString(d.title, &line);
  line += ",\"text\":";
  AppendJsonString(d.text, &line);
  line += "}\n";
  return line;
}

inline void WriteJsonl(const std::string& path, const std::vector<Document>& docs) {
  std::ofstream out(path, std::ios::binary);
  for (const Document& d : docs) out << ToJsonLine(d);
}

// Runs `sql` on the store at `path` (a file or a PostgreSQL URI) and returns its rows, one line
// each, columns TAB-separated.
inline std::string QueryRows(const std::string& path, const std::string& sql) {
  if (IsPostgresUri(path)) {
    std::string rows;
    const std::string error = PostgresCluster::Run(path, sql, &rows);
    return error.empty() ? rows : error;
  }
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return "cannot open " + path;
  }
  sqlite3_busy_timeout(db, 10000);
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    out = std::string("error: ") + sqlite3_errmsg(db);
  } else {
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
        const unsigned char* v = sqlite3_column_text(stmt, c);
        if (c) out += '\t';
        out += v ? reinterpret_cast<const char*>(v) : "NULL";
      }
      out += '\n';
    }
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return out;
}

inline int64_t QueryInt(const std::string& path, const std::string& sql) {
  return std::atoll(QueryRows(path, sql).c_str());
}

// Every stored row except the wall-clock columns (added_at), in key order.
inline std::string StoreDigest(const std::string& path) {
  const std::string minhash = IsPostgresUri(path) ? "encode(minhash, 'hex')" : "hex(minhash)";
  return QueryRows(path,
                   "SELECT doc_key, id, content_hash, date, source, url, title, sentences, events, "
                   "duplicate_of, similarity, " + minhash + " FROM documents ORDER BY doc_key") +
         QueryRows(path,
                   "SELECT event_id, day, date, source, target, source_level, target_level, code, "
                   "root, quad_class, goldstein, mood, in_lead, url, rule, num_mentions, "
                   "num_sources, num_articles FROM events ORDER BY event_id") +
         QueryRows(path, "SELECT * FROM mentions ORDER BY mention_id") +
         QueryRows(path, "SELECT * FROM dyad_stats ORDER BY level, period_kind, source, target, period") +
         QueryRows(path, "SELECT * FROM document_bands ORDER BY band_key, doc_key");
}

// Whether the store at `db` exists yet (a database always does; its tables may not).
inline bool StoreExists(const std::string& db) { return IsPostgresUri(db) || access(db.c_str(), F_OK) == 0; }

enum class Backend { kSqlite, kPostgres };

inline std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "Sqlite" : "Postgres";
}

// A test that runs once per backend. The PostgreSQL variant skips, saying why, when the server is
// not installed, and fails when it is installed but does not start.
class BackendTest : public TempDirTest, public ::testing::WithParamInterface<Backend> {
 protected:
  void SetUp() override {
    TempDirTest::SetUp();
    if (GetParam() != Backend::kPostgres) return;
    bool skip = false;
    std::string why;
    cluster_ = PostgresCluster::Get(&skip, &why);
    if (cluster_ == nullptr && skip) GTEST_SKIP() << "PostgreSQL variant skipped: " << why;
    ASSERT_NE(cluster_, nullptr) << why;
  }

  // A new, empty store: a file in the test's directory, or a fresh database.
  std::string NewStore(const std::string& name) {
    return GetParam() == Backend::kSqlite ? Path(name + ".db") : cluster_->NewDatabase();
  }
  PostgresCluster* cluster_ = nullptr;
};

#define DYADWATCH_BOTH_BACKENDS(suite) \
  INSTANTIATE_TEST_SUITE_P(Backends, suite,                                                                      \
                           ::testing::Values(::dyadwatch::testing::Backend::kSqlite,                             \
                                             ::dyadwatch::testing::Backend::kPostgres),                          \
                           ::dyadwatch::testing::BackendName)

}  // namespace dyadwatch::testing

#endif  // DYADWATCH_TESTS_STORE_TEST_UTIL_H_
