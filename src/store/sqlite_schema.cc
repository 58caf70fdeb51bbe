// SqliteStore: opening the file, the schema, and the statements prepared once per connection.
#include <ctime>

#include "store/sqlite_store.h"

namespace dyadwatch::store {
namespace {

// Version 1. Day numbers are days since 1970-01-01; levels: 0 country-level codes, 1 full codes;
// period_kind: 0 day, 2 month, 3 year, 4 all time (see Period; weeks are rolled up from days).
constexpr char kSchema[] = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta VALUES('schema_version', '1');

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

Result<std::unique_ptr<Store>> SqliteStore::Open(const std::string& path, const StoreOptions& options) {
  sqlite3* db = nullptr;
  const int flags = options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    Status s = SqliteError(db, path + ": cannot open the store");
    sqlite3_close(db);
    return s;
  }
  std::unique_ptr<SqliteStore> store(new SqliteStore(db, options));
  // Another ingest process may hold the write lock for a batch: wait for it rather than fail.
  sqlite3_busy_timeout(db, 60000);
  // WAL: readers never block the writer; NORMAL sync is durable against a killed process (only a
  // power loss can lose the last commits, never corrupt the file). The writer gets a 256 MB page
  // cache: ingest updates indexes at random places, and past the cache every update is a read.
  const char* pragmas = options.read_only
                            ? "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;"
                            : "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                              "PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;";
  if (Status s = Exec(db, pragmas); !s.ok()) return Status::Error(path + ": " + s.message());
  if (!options.read_only) {
    if (Status s = Exec(db, "BEGIN IMMEDIATE"); !s.ok()) return Status::Error(path + ": " + s.message());
    Status s = store->CreateSchema();
    Exec(db, s.ok() ? "COMMIT" : "ROLLBACK");
    if (!s.ok()) return Status::Error(path + ": " + s.message());
  }
  Statement version;
  if (Status s = version.Prepare(db, "SELECT value FROM meta WHERE key='schema_version'"); !s.ok()) {
    return Status::Error(path + ": not a dyadwatch store (" + s.message() + ")");
  }
  Result<bool> row = version.Step();
  if (!row.ok() || !row.value() || version.Text(0) != "1") {
    return Status::Error(path + ": not a dyadwatch store of schema version 1");
  }
  if (Status s = store->PrepareStatements(); !s.ok()) return Status::Error(path + ": " + s.message());
  return std::unique_ptr<Store>(std::move(store));
}

SqliteStore::~SqliteStore() {
  // Statements must be finalized before the connection closes.
  for (Statement* s : {&find_document_, &find_content_, &find_band_, &load_minhash_,
                       &insert_document_, &insert_band_, &find_linked_event_, &find_window_event_,
                       &insert_event_, &mention_exists_, &source_exists_, &insert_mention_,
                       &update_event_, &upsert_aggregate_}) {
    *s = Statement();
  }
  sqlite3_close(db_);
}

Status SqliteStore::CreateSchema() { return Exec(db_, kSchema); }

Status SqliteStore::PrepareStatements() {
  if (options_.read_only) return Status::OK();
  const std::pair<Statement*, const char*> statements[] = {
      {&find_document_, "SELECT content_hash FROM documents WHERE id=?1"},
      {&find_content_,
       "SELECT doc_key, coalesce(duplicate_of, doc_key) FROM documents WHERE content_hash=?1 "
       "ORDER BY doc_key LIMIT 1"},
      {&find_band_, "SELECT doc_key FROM document_bands WHERE band_key=?1"},
      {&load_minhash_, "SELECT minhash, coalesce(duplicate_of, doc_key) FROM documents WHERE doc_key=?1"},
      {&insert_document_,
       "INSERT INTO documents(id, content_hash, date, source, url, title, sentences, events, "
       "duplicate_of, similarity, minhash, added_at) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)"},
      {&insert_band_, "INSERT OR IGNORE INTO document_bands(band_key, doc_key) VALUES(?1,?2)"},
      // An event of the duplicate group with the same dyad and root, whatever its date: a copy
      // republished days later still reports the same event.
      {&find_linked_event_,
       "SELECT e.event_id, e.day, e.source_level, e.target_level, e.quad_class, e.goldstein "
       "FROM mentions m JOIN events e ON e.event_id=m.event_id "
       "WHERE m.doc_key IN (?1, ?2) AND e.source=?3 AND e.target=?4 AND e.root=?5 "
       "ORDER BY e.event_id LIMIT 1"},
      // The nearest event of the same dyad and root within the window, measured from the day of
      // its first report (so clusters cannot drift along a chain of reports).
      {&find_window_event_,
       "SELECT event_id, day, source_level, target_level, quad_class, goldstein FROM events "
       "WHERE source=?1 AND target=?2 AND root=?3 AND day BETWEEN ?4 - ?5 AND ?4 + ?5 "
       "ORDER BY abs(day - ?4), event_id LIMIT 1"},
      {&insert_event_,
       "INSERT INTO events(day, date, source, target, source_country, target_country, "
       "source_level, target_level, source_name, target_name, code, root, quad_class, goldstein, "
       "mood, in_lead, url, rule, num_mentions, num_sources, num_articles, added_at) "
       "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,0,0,0,?19)"},
      {&mention_exists_, "SELECT 1 FROM mentions WHERE event_id=?1 AND doc_key=?2 LIMIT 1"},
      {&source_exists_, "SELECT 1 FROM mentions WHERE event_id=?1 AND source_name=?2 LIMIT 1"},
      {&insert_mention_,
       "INSERT INTO mentions(event_id, doc_key, ordinal, sentence, date, source_name, code, mood, "
       "rule, source_text, target_text, sentence_text, sentence_begin, sentence_end, source_begin, "
       "source_end, verb_begin, verb_end, target_begin, target_end) "
       "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20)"},
      {&update_event_,
       "UPDATE events SET num_mentions=num_mentions+1, num_articles=num_articles+?2, "
       "num_sources=num_sources+?3 WHERE event_id=?1"},
      {&upsert_aggregate_,
       "INSERT INTO dyad_stats VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16) "
       "ON CONFLICT(level, period_kind, period, source, target) DO UPDATE SET "
       "events=events+excluded.events, quad1=quad1+excluded.quad1, quad2=quad2+excluded.quad2, "
       "quad3=quad3+excluded.quad3, quad4=quad4+excluded.quad4, "
       "goldstein_sum=goldstein_sum+excluded.goldstein_sum, "
       "coop_goldstein_sum=coop_goldstein_sum+excluded.coop_goldstein_sum, "
       "mentions=mentions+excluded.mentions, coop_mentions=coop_mentions+excluded.coop_mentions, "
       "first_day=min(first_day, excluded.first_day), last_day=max(last_day, excluded.last_day)"},
  };
  for (const auto& [statement, sql] : statements) {
    if (Status s = statement->Prepare(db_, sql); !s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace dyadwatch::store
