// `dyadwatch query` on a store of the Wikinews sample: JSON rows carry the contract's fields and
// agree with the stored events; CSV and SVG come out; the output helpers quote and mark correctly.
#include <simdjson.h>

#include "query/evidence.h"
#include "query/table_output.h"
#include "store_test_util.h"

namespace dyadwatch::testing {
namespace {

class QueryCliTest : public TempDirTest {
 protected:
  static void SetUpTestSuite() {
    std::string pattern = ::testing::TempDir() + "dyadwatch_query_XXXXXX";
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    shared_dir_ = pattern;
    db_ = shared_dir_ + "/sample.db";
    const std::string command = std::string("'") + DYADWATCH_BINARY + "' ingest -q --db '" + db_ + "' '" +
                                kSamplePath + "' 2>/dev/null";
    ASSERT_EQ(std::system(command.c_str()), 0);
  }
  static void TearDownTestSuite() { std::system(("rm -rf '" + shared_dir_ + "'").c_str()); }
  static std::string shared_dir_, db_;
};
std::string QueryCliTest::shared_dir_, QueryCliTest::db_;

TEST_F(QueryCliTest, TopJsonRowsCarryTheContractFields) {
  CliRun run = Dyadwatch("query top --limit 0 --format json --db '" + db_ + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(run.out).get(doc), simdjson::SUCCESS) << run.out;
  simdjson::dom::array rows;
  ASSERT_EQ(doc.get_array().get(rows), simdjson::SUCCESS);
  int64_t events = 0, mentions = 0, previous = INT64_MAX;
  size_t n = 0;
  for (simdjson::dom::element row : rows) {
    for (const char* field : {"source", "target", "first_date", "last_date"}) {
      std::string_view v;
      EXPECT_EQ(row[field].get_string().get(v), simdjson::SUCCESS) << field;
    }
    int64_t e = 0, m = 0;
    double g = 0;
    ASSERT_EQ(row["events"].get_int64().get(e), simdjson::SUCCESS);
    ASSERT_EQ(row["mentions"].get_int64().get(m), simdjson::SUCCESS);
    ASSERT_EQ(row["goldstein_mean"].get_double().get(g), simdjson::SUCCESS);
    EXPECT_LE(e, previous);  // busiest first
    previous = e;
    events += e;
    mentions += m;
    ++n;
  }
  EXPECT_GT(n, 10u);
  // Every dated event with both actors is in exactly one country-level dyad.
  EXPECT_EQ(events, QueryInt(db_, "SELECT COUNT(*) FROM events WHERE day IS NOT NULL AND source<>'' AND target<>''"));
  EXPECT_EQ(mentions, QueryInt(db_, "SELECT SUM(num_mentions) FROM events WHERE day IS NOT NULL AND source<>'' AND target<>''"));
}

TEST_F(QueryCliTest, DyadSeriesSumsToTheDyadsEvents) {
  const int64_t expected = QueryInt(db_, "SELECT COUNT(*) FROM events WHERE source_level='USA' AND target_level='IRN' "
                                         "AND date BETWEEN '2019-03-01' AND '2020-06-30'");
  ASSERT_GT(expected, 0);
  CliRun run = Dyadwatch("query dyad USA IRN --from 2019-03 --to 2020-06 --by week --format csv --db '" + db_ + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  std::istringstream lines(run.out);
  std::string line;
  std::getline(lines, line);
  EXPECT_EQ(line.rfind("period,source,target,events,mentions,goldstein_mean", 0), 0u) << line;
  int64_t events = 0;
  while (std::getline(lines, line)) {
    size_t comma = 0;
    for (int field = 0; field < 3; ++field) comma = line.find(',', comma) + 1;  // period,source,target,
    events += std::atoll(line.c_str() + comma);
  }
  EXPECT_EQ(events, expected);

  run = Dyadwatch("query dyad USA IRN --plot '" + Path("usa-irn.svg") + "' --db '" + db_ + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  const std::string svg = Slurp(Path("usa-irn.svg"));
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find("</svg>"), std::string::npos);
  run = Dyadwatch("query dyad USA IRN --plot --db '" + db_ + "'");
  EXPECT_NE(run.out.find("│█"), std::string::npos) << run.out;
}

TEST_F(QueryCliTest, EventsExplainShowsMarkedEvidence) {
  CliRun run = Dyadwatch("query events --root 11 --limit 3 --explain --format json --db '" + db_ + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(run.out).get(doc), simdjson::SUCCESS) << run.out;
  size_t n = 0;
  for (simdjson::dom::element event : doc.get_array()) {
    std::string_view root;
    ASSERT_EQ(event["root"].get_string().get(root), simdjson::SUCCESS);
    EXPECT_EQ(root, "11");
    simdjson::dom::array mentions;
    ASSERT_EQ(event["mentions"].get_array().get(mentions), simdjson::SUCCESS);
    std::string_view evidence;
    ASSERT_EQ(mentions.at(0)["evidence"].get_string().get(evidence), simdjson::SUCCESS);
    EXPECT_NE(evidence.find("[["), std::string_view::npos) << evidence;
    EXPECT_NE(evidence.find("{{"), std::string_view::npos) << evidence;
    ++n;
  }
  EXPECT_EQ(n, 3u);
  run = Dyadwatch("query events --root 11 --limit 1 --explain --db '" + db_ + "'");
  EXPECT_NE(run.out.find("rule: dictionaries/"), std::string::npos) << run.out;
}

TEST_F(QueryCliTest, MissingStoreAndBadDatesAreErrors) {
  EXPECT_EQ(Dyadwatch("query top --db '" + Path("none.db") + "'").status, 2);
  EXPECT_NE(Dyadwatch("query top --from 2019-13-01 --db '" + db_ + "'").status, 0);
  CliRun run = Dyadwatch("query actor USA --format json --db '" + db_ + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("\"role\": \"as source\""), std::string::npos);
}

TEST(TableOutputTest, CsvQuotingAndJsonTypes) {
  query::Table t;
  t.columns = {"name", "count"};
  t.rows.push_back({query::Cell("a,\"b\""), query::Cell(int64_t{3})});
  EXPECT_EQ(t.Render(query::Format::kCsv), "name,count\r\n\"a,\"\"b\"\"\",3\r\n");
  EXPECT_EQ(t.Render(query::Format::kJson), "[\n {\"name\": \"a,\\\"b\\\"\", \"count\": 3}\n]\n");
  query::Table empty;
  empty.columns = {"x"};
  EXPECT_EQ(empty.Render(query::Format::kJson), "[]\n");
}

TEST(EvidenceTest, SpansAreMarkedRelativeToTheSentence) {
  store::Mention m;
  m.sentence_text = "Japan rejects U.S. request.";
  m.sentence_span = {100, 127};
  m.source_span = {100, 105};
  m.verb_span = {106, 113};
  m.target_span = {114, 118};
  EXPECT_EQ(query::MarkEvidence(m), "[[Japan]] {{rejects}} <<U.S.>> request.");
  m.target_span = {10, 20};  // outside the sentence: left unmarked
  EXPECT_EQ(query::MarkEvidence(m), "[[Japan]] {{rejects}} U.S. request.");
}

}  // namespace
}  // namespace dyadwatch::testing
