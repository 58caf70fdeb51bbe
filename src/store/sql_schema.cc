// The store's tables and indexes, one text for both backends (see SchemaSql in sql_store.h).
#include <string>

#include "store/sql_store.h"

namespace dyadwatch::store {
namespace {

// Version 1, with the column types of a backend in braces (see SchemaTypes). Day numbers are
// days since 1970-01-01; levels: 0 country-level codes, 1 full codes;
// period_kind: 0 day, 2 month, 3 year, 4 all time (see Period; weeks are rolled up from days).
constexpr char kSchemaTemplate[] = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES('schema_version', '1') ON CONFLICT DO NOTHING;

CREATE TABLE IF NOT EXISTS documents(
  doc_key {key},
  id TEXT NOT NULL UNIQUE,          -- DocumentKey(): the record id, or sha:<content hash>
  content_hash TEXT NOT NULL,
  date TEXT NOT NULL, source TEXT NOT NULL, url TEXT NOT NULL, title TEXT NOT NULL,
  sentences {int} NOT NULL, events {int} NOT NULL,
  duplicate_of {int},          -- the first document of its duplicate group, or NULL
  similarity {real},           -- 1 for an exact copy, else the estimated shingle Jaccard
  minhash {blob},              -- NULL for exact copies (their original is searchable)
  added_at {int} NOT NULL);
CREATE INDEX IF NOT EXISTS documents_by_content ON documents(content_hash);

CREATE TABLE IF NOT EXISTS document_bands(
  band_key {int} NOT NULL, doc_key {int} NOT NULL,
  PRIMARY KEY(band_key, doc_key)){without_rowid};

CREATE TABLE IF NOT EXISTS events(
  event_id {key},
  day {int}, date TEXT NOT NULL,  -- of the first report; NULL day when undated
  source TEXT NOT NULL, target TEXT NOT NULL,
  source_country TEXT NOT NULL, target_country TEXT NOT NULL,
  source_level TEXT NOT NULL, target_level TEXT NOT NULL,
  source_name TEXT NOT NULL, target_name TEXT NOT NULL,
  code TEXT NOT NULL, root TEXT NOT NULL, quad_class {int} NOT NULL, goldstein {real} NOT NULL,
  mood TEXT NOT NULL, in_lead {int} NOT NULL, url TEXT NOT NULL, rule TEXT NOT NULL,
  num_mentions {int} NOT NULL, num_sources {int} NOT NULL, num_articles {int} NOT NULL,
  added_at {int} NOT NULL);
CREATE INDEX IF NOT EXISTS events_cluster ON events(source, target, root, day);
-- root last: an actor's events per root are counted from these indexes alone.
CREATE INDEX IF NOT EXISTS events_by_level ON events(source_level, target_level, day, root);
CREATE INDEX IF NOT EXISTS events_by_target_level ON events(target_level, day, root);
CREATE INDEX IF NOT EXISTS events_by_target ON events(target, day, root);
CREATE INDEX IF NOT EXISTS events_by_day ON events(day);

CREATE TABLE IF NOT EXISTS mentions(
  mention_id {key},
  event_id {int} NOT NULL, doc_key {int} NOT NULL, ordinal {int} NOT NULL,
  sentence {int} NOT NULL, date TEXT NOT NULL, source_name TEXT NOT NULL,
  code TEXT NOT NULL, mood TEXT NOT NULL, rule TEXT NOT NULL,
  source_text TEXT NOT NULL, target_text TEXT NOT NULL, sentence_text TEXT NOT NULL,
  sentence_begin {int}, sentence_end {int}, source_begin {int}, source_end {int},
  verb_begin {int}, verb_end {int}, target_begin {int}, target_end {int});
CREATE INDEX IF NOT EXISTS mentions_by_event ON mentions(event_id, doc_key);
CREATE INDEX IF NOT EXISTS mentions_by_document ON mentions(doc_key);

CREATE TABLE IF NOT EXISTS dyad_stats(
  level {int} NOT NULL, period_kind {int} NOT NULL,
  source TEXT NOT NULL, target TEXT NOT NULL, period {int} NOT NULL,
  events {int} NOT NULL, quad1 {int} NOT NULL, quad2 {int} NOT NULL,
  quad3 {int} NOT NULL, quad4 {int} NOT NULL,
  goldstein_sum {real} NOT NULL, coop_goldstein_sum {real} NOT NULL,
  mentions {int} NOT NULL, coop_mentions {int} NOT NULL,
  first_day {int} NOT NULL, last_day {int} NOT NULL,
  -- Period before the actors: a top-dyads query reads whole period ranges contiguously.
  PRIMARY KEY(level, period_kind, period, source, target)){without_rowid};
CREATE INDEX IF NOT EXISTS dyad_stats_by_dyad ON dyad_stats(level, period_kind, source, target, period);
-- The all-time rows by event count (all, cooperation, conflict): top-dyad queries read dyads in
-- this order and stop as soon as no further dyad can make the cut. Partial: all-time rows only.
-- (Sums in parentheses: PostgreSQL wants them around an index expression.)
CREATE INDEX IF NOT EXISTS dyad_totals_by_events ON dyad_stats(level, events) WHERE period_kind=4;
CREATE INDEX IF NOT EXISTS dyad_totals_by_cooperation ON dyad_stats(level, (quad1+quad2)) WHERE period_kind=4;
CREATE INDEX IF NOT EXISTS dyad_totals_by_conflict ON dyad_stats(level, (quad3+quad4)) WHERE period_kind=4;
)sql";

}  // namespace

std::string SchemaSql(const SchemaTypes& types) {
  const std::pair<const char*, const char*> tokens[] = {{"{key}", types.row_key},
                                                        {"{int}", types.integer},
                                                        {"{real}", types.real},
                                                        {"{blob}", types.blob},
                                                        {"{without_rowid}", types.without_rowid}};
  std::string sql = kSchemaTemplate;
  for (const auto& [token, type] : tokens) {
    for (size_t at = sql.find(token); at != std::string::npos; at = sql.find(token, at)) {
      sql.replace(at, std::char_traits<char>::length(token), type);
    }
  }
  return sql;
}

}  // namespace dyadwatch::store
