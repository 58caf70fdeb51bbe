// The relations store at scale: fills a SQLite store with synthetic coded documents (Zipf-skewed
// countries, agents, CAMEO codes, ten years of dates; five events per document), then times
// TopDyads and DyadSeries in-process (median of several runs). The CLI timings that
// docs/PERFORMANCE.md reports come from bench/store_query.sh on the store this fills.
//
//   store_bench --db /tmp/bench.db --events 1000000 [--seed 1] [--runs 9]
// An existing store is reused as it is (no refill).
#include <sys/stat.h>

#include <algorithm>
#include <functional>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "store/calendar.h"
#include "store/store.h"

namespace dyadwatch::store {
namespace {

struct CodeSpec {
  const char* code;
  int quad;
  double goldstein;
};
constexpr CodeSpec kCodes[] = {
    {"010", 1, 0.0},  {"012", 1, -0.4}, {"020", 1, 3.0}, {"036", 1, 4.0},  {"040", 1, 1.0},
    {"042", 1, 1.9},  {"043", 1, 2.8},  {"046", 1, 7.0}, {"051", 1, 3.4},  {"057", 1, 8.0},
    {"061", 2, 6.4},  {"071", 2, 7.4},  {"081", 2, 5.0}, {"0874", 2, 10.0}, {"111", 3, -2.0},
    {"112", 3, -2.0}, {"120", 3, -4.0}, {"130", 3, -4.4}, {"141", 4, -6.5}, {"163", 4, -8.0},
    {"173", 4, -5.0}, {"190", 4, -10.0}, {"193", 4, -10.0}, {"195", 4, -10.0}};
constexpr const char* kAgents[] = {"", "", "", "GOV", "GOV", "MIL", "BUS", "OPP", "MED", "JUD", "LEG", "COP", "CVL"};
constexpr const char* kCountries[] = {
    "USA", "CHN", "RUS", "GBR", "FRA", "DEU", "IRN", "ISR", "UKR", "IND", "PAK", "JPN", "KOR", "PRK", "TUR",
    "SYR", "IRQ", "AFG", "SAU", "EGY", "BRA", "MEX", "CAN", "AUS", "ITA", "ESP", "POL", "NGA", "ZAF", "KEN",
    "ETH", "SDN", "LBY", "YEM", "QAT", "ARE", "VEN", "COL", "ARG", "CHL", "PER", "CUB", "IDN", "PHL", "VNM",
    "THA", "MYS", "MMR", "BGD", "LKA", "NPL", "TWN", "HKG", "GRC", "CYP", "SRB", "HUN", "ROU", "BLR", "KAZ"};

class Generator {
 public:
  explicit Generator(uint64_t seed) : rng_(seed) {
    // Countries by Zipf (s = 1.1) over the 60 named ones plus 90 rare ones.
    for (const char* c : kCountries) countries_.push_back(c);
    for (int i = 0; i < 90; ++i) {
      char code[4] = {'X', static_cast<char>('A' + i / 26 % 26), static_cast<char>('A' + i % 26), 0};
      countries_.push_back(code);
    }
    std::vector<double> weights;
    for (size_t r = 0; r < countries_.size(); ++r) weights.push_back(1.0 / std::pow(r + 1.0, 1.1));
    country_ = std::discrete_distribution<size_t>(weights.begin(), weights.end());
  }

  Event MakeEvent(const std::string& date) {
    Event e;
    e.date = date;
    e.source_country = countries_[country_(rng_)];
    do {
      e.target_country = countries_[country_(rng_)];
    } while (e.target_country == e.source_country && rng_() % 4 != 0);  // some domestic events
    e.source = e.source_country + kAgents[rng_() % std::size(kAgents)];
    e.target = e.target_country + kAgents[rng_() % std::size(kAgents)];
    const CodeSpec& code = kCodes[rng_() % std::size(kCodes)];
    e.code = code.code;
    e.root = e.code.substr(0, 2);
    e.quad_class = code.quad;
    e.goldstein = code.goldstein;
    e.source_text = e.source;
    e.target_text = e.target;
    e.sentence = static_cast<int>(rng_() % 30);
    e.sentence_text = "synthetic";
    e.rule = "bench";
    return e;
  }

  std::string Date() { return DateFromDay(first_day_ + static_cast<int64_t>(rng_() % 3653)); }
  std::mt19937_64& rng() { return rng_; }

 private:
  std::mt19937_64 rng_;
  std::vector<std::string> countries_;
  std::discrete_distribution<size_t> country_;
  int64_t first_day_ = *DayFromDate("2015-01-01");
};

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Median wall time and median CPU time (this process, user + system) of `runs` calls, in ms. On a
// shared machine the CPU time is the steadier figure; the wall time is what a user waits.
template <typename F>
std::pair<double, double> MedianMs(int runs, F&& f) {
  std::vector<double> wall, cpu;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    f();
    cpu.push_back(1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
    wall.push_back(Seconds(start) * 1000);
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

int Run(const std::string& db, int64_t target_events, uint64_t seed, int runs) {
  struct stat st;
  const bool exists = stat(db.c_str(), &st) == 0;
  auto opened = OpenStore(db, StoreOptions{});
  if (!opened.ok()) {
    std::fprintf(stderr, "store_bench: %s\n", opened.status().message().c_str());
    return 2;
  }
  Store& store = *opened.value();
  if (!exists) {
    Generator gen(seed);
    constexpr int kEventsPerDocument = 5, kDocumentsPerBatch = 2000;
    const auto start = std::chrono::steady_clock::now();
    IngestCounts counts;
    int64_t doc_number = 0;
    while (static_cast<int64_t>(counts.mentions_added) < target_events) {
      std::vector<Document> docs(kDocumentsPerBatch);
      std::vector<CodeResult> results(kDocumentsPerBatch);
      std::vector<CodedDocument> batch;
      for (int d = 0; d < kDocumentsPerBatch; ++d) {
        Document& doc = docs[d];
        doc.id = "synthetic-" + std::to_string(doc_number++);
        doc.origin = "bench";
        doc.date = gen.Date();
        doc.source = "source" + std::to_string(gen.rng()() % 50);
        doc.text = "Synthetic report " + doc.id + " number " + std::to_string(gen.rng()()) + " on " + doc.date;
        for (int e = 0; e < kEventsPerDocument; ++e) results[d].events.push_back(gen.MakeEvent(doc.date));
      }
      for (int d = 0; d < kDocumentsPerBatch; ++d) batch.push_back({&docs[d], &results[d], FingerprintDocument(docs[d].text)});
      if (Status s = store.IngestBatch(batch, &counts); !s.ok()) {
        std::fprintf(stderr, "store_bench: %s\n", s.message().c_str());
        return 1;
      }
      if (doc_number % 40000 == 0) {
        std::fprintf(stderr, "  %llu mentions, %.0f/s\n", static_cast<unsigned long long>(counts.mentions_added),
                     counts.mentions_added / Seconds(start));
      }
    }
    std::printf("fill: %llu documents, %llu mentions -> %llu events in %.1f s (%.0f mentions/s)\n",
                static_cast<unsigned long long>(counts.documents_added),
                static_cast<unsigned long long>(counts.mentions_added),
                static_cast<unsigned long long>(counts.events_added), Seconds(start),
                counts.mentions_added / Seconds(start));
  }
  auto table = store.Counts();
  if (table.ok()) {
    std::printf("store: %lld documents, %lld events, %lld mentions, %lld aggregate rows\n",
                static_cast<long long>(table.value().documents), static_cast<long long>(table.value().events),
                static_cast<long long>(table.value().mentions), static_cast<long long>(table.value().dyad_rows));
  }
  struct Case {
    const char* name;
    std::function<void()> run;
  };
  TopDyadsQuery top;
  TopDyadsQuery top_range;
  top_range.days = {*DayFromDate("2016-03-15"), *DayFromDate("2023-08-20")};
  TopDyadsQuery top_conflict = top_range;
  top_conflict.tone = Tone::kConflict;
  DyadSeriesQuery dyad;
  dyad.source = "USA";
  dyad.target = "CHN";
  DyadSeriesQuery dyad_range = dyad;
  dyad_range.days = top_range.days;
  dyad_range.by = Period::kWeek;
  const Case cases[] = {
      {"TopDyads (all time)", [&] { (void)store.TopDyads(top); }},
      {"TopDyads 2016-03-15..2023-08-20", [&] { (void)store.TopDyads(top_range); }},
      {"TopDyads conflict, same range", [&] { (void)store.TopDyads(top_conflict); }},
      {"DyadSeries USA CHN by month", [&] { (void)store.DyadSeries(dyad); }},
      {"DyadSeries USA CHN by week, same range", [&] { (void)store.DyadSeries(dyad_range); }},
  };
  for (const Case& c : cases) {
    const auto [wall, cpu] = MedianMs(runs, c.run);
    std::printf("%-42s median wall %7.2f ms, cpu %7.2f ms (%d runs)\n", c.name, wall, cpu, runs);
  }
  return 0;
}

}  // namespace
}  // namespace dyadwatch::store

int main(int argc, char** argv) {
  std::string db;
  int64_t events = 1000000;
  uint64_t seed = 1;
  int runs = 9;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--db")) db = argv[i + 1];
    else if (!std::strcmp(argv[i], "--events")) events = std::atoll(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--seed")) seed = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--runs")) runs = std::atoi(argv[i + 1]);
  }
  if (db.empty()) {
    std::fprintf(stderr, "usage: store_bench --db PATH [--events N] [--seed S] [--runs R]\n");
    return 2;
  }
  return dyadwatch::store::Run(db, events, seed, runs);
}
