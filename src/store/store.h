// The relations store: coded documents go in, counted events and dyad time series come out.
// Store is the interface every backend implements (a SQLite file, or a PostgreSQL database shared
// by a team), with the same schema and the same ingest rules (both are SqlStore, sql_store.h). Callers never see SQL: they pass plain structs in and get
// plain structs (or a Status) back.
//
// Ingest rules, the same for every backend:
//  - a document is keyed by its id (or, when the record had no id, by its content hash); a key
//    already stored is skipped, so ingesting a file twice changes nothing;
//  - a batch is one transaction: a run killed mid-batch leaves no trace of that batch;
//  - a document whose text equals a stored one (content hash), or whose word shingles nearly do
//    (MinHash), is linked to it (duplicate_of); its events count as further mentions;
//  - an event joins an existing real-world event when source, target and CAMEO root agree and the
//    dates are within the window (or when a linked duplicate document already mentions that
//    dyad and root); otherwise it starts a new one. NumMentions/NumSources/NumArticles follow;
//  - dyad aggregates (country level and full codes; day, week, month, year, all time) are updated
//    in the same transaction.
#ifndef DYADWATCH_STORE_STORE_H_
#define DYADWATCH_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dyadwatch/coder.h"
#include "dyadwatch/document.h"
#include "dyadwatch/event.h"
#include "dyadwatch/status.h"
#include "store/fingerprint.h"

namespace dyadwatch::store {

struct StoreOptions {
  int event_window_days = 2;         // reports at most this many days apart describe one event
  double near_duplicate_jaccard = 0.5;  // estimated shingle Jaccard that links two documents
  bool read_only = false;
  // ScanEvents reads this many rows per statement run; 0: the backend's choice (SQLite streams
  // rows, one run; a PostgreSQL result is held in memory whole, so pages of 5,000 there).
  int64_t scan_page_rows = 0;
};

// One coded document, ready to be stored. The fingerprint is computed by the caller (on worker
// threads) with FingerprintDocument.
struct CodedDocument {
  const Document* document = nullptr;
  const CodeResult* result = nullptr;
  DocumentFingerprint fingerprint;
};

// What one IngestBatch call did (added up over a run by the caller).
struct IngestCounts {
  uint64_t documents_added = 0;       // new documents stored (including copies)
  uint64_t documents_unchanged = 0;   // key already stored with the same content: skipped
  uint64_t documents_conflicting = 0; // key already stored with other content: skipped, reported
  uint64_t exact_copies = 0;          // added documents whose text equals a stored one
  uint64_t near_duplicates = 0;       // added documents linked by shingle similarity
  uint64_t events_added = 0;          // new real-world events
  uint64_t mentions_added = 0;        // event mentions stored (one per coded event)
  std::vector<std::string> conflicts; // keys of the conflicting documents
  void Add(const IngestCounts& other);
};

struct TableCounts {
  int64_t documents = 0;
  int64_t duplicate_documents = 0;  // documents linked to an earlier one
  int64_t events = 0;
  int64_t mentions = 0;
  int64_t dyad_rows = 0;            // rows of the aggregate table
  int64_t sum_num_mentions = 0;     // sum of events.num_mentions (== mentions)
  int64_t sum_num_articles = 0;
  int64_t sum_num_sources = 0;
};

// Aggregate period granularity, also the roll-up levels kept by the store.
enum class Period { kDay = 0, kWeek = 1, kMonth = 2, kYear = 3, kAll = 4 };

// One dyad (or one period of one dyad) summed from the aggregates.
struct DyadRow {
  std::string source, target;  // country-level or full codes, as asked
  int64_t period = 0;          // day number, Monday's day number, year*12+month-1, year; 0 for kAll
  int64_t events = 0;
  int64_t quad[4] = {0, 0, 0, 0};  // events per quad class 1..4
  double goldstein_sum = 0;
  int64_t mentions = 0;
  int64_t first_day = 0, last_day = 0;  // day numbers of the first and last event
  double goldstein_mean() const { return events ? goldstein_sum / events : 0.0; }
};

// Day numbers (days since 1970-01-01) bound every time filter; both ends inclusive.
struct DayRange {
  int64_t from = INT32_MIN;
  int64_t to = INT32_MAX;
  bool bounded() const { return from != INT32_MIN || to != INT32_MAX; }
};

struct DyadSeriesQuery {
  std::string source, target;  // 3-letter codes query country level, longer ones full codes
  bool full_codes = false;     // set by the caller from the codes (see IsCountryLevelCode)
  DayRange days;
  Period by = Period::kMonth;
};

enum class Tone { kAll, kConflict, kCooperation };

struct TopDyadsQuery {
  DayRange days;
  Tone tone = Tone::kAll;  // kConflict counts quad classes 3-4 only, kCooperation 1-2
  bool full_codes = false;
  bool include_domestic = true;  // dyads whose source and target are the same
  int limit = 20;
};

struct ActorQuery {
  std::string actor;
  bool full_codes = false;
  DayRange days;
  int limit = 10;
};

struct ActorSummary {
  DyadRow as_source;                 // totals (source/target fields hold the actor and "*")
  DyadRow as_target;
  std::vector<DyadRow> targets;      // busiest partners it acts on
  std::vector<DyadRow> sources;      // busiest partners acting on it
  std::vector<std::pair<std::string, int64_t>> roots;  // events per CAMEO root, actor on either side
};

struct EventFilter {
  std::string source, target;  // full code or country-level code ("" = any)
  std::string root;            // "14" ("" = any)
  std::string mood;            // mood of the event's first mention ("" = any)
  DayRange days;
  int64_t limit = 100;         // <= 0: no limit
};

struct StoredEvent {
  int64_t id = 0;
  std::string date;  // YYYY-MM-DD of the first report ("" when undated)
  std::string source, target, source_country, target_country;
  std::string source_level, target_level;  // country-level codes
  std::string source_name, target_name;    // text of the first mention
  std::string code, root;
  int quad_class = 0;
  double goldstein = 0;
  std::string mood;
  int64_t num_mentions = 0, num_sources = 0, num_articles = 0;
  bool in_lead = false;        // first mention within the document's first three sentences
  std::string url;             // of the first mention's document
  std::string rule;            // of the first mention
  int64_t added_at = 0;        // unix seconds
};

struct Mention {
  int64_t event_id = 0;
  std::string doc_id, date, source_name, url;
  int sentence = 0;
  std::string code, mood, rule, source_text, target_text, sentence_text;
  Span sentence_span, source_span, verb_span, target_span;  // offsets into the document text
  std::string duplicate_of;  // id of the document this one copies, or ""
};

class Store {
 public:
  virtual ~Store() = default;

  // Stores a batch of coded documents atomically (all or nothing).
  virtual Status IngestBatch(const std::vector<CodedDocument>& batch, IngestCounts* counts) = 0;

  // Calls `fn` with the key of every stored document (for skipping them before coding).
  virtual Status ForEachDocumentKey(const std::function<void(const std::string&)>& fn) = 0;

  virtual Result<TableCounts> Counts() = 0;
  virtual Result<std::vector<DyadRow>> DyadSeries(const DyadSeriesQuery& query) = 0;
  virtual Result<std::vector<DyadRow>> TopDyads(const TopDyadsQuery& query) = 0;
  virtual Result<ActorSummary> Actor(const ActorQuery& query) = 0;
  // Events matching `filter`, ordered by date then id; `fn` returns false to stop early.
  virtual Status ScanEvents(const EventFilter& filter,
                            const std::function<bool(const StoredEvent&)>& fn) = 0;
  virtual Result<std::vector<Mention>> Mentions(int64_t event_id) = 0;
};

// Opens (creating the tables when missing, unless read_only) the store at `uri`: a SQLite file
// path, or a "postgresql://..." / "postgres://..." URI of an existing database.
Result<std::unique_ptr<Store>> OpenStore(const std::string& uri, const StoreOptions& options);

// The key a document is stored under: its id, or "sha:<content hash>" when the record had none.
std::string DocumentKey(const Document& document, const DocumentFingerprint& fingerprint);

// The country-level code of an actor: its country when it has one, else the first three letters
// of its code (IGO, NGO, MNC ...), CAMEO's primary role.
std::string CountryLevelCode(const std::string& code, const std::string& country);

// True for a 3-letter code, which queries address at country level.
bool IsCountryLevelCode(const std::string& code);

}  // namespace dyadwatch::store

#endif  // DYADWATCH_STORE_STORE_H_
