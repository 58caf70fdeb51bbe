// The store's schema, rules and queries, written once against SqlConnection (sql_connection.h):
// schema in sql_schema.cc, ingest in sql_store_ingest.cc, queries in sql_store_queries.cc, the
// shared statements in sql_store.cc. The backends (sqlite_store.cc, postgres_store.cc; declared
// at the end) open a connection, create the schema in their column types and hand the
// connection to SqlStore.
#ifndef DYADWATCH_STORE_SQL_STORE_H_
#define DYADWATCH_STORE_SQL_STORE_H_

#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "store/sql_connection.h"
#include "store/store.h"

namespace dyadwatch::store {

class DyadSumTable;  // sql_store_queries.cc

// Column types of a backend, for the one schema text both backends create (sql_schema.cc).
struct SchemaTypes {
  const char* row_key;        // the type of a table's integer id column, with PRIMARY KEY
  const char* integer;        // a 64-bit integer
  const char* real;           // a double
  const char* blob;           // bytes
  const char* without_rowid;  // suffix of a table stored in its primary-key order
};

// Schema version 1: CREATE TABLE / INDEX IF NOT EXISTS statements and the version row.
std::string SchemaSql(const SchemaTypes& types);

class SqlStore : public Store {
 public:
  // Checks the schema version and prepares the ingest statements (unless read_only). `name`
  // (the path or URI) prefixes error messages.
  static Result<std::unique_ptr<Store>> Open(std::unique_ptr<SqlConnection> connection, const std::string& name,
                                             const StoreOptions& options);
  ~SqlStore() override;

  Status IngestBatch(const std::vector<CodedDocument>& batch, IngestCounts* counts) override;
  Status ForEachDocumentKey(const std::function<void(const std::string&)>& fn) override;
  Result<TableCounts> Counts() override;
  Result<std::vector<DyadRow>> DyadSeries(const DyadSeriesQuery& query) override;
  Result<std::vector<DyadRow>> TopDyads(const TopDyadsQuery& query) override;
  Result<ActorSummary> Actor(const ActorQuery& query) override;
  Status ScanEvents(const EventFilter& filter,
                    const std::function<bool(const StoredEvent&)>& fn) override;
  Result<std::vector<Mention>> Mentions(int64_t event_id) override;

 private:
  // Aggregate changes of one batch, merged by row and written once at the end of the batch.
  struct AggregateKey {
    int level, kind;
    std::string source, target;
    int64_t period;
    bool operator<(const AggregateKey& o) const {
      return std::tie(level, kind, source, target, period) <
             std::tie(o.level, o.kind, o.source, o.target, o.period);
    }
  };
  struct AggregateDelta {
    int64_t events = 0, quad[4] = {0, 0, 0, 0}, mentions = 0, coop_mentions = 0;
    double goldstein_sum = 0, coop_goldstein_sum = 0;
    int64_t first_day = INT64_MAX, last_day = INT64_MIN;
  };
  // What the aggregates need to know about an event.
  struct EventFacts {
    int64_t id = 0;
    bool dated = false;
    int64_t day = 0;
    std::string source, target, source_level, target_level;
    int quad_class = 0;
    double goldstein = 0;
  };

  SqlStore(std::unique_ptr<SqlConnection> connection, StoreOptions options)
      : db_(std::move(connection)), options_(options) {}
  Status PrepareStatements();
  Status Prepare(std::string_view sql, std::unique_ptr<SqlStatement>* statement) {
    return db_->Prepare(sql, statement);
  }

  // Adds up roll-up rows per dyad over a range (see sql_store_queries.cc); `side` is "source",
  // "target" or nullptr (all dyads).
  Status SumRange(int level, const DayRange& range, const char* side, const std::string& actor,
                  DyadSumTable* sums);

  Status IngestDocument(const CodedDocument& item, IngestCounts* counts);
  Status StoreEvent(const Event& event, int ordinal, int64_t doc_key, int64_t matched_doc,
                    int64_t group_doc, const std::string& source_name, const std::string& url,
                    IngestCounts* counts);
  // Adds one event (new_event) and/or one mention of it to the batch's aggregate deltas.
  void CountInAggregates(const EventFacts& facts, bool new_event);
  // Writes the batch's event counts and aggregate deltas.
  Status FlushCounts();

  std::unique_ptr<SqlConnection> db_;  // declared first: destroyed after the statements
  StoreOptions options_;
  std::map<AggregateKey, AggregateDelta> pending_;
  // NumMentions, NumArticles, NumSources added per event by the batch (nothing reads them while
  // ingesting, so they are written once per event at the end of the batch).
  struct EventCounts {
    int64_t mentions = 0, articles = 0, sources = 0;
  };
  std::map<int64_t, EventCounts> pending_counts_;
  // The next row ids, read at the start of each batch (see IngestBatch).
  int64_t next_doc_key_ = 0, next_event_id_ = 0, next_mention_id_ = 0;

  // Prepared once, reused by every batch.
  std::unique_ptr<SqlStatement> next_ids_, find_document_, find_content_, find_candidates_, insert_document_,
      insert_band_, find_linked_event_, find_window_event_, insert_event_, mentioned_, insert_mention_,
      update_counts_, update_counts_rows_, upsert_aggregate_, upsert_aggregate_rows_;
  // Rows written by one run of the *_rows_ statements (one round trip each on a server).
  static constexpr size_t kRowsPerStatement = 64;
};

// The backends. Each opens its connection, creates the schema (unless options.read_only) and
// returns a SqlStore over it.
// A SQLite file (WAL mode) for one machine, created when missing: sqlite_store.cc.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, const StoreOptions& options);
// A PostgreSQL database shared by a team ("postgresql://..." or "postgres://..."; the database
// must exist): postgres_store.cc.
Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& uri, const StoreOptions& options);

}  // namespace dyadwatch::store

#endif  // DYADWATCH_STORE_SQL_STORE_H_
