// SqlStore: opening over a connection, the schema check, and the ingest statements prepared once
// per connection (SQL both backends run as written; see sql_connection.h).
#include "store/sql_store.h"

#include "store/fingerprint.h"

namespace dyadwatch::store {

Status SqlStatement::Run() {
  for (;;) {
    Result<bool> row = Step();
    if (!row.ok()) return row.status();
    if (!row.value()) return Status::OK();
  }
}

Result<std::unique_ptr<Store>> SqlStore::Open(std::unique_ptr<SqlConnection> connection, const std::string& name,
                                              const StoreOptions& options) {
  std::unique_ptr<SqlStore> store(new SqlStore(std::move(connection), options));
  std::unique_ptr<SqlStatement> version;
  if (Status s = store->Prepare("SELECT value FROM meta WHERE key='schema_version'", &version); !s.ok()) {
    return Status::Error(name + ": not a dyadwatch store (" + s.message() + ")");
  }
  Result<bool> row = version->Step();
  if (!row.ok()) return Status::Error(name + ": not a dyadwatch store (" + row.status().message() + ")");
  if (!row.value() || version->Text(0) != "1") {
    return Status::Error(name + ": not a dyadwatch store of schema version 1");
  }
  if (Status s = store->PrepareStatements(); !s.ok()) return Status::Error(name + ": " + s.message());
  return std::unique_ptr<Store>(std::move(store));
}

SqlStore::~SqlStore() = default;

namespace {

// "?first,?first+1,...": the placeholders of the 16 band keys.
std::string BandPlaceholders(const char* before, const char* after) {
  std::string out;
  for (int band = 0; band < kMinHashBands; ++band) {
    out += (band ? "," : "") + std::string(before) + "?" + std::to_string(band + 1) + after;
  }
  return out;
}

// "(?1,...,?columns),(...)...": `rows` rows of placeholders, numbered row after row.
std::string ValuesList(size_t rows, size_t columns) {
  std::string sql;
  for (size_t r = 0; r < rows; ++r) {
    sql += r ? ",(" : "(";
    for (size_t c = 1; c <= columns; ++c) sql += (c > 1 ? ",?" : "?") + std::to_string(r * columns + c);
    sql += ")";
  }
  return sql;
}

// Adds `rows` rows of deltas (16 values each, in the column order of dyad_stats) to the
// aggregates. The existing row is named (dyad_stats.x): in PostgreSQL a bare column would be
// ambiguous with excluded.x. CASE rather than min()/LEAST(), which only one dialect has each.
std::string UpsertAggregates(size_t rows) {
  return "INSERT INTO dyad_stats VALUES" + ValuesList(rows, 16) +
         " ON CONFLICT(level, period_kind, period, source, target) DO UPDATE SET "
         "events=dyad_stats.events+excluded.events, quad1=dyad_stats.quad1+excluded.quad1, "
         "quad2=dyad_stats.quad2+excluded.quad2, quad3=dyad_stats.quad3+excluded.quad3, "
         "quad4=dyad_stats.quad4+excluded.quad4, "
         "goldstein_sum=dyad_stats.goldstein_sum+excluded.goldstein_sum, "
         "coop_goldstein_sum=dyad_stats.coop_goldstein_sum+excluded.coop_goldstein_sum, "
         "mentions=dyad_stats.mentions+excluded.mentions, "
         "coop_mentions=dyad_stats.coop_mentions+excluded.coop_mentions, "
         "first_day=CASE WHEN excluded.first_day < dyad_stats.first_day THEN excluded.first_day "
         "ELSE dyad_stats.first_day END, "
         "last_day=CASE WHEN excluded.last_day > dyad_stats.last_day THEN excluded.last_day "
         "ELSE dyad_stats.last_day END";
}

// Adds `rows` rows of (event_id, mentions, articles, sources) to the events' counts. VALUES
// columns are named column1.. in both dialects.
std::string UpdateEventCounts(size_t rows) {
  return "UPDATE events SET num_mentions=events.num_mentions+v.column2, "
         "num_articles=events.num_articles+v.column3, num_sources=events.num_sources+v.column4 FROM (VALUES" +
         ValuesList(rows, 4) + ") AS v WHERE events.event_id=v.column1";
}

}  // namespace

Status SqlStore::PrepareStatements() {
  if (options_.read_only) return Status::OK();
  // One statement for all bands and the candidates' signatures, not one per band and candidate:
  // a round trip is what costs on a server.
  const std::string find_candidates =
      "SELECT doc_key, minhash, coalesce(duplicate_of, doc_key) FROM documents WHERE doc_key IN "
      "(SELECT doc_key FROM document_bands WHERE band_key IN (" + BandPlaceholders("", "") + ")) ORDER BY doc_key";
  const std::string insert_band = "INSERT INTO document_bands(band_key, doc_key) VALUES" +
                                  BandPlaceholders("(", ",?17)") + " ON CONFLICT DO NOTHING";
  const std::pair<std::unique_ptr<SqlStatement>*, std::string> statements[] = {
      {&next_ids_,
       "SELECT (SELECT coalesce(max(doc_key), 0) FROM documents), (SELECT coalesce(max(event_id), 0) FROM events), "
       "(SELECT coalesce(max(mention_id), 0) FROM mentions)"},
      {&find_document_, "SELECT content_hash FROM documents WHERE id=?1"},
      {&find_content_,
       "SELECT doc_key, coalesce(duplicate_of, doc_key) FROM documents WHERE content_hash=?1 "
       "ORDER BY doc_key LIMIT 1"},
      {&find_candidates_, find_candidates},
      {&insert_document_,
       "INSERT INTO documents(doc_key, id, content_hash, date, source, url, title, sentences, events, "
       "duplicate_of, similarity, minhash, added_at) VALUES(?13,?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)"},
      {&insert_band_, insert_band},
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
       "INSERT INTO events(event_id, day, date, source, target, source_country, target_country, "
       "source_level, target_level, source_name, target_name, code, root, quad_class, goldstein, "
       "mood, in_lead, url, rule, num_mentions, num_sources, num_articles, added_at) "
       "VALUES(?20,?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,0,0,0,?19)"},
      // Whether the event is already mentioned by this document, and by this source (CASE: a bare
      // EXISTS reads as 0/1 in SQLite but as a boolean in PostgreSQL).
      {&mentioned_,
       "SELECT CASE WHEN EXISTS(SELECT 1 FROM mentions WHERE event_id=?1 AND doc_key=?2) THEN 1 ELSE 0 END, "
       "CASE WHEN EXISTS(SELECT 1 FROM mentions WHERE event_id=?1 AND source_name=?3) THEN 1 ELSE 0 END"},
      {&insert_mention_,
       "INSERT INTO mentions(mention_id, event_id, doc_key, ordinal, sentence, date, source_name, code, mood, "
       "rule, source_text, target_text, sentence_text, sentence_begin, sentence_end, source_begin, "
       "source_end, verb_begin, verb_end, target_begin, target_end) "
       "VALUES(?21,?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20)"},
      {&update_counts_, UpdateEventCounts(1)},
      {&update_counts_rows_, UpdateEventCounts(kRowsPerStatement)},
      {&upsert_aggregate_, UpsertAggregates(1)},
      {&upsert_aggregate_rows_, UpsertAggregates(kRowsPerStatement)},
  };
  for (const auto& [statement, sql] : statements) {
    if (Status s = Prepare(sql, statement); !s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace dyadwatch::store
