// `dyadwatch query dyad|top|actor|events`: read the relations store. Every subcommand prints a
// table (default), one JSON array (--format json) or CSV (--format csv).
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/store_flags.h"
#include "common/json_escape.h"
#include "common/relations_summary.h"
#include "dyadwatch/coder.h"
#include "query/evidence.h"
#include "query/plot.h"
#include "query/table_output.h"
#include "store/calendar.h"

namespace dyadwatch::cli {
namespace {

using query::Cell;
using query::Table;

struct QueryArgs {
  StoreFlags store;
  std::string format = "table";
  // dyad
  std::string source, target, by = "month";
  std::string plot;  // "" = no plot, "-" = terminal, else an SVG file
  // top
  bool conflict = false, cooperation = false, full = false, international = false, trend = false;
  int limit = 20;
  // actor
  std::string actor;
  // events
  std::string root, mood;
  bool explain = false;
};

query::Format FormatOf(const QueryArgs& args) {
  query::Format f = query::Format::kTable;
  query::ParseFormat(args.format, &f);
  return f;
}

template <typename T>
T Check(Result<T> result, const char* what) {
  if (!result.ok()) {
    std::fprintf(stderr, "dyadwatch query %s: %s\n", what, result.status().message().c_str());
    throw CLI::RuntimeError(kExitBadInput);
  }
  return std::move(result).value();
}

std::string DateOr(int64_t day, bool any) { return any ? store::DateFromDay(day) : ""; }

const char* kQuadColumns[] = {"verbal_coop", "material_coop", "verbal_conflict", "material_conflict"};

void AppendDyadColumns(std::vector<std::string>* columns) {
  for (const char* c : {"events", "mentions", "goldstein_mean"}) columns->push_back(c);
  columns->push_back("first_date");
  columns->push_back("last_date");
  for (const char* c : kQuadColumns) columns->push_back(c);
}

void AppendDyadCells(const store::DyadRow& r, std::vector<Cell>* cells) {
  cells->push_back(r.events);
  cells->push_back(r.mentions);
  cells->push_back(Cell::Real(r.goldstein_mean()));
  cells->push_back(DateOr(r.first_day, r.events > 0));
  cells->push_back(DateOr(r.last_day, r.events > 0));
  for (int q = 0; q < 4; ++q) cells->push_back(r.quad[q]);
}

store::Period PeriodNamed(const std::string& by) {
  if (by == "day") return store::Period::kDay;
  if (by == "week") return store::Period::kWeek;
  if (by == "year") return store::Period::kYear;
  return store::Period::kMonth;
}

// The series with empty periods filled in, so plots and trends show gaps as gaps.
std::vector<store::DyadRow> FillGaps(const std::vector<store::DyadRow>& rows, store::Period by) {
  if (rows.empty()) return rows;
  std::vector<store::DyadRow> out;
  auto next = [by](int64_t p) { return by == store::Period::kWeek ? p + 7 : p + 1; };
  for (const store::DyadRow& r : rows) {
    while (!out.empty() && next(out.back().period) < r.period) {
      store::DyadRow empty;
      empty.source = r.source;
      empty.target = r.target;
      empty.period = next(out.back().period);
      out.push_back(empty);
    }
    out.push_back(r);
  }
  return out;
}

void RunDyad(const QueryArgs& args) {
  auto db = args.store.Open("query dyad");
  store::DyadSeriesQuery q;
  q.source = args.source;
  q.target = args.target;
  q.full_codes = !store::IsCountryLevelCode(args.source) || !store::IsCountryLevelCode(args.target);
  q.days = args.store.Range();
  q.by = PeriodNamed(args.by);
  const std::vector<store::DyadRow> rows = FillGaps(Check(db->DyadSeries(q), "dyad"), q.by);

  Table table;
  table.columns = {"period", "source", "target"};
  AppendDyadColumns(&table.columns);
  std::vector<query::SeriesPoint> points;
  for (const store::DyadRow& r : rows) {
    std::vector<Cell> cells = {store::PeriodLabel(q.by, r.period), r.source, r.target};
    AppendDyadCells(r, &cells);
    table.rows.push_back(std::move(cells));
    points.push_back({store::PeriodLabel(q.by, r.period), static_cast<double>(r.events), r.goldstein_mean()});
  }
  std::fputs(table.Render(FormatOf(args)).c_str(), stdout);
  const std::string title = args.source + " -> " + args.target + ": events per " + args.by;
  if (args.plot == "-") {
    // Beside JSON or CSV the bars go to stderr, so that stdout stays machine-readable.
    std::FILE* to = FormatOf(args) == query::Format::kTable ? stdout : stderr;
    std::fprintf(to, "\n%s\n%s", title.c_str(), query::TerminalBars(points).c_str());
  } else if (!args.plot.empty()) {
    std::ofstream svg(args.plot, std::ios::binary);
    svg << query::SvgChart(points, title);
    if (!svg) {
      std::fprintf(stderr, "dyadwatch query dyad: %s: cannot write\n", args.plot.c_str());
      throw CLI::RuntimeError(kExitBadInput);
    }
    std::fprintf(stderr, "plot: %s\n", args.plot.c_str());
  }
}

void RunTop(const QueryArgs& args) {
  auto db = args.store.Open("query top");
  store::TopDyadsQuery q;
  q.days = args.store.Range();
  q.tone = args.conflict ? store::Tone::kConflict : args.cooperation ? store::Tone::kCooperation : store::Tone::kAll;
  q.full_codes = args.full;
  q.include_domestic = !args.international;
  q.limit = args.limit;
  const std::vector<store::DyadRow> rows = Check(db->TopDyads(q), "top");

  Table table;
  table.columns = {"source", "target"};
  AppendDyadColumns(&table.columns);
  if (args.trend) table.columns.push_back("trend");
  // The trend spans the months of the whole answer, the same scale for every dyad.
  int64_t first_month = INT64_MAX, last_month = INT64_MIN;
  for (const store::DyadRow& r : rows) {
    first_month = std::min(first_month, store::PeriodOf(store::Period::kMonth, r.first_day));
    last_month = std::max(last_month, store::PeriodOf(store::Period::kMonth, r.last_day));
  }
  for (const store::DyadRow& r : rows) {
    std::vector<Cell> cells = {r.source, r.target};
    AppendDyadCells(r, &cells);
    if (args.trend) {
      store::DyadSeriesQuery s;
      s.source = r.source;
      s.target = r.target;
      s.full_codes = args.full;
      s.days = q.days;
      std::vector<double> monthly(static_cast<size_t>(last_month - first_month + 1), 0.0);
      for (const store::DyadRow& m : Check(db->DyadSeries(s), "top")) {
        if (m.period >= first_month && m.period <= last_month) monthly[m.period - first_month] = m.events;
      }
      cells.push_back(query::Sparkline(monthly));
    }
    table.rows.push_back(std::move(cells));
  }
  std::fputs(table.Render(FormatOf(args)).c_str(), stdout);
  if (args.trend && !rows.empty() && FormatOf(args) == query::Format::kTable) {
    std::printf("trend: events per month, %s to %s\n", store::PeriodLabel(store::Period::kMonth, first_month).c_str(),
                store::PeriodLabel(store::Period::kMonth, last_month).c_str());
  }
}

void RunActor(const QueryArgs& args) {
  auto db = args.store.Open("query actor");
  store::ActorQuery q;
  q.actor = args.actor;
  q.full_codes = !store::IsCountryLevelCode(args.actor);
  q.days = args.store.Range();
  q.limit = args.limit;
  const store::ActorSummary s = Check(db->Actor(q), "actor");
  const std::map<std::string, std::string> root_names =
      LoadCameoRootNames(FindDataDir() + "/cameo/CAMEO.eventcodes.txt");

  Table table;
  table.columns = {"role", "partner"};
  AppendDyadColumns(&table.columns);
  auto add = [&](const char* role, const std::string& partner, const store::DyadRow& r) {
    std::vector<Cell> cells = {role, partner};
    AppendDyadCells(r, &cells);
    table.rows.push_back(std::move(cells));
  };
  add("as source", "*", s.as_source);
  add("as target", "*", s.as_target);
  for (const store::DyadRow& r : s.targets) add("acts on", r.target, r);
  for (const store::DyadRow& r : s.sources) add("acted on by", r.source, r);
  for (const auto& [root, count] : s.roots) {
    auto name = root_names.find(root);
    std::vector<Cell> cells = {"root", root + (name != root_names.end() ? " " + name->second : ""), count};
    cells.resize(table.columns.size(), Cell(""));
    table.rows.push_back(std::move(cells));
  }
  std::fputs(table.Render(FormatOf(args)).c_str(), stdout);
}

std::string MentionsJson(const std::vector<store::Mention>& mentions) {
  std::string out = "[";
  for (size_t i = 0; i < mentions.size(); ++i) {
    const store::Mention& m = mentions[i];
    if (i) out += ",";
    out += "{\"doc_id\":";
    AppendJsonString(m.doc_id, &out);
    out += ",\"date\":";
    AppendJsonString(m.date, &out);
    out += ",\"source\":";
    AppendJsonString(m.source_name, &out);
    out += ",\"url\":";
    AppendJsonString(m.url, &out);
    out += ",\"sentence\":" + std::to_string(m.sentence) + ",\"code\":";
    AppendJsonString(m.code, &out);
    out += ",\"mood\":";
    AppendJsonString(m.mood, &out);
    out += ",\"duplicate_of\":";
    AppendJsonString(m.duplicate_of, &out);
    out += ",\"evidence\":";
    AppendJsonString(query::MarkEvidence(m), &out);
    out += ",\"rule\":";
    AppendJsonString(m.rule, &out);
    out += "}";
  }
  return out + "]";
}

void RunEvents(const QueryArgs& args) {
  auto db = args.store.Open("query events");
  store::EventFilter filter;
  filter.source = args.source;
  filter.target = args.target;
  filter.root = args.root;
  filter.mood = args.mood;
  filter.days = args.store.Range();
  filter.limit = args.limit;
  std::vector<store::StoredEvent> events;
  Status s = db->ScanEvents(filter, [&events](const store::StoredEvent& e) {
    events.push_back(e);
    return true;
  });
  if (!s.ok()) {
    std::fprintf(stderr, "dyadwatch query events: %s\n", s.message().c_str());
    throw CLI::RuntimeError(kExitBadInput);
  }
  const query::Format format = FormatOf(args);
  Table table;
  table.columns = {"id", "date", "source", "target", "code", "root", "quad_class", "goldstein", "mood",
                   "num_mentions", "num_sources", "num_articles", "source_text", "target_text", "url"};
  if (args.explain && format != query::Format::kTable) table.columns.push_back("mentions");
  for (const store::StoredEvent& e : events) {
    std::vector<Cell> cells = {e.id, e.date, e.source, e.target, e.code, e.root, e.quad_class,
                               Cell::Real(e.goldstein, 1), e.mood, e.num_mentions, e.num_sources,
                               e.num_articles, e.source_name, e.target_name, e.url};
    if (args.explain && format != query::Format::kTable) {
      const std::vector<store::Mention> mentions = Check(db->Mentions(e.id), "events");
      cells.push_back(format == query::Format::kJson ? Cell::Raw(MentionsJson(mentions)) : Cell(MentionsJson(mentions)));
    }
    table.rows.push_back(std::move(cells));
  }
  if (!args.explain || format != query::Format::kTable) {
    std::fputs(table.Render(format).c_str(), stdout);
    return;
  }
  // --explain as text: each event, then every mention with its marked evidence and rule.
  for (const store::StoredEvent& e : events) {
    std::printf("event %lld  %s  %s -> %s  %s (root %s, quad %d, goldstein %.1f)  mood %s  mentions %lld, "
                "articles %lld, sources %lld\n",
                static_cast<long long>(e.id), e.date.c_str(), e.source.c_str(), e.target.c_str(), e.code.c_str(),
                e.root.c_str(), e.quad_class, e.goldstein, e.mood.c_str(), static_cast<long long>(e.num_mentions),
                static_cast<long long>(e.num_articles), static_cast<long long>(e.num_sources));
    for (const store::Mention& m : Check(db->Mentions(e.id), "events")) {
      std::printf("  - %s [%s] %s sentence %d, code %s, %s%s\n    %s\n    rule: %s\n", m.doc_id.c_str(),
                  m.source_name.c_str(), m.date.c_str(), m.sentence, m.code.c_str(), m.mood.c_str(),
                  m.duplicate_of.empty() ? "" : (", copy of " + m.duplicate_of).c_str(),
                  query::MarkEvidence(m).c_str(), m.rule.c_str());
    }
  }
  if (events.empty()) std::printf("(no events)\n");
  else std::printf("marks: [[source]] {{verb}} <<target>>\n");
}

void AddCommon(CLI::App* command, QueryArgs* args, bool with_range = true) {
  args->store.AddTo(command, with_range);
  command->add_option("--format", args->format, "table (default), json (one array) or csv")
      ->check(CLI::IsMember({"table", "json", "csv"}));
}

}  // namespace

void RegisterQueryCommand(CLI::App& app) {
  auto args = std::make_shared<QueryArgs>();
  auto* query = app.add_subcommand("query", "read the relations store: dyad series, top dyads, actors, events");
  query->require_subcommand(1);

  auto* dyad = query->add_subcommand("dyad", "one dyad's events over time (A acting on B)");
  dyad->add_option("source", args->source, "source actor: a country-level code (USA) or a full code (USAGOV)")->required();
  dyad->add_option("target", args->target, "target actor")->required();
  AddCommon(dyad, args.get());
  dyad->add_option("--by", args->by, "day, week, month (default) or year")
      ->check(CLI::IsMember({"day", "week", "month", "year"}));
  dyad->add_option("--plot", args->plot, "draw the series: in the terminal, or into FILE.svg")
      ->expected(0, 1)
      ->default_str("-");
  dyad->callback([args] { RunDyad(*args); });

  auto* top = query->add_subcommand("top", "the busiest dyads (country level unless --full)");
  AddCommon(top, args.get());
  auto* conflict = top->add_flag("--conflict", args->conflict, "count only conflict events (quad classes 3-4)");
  auto* cooperation = top->add_flag("--cooperation", args->cooperation, "count only cooperation (quad classes 1-2)");
  conflict->excludes(cooperation);
  top->add_flag("--full", args->full, "full actor codes (USAGOV) instead of country level");
  top->add_flag("--international", args->international, "leave out dyads within one country");
  top->add_flag("--trend", args->trend, "add a sparkline of events per month");
  top->add_option("--limit", args->limit, "rows (default 20; 0 = all)");
  top->callback([args] { RunTop(*args); });

  auto* actor = query->add_subcommand("actor", "one actor: totals, busiest partners each way, events per root");
  actor->add_option("actor", args->actor, "a country-level code (CHN) or a full code (CHNGOV)")->required();
  AddCommon(actor, args.get());
  actor->add_option("--limit", args->limit, "partners per direction (default 20)");
  actor->callback([args] { RunActor(*args); });

  auto* events = query->add_subcommand("events", "stored events (real-world events, with their mention counts)");
  AddCommon(events, args.get());
  events->add_option("--source", args->source, "source actor (country level or full code)");
  events->add_option("--target", args->target, "target actor");
  events->add_option("--root", args->root, "CAMEO root, e.g. 14");
  events->add_option("--mood", args->mood, "mood of the first report: asserted, negated, future, hypothetical, reported");
  events->add_option("--limit", args->limit, "rows (default 20; 0 = all)");
  events->add_flag("--explain", args->explain,
                   "every mention: document, source, evidence sentence with [[source]] {{verb}} <<target>> "
                   "marked, and the rule");
  events->callback([args] { RunEvents(*args); });
}

}  // namespace dyadwatch::cli
