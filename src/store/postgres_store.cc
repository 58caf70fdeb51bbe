// The PostgreSQL backend: its schema and session settings. Ingest and queries are SqlStore's
// (sql_store.h), over PostgresConnection.
#include "store/postgres_store.h"

#include "store/postgres_connection.h"
#include "store/sql_store.h"

namespace dyadwatch::store {
namespace {

// Schema version 1, the tables and columns of the SQLite schema (sqlite_store.cc) in
// PostgreSQL's types: BIGINT where SQLite's INTEGER holds 64 bits, DOUBLE PRECISION for REAL,
// BYTEA for BLOB. Row ids are plain keys (SqlStore assigns them). Text columns keep the
// database's collation: the store compares codes and ids for equality only, and orders by numbers.
constexpr char kSchema[] = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES('schema_version', '1') ON CONFLICT DO NOTHING;

CREATE TABLE IF NOT EXISTS documents(
  doc_key BIGINT PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  date TEXT NOT NULL, source TEXT NOT NULL, url TEXT NOT NULL, title TEXT NOT NULL,
  sentences INTEGER NOT NULL, events INTEGER NOT NULL,
  duplicate_of BIGINT, similarity DOUBLE PRECISION, minhash BYTEA,
  added_at BIGINT NOT NULL);
CREATE INDEX IF NOT EXISTS documents_by_content ON documents(content_hash);

CREATE TABLE IF NOT EXISTS document_bands(
  band_key BIGINT NOT NULL, doc_key BIGINT NOT NULL,
  PRIMARY KEY(band_key, doc_key));

CREATE TABLE IF NOT EXISTS events(
  event_id BIGINT PRIMARY KEY,
  day BIGINT, date TEXT NOT NULL,
  source TEXT NOT NULL, target TEXT NOT NULL,
  source_country TEXT NOT NULL, target_country TEXT NOT NULL,
  source_level TEXT NOT NULL, target_level TEXT NOT NULL,
  source_name TEXT NOT NULL, target_name TEXT NOT NULL,
  code TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein DOUBLE PRECISION NOT NULL,
  mood TEXT NOT NULL, in_lead INTEGER NOT NULL, url TEXT NOT NULL, rule TEXT NOT NULL,
  num_mentions BIGINT NOT NULL, num_sources BIGINT NOT NULL, num_articles BIGINT NOT NULL,
  added_at BIGINT NOT NULL);
CREATE INDEX IF NOT EXISTS events_cluster ON events(source, target, root, day);
CREATE INDEX IF NOT EXISTS events_by_level ON events(source_level, target_level, day, root);
CREATE INDEX IF NOT EXISTS events_by_target_level ON events(target_level, day, root);
CREATE INDEX IF NOT EXISTS events_by_target ON events(target, day, root);
CREATE INDEX IF NOT EXISTS events_by_day ON events(day);

CREATE TABLE IF NOT EXISTS mentions(
  mention_id BIGINT PRIMARY KEY,
  event_id BIGINT NOT NULL, doc_key BIGINT NOT NULL, ordinal INTEGER NOT NULL,
  sentence INTEGER NOT NULL, date TEXT NOT NULL, source_name TEXT NOT NULL,
  code TEXT NOT NULL, mood TEXT NOT NULL, rule TEXT NOT NULL,
  source_text TEXT NOT NULL, target_text TEXT NOT NULL, sentence_text TEXT NOT NULL,
  sentence_begin BIGINT, sentence_end BIGINT, source_begin BIGINT, source_end BIGINT,
  verb_begin BIGINT, verb_end BIGINT, target_begin BIGINT, target_end BIGINT);
CREATE INDEX IF NOT EXISTS mentions_by_event ON mentions(event_id, doc_key);
CREATE INDEX IF NOT EXISTS mentions_by_document ON mentions(doc_key);

CREATE TABLE IF NOT EXISTS dyad_stats(
  level INTEGER NOT NULL, period_kind INTEGER NOT NULL,
  source TEXT NOT NULL, target TEXT NOT NULL, period BIGINT NOT NULL,
  events BIGINT NOT NULL, quad1 BIGINT NOT NULL, quad2 BIGINT NOT NULL,
  quad3 BIGINT NOT NULL, quad4 BIGINT NOT NULL,
  goldstein_sum DOUBLE PRECISION NOT NULL, coop_goldstein_sum DOUBLE PRECISION NOT NULL,
  mentions BIGINT NOT NULL, coop_mentions BIGINT NOT NULL,
  first_day BIGINT NOT NULL, last_day BIGINT NOT NULL,
  PRIMARY KEY(level, period_kind, period, source, target));
CREATE INDEX IF NOT EXISTS dyad_stats_by_dyad ON dyad_stats(level, period_kind, source, target, period);
CREATE INDEX IF NOT EXISTS dyad_totals_by_events ON dyad_stats(level, events) WHERE period_kind=4;
CREATE INDEX IF NOT EXISTS dyad_totals_by_cooperation ON dyad_stats(level, (quad1+quad2)) WHERE period_kind=4;
CREATE INDEX IF NOT EXISTS dyad_totals_by_conflict ON dyad_stats(level, (quad3+quad4)) WHERE period_kind=4;
)sql";

}  // namespace

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
    Status s = db.Exec(kSchema);
    db.Exec(s.ok() ? "COMMIT" : "ROLLBACK");
    if (!s.ok()) return Status::Error(uri + ": " + s.message());
  }
  return SqlStore::Open(std::move(opened.value()), uri, options);
}

}  // namespace dyadwatch::store
