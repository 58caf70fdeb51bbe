// The embedded backend: one SQLite file in WAL mode, its schema and its settings. Ingest and
// queries are SqlStore's (sql_store.h).
#include "store/sqlite_store.h"

#include <chrono>
#include <thread>

#include "store/sql_store.h"
#include "store/sqlite_connection.h"

namespace dyadwatch::store {
namespace {

// Version 1. Day numbers are days since 1970-01-01; levels: 0 country-level codes, 1 full codes;
// period_kind: 0 day, 2 month, 3 year, 4 all time (see Period; weeks are rolled up from days).
constexpr char kSchema[] = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES('schema_version', '1') ON CONFLICT DO NOTHING;

CREATE TABLE IF NOT EXISTS documents(
  doc_key INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,          -- DocumentKey(): the record id, or sha:<content hash>
  content_hash TEXT NOT NULL,
  date TEXT NOT NULL, source TEXT NOT NULL, url TEXT NOT NULL, title TEXT NOT NULL,
  sentences INTEGER NOT NULL, events INTEGER NOT NULL,
  duplicate_of INTEGER,             -- the first document of its duplicate group, or NULL
  similarity REAL,                  -- 1 for an exact copy, else the estimated shingle Jaccard
  minhash BLOB,                     -- NULL for exact copies (their original is searchable)
  added_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS documents_by_content ON documents(content_hash);

CREATE TABLE IF NOT EXISTS document_bands(
  band_key INTEGER NOT NULL, doc_key INTEGER NOT NULL,
  PRIMARY KEY(band_key, doc_key)) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS events(
  event_id INTEGER PRIMARY KEY,
  day INTEGER, date TEXT NOT NULL,  -- of the first report; NULL day when undated
  source TEXT NOT NULL, target TEXT NOT NULL,
  source_country TEXT NOT NULL, target_country TEXT NOT NULL,
  source_level TEXT NOT NULL, target_level TEXT NOT NULL,
  source_name TEXT NOT NULL, target_name TEXT NOT NULL,
  code TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
  mood TEXT NOT NULL, in_lead INTEGER NOT NULL, url TEXT NOT NULL, rule TEXT NOT NULL,
  num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL,
  added_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS events_cluster ON events(source, target, root, day);
-- root last: an actor's events per root are counted from these indexes alone.
CREATE INDEX IF NOT EXISTS events_by_level ON events(source_level, target_level, day, root);
CREATE INDEX IF NOT EXISTS events_by_target_level ON events(target_level, day, root);
CREATE INDEX IF NOT EXISTS events_by_target ON events(target, day, root);
CREATE INDEX IF NOT EXISTS events_by_day ON events(day);

CREATE TABLE IF NOT EXISTS mentions(
  mention_id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL, doc_key INTEGER NOT NULL, ordinal INTEGER NOT NULL,
  sentence INTEGER NOT NULL, date TEXT NOT NULL, source_name TEXT NOT NULL,
  code TEXT NOT NULL, mood TEXT NOT NULL, rule TEXT NOT NULL,
  source_text TEXT NOT NULL, target_text TEXT NOT NULL, sentence_text TEXT NOT NULL,
  sentence_begin INTEGER, sentence_end INTEGER, source_begin INTEGER, source_end INTEGER,
  verb_begin INTEGER, verb_end INTEGER, target_begin INTEGER, target_end INTEGER);
CREATE INDEX IF NOT EXISTS mentions_by_event ON mentions(event_id, doc_key);
CREATE INDEX IF NOT EXISTS mentions_by_document ON mentions(doc_key);

CREATE TABLE IF NOT EXISTS dyad_stats(
  level INTEGER NOT NULL, period_kind INTEGER NOT NULL,
  source TEXT NOT NULL, target TEXT NOT NULL, period INTEGER NOT NULL,
  events INTEGER NOT NULL, quad1 INTEGER NOT NULL, quad2 INTEGER NOT NULL,
  quad3 INTEGER NOT NULL, quad4 INTEGER NOT NULL,
  goldstein_sum REAL NOT NULL, coop_goldstein_sum REAL NOT NULL,
  mentions INTEGER NOT NULL, coop_mentions INTEGER NOT NULL,
  first_day INTEGER NOT NULL, last_day INTEGER NOT NULL,
  -- Period before the actors: a top-dyads query reads whole period ranges contiguously.
  PRIMARY KEY(level, period_kind, period, source, target)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dyad_stats_by_dyad ON dyad_stats(level, period_kind, source, target, period);
-- The all-time rows by event count (all, cooperation, conflict): top-dyad queries read dyads in
-- this order and stop as soon as no further dyad can make the cut. Partial: all-time rows only.
CREATE INDEX IF NOT EXISTS dyad_totals_by_events ON dyad_stats(level, events) WHERE period_kind=4;
CREATE INDEX IF NOT EXISTS dyad_totals_by_cooperation ON dyad_stats(level, quad1+quad2) WHERE period_kind=4;
CREATE INDEX IF NOT EXISTS dyad_totals_by_conflict ON dyad_stats(level, quad3+quad4) WHERE period_kind=4;
)sql";

}  // namespace

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
    s = db.Exec(kSchema);
    db.Exec(s.ok() ? "COMMIT" : "ROLLBACK");
    if (!s.ok()) return Status::Error(path + ": " + s.message());
  }
  return SqlStore::Open(std::move(opened.value()), path, options);
}

}  // namespace dyadwatch::store
