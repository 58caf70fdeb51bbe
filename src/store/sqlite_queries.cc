// SqliteStore queries. Dyad figures come from the dyad_stats roll-ups, never from a scan of the
// events: an open time range reads the all-time rows, a bounded one is cut into whole years,
// whole months and single days (at most ~2 years' worth of edge months and days), so the rows read
// grow with the number of dyads, not with the number of events.
#include <algorithm>
#include <map>

#include "store/calendar.h"
#include "store/sqlite_store.h"

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

// Values bound in order to plain '?' placeholders.
struct Bound {
  Bound(int64_t v) : number(v) {}             // NOLINT: implicit by design
  Bound(std::string v) : text(std::move(v)), is_text(true) {}  // NOLINT
  int64_t number = 0;
  std::string text;
  bool is_text = false;
};
using Binds = std::vector<Bound>;

// The WHERE fragment selecting the roll-up rows of a range, with its bind values appended.
std::string RangeCondition(const DayRange& range, Binds* binds) {
  if (!range.bounded()) {
    binds->push_back(static_cast<int64_t>(Period::kAll));
    return "period_kind=?";
  }
  std::string sql;
  for (const Segment& s : CutRange(range)) {
    sql += sql.empty() ? "(" : " OR ";
    sql += "(period_kind=? AND period BETWEEN ? AND ?)";
    binds->push_back(static_cast<int64_t>(s.kind));
    binds->push_back(s.first);
    binds->push_back(s.last);
  }
  return sql.empty() ? "0" : sql + ")";
}

// Sum columns of dyad_stats as seen through a tone filter: events, q1..q4, goldstein, mentions,
// first_day, last_day.
std::string SumColumns(Tone tone) {
  switch (tone) {
    case Tone::kConflict:
      return "SUM(quad3+quad4), 0, 0, SUM(quad3), SUM(quad4), SUM(goldstein_sum-coop_goldstein_sum), "
             "SUM(mentions-coop_mentions), MIN(first_day), MAX(last_day)";
    case Tone::kCooperation:
      return "SUM(quad1+quad2), SUM(quad1), SUM(quad2), 0, 0, SUM(coop_goldstein_sum), "
             "SUM(coop_mentions), MIN(first_day), MAX(last_day)";
    case Tone::kAll:
      break;
  }
  return "SUM(events), SUM(quad1), SUM(quad2), SUM(quad3), SUM(quad4), SUM(goldstein_sum), "
         "SUM(mentions), MIN(first_day), MAX(last_day)";
}

// Reads the nine sum columns starting at `col`.
void ReadSums(const Statement& s, int col, DyadRow* row) {
  row->events = s.Int(col);
  for (int q = 0; q < 4; ++q) row->quad[q] = s.Int(col + 1 + q);
  row->goldstein_sum = s.Real(col + 5);
  row->mentions = s.Int(col + 6);
  row->first_day = s.Int(col + 7);
  row->last_day = s.Int(col + 8);
}

// Runs `sql` (plain '?' placeholders, bound in order) and collects rows of (source, target,
// the nine sums).
Result<std::vector<DyadRow>> CollectDyads(sqlite3* db, const std::string& sql, const Binds& binds) {
  Statement s;
  if (Status st = s.Prepare(db, sql); !st.ok()) return st;
  for (size_t i = 0; i < binds.size(); ++i) {
    if (binds[i].is_text) {
      s.Bind(static_cast<int>(i + 1), binds[i].text);
    } else {
      s.Bind(static_cast<int>(i + 1), binds[i].number);
    }
  }
  std::vector<DyadRow> rows;
  for (;;) {
    Result<bool> r = s.Step();
    if (!r.ok()) return r.status();
    if (!r.value()) break;
    DyadRow row;
    row.source = s.Text(0);
    row.target = s.Text(1);
    ReadSums(s, 2, &row);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

Result<std::vector<DyadRow>> SqliteStore::DyadSeries(const DyadSeriesQuery& query) {
  const int level = query.full_codes ? 1 : 0;
  // A bounded range may cut a week or month: roll those up from the day rows of this one dyad.
  const Period read = query.days.bounded() ? Period::kDay : query.by;
  Statement s;
  if (Status st = s.Prepare(db_,
                            "SELECT period, events, quad1, quad2, quad3, quad4, goldstein_sum, "
                            "mentions, first_day, last_day FROM dyad_stats WHERE level=?1 AND "
                            "period_kind=?2 AND source=?3 AND target=?4 AND first_day>=?5 AND "
                            "last_day<=?6 ORDER BY period");
      !st.ok()) {
    return st;
  }
  s.Bind(1, level).Bind(2, static_cast<int>(read)).Bind(3, query.source).Bind(4, query.target)
      .Bind(5, read == Period::kDay ? query.days.from : INT64_MIN)
      .Bind(6, read == Period::kDay ? query.days.to : INT64_MAX);
  std::vector<DyadRow> rows;
  for (;;) {
    Result<bool> r = s.Step();
    if (!r.ok()) return r.status();
    if (!r.value()) break;
    DyadRow row;
    row.source = query.source;
    row.target = query.target;
    ReadSums(s, 1, &row);
    row.period = read == query.by ? s.Int(0) : PeriodOf(query.by, s.Int(0));
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

Result<std::vector<DyadRow>> SqliteStore::TopDyads(const TopDyadsQuery& query) {
  Binds binds = {int64_t{query.full_codes ? 1 : 0}};
  std::string sql = "SELECT source, target, " + SumColumns(query.tone) +
                    " FROM dyad_stats WHERE level=? AND " + RangeCondition(query.days, &binds);
  if (!query.include_domestic) sql += " AND source<>target";
  sql += " GROUP BY source, target ORDER BY 3 DESC, 9 DESC, source, target LIMIT ?";
  binds.push_back(int64_t{query.limit > 0 ? query.limit : -1});
  Result<std::vector<DyadRow>> rows = CollectDyads(db_, sql, binds);
  if (!rows.ok()) return rows;
  // Tone-filtered sums are 0 for dyads with no event of that tone.
  std::vector<DyadRow>& v = rows.value();
  v.erase(std::remove_if(v.begin(), v.end(), [](const DyadRow& r) { return r.events == 0; }), v.end());
  return rows;
}

Result<ActorSummary> SqliteStore::Actor(const ActorQuery& query) {
  ActorSummary summary;
  const int64_t level = query.full_codes ? 1 : 0;
  for (int side = 0; side < 2; ++side) {
    const std::string self = side == 0 ? "source" : "target";
    const std::string other = side == 0 ? "target" : "source";
    Binds binds = {level};
    const std::string where = " FROM dyad_stats WHERE level=? AND " + RangeCondition(query.days, &binds) +
                              " AND " + self + "=?";
    binds.push_back(query.actor);

    DyadRow total;
    Result<std::vector<DyadRow>> totals =
        CollectDyads(db_, "SELECT '', '', " + SumColumns(Tone::kAll) + where, binds);
    if (!totals.ok()) return totals.status();
    if (!totals.value().empty() && totals.value()[0].events > 0) total = totals.value()[0];
    total.source = side == 0 ? query.actor : "*";
    total.target = side == 0 ? "*" : query.actor;
    (side == 0 ? summary.as_source : summary.as_target) = total;

    // Partners, busiest first.
    Binds partner_binds = binds;
    partner_binds.push_back(int64_t{query.limit > 0 ? query.limit : -1});
    Result<std::vector<DyadRow>> partners = CollectDyads(
        db_,
        "SELECT source, target, " + SumColumns(Tone::kAll) + where + " GROUP BY " + other +
            " ORDER BY 3 DESC, " + other + " LIMIT ?",
        partner_binds);
    if (!partners.ok()) return partners.status();
    (side == 0 ? summary.targets : summary.sources) = std::move(partners.value());
  }

  // Events per root with the actor on either side, from the events table.
  const char* src = query.full_codes ? "source" : "source_level";
  const char* tgt = query.full_codes ? "target" : "target_level";
  Statement s;
  std::string sql = std::string("SELECT root, COUNT(*) FROM events WHERE (") + src + "=?1 OR " + tgt +
                    "=?1) AND day BETWEEN ?2 AND ?3 GROUP BY root ORDER BY 2 DESC, root";
  if (Status st = s.Prepare(db_, sql); !st.ok()) return st;
  s.Bind(1, query.actor).Bind(2, query.days.from).Bind(3, query.days.to);
  for (;;) {
    Result<bool> r = s.Step();
    if (!r.ok()) return r.status();
    if (!r.value()) break;
    summary.roots.emplace_back(s.Text(0), s.Int(1));
  }
  return summary;
}

Status SqliteStore::ScanEvents(const EventFilter& filter,
                               const std::function<bool(const StoredEvent&)>& fn) {
  std::string sql =
      "SELECT event_id, date, source, target, source_country, target_country, source_level, "
      "target_level, source_name, target_name, code, root, quad_class, goldstein, mood, "
      "num_mentions, num_sources, num_articles, in_lead, url, rule, added_at FROM events WHERE 1";
  std::vector<std::string> texts;
  auto add_text = [&](const std::string& column, const std::string& value) {
    texts.push_back(value);
    sql += " AND " + column + "=?" + std::to_string(texts.size());
  };
  if (!filter.source.empty()) add_text(IsCountryLevelCode(filter.source) ? "source_level" : "source", filter.source);
  if (!filter.target.empty()) add_text(IsCountryLevelCode(filter.target) ? "target_level" : "target", filter.target);
  if (!filter.root.empty()) add_text("root", filter.root);
  if (!filter.mood.empty()) add_text("mood", filter.mood);
  const size_t n = texts.size();
  if (filter.days.bounded()) {
    sql += " AND day BETWEEN ?" + std::to_string(n + 1) + " AND ?" + std::to_string(n + 2);
  }
  sql += " ORDER BY day, event_id";
  if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
  Statement s;
  if (Status st = s.Prepare(db_, sql); !st.ok()) return st;
  for (size_t i = 0; i < n; ++i) s.Bind(static_cast<int>(i + 1), texts[i]);
  if (filter.days.bounded()) s.Bind(static_cast<int>(n + 1), filter.days.from).Bind(static_cast<int>(n + 2), filter.days.to);
  for (;;) {
    Result<bool> r = s.Step();
    if (!r.ok()) return r.status();
    if (!r.value()) return Status::OK();
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
    if (!fn(e)) return Status::OK();
  }
}

Result<std::vector<Mention>> SqliteStore::Mentions(int64_t event_id) {
  Statement s;
  if (Status st = s.Prepare(
          db_,
          "SELECT m.event_id, d.id, m.date, m.source_name, d.url, m.sentence, m.code, m.mood, m.rule, "
          "m.source_text, m.target_text, m.sentence_text, m.sentence_begin, m.sentence_end, "
          "m.source_begin, m.source_end, m.verb_begin, m.verb_end, m.target_begin, m.target_end, "
          "coalesce(g.id, '') FROM mentions m JOIN documents d ON d.doc_key=m.doc_key "
          "LEFT JOIN documents g ON g.doc_key=d.duplicate_of WHERE m.event_id=?1 ORDER BY m.mention_id");
      !st.ok()) {
    return st;
  }
  s.Bind(1, event_id);
  std::vector<Mention> mentions;
  for (;;) {
    Result<bool> r = s.Step();
    if (!r.ok()) return r.status();
    if (!r.value()) return mentions;
    Mention m;
    m.event_id = s.Int(0);
    m.doc_id = s.Text(1);
    m.date = s.Text(2);
    m.source_name = s.Text(3);
    m.url = s.Text(4);
    m.sentence = static_cast<int>(s.Int(5));
    m.code = s.Text(6);
    m.mood = s.Text(7);
    m.rule = s.Text(8);
    m.source_text = s.Text(9);
    m.target_text = s.Text(10);
    m.sentence_text = s.Text(11);
    Span* spans[] = {&m.sentence_span, &m.source_span, &m.verb_span, &m.target_span};
    for (int k = 0; k < 4; ++k) {
      spans[k]->begin = static_cast<uint32_t>(s.Int(12 + 2 * k));
      spans[k]->end = static_cast<uint32_t>(s.Int(13 + 2 * k));
    }
    m.duplicate_of = s.Text(20);
    mentions.push_back(std::move(m));
  }
}

Result<TableCounts> SqliteStore::Counts() {
  Statement s;
  if (Status st = s.Prepare(
          db_,
          "SELECT (SELECT COUNT(*) FROM documents), "
          "(SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL), "
          "(SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM mentions), "
          "(SELECT COUNT(*) FROM dyad_stats), (SELECT coalesce(SUM(num_mentions),0) FROM events), "
          "(SELECT coalesce(SUM(num_articles),0) FROM events), "
          "(SELECT coalesce(SUM(num_sources),0) FROM events)");
      !st.ok()) {
    return st;
  }
  Result<bool> r = s.Step();
  if (!r.ok()) return r.status();
  TableCounts c;
  c.documents = s.Int(0);
  c.duplicate_documents = s.Int(1);
  c.events = s.Int(2);
  c.mentions = s.Int(3);
  c.dyad_rows = s.Int(4);
  c.sum_num_mentions = s.Int(5);
  c.sum_num_articles = s.Int(6);
  c.sum_num_sources = s.Int(7);
  return c;
}

}  // namespace dyadwatch::store
