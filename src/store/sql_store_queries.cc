// SqlStore queries. Dyad figures come from the dyad_stats roll-ups, never from a scan of the
// events: an open time range reads the all-time rows, a bounded one is cut into whole years,
// whole months and single days (at most ~2 years' worth of edge months and days), so the rows read
// grow with the number of dyads, not with the number of events.
#include <algorithm>
#include <functional>
#include <map>
#include <queue>
#include <tuple>
#include <unordered_map>

#include "store/calendar.h"
#include "store/fingerprint.h"
#include "store/sql_store.h"

namespace dyadwatch::store {
namespace {

struct Segment {
  Period kind;
  int64_t first, last;  // periods, inclusive
};

// Cuts [range.from, range.to] into the fewest aligned years, months and days.
std::vector<Segment> CutRange(const DayRange& range) {
  std::vector<Segment> segments;
  auto add = [&segments](Period kind, int64_t period) {
    if (!segments.empty() && segments.back().kind == kind && segments.back().last + 1 == period) {
      segments.back().last = period;
    } else {
      segments.push_back({kind, period, period});
    }
  };
  int64_t day = range.from;
  while (day <= range.to) {
    const int64_t year = PeriodOf(Period::kYear, day);
    const int64_t month = PeriodOf(Period::kMonth, day);
    if (FirstDayOfPeriod(Period::kYear, year) == day &&
        FirstDayOfPeriod(Period::kYear, year + 1) - 1 <= range.to) {
      add(Period::kYear, year);
      day = FirstDayOfPeriod(Period::kYear, year + 1);
    } else if (FirstDayOfPeriod(Period::kMonth, month) == day &&
               FirstDayOfPeriod(Period::kMonth, month + 1) - 1 <= range.to) {
      add(Period::kMonth, month);
      day = FirstDayOfPeriod(Period::kMonth, month + 1);
    } else {
      add(Period::kDay, day);
      ++day;
    }
  }
  return segments;
}

// Reads the nine sum columns starting at `col`.
void ReadSums(const SqlStatement& s, int col, DyadRow* row) {
  row->events = s.Int(col);
  for (int q = 0; q < 4; ++q) row->quad[q] = s.Int(col + 1 + q);
  row->goldstein_sum = s.Real(col + 5);
  row->mentions = s.Int(col + 6);
  row->first_day = s.Int(col + 7);
  row->last_day = s.Int(col + 8);
}

}  // namespace

Result<std::vector<DyadRow>> SqlStore::DyadSeries(const DyadSeriesQuery& query) {
  const int level = query.full_codes ? 1 : 0;
  // Weeks, and any period a bounded range may cut, are rolled up from this one dyad's day rows.
  const Period read = query.days.bounded() || query.by == Period::kWeek ? Period::kDay : query.by;
  // The index hint: on a large SQLite store the planner prefers the period-first primary key,
  // which scans every dyad's rows of that period kind instead of this dyad's.
  std::unique_ptr<SqlStatement> s;
  if (Status st = Prepare("SELECT period, events, quad1, quad2, quad3, quad4, goldstein_sum, mentions, first_day, "
                          "last_day FROM dyad_stats" + db_->IndexHint("dyad_stats_by_dyad") +
                          " WHERE level=?1 AND period_kind=?2 AND source=?3 AND target=?4 AND period BETWEEN ?5 "
                          "AND ?6 ORDER BY period",
                          &s);
      !st.ok()) {
    return st;
  }
  s->Bind(1, level).Bind(2, static_cast<int>(read)).Bind(3, query.source).Bind(4, query.target)
      .Bind(5, read == Period::kDay ? query.days.from : int64_t{INT32_MIN} * 400)
      .Bind(6, read == Period::kDay ? query.days.to : int64_t{INT32_MAX} * 400);
  std::vector<DyadRow> rows;
  for (;;) {
    Result<bool> r = s->Step();
    if (!r.ok()) return r.status();
    if (!r.value()) break;
    DyadRow row;
    row.source = query.source;
    row.target = query.target;
    ReadSums(*s, 1, &row);
    row.period = read == query.by ? s->Int(0) : PeriodOf(query.by, s->Int(0));
    if (!rows.empty() && rows.back().period == row.period) {
      DyadRow& last = rows.back();
      last.events += row.events;
      for (int q = 0; q < 4; ++q) last.quad[q] += row.quad[q];
      last.goldstein_sum += row.goldstein_sum;
      last.mentions += row.mentions;
      last.first_day = std::min(last.first_day, row.first_day);
      last.last_day = std::max(last.last_day, row.last_day);
    } else {
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

// Sums of the roll-up rows of one dyad over a range, before any tone is applied.
struct DyadSums {
  std::string source, target;
  int64_t events = 0, quad[4] = {0, 0, 0, 0}, mentions = 0, coop_mentions = 0;
  double goldstein_sum = 0, coop_goldstein_sum = 0;
  int64_t first_day = INT64_MAX, last_day = INT64_MIN;

  DyadRow ToRow(Tone tone) const {
    DyadRow r;
    r.source = source;
    r.target = target;
    r.first_day = first_day;
    r.last_day = last_day;
    const bool coop = tone != Tone::kConflict, conflict = tone != Tone::kCooperation;
    for (int q = 0; q < 4; ++q) r.quad[q] = (q < 2 ? coop : conflict) ? quad[q] : 0;
    r.events = r.quad[0] + r.quad[1] + r.quad[2] + r.quad[3];
    if (tone == Tone::kAll) r.events = events;
    r.goldstein_sum = tone == Tone::kAll ? goldstein_sum
                      : tone == Tone::kCooperation ? coop_goldstein_sum
                                                   : goldstein_sum - coop_goldstein_sum;
    r.mentions = tone == Tone::kAll ? mentions
                 : tone == Tone::kCooperation ? coop_mentions
                                              : mentions - coop_mentions;
    return r;
  }
};

// DyadSums per dyad, found by a 64-bit hash of the two codes (no key string built per row); a hash
// shared by two dyads is detected by comparing the codes and resolved in a second, exact map.
class DyadSumTable {
 public:
  DyadSumTable() { by_hash_.reserve(1 << 15); }
  DyadSums& At(std::string_view source, std::string_view target) {
    const uint64_t h = HashBytes(source, 3) * 0x9e3779b97f4a7c15ULL + HashBytes(target, 5);
    auto [it, inserted] = by_hash_.try_emplace(h);
    DyadSums& d = it->second;
    if (inserted) {
      d.source.assign(source);
      d.target.assign(target);
      return d;
    }
    if (d.source == source && d.target == target) return d;
    DyadSums& other = collided_[std::string(source) + '\t' + std::string(target)];
    other.source.assign(source);
    other.target.assign(target);
    return other;
  }
  template <typename F>
  void ForEach(F&& f) const {
    for (const auto& [h, d] : by_hash_) f(d);
    for (const auto& [k, d] : collided_) f(d);
  }

 private:
  std::unordered_map<uint64_t, DyadSums> by_hash_;
  std::map<std::string, DyadSums> collided_;
};

namespace {

bool Busier(const DyadRow& a, const DyadRow& b) {
  if (a.events != b.events) return a.events > b.events;
  if (a.mentions != b.mentions) return a.mentions > b.mentions;
  return std::tie(a.source, a.target) < std::tie(b.source, b.target);
}

}  // namespace

// Adds up the roll-up rows of `range` per dyad in a hash map: one contiguous primary-key range per
// segment, no SQL GROUP BY (whose sorter costs more than the reading). `side`/`actor` restrict
// the rows to one source or target.
Status SqlStore::SumRange(int level, const DayRange& range, const char* side, const std::string& actor,
                          DyadSumTable* sums) {
  std::vector<Segment> segments;
  if (range.bounded()) {
    segments = CutRange(range);
  } else {
    segments.push_back({Period::kAll, 0, 0});
  }
  std::string sql =
      "SELECT source, target, events, quad1, quad2, quad3, quad4, goldstein_sum, coop_goldstein_sum, "
      "mentions, coop_mentions, first_day, last_day FROM dyad_stats";
  // One source: its rows through the by-dyad index (the period-first key would scan all dyads).
  if (side != nullptr && std::string(side) == "source") sql += db_->IndexHint("dyad_stats_by_dyad");
  sql += " WHERE level=?1 AND period_kind=?2 AND period BETWEEN ?3 AND ?4";
  if (side != nullptr) sql += std::string(" AND ") + side + "=?5";
  std::unique_ptr<SqlStatement> s;
  if (Status st = Prepare(sql, &s); !st.ok()) return st;
  for (const Segment& segment : segments) {
    s->Reset();
    s->Bind(1, level).Bind(2, static_cast<int>(segment.kind)).Bind(3, segment.first).Bind(4, segment.last);
    if (side != nullptr) s->Bind(5, actor);
    for (;;) {
      Result<bool> r = s->Step();
      if (!r.ok()) return r.status();
      if (!r.value()) break;
      DyadSums& d = sums->At(s->TextView(0), s->TextView(1));
      d.events += s->Int(2);
      for (int q = 0; q < 4; ++q) d.quad[q] += s->Int(3 + q);
      d.goldstein_sum += s->Real(7);
      d.coop_goldstein_sum += s->Real(8);
      d.mentions += s->Int(9);
      d.coop_mentions += s->Int(10);
      d.first_day = std::min(d.first_day, s->Int(11));
      d.last_day = std::max(d.last_day, s->Int(12));
    }
  }
  return Status::OK();
}

namespace {

int64_t ToneEvents(const DyadSums& d, Tone tone) {
  if (tone == Tone::kCooperation) return d.quad[0] + d.quad[1];
  if (tone == Tone::kConflict) return d.quad[2] + d.quad[3];
  return d.events;
}

int64_t ToneMentions(const DyadSums& d, Tone tone) {
  if (tone == Tone::kCooperation) return d.coop_mentions;
  if (tone == Tone::kConflict) return d.mentions - d.coop_mentions;
  return d.mentions;
}

// The busiest `limit` (0 = all) of `dyads` under the query's tone and domestic filter, as rows.
std::vector<DyadRow> RankDyads(const std::vector<const DyadSums*>& dyads, const TopDyadsQuery& query) {
  struct Ranked {
    int64_t events, mentions;
    const DyadSums* sums;
  };
  std::vector<Ranked> ranked;
  for (const DyadSums* d : dyads) {
    if (!query.include_domestic && d->source == d->target) continue;
    const int64_t events = ToneEvents(*d, query.tone);
    if (events > 0) ranked.push_back({events, ToneMentions(*d, query.tone), d});
  }
  const size_t keep = query.limit > 0 ? std::min(ranked.size(), static_cast<size_t>(query.limit)) : ranked.size();
  std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end(), [](const Ranked& a, const Ranked& b) {
    if (a.events != b.events) return a.events > b.events;
    if (a.mentions != b.mentions) return a.mentions > b.mentions;
    return std::tie(a.sums->source, a.sums->target) < std::tie(b.sums->source, b.sums->target);
  });
  std::vector<DyadRow> rows;
  rows.reserve(keep);
  for (size_t i = 0; i < keep; ++i) rows.push_back(ranked[i].sums->ToRow(query.tone));
  return rows;
}

// Adds one dyad's rows of `segments` into *d, through the by-dyad index.
Status SumOneDyad(SqlStatement& s, int level, const std::vector<Segment>& segments, DyadSums* d) {
  for (const Segment& segment : segments) {
    s.Reset();
    s.Bind(1, level).Bind(2, static_cast<int>(segment.kind)).Bind(3, d->source).Bind(4, d->target)
        .Bind(5, segment.first).Bind(6, segment.last);
    for (;;) {
      Result<bool> r = s.Step();
      if (!r.ok()) return r.status();
      if (!r.value()) break;
      d->events += s.Int(0);
      for (int q = 0; q < 4; ++q) d->quad[q] += s.Int(1 + q);
      d->goldstein_sum += s.Real(5);
      d->coop_goldstein_sum += s.Real(6);
      d->mentions += s.Int(7);
      d->coop_mentions += s.Int(8);
      d->first_day = std::min(d->first_day, s.Int(9));
      d->last_day = std::max(d->last_day, s.Int(10));
    }
  }
  s.Reset();
  return Status::OK();
}

}  // namespace

Result<std::vector<DyadRow>> SqlStore::TopDyads(const TopDyadsQuery& query) {
  const int level = query.full_codes ? 1 : 0;
  // Over a year or less the range's own rows are few (a year holds one row per active dyad):
  // summing them all is cheaper than summing dyad after dyad. Both ways give the same answer.
  const bool short_range = query.days.bounded() && query.days.to - query.days.from <= 366;
  if (query.limit > 0 && !short_range) {
    // Dyads are read busiest first from the all-time rows (dyad_totals_by_* indexes). A dyad's
    // events in a range are at most its events of all time, so once the next dyad's all-time
    // count is below the limit-th best count found, no dyad left can enter the answer. Without a
    // range the all-time row is the answer itself; with one, the dyad's rows of the range are
    // summed through the by-dyad index. News is skewed (a few dyads carry most events): this reads
    // a few dozen dyads, not all of them. Past kMaxExactDyads the full scan below is cheaper.
    constexpr size_t kMaxExactDyads = 2000;
    const char* order = query.tone == Tone::kCooperation ? "quad1+quad2"
                        : query.tone == Tone::kConflict  ? "quad3+quad4"
                                                         : "events";
    std::unique_ptr<SqlStatement> totals, range_rows;
    if (Status st = Prepare(std::string("SELECT source, target, events, quad1, quad2, quad3, quad4, "
                                        "goldstein_sum, coop_goldstein_sum, mentions, coop_mentions, "
                                        "first_day, last_day FROM dyad_stats WHERE period_kind=4 AND "
                                        "level=?1 ORDER BY ") + order + " DESC",
                            &totals);
        !st.ok()) {
      return st;
    }
    if (Status st = Prepare("SELECT events, quad1, quad2, quad3, quad4, goldstein_sum, coop_goldstein_sum, "
                            "mentions, coop_mentions, first_day, last_day FROM dyad_stats" +
                                db_->IndexHint("dyad_stats_by_dyad") +
                                " WHERE level=?1 AND period_kind=?2 AND source=?3 AND target=?4 AND period "
                                "BETWEEN ?5 AND ?6",
                            &range_rows);
        !st.ok()) {
      return st;
    }
    const std::vector<Segment> segments = query.days.bounded() ? CutRange(query.days) : std::vector<Segment>{};
    std::vector<DyadSums> found;
    std::priority_queue<int64_t, std::vector<int64_t>, std::greater<int64_t>> best;  // the limit best counts
    bool complete = true;
    totals->Bind(1, level);
    for (;;) {
      Result<bool> row = totals->Step();
      if (!row.ok()) return row.status();
      if (!row.value()) break;
      DyadSums d;
      d.source = totals->Text(0);
      d.target = totals->Text(1);
      if (!query.include_domestic && d.source == d.target) continue;
      d.events = totals->Int(2);
      for (int q = 0; q < 4; ++q) d.quad[q] = totals->Int(3 + q);
      const int64_t bound = ToneEvents(d, query.tone);
      if (bound == 0 || (best.size() == static_cast<size_t>(query.limit) && bound < best.top())) break;
      if (found.size() == kMaxExactDyads) {
        complete = false;
        break;
      }
      if (query.days.bounded()) {
        d = DyadSums{};
        d.source = totals->Text(0);
        d.target = totals->Text(1);
        if (Status st = SumOneDyad(*range_rows, level, segments, &d); !st.ok()) return st;
      } else {
        d.goldstein_sum = totals->Real(7);
        d.coop_goldstein_sum = totals->Real(8);
        d.mentions = totals->Int(9);
        d.coop_mentions = totals->Int(10);
        d.first_day = totals->Int(11);
        d.last_day = totals->Int(12);
      }
      const int64_t events = ToneEvents(d, query.tone);
      if (events == 0) continue;
      best.push(events);
      if (best.size() > static_cast<size_t>(query.limit)) best.pop();
      found.push_back(std::move(d));
    }
    if (complete) {
      std::vector<const DyadSums*> dyads;
      for (const DyadSums& d : found) dyads.push_back(&d);
      return RankDyads(dyads, query);
    }
  }
  DyadSumTable sums;
  if (Status s = SumRange(level, query.days, nullptr, "", &sums); !s.ok()) return s;
  std::vector<const DyadSums*> dyads;
  sums.ForEach([&](const DyadSums& d) { dyads.push_back(&d); });
  return RankDyads(dyads, query);
}

Result<ActorSummary> SqlStore::Actor(const ActorQuery& query) {
  ActorSummary summary;
  const int level = query.full_codes ? 1 : 0;
  for (int side = 0; side < 2; ++side) {
    DyadSumTable sums;
    if (Status s = SumRange(level, query.days, side == 0 ? "source" : "target", query.actor, &sums); !s.ok()) {
      return s;
    }
    DyadRow total;
    total.first_day = INT64_MAX;
    total.last_day = INT64_MIN;
    std::vector<DyadRow> partners;
    sums.ForEach([&](const DyadSums& d) {
      DyadRow row = d.ToRow(Tone::kAll);
      total.events += row.events;
      for (int q = 0; q < 4; ++q) total.quad[q] += row.quad[q];
      total.goldstein_sum += row.goldstein_sum;
      total.mentions += row.mentions;
      total.first_day = std::min(total.first_day, row.first_day);
      total.last_day = std::max(total.last_day, row.last_day);
      partners.push_back(std::move(row));
    });
    if (total.events == 0) total.first_day = total.last_day = 0;
    total.source = side == 0 ? query.actor : "*";
    total.target = side == 0 ? "*" : query.actor;
    const size_t keep = query.limit > 0 ? std::min(partners.size(), static_cast<size_t>(query.limit)) : partners.size();
    std::partial_sort(partners.begin(), partners.begin() + keep, partners.end(), Busier);
    partners.resize(keep);
    (side == 0 ? summary.as_source : summary.as_target) = total;
    (side == 0 ? summary.targets : summary.sources) = std::move(partners);
  }

  // Events per root with the actor on either side: as source, plus as target, minus both (counted
  // twice). Each count reads one covering index (events_cluster / events_by_*), never the table;
  // an OR over both columns would scan every event.
  const std::string src = query.full_codes ? "source" : "source_level";
  const std::string tgt = query.full_codes ? "target" : "target_level";
  std::map<std::string, int64_t> roots;
  const std::pair<std::string, int> counts[] = {
      {src + "=?1", 1}, {tgt + "=?1", 1}, {src + "=?1 AND " + tgt + "=?1", -1}};
  for (const auto& [where, sign] : counts) {
    std::unique_ptr<SqlStatement> s;
    if (Status st = Prepare("SELECT root, COUNT(*) FROM events WHERE " + where + " AND day BETWEEN ?2 AND ?3 GROUP BY root",
                            &s);
        !st.ok()) {
      return st;
    }
    s->Bind(1, query.actor).Bind(2, query.days.from).Bind(3, query.days.to);
    for (;;) {
      Result<bool> r = s->Step();
      if (!r.ok()) return r.status();
      if (!r.value()) break;
      roots[s->Text(0)] += sign * s->Int(1);
    }
  }
  for (const auto& [root, count] : roots) {
    if (count > 0) summary.roots.emplace_back(root, count);
  }
  std::stable_sort(summary.roots.begin(), summary.roots.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return summary;
}

namespace {

// The event in the current row of a ScanEvents statement.
StoredEvent ReadEvent(const SqlStatement& s) {
  StoredEvent e;
  e.id = s.Int(0);
  e.date = s.Text(1);
  e.source = s.Text(2);
  e.target = s.Text(3);
  e.source_country = s.Text(4);
  e.target_country = s.Text(5);
  e.source_level = s.Text(6);
  e.target_level = s.Text(7);
  e.source_name = s.Text(8);
  e.target_name = s.Text(9);
  e.code = s.Text(10);
  e.root = s.Text(11);
  e.quad_class = static_cast<int>(s.Int(12));
  e.goldstein = s.Real(13);
  e.mood = s.Text(14);
  e.num_mentions = s.Int(15);
  e.num_sources = s.Int(16);
  e.num_articles = s.Int(17);
  e.in_lead = s.Int(18) != 0;
  e.url = s.Text(19);
  e.rule = s.Text(20);
  e.added_at = s.Int(21);
  return e;
}

}  // namespace

Status SqlStore::ScanEvents(const EventFilter& filter,
                            const std::function<bool(const StoredEvent&)>& fn) {
  std::string sql =
      "SELECT event_id, date, source, target, source_country, target_country, source_level, "
      "target_level, source_name, target_name, code, root, quad_class, goldstein, mood, "
      "num_mentions, num_sources, num_articles, in_lead, url, rule, added_at, day FROM events WHERE TRUE";
  std::vector<std::string> texts;
  auto add_text = [&](const std::string& column, const std::string& value) {
    texts.push_back(value);
    sql += " AND " + column + "=?" + std::to_string(texts.size());
  };
  if (!filter.source.empty()) add_text(IsCountryLevelCode(filter.source) ? "source_level" : "source", filter.source);
  if (!filter.target.empty()) add_text(IsCountryLevelCode(filter.target) ? "target_level" : "target", filter.target);
  if (!filter.root.empty()) add_text("root", filter.root);
  if (!filter.mood.empty()) add_text("mood", filter.mood);
  const int n = static_cast<int>(texts.size());
  if (filter.days.bounded()) {
    sql += " AND day BETWEEN ?" + std::to_string(n + 1) + " AND ?" + std::to_string(n + 2);
  }
  // Events may come in pages (StoreOptions::scan_page_rows), each a new run that starts after the
  // last row of the one before (on day, then event_id). Undated events (NULL day) come first, as
  // SQLite orders them.
  int64_t page_rows = options_.scan_page_rows > 0 ? options_.scan_page_rows : db_->ScanPageRows();
  if (page_rows <= 0) page_rows = INT64_MAX;
  // The first placeholder after the filters (every number must be used: PostgreSQL infers each
  // parameter's type from where it stands).
  const int key = n + (filter.days.bounded() ? 3 : 1);
  const std::string k1 = "?" + std::to_string(key), k2 = "?" + std::to_string(key + 1);
  std::unique_ptr<SqlStatement> undated, dated;
  if (Status st = Prepare(sql + " AND day IS NULL AND event_id > " + k1 + " ORDER BY event_id LIMIT " + k2, &undated);
      !st.ok()) {
    return st;
  }
  // day >= k1 bounds the index range; the OR only sorts out the rows of that one day.
  if (Status st = Prepare(sql + " AND day >= " + k1 + " AND (day > " + k1 + " OR event_id > " + k2 +
                              ") ORDER BY day, event_id LIMIT ?" + std::to_string(key + 2),
                          &dated);
      !st.ok()) {
    return st;
  }
  int64_t left = filter.limit > 0 ? filter.limit : INT64_MAX;
  int64_t last_day = INT64_MIN, last_id = INT64_MIN;
  for (SqlStatement* s : {undated.get(), dated.get()}) {
    if (s == undated.get() && filter.days.bounded()) continue;  // a day range has no undated event
    last_id = INT64_MIN;
    for (;;) {
      const int64_t page = std::min(left, page_rows);
      if (page == 0) return Status::OK();
      s->Reset();
      for (int i = 0; i < n; ++i) s->Bind(i + 1, texts[i]);
      if (filter.days.bounded()) s->Bind(n + 1, filter.days.from).Bind(n + 2, filter.days.to);
      if (s == undated.get()) {
        s->Bind(key, last_id).Bind(key + 1, page);
      } else {
        s->Bind(key, last_day).Bind(key + 1, last_id).Bind(key + 2, page);
      }
      int64_t rows = 0;
      for (;; ++rows) {
        Result<bool> r = s->Step();
        if (!r.ok()) return r.status();
        if (!r.value()) break;
        if (!fn(ReadEvent(*s))) return Status::OK();
        last_id = s->Int(0);
        last_day = s->Int(22);
      }
      left -= rows;
      if (rows < page) break;  // the last page of this pass
    }
  }
  return Status::OK();
}

Result<std::vector<Mention>> SqlStore::Mentions(int64_t event_id) {
  std::unique_ptr<SqlStatement> s;
  if (Status st = Prepare("SELECT m.event_id, d.id, m.date, m.source_name, d.url, m.sentence, m.code, m.mood, m.rule, "
                          "m.source_text, m.target_text, m.sentence_text, m.sentence_begin, m.sentence_end, "
                          "m.source_begin, m.source_end, m.verb_begin, m.verb_end, m.target_begin, m.target_end, "
                          "coalesce(g.id, '') FROM mentions m JOIN documents d ON d.doc_key=m.doc_key "
                          "LEFT JOIN documents g ON g.doc_key=d.duplicate_of WHERE m.event_id=?1 "
                          "ORDER BY m.mention_id",
                          &s);
      !st.ok()) {
    return st;
  }
  s->Bind(1, event_id);
  std::vector<Mention> mentions;
  for (;;) {
    Result<bool> r = s->Step();
    if (!r.ok()) return r.status();
    if (!r.value()) return mentions;
    Mention m;
    m.event_id = s->Int(0);
    m.doc_id = s->Text(1);
    m.date = s->Text(2);
    m.source_name = s->Text(3);
    m.url = s->Text(4);
    m.sentence = static_cast<int>(s->Int(5));
    m.code = s->Text(6);
    m.mood = s->Text(7);
    m.rule = s->Text(8);
    m.source_text = s->Text(9);
    m.target_text = s->Text(10);
    m.sentence_text = s->Text(11);
    Span* spans[] = {&m.sentence_span, &m.source_span, &m.verb_span, &m.target_span};
    for (int k = 0; k < 4; ++k) {
      spans[k]->begin = static_cast<uint32_t>(s->Int(12 + 2 * k));
      spans[k]->end = static_cast<uint32_t>(s->Int(13 + 2 * k));
    }
    m.duplicate_of = s->Text(20);
    mentions.push_back(std::move(m));
  }
}

Result<TableCounts> SqlStore::Counts() {
  std::unique_ptr<SqlStatement> s;
  if (Status st = Prepare("SELECT (SELECT COUNT(*) FROM documents), "
                          "(SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL), "
                          "(SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM mentions), "
                          "(SELECT COUNT(*) FROM dyad_stats), (SELECT coalesce(SUM(num_mentions),0) FROM events), "
                          "(SELECT coalesce(SUM(num_articles),0) FROM events), "
                          "(SELECT coalesce(SUM(num_sources),0) FROM events)",
                          &s);
      !st.ok()) {
    return st;
  }
  Result<bool> r = s->Step();
  if (!r.ok()) return r.status();
  TableCounts c;
  c.documents = s->Int(0);
  c.duplicate_documents = s->Int(1);
  c.events = s->Int(2);
  c.mentions = s->Int(3);
  c.dyad_rows = s->Int(4);
  c.sum_num_mentions = s->Int(5);
  c.sum_num_articles = s->Int(6);
  c.sum_num_sources = s->Int(7);
  return c;
}

}  // namespace dyadwatch::store
