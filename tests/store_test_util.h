// Helpers shared by the store tests: a temporary directory, running the CLI, reading the sample
// corpus, writing JSON Lines, and a digest of every stored row (to compare two stores).
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

// Runs `sql` on the store at `path` and returns its rows, one line each, columns TAB-separated.
inline std::string QueryRows(const std::string& path, const std::string& sql) {
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
  return QueryRows(path,
                   "SELECT doc_key, id, content_hash, date, source, url, title, sentences, events, "
                   "duplicate_of, similarity, hex(minhash) FROM documents ORDER BY doc_key") +
         QueryRows(path,
                   "SELECT event_id, day, date, source, target, source_level, target_level, code, "
                   "root, quad_class, goldstein, mood, in_lead, url, rule, num_mentions, "
                   "num_sources, num_articles FROM events ORDER BY event_id") +
         QueryRows(path, "SELECT * FROM mentions ORDER BY mention_id") +
         QueryRows(path, "SELECT * FROM dyad_stats ORDER BY level, period_kind, source, target, period") +
         QueryRows(path, "SELECT * FROM document_bands ORDER BY band_key, doc_key");
}

}  // namespace dyadwatch::testing

#endif  // DYADWATCH_TESTS_STORE_TEST_UTIL_H_
