// The two backends give the same answers: one input (the Wikinews sample, near-duplicate editions
// of part of it, exact copies of another part) ingested into a SQLite file and into a PostgreSQL
// database stores the same rows under the same ids, and `dyadwatch query` and `export` print the
// same bytes from either.
#include "store/calendar.h"
#include "store_test_util.h"

namespace dyadwatch::testing {
namespace {

class StoreBackendsTest : public TempDirTest {
 protected:
  static void SetUpTestSuite() {
    bool skip = false;
    std::string why;
    PostgresCluster* cluster = PostgresCluster::Get(&skip, &why);
    if (cluster == nullptr) {
      skip_ = skip;
      why_ = why;
      return;
    }
    std::string pattern = ::testing::TempDir() + "dyadwatch_backends_XXXXXX";
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    shared_dir_ = pattern;
    // The sample, then 100 of its articles again as near-duplicates (new ids, dates 3 days
    // later, an edition line in front), then 40 as exact copies from another site.
    std::vector<Document> docs = ReadSample(), sample = docs;
    ASSERT_EQ(sample.size(), 295u);
    for (int i = 0; i < 100; ++i) {
      Document d = sample[i];
      d.id += "-edition";
      if (auto day = store::DayFromDate(d.date)) d.date = store::DateFromDay(*day + 3);
      d.text = "Updated edition.\n\n" + d.text;
      docs.push_back(std::move(d));
    }
    for (int i = 100; i < 140; ++i) {
      Document d = sample[i];
      d.id += "-copy";
      d.source = "Mirror News";
      docs.push_back(std::move(d));
    }
    const std::string input = shared_dir_ + "/input.jsonl";
    WriteJsonl(input, docs);
    sqlite_ = shared_dir_ + "/store.db";
    postgres_ = cluster->NewDatabase();
    for (const std::string& db : {sqlite_, postgres_}) {
      const std::string command = std::string("'") + DYADWATCH_BINARY + "' ingest -q --batch 50 --db '" + db +
                                  "' '" + input + "' 2>/dev/null";
      ASSERT_EQ(std::system(command.c_str()), 0) << db;
    }
  }
  static void TearDownTestSuite() {
    if (!shared_dir_.empty()) std::system(("rm -rf '" + shared_dir_ + "'").c_str());
  }

  void SetUp() override {
    TempDirTest::SetUp();
    if (skip_) GTEST_SKIP() << "PostgreSQL variant skipped: " << why_;
    ASSERT_FALSE(postgres_.empty()) << why_;
  }

  // `dyadwatch ARGS --db STORE` on both stores: succeeds on both and prints the same.
  void ExpectSameOutput(const std::string& args) {
    CliRun on_sqlite = Dyadwatch(args + " --db '" + sqlite_ + "'");
    CliRun on_postgres = Dyadwatch(args + " --db '" + postgres_ + "'");
    ASSERT_EQ(on_sqlite.status, 0) << args << ": " << on_sqlite.err;
    ASSERT_EQ(on_postgres.status, 0) << args << ": " << on_postgres.err;
    EXPECT_GT(on_sqlite.out.size(), 20u) << args;
    EXPECT_TRUE(on_sqlite.out == on_postgres.out) << args << "\nSQLite:\n"
                                                 << on_sqlite.out.substr(0, 2000) << "\nPostgreSQL:\n"
                                                 << on_postgres.out.substr(0, 2000);
  }

  static bool skip_;
  static std::string why_, shared_dir_, sqlite_, postgres_;
};
bool StoreBackendsTest::skip_ = false;
std::string StoreBackendsTest::why_, StoreBackendsTest::shared_dir_, StoreBackendsTest::sqlite_,
    StoreBackendsTest::postgres_;

TEST_F(StoreBackendsTest, SameRowsUnderTheSameIds) {
  // Every column that is not a floating-point number (whose text form differs between the two
  // engines) or a wall-clock time; the floating-point sums are compared through the queries below.
  const char* tables[] = {
      "SELECT doc_key, id, content_hash, date, source, url, title, sentences, events, duplicate_of "
      "FROM documents ORDER BY doc_key",
      "SELECT event_id, day, date, source, target, source_level, target_level, code, root, quad_class, mood, "
      "in_lead, url, rule, num_mentions, num_sources, num_articles FROM events ORDER BY event_id",
      "SELECT mention_id, event_id, doc_key, ordinal, sentence, date, source_name, code, mood, rule, source_text, "
      "target_text, sentence_text, sentence_begin, sentence_end, source_begin, source_end, verb_begin, verb_end, "
      "target_begin, target_end FROM mentions ORDER BY mention_id",
      "SELECT level, period_kind, source, target, period, events, quad1, quad2, quad3, quad4, mentions, "
      "coop_mentions, first_day, last_day FROM dyad_stats ORDER BY level, period_kind, source, target, period",
      "SELECT band_key, doc_key FROM document_bands ORDER BY band_key, doc_key"};
  for (const char* sql : tables) {
    const std::string rows = QueryRows(sqlite_, sql);
    EXPECT_GT(rows.size(), 100u) << sql << ": " << rows;
    EXPECT_TRUE(rows == QueryRows(postgres_, sql)) << sql;
  }
  // The input's copies were linked: the 40 exact copies, and near-duplicates besides.
  EXPECT_EQ(QueryInt(postgres_, "SELECT COUNT(*) FROM documents d WHERE EXISTS (SELECT 1 FROM documents o "
                                "WHERE o.content_hash = d.content_hash AND o.doc_key < d.doc_key)"),
            40);
  EXPECT_GT(QueryInt(postgres_, "SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL"), 80);
}

TEST_F(StoreBackendsTest, QueriesAnswerTheSame) {
  ExpectSameOutput("query top --limit 0 --format json");
  ExpectSameOutput("query top --full --conflict --limit 10 --format csv");
  ExpectSameOutput("query top --cooperation --international --from 2019-06 --to 2020-03-15 --format json");
  ExpectSameOutput("query dyad USA IRN --by week --format csv");
  ExpectSameOutput("query dyad USA USA --from 2019-03 --to 2020-06-10 --by day --format json");
  ExpectSameOutput("query dyad USA USA --by year");
  ExpectSameOutput("query actor USA --format json");
  ExpectSameOutput("query actor USAGOV --from 2019-02 --to 2020-11 --format json");
  ExpectSameOutput("query events --limit 0 --format json");
  ExpectSameOutput("query events --source USA --explain --limit 15 --format json");
  ExpectSameOutput("export --format csv");
}

}  // namespace
}  // namespace dyadwatch::testing
