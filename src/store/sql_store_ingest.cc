// SqlStore ingest: one transaction per batch; documents, duplicate links, event clustering,
// mentions and the aggregate deltas (see the rules in store.h).
#include <algorithm>
#include <ctime>

#include "store/calendar.h"
#include "store/sql_store.h"

namespace dyadwatch::store {
namespace {

// The information source of a document, for NumSources: its `source` field, else its URL's host.
std::string SourceName(const Document& document) {
  if (!document.source.empty()) return document.source;
  std::string_view url = document.url;
  if (size_t scheme = url.find("://"); scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  return std::string(url.substr(0, url.find('/')));
}

// Rows of the aggregates an event touches: both levels; day, month, year and all time. Weeks are
// rolled up from days at query time (one dyad's days are few), which saves a fifth of the writes.
constexpr Period kPeriods[] = {Period::kDay, Period::kMonth, Period::kYear, Period::kAll};

}  // namespace

Status SqlStore::IngestBatch(const std::vector<CodedDocument>& batch, IngestCounts* counts) {
  if (Status s = db_->BeginWrite(); !s.ok()) return s;
  // Row ids are assigned here rather than by the database: batches are serialised, so the next
  // id is the largest stored one plus one (what SQLite's rowid would pick), on both backends
  // alike, and a rolled-back batch leaves no gap (a PostgreSQL sequence would).
  next_ids_->Reset();
  Result<bool> ids = next_ids_->Step();
  if (!ids.ok() || !ids.value()) {
    db_->Exec("ROLLBACK");
    return ids.ok() ? Status::Error("no row ids") : ids.status();
  }
  next_doc_key_ = next_ids_->Int(0) + 1;
  next_event_id_ = next_ids_->Int(1) + 1;
  next_mention_id_ = next_ids_->Int(2) + 1;
  next_ids_->Reset();
  IngestCounts batch_counts;
  pending_.clear();
  pending_counts_.clear();
  Status status;
  for (const CodedDocument& item : batch) {
    status = IngestDocument(item, &batch_counts);
    if (!status.ok()) break;
  }
  if (status.ok()) status = FlushCounts();
  // A statement left on a row keeps its read transaction open past COMMIT, and then no checkpoint
  // can move the WAL into the database: the WAL would grow without bound.
  for (SqlStatement* s : {find_document_.get(), find_content_.get(), find_candidates_.get(),
                          find_linked_event_.get(), find_window_event_.get(), mentioned_.get()}) {
    s->Reset();
  }
  if (status.ok()) status = db_->Exec("COMMIT");
  if (!status.ok()) {
    db_->Exec("ROLLBACK");
    return status;
  }
  counts->Add(batch_counts);
  return Status::OK();
}

Status SqlStore::IngestDocument(const CodedDocument& item, IngestCounts* counts) {
  const Document& doc = *item.document;
  const DocumentFingerprint& fp = item.fingerprint;
  const std::string key = DocumentKey(doc, fp);

  find_document_->Reset();
  find_document_->Bind(1, key);
  Result<bool> found = find_document_->Step();
  if (!found.ok()) return found.status();
  if (found.value()) {
    if (find_document_->Text(0) == fp.content_hash) {
      ++counts->documents_unchanged;
    } else {
      ++counts->documents_conflicting;
      counts->conflicts.push_back(key);
    }
    return Status::OK();
  }

  // Duplicate group: an exact copy first, else the most similar earlier document by MinHash.
  int64_t matched_doc = 0, group_doc = 0;
  double similarity = 0;
  find_content_->Reset();
  find_content_->Bind(1, fp.content_hash);
  found = find_content_->Step();
  if (!found.ok()) return found.status();
  const bool exact_copy = found.value();
  if (exact_copy) {
    matched_doc = find_content_->Int(0);
    group_doc = find_content_->Int(1);
    similarity = 1.0;
    ++counts->exact_copies;
  } else if (fp.shingles > 0) {
    // Every document sharing a band, with its signature, in doc_key order (ties keep the earliest).
    find_candidates_->Reset();
    for (int band = 0; band < kMinHashBands; ++band) find_candidates_->Bind(band + 1, MinHashBandKey(fp, band));
    for (;;) {
      Result<bool> row = find_candidates_->Step();
      if (!row.ok()) return row.status();
      if (!row.value()) break;
      DocumentFingerprint other;
      if (!MinHashFromBytes(find_candidates_->Blob(1), &other)) continue;
      const double j = EstimateJaccard(fp, other);
      if (j >= options_.near_duplicate_jaccard && j > similarity) {
        similarity = j;
        matched_doc = find_candidates_->Int(0);
        group_doc = find_candidates_->Int(2);
      }
    }
    if (matched_doc != 0) ++counts->near_duplicates;
  }

  insert_document_->Reset();
  insert_document_->Bind(1, key).Bind(2, fp.content_hash).Bind(3, doc.date).Bind(4, doc.source)
      .Bind(5, doc.url).Bind(6, doc.title).Bind(7, item.result->sentences)
      .Bind(8, static_cast<int64_t>(item.result->events.size()))
      .Bind(12, static_cast<int64_t>(std::time(nullptr)));
  if (matched_doc != 0) insert_document_->Bind(9, group_doc).Bind(10, similarity);
  if (!exact_copy && fp.shingles > 0) insert_document_->BindBlob(11, MinHashToBytes(fp));
  const int64_t doc_key = next_doc_key_;
  insert_document_->Bind(13, doc_key);
  if (Status s = insert_document_->Run(); !s.ok()) return s;
  ++next_doc_key_;
  ++counts->documents_added;

  if (!exact_copy && fp.shingles > 0) {
    insert_band_->Reset();
    for (int band = 0; band < kMinHashBands; ++band) insert_band_->Bind(band + 1, MinHashBandKey(fp, band));
    insert_band_->Bind(kMinHashBands + 1, doc_key);
    if (Status s = insert_band_->Run(); !s.ok()) return s;
  }

  const std::string source_name = SourceName(doc);
  const std::vector<Event>& events = item.result->events;
  for (size_t i = 0; i < events.size(); ++i) {
    if (Status s = StoreEvent(events[i], static_cast<int>(i), doc_key, matched_doc, group_doc,
                              source_name, doc.url, counts);
        !s.ok()) {
      return s;
    }
  }
  return Status::OK();
}

Status SqlStore::StoreEvent(const Event& event, int ordinal, int64_t doc_key, int64_t matched_doc,
                           int64_t group_doc, const std::string& source_name,
                           const std::string& url, IngestCounts* counts) {
  const std::optional<int64_t> day = DayFromDate(event.date);
  EventFacts facts;
  bool found = false;
  auto read_facts = [&facts](const SqlStatement& s) {
    facts.id = s.Int(0);
    facts.dated = !s.IsNull(1);
    facts.day = s.Int(1);
    facts.source_level = s.Text(2);
    facts.target_level = s.Text(3);
    facts.quad_class = static_cast<int>(s.Int(4));
    facts.goldstein = s.Real(5);
  };
  if (matched_doc != 0) {
    find_linked_event_->Reset();
    find_linked_event_->Bind(1, matched_doc).Bind(2, group_doc).Bind(3, event.source)
        .Bind(4, event.target).Bind(5, event.root);
    Result<bool> row = find_linked_event_->Step();
    if (!row.ok()) return row.status();
    if ((found = row.value())) read_facts(*find_linked_event_);
  }
  if (!found && day) {
    find_window_event_->Reset();
    find_window_event_->Bind(1, event.source).Bind(2, event.target).Bind(3, event.root).Bind(4, *day)
        .Bind(5, static_cast<int64_t>(options_.event_window_days));
    Result<bool> row = find_window_event_->Step();
    if (!row.ok()) return row.status();
    if ((found = row.value())) read_facts(*find_window_event_);
  }
  facts.source = event.source;
  facts.target = event.target;

  if (!found) {
    facts.dated = day.has_value();
    facts.day = day.value_or(0);
    facts.source_level = CountryLevelCode(event.source, event.source_country);
    facts.target_level = CountryLevelCode(event.target, event.target_country);
    facts.quad_class = event.quad_class;
    facts.goldstein = event.goldstein;
    insert_event_->Reset();
    if (day) insert_event_->Bind(1, *day);
    insert_event_->Bind(2, event.date).Bind(3, event.source).Bind(4, event.target)
        .Bind(5, event.source_country).Bind(6, event.target_country).Bind(7, facts.source_level)
        .Bind(8, facts.target_level).Bind(9, event.source_text).Bind(10, event.target_text)
        .Bind(11, event.code).Bind(12, event.root).Bind(13, event.quad_class).Bind(14, event.goldstein)
        .Bind(15, event.mood).Bind(16, event.sentence < 3 ? 1 : 0).Bind(17, url).Bind(18, event.rule)
        .Bind(19, static_cast<int64_t>(std::time(nullptr))).Bind(20, next_event_id_);
    if (Status s = insert_event_->Run(); !s.ok()) return s;
    facts.id = next_event_id_++;
    ++counts->events_added;
  }

  // NumArticles and NumSources grow only with a document or source not yet among the mentions.
  mentioned_->Reset();
  mentioned_->Bind(1, facts.id).Bind(2, doc_key).Bind(3, source_name);
  Result<bool> seen = mentioned_->Step();
  if (!seen.ok()) return seen.status();
  const bool seen_article = mentioned_->Int(0) != 0, seen_source = mentioned_->Int(1) != 0;
  mentioned_->Reset();

  insert_mention_->Reset();
  insert_mention_->Bind(1, facts.id).Bind(2, doc_key).Bind(3, ordinal).Bind(4, event.sentence)
      .Bind(5, event.date).Bind(6, source_name).Bind(7, event.code).Bind(8, event.mood)
      .Bind(9, event.rule).Bind(10, event.source_text).Bind(11, event.target_text)
      .Bind(12, event.sentence_text);
  const Span* spans[] = {&event.sentence_span, &event.source_span, &event.verb_span, &event.target_span};
  for (int k = 0; k < 4; ++k) {
    if (spans[k]->empty()) continue;  // absent spans stay NULL
    insert_mention_->Bind(13 + 2 * k, static_cast<int64_t>(spans[k]->begin))
        .Bind(14 + 2 * k, static_cast<int64_t>(spans[k]->end));
  }
  insert_mention_->Bind(21, next_mention_id_);
  if (Status s = insert_mention_->Run(); !s.ok()) return s;
  ++next_mention_id_;
  EventCounts& event_counts = pending_counts_[facts.id];
  ++event_counts.mentions;
  event_counts.articles += seen_article ? 0 : 1;
  event_counts.sources += seen_source ? 0 : 1;
  ++counts->mentions_added;

  CountInAggregates(facts, !found);
  return Status::OK();
}

void SqlStore::CountInAggregates(const EventFacts& facts, bool new_event) {
  // Undated events and events without a source or target have no place in a dyad time series.
  if (!facts.dated || facts.source.empty() || facts.target.empty()) return;
  const bool coop = facts.quad_class == 1 || facts.quad_class == 2;
  for (int level = 0; level < 2; ++level) {
    const std::string& source = level == 0 ? facts.source_level : facts.source;
    const std::string& target = level == 0 ? facts.target_level : facts.target;
    for (Period period : kPeriods) {
      AggregateDelta& d = pending_[AggregateKey{level, static_cast<int>(period), source, target,
                                                PeriodOf(period, facts.day)}];
      if (new_event) {
        ++d.events;
        if (facts.quad_class >= 1 && facts.quad_class <= 4) ++d.quad[facts.quad_class - 1];
        d.goldstein_sum += facts.goldstein;
        if (coop) d.coop_goldstein_sum += facts.goldstein;
      }
      // Mentions are counted on the event's day, so a dyad's mentions always equal the sum of
      // NumMentions of its events.
      ++d.mentions;
      if (coop) ++d.coop_mentions;
      d.first_day = std::min(d.first_day, facts.day);
      d.last_day = std::max(d.last_day, facts.day);
    }
  }
}

namespace {

// Writes the rows of `rows` kRows at a time with `many`, the rest one by one with `one` (the map's
// keys are distinct, as a statement that writes several rows needs). bind(statement, p, entry)
// binds one row's values from parameter p + 1 on.
template <size_t kRows, size_t kColumns, typename Map, typename BindRow>
Status WriteRows(const Map& rows, SqlStatement* many, SqlStatement* one, BindRow bind) {
  size_t row = 0, rows_left = rows.size();
  SqlStatement* statement = nullptr;
  for (const auto& entry : rows) {
    if (row == 0) {
      statement = rows_left >= kRows ? many : one;
      statement->Reset();
    }
    bind(*statement, static_cast<int>(row * kColumns), entry);
    --rows_left;
    if (++row == (statement == many ? kRows : 1)) {
      if (Status s = statement->Run(); !s.ok()) return s;
      row = 0;
    }
  }
  return Status::OK();
}

}  // namespace

Status SqlStore::FlushCounts() {
  Status s = WriteRows<kRowsPerStatement, 4>(
      pending_counts_, update_counts_rows_.get(), update_counts_.get(), [](SqlStatement& st, int p, const auto& e) {
        st.Bind(p + 1, e.first).Bind(p + 2, e.second.mentions).Bind(p + 3, e.second.articles)
            .Bind(p + 4, e.second.sources);
      });
  if (!s.ok()) return s;
  s = WriteRows<kRowsPerStatement, 16>(
      pending_, upsert_aggregate_rows_.get(), upsert_aggregate_.get(), [](SqlStatement& st, int p, const auto& e) {
        const AggregateKey& key = e.first;
        const AggregateDelta& d = e.second;
        st.Bind(p + 1, key.level).Bind(p + 2, key.kind).Bind(p + 3, key.source).Bind(p + 4, key.target)
            .Bind(p + 5, key.period).Bind(p + 6, d.events).Bind(p + 7, d.quad[0]).Bind(p + 8, d.quad[1])
            .Bind(p + 9, d.quad[2]).Bind(p + 10, d.quad[3]).Bind(p + 11, d.goldstein_sum)
            .Bind(p + 12, d.coop_goldstein_sum).Bind(p + 13, d.mentions).Bind(p + 14, d.coop_mentions)
            .Bind(p + 15, d.first_day).Bind(p + 16, d.last_day);
      });
  pending_counts_.clear();
  pending_.clear();
  return s;
}

Status SqlStore::ForEachDocumentKey(const std::function<void(const std::string&)>& fn) {
  std::unique_ptr<SqlStatement> s;
  if (Status st = Prepare("SELECT id FROM documents", &s); !st.ok()) return st;
  for (;;) {
    Result<bool> row = s->Step();
    if (!row.ok()) return row.status();
    if (!row.value()) return Status::OK();
    fn(s->Text(0));
  }
}

}  // namespace dyadwatch::store
