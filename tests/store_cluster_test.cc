// The store's ingest rules on hand-made events (no coder), on each backend: the date window, roots
// and dyads that keep events apart, NumMentions/NumArticles/NumSources, and the roll-ups against a
// brute-force sum over the stored events.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

#include "store/calendar.h"
#include "store/store.h"
#include "store_test_util.h"

namespace dyadwatch::store {
namespace {

struct Fixture {
  std::vector<Document> documents;
  std::vector<CodeResult> results;
};

Event MakeEvent(const std::string& date, const std::string& source, const std::string& target,
                const std::string& code, int quad, double goldstein, int sentence = 0) {
  Event e;
  e.date = date;
  e.source = source;
  e.target = target;
  e.source_country = source.substr(0, 3);
  e.target_country = target.substr(0, 3);
  e.code = code;
  e.root = code.substr(0, 2);
  e.quad_class = quad;
  e.goldstein = goldstein;
  e.sentence = sentence;
  e.sentence_text = "s";
  return e;
}

class StoreClusterTest : public testing::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    uri_ = NewStore("cluster");
    auto opened = OpenStore(uri_, StoreOptions{});
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    store_ = std::move(opened.value());
  }
  void TearDown() override {
    store_.reset();
    BackendTest::TearDown();
  }

  // Stores one document (distinct text per id, so no duplicate links) with these events.
  IngestCounts Add(const std::string& id, const std::string& source, std::vector<Event> events) {
    Document d;
    d.id = id;
    d.origin = "test:1";
    d.source = source;
    d.date = events.empty() ? "" : events[0].date;
    d.text = "document " + id + " with its own words: " + id + " " + id + " " + id;
    CodeResult r;
    for (Event& e : events) e.doc_id = id;
    r.events = std::move(events);
    CodedDocument item{&d, &r, FingerprintDocument(d.text)};
    IngestCounts counts;
    Status s = store_->IngestBatch({item}, &counts);
    EXPECT_TRUE(s.ok()) << s.message();
    return counts;
  }

  std::vector<StoredEvent> All() {
    std::vector<StoredEvent> out;
    EventFilter f;
    f.limit = 0;
    Status s = store_->ScanEvents(f, [&](const StoredEvent& e) { out.push_back(e); return true; });
    EXPECT_TRUE(s.ok()) << s.message();
    return out;
  }

  std::string uri_;
  std::unique_ptr<Store> store_;
};
DYADWATCH_BOTH_BACKENDS(StoreClusterTest);

TEST_P(StoreClusterTest, WindowIsMeasuredFromTheFirstReport) {
  Add("a", "S1", {MakeEvent("2020-03-01", "USAGOV", "CHNGOV", "112", 3, -2)});
  Add("b", "S1", {MakeEvent("2020-03-03", "USAGOV", "CHNGOV", "111", 3, -2)});  // 2 days: same
  Add("c", "S2", {MakeEvent("2020-03-04", "USAGOV", "CHNGOV", "112", 3, -2)});  // 3 days from the first
  Add("d", "S2", {MakeEvent("2020-03-01", "USAGOV", "CHNGOV", "042", 1, 1.9)});  // other root
  Add("e", "S2", {MakeEvent("2020-03-01", "CHNGOV", "USAGOV", "112", 3, -2)});  // reversed dyad
  std::vector<StoredEvent> events = All();
  ASSERT_EQ(events.size(), 4u);
  std::map<std::string, int64_t> mentions;
  for (const StoredEvent& e : events) mentions[e.source + ">" + e.target + " " + e.root + " " + e.date] = e.num_mentions;
  EXPECT_EQ(mentions["USAGOV>CHNGOV 11 2020-03-01"], 2);
  EXPECT_EQ(mentions["USAGOV>CHNGOV 11 2020-03-04"], 1);
  EXPECT_EQ(mentions["USAGOV>CHNGOV 04 2020-03-01"], 1);
  EXPECT_EQ(mentions["CHNGOV>USAGOV 11 2020-03-01"], 1);
}

TEST_P(StoreClusterTest, MentionsArticlesAndSources) {
  // Two mentions in one document, a second document of the same source, a third source.
  Add("a", "Reuters", {MakeEvent("2020-05-01", "RUS", "UKR", "190", 4, -10, 0),
                       MakeEvent("2020-05-01", "RUS", "UKR", "193", 4, -10, 5)});
  Add("b", "Reuters", {MakeEvent("2020-05-02", "RUS", "UKR", "190", 4, -10)});
  Add("c", "AP", {MakeEvent("2020-05-01", "RUS", "UKR", "195", 4, -10)});
  std::vector<StoredEvent> events = All();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].num_mentions, 4);
  EXPECT_EQ(events[0].num_articles, 3);
  EXPECT_EQ(events[0].num_sources, 2);
  EXPECT_EQ(events[0].code, "190");  // the first report's code
  auto mentions = store_->Mentions(events[0].id);
  ASSERT_TRUE(mentions.ok());
  EXPECT_EQ(mentions.value().size(), 4u);
  // The dyad aggregates count one event and four mentions.
  TopDyadsQuery top;
  auto rows = store_->TopDyads(top);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows.value().size(), 1u);
  EXPECT_EQ(rows.value()[0].events, 1);
  EXPECT_EQ(rows.value()[0].mentions, 4);
  EXPECT_EQ(rows.value()[0].quad[3], 1);
  EXPECT_DOUBLE_EQ(rows.value()[0].goldstein_mean(), -10);
}

TEST_P(StoreClusterTest, SameDocumentTwiceChangesNothing) {
  Add("a", "S", {MakeEvent("2020-01-01", "FRA", "DEU", "036", 1, 4)});
  IngestCounts again = Add("a", "S", {MakeEvent("2020-01-01", "FRA", "DEU", "036", 1, 4)});
  EXPECT_EQ(again.documents_unchanged, 1u);
  EXPECT_EQ(again.mentions_added, 0u);
  auto counts = store_->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts.value().documents, 1);
  EXPECT_EQ(counts.value().mentions, 1);
}

// ScanEvents reads in pages: pages of 7 rows give the events of one long read, in the same order
// (undated first, then by day and id), and stop at the limit.
TEST_P(StoreClusterTest, ScanEventsInPagesSeesEveryEventOnce) {
  for (int i = 0; i < 40; ++i) {
    const std::string date = i % 9 == 0 ? "" : DateFromDay(*DayFromDate("2021-01-01") + i % 5);
    Add("p" + std::to_string(i), "S", {MakeEvent(date, "USA", "CHN" + std::to_string(i), "0" + std::to_string(10 + i % 4), 1, 1),
                                        MakeEvent(date, "CHN", "RUS" + std::to_string(i), "190", 4, -10)});
  }
  const std::vector<StoredEvent> whole = All();
  ASSERT_GT(whole.size(), 40u);
  EXPECT_EQ(whole.front().date, "");
  StoreOptions options;
  options.read_only = true;
  options.scan_page_rows = 7;
  auto paged = OpenStore(uri_, options);
  ASSERT_TRUE(paged.ok()) << paged.status().message();
  for (int64_t limit : {int64_t{0}, int64_t{7}, int64_t{30}}) {
    EventFilter f;
    f.limit = limit;
    std::vector<int64_t> ids;
    ASSERT_TRUE(paged.value()->ScanEvents(f, [&](const StoredEvent& e) { ids.push_back(e.id); return true; }).ok());
    const size_t expected = limit > 0 ? static_cast<size_t>(limit) : whole.size();
    ASSERT_EQ(ids.size(), expected) << "limit " << limit;
    for (size_t i = 0; i < ids.size(); ++i) EXPECT_EQ(ids[i], whole[i].id) << i;
  }
  EventFilter usa;
  usa.source = "USA";
  usa.days = {*DayFromDate("2021-01-02"), *DayFromDate("2021-01-04")};
  usa.limit = 0;
  int64_t seen = 0, expected = 0;
  ASSERT_TRUE(paged.value()->ScanEvents(usa, [&](const StoredEvent& e) { ++seen; return true; }).ok());
  for (const StoredEvent& e : whole) expected += e.source == "USA" && e.date >= "2021-01-02" && e.date <= "2021-01-04";
  EXPECT_EQ(seen, expected);
  EXPECT_GT(expected, 7);
}

// Random events over three years; every bounded top-dyads query must equal a brute-force sum over
// the stored events (this checks the cutting of ranges into years, months and days).
TEST_P(StoreClusterTest, RollUpsMatchTheEvents) {
  std::mt19937 rng(7);
  const char* actors[] = {"USA", "CHN", "RUS", "UKR", "JPN"};
  const char* codes[] = {"036", "042", "112", "173", "190"};
  const int quads[] = {1, 1, 3, 4, 4};
  const double goldsteins[] = {4, 1.9, -2, -5, -10};
  const int64_t start = *DayFromDate("2019-01-01");
  std::vector<Document> docs;
  for (int i = 0; i < 400; ++i) {
    const int a = rng() % 5, b = (a + 1 + rng() % 4) % 5, c = rng() % 5;
    const std::string date = DateFromDay(start + rng() % 1100);
    Add("doc" + std::to_string(i), i % 3 ? "S1" : "S2",
        {MakeEvent(date, actors[a], actors[b], codes[c], quads[c], goldsteins[c])});
  }
  const std::vector<StoredEvent> events = All();
  ASSERT_GT(events.size(), 100u);
  for (int trial = 0; trial < 40; ++trial) {
    DayRange range;
    range.from = start - 10 + rng() % 1000;
    range.to = range.from + rng() % 700;
    if (trial < 3) range = DayRange{};  // all time, once per tone
    const Tone tone = static_cast<Tone>(trial % 3);
    std::map<std::pair<std::string, std::string>, std::pair<int64_t, int64_t>> expected;  // events, mentions
    for (const StoredEvent& e : events) {
      const int64_t day = *DayFromDate(e.date);
      if (day < range.from || day > range.to) continue;
      if (tone == Tone::kConflict && e.quad_class < 3) continue;
      if (tone == Tone::kCooperation && e.quad_class > 2) continue;
      auto& slot = expected[{e.source_level, e.target_level}];
      slot.first += 1;
      slot.second += e.num_mentions;
    }
    TopDyadsQuery q;
    q.days = range;
    q.tone = tone;
    q.limit = 0;
    auto rows = store_->TopDyads(q);
    ASSERT_TRUE(rows.ok()) << rows.status().message();
    std::map<std::pair<std::string, std::string>, std::pair<int64_t, int64_t>> got;
    for (const DyadRow& r : rows.value()) got[{r.source, r.target}] = {r.events, r.mentions};
    EXPECT_EQ(got, expected) << DateFromDay(range.from) << " .. " << DateFromDay(range.to);
    // A limited answer (which sums only the dyads that can still make the cut) is the head of
    // the full ranking, in the same order.
    q.limit = 1 + trial % 4;
    auto head = store_->TopDyads(q);
    ASSERT_TRUE(head.ok());
    ASSERT_EQ(head.value().size(), std::min(rows.value().size(), static_cast<size_t>(q.limit)));
    for (size_t i = 0; i < head.value().size(); ++i) {
      EXPECT_EQ(head.value()[i].source + ">" + head.value()[i].target,
                rows.value()[i].source + ">" + rows.value()[i].target);
      EXPECT_EQ(head.value()[i].events, rows.value()[i].events);
      EXPECT_EQ(head.value()[i].mentions, rows.value()[i].mentions);
      EXPECT_EQ(head.value()[i].first_day, rows.value()[i].first_day);
    }
  }
  // A dyad's monthly series sums to its all-time total; a bounded weekly series to the range.
  DyadSeriesQuery series;
  series.source = "USA";
  series.target = "CHN";
  auto months = store_->DyadSeries(series);
  ASSERT_TRUE(months.ok());
  int64_t monthly = 0;
  for (const DyadRow& r : months.value()) monthly += r.events;
  int64_t all = 0;
  for (const StoredEvent& e : events) all += e.source_level == "USA" && e.target_level == "CHN";
  EXPECT_EQ(monthly, all);
  EXPECT_GT(all, 0);
  series.by = Period::kWeek;
  series.days = {start + 100, start + 400};
  auto weeks = store_->DyadSeries(series);
  ASSERT_TRUE(weeks.ok());
  int64_t weekly = 0, in_range = 0;
  for (const DyadRow& r : weeks.value()) {
    weekly += r.events;
    EXPECT_EQ(PeriodOf(Period::kWeek, r.period), r.period);  // Mondays
  }
  for (const StoredEvent& e : events) {
    const int64_t day = *DayFromDate(e.date);
    in_range += e.source_level == "USA" && e.target_level == "CHN" && day >= start + 100 && day <= start + 400;
  }
  EXPECT_EQ(weekly, in_range);
}

TEST(CalendarTest, PeriodsAndLabels) {
  const int64_t day = *DayFromDate("2020-02-29");
  EXPECT_EQ(DateFromDay(day), "2020-02-29");
  EXPECT_EQ(PeriodLabel(Period::kWeek, PeriodOf(Period::kWeek, day)), "2020-02-24");  // Monday
  EXPECT_EQ(PeriodLabel(Period::kMonth, PeriodOf(Period::kMonth, day)), "2020-02");
  EXPECT_EQ(PeriodLabel(Period::kYear, PeriodOf(Period::kYear, day)), "2020");
  EXPECT_EQ(DateFromDay(FirstDayOfPeriod(Period::kMonth, PeriodOf(Period::kMonth, day))), "2020-02-01");
  EXPECT_FALSE(DayFromDate("2019-02-29").has_value());
  EXPECT_EQ(*DayFromDate("1970-01-01"), 0);
}

TEST(FingerprintTest, CopiesAndRewordings) {
  const std::string text =
      "The foreign ministers of both countries met in Geneva on Tuesday to discuss the ceasefire, "
      "the exchange of prisoners and the reopening of the border crossings closed since March.";
  DocumentFingerprint a = FingerprintDocument(text);
  DocumentFingerprint spaced = FingerprintDocument("  " + text + "\n\n");
  EXPECT_EQ(a.content_hash, spaced.content_hash);
  std::string reworded = text;
  reworded.replace(reworded.find("discuss"), 7, "talk about");
  DocumentFingerprint b = FingerprintDocument(reworded);
  EXPECT_NE(a.content_hash, b.content_hash);
  EXPECT_GT(EstimateJaccard(a, b), 0.5);
  DocumentFingerprint other = FingerprintDocument(
      "Heavy rain flooded the capital's southern districts overnight and closed two schools.");
  EXPECT_LT(EstimateJaccard(a, other), 0.2);
}

}  // namespace
}  // namespace dyadwatch::store
