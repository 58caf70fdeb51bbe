// `dyadwatch export` on a store of the Wikinews sample: the GDELT table has GDELT's 61 columns with
// zero-padded codes; PLOVER lines are JSON with PLOVER types; the GraphML and GEXF networks load
// in networkx (python3-networkx) with the nodes and edges of the dyad table.
#include <simdjson.h>

#include <set>

#include "query/plover.h"
#include "store_test_util.h"

namespace dyadwatch::testing {
namespace {

class QueryExportTest : public TempDirTest {
 protected:
  static void SetUpTestSuite() {
    std::string pattern = ::testing::TempDir() + "dyadwatch_export_XXXXXX";
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
std::string QueryExportTest::shared_dir_, QueryExportTest::db_;

std::vector<std::string> Split(const std::string& line, char sep) {
  std::vector<std::string> fields;
  size_t start = 0;
  for (;;) {
    const size_t end = line.find(sep, start);
    fields.push_back(line.substr(start, end - start));
    if (end == std::string::npos) return fields;
    start = end + 1;
  }
}

TEST_F(QueryExportTest, GdeltTableHasGdeltsColumns) {
  CliRun run = Dyadwatch("export --format gdelt --db '" + db_ + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  const int64_t events = QueryInt(db_, "SELECT COUNT(*) FROM events");
  std::istringstream lines(run.out);
  std::string line;
  int64_t rows = 0;
  while (std::getline(lines, line)) {
    const std::vector<std::string> f = Split(line, '\t');
    ASSERT_EQ(f.size(), 61u) << line;
    EXPECT_GT(std::atoll(f[0].c_str()), 0);                         // GLOBALEVENTID
    EXPECT_EQ(f[1].size(), 8u) << line;                             // SQLDATE YYYYMMDD
    EXPECT_EQ(f[2], f[1].substr(0, 6));                             // MonthYear
    EXPECT_EQ(f[28].size(), 2u) << line;                            // EventRootCode "05"
    EXPECT_EQ(f[26].substr(0, 2), f[28]);                           // EventCode starts with it
    EXPECT_EQ(f[27], f[26].substr(0, 3));                           // EventBaseCode
    EXPECT_GE(std::atoi(f[29].c_str()), 1);                         // QuadClass
    EXPECT_GE(std::atoi(f[31].c_str()), 1);                         // NumMentions
    EXPECT_EQ(f[59].size(), 14u);                                   // DATEADDED
    EXPECT_EQ(f[60].rfind("https://", 0), 0u);                      // SOURCEURL
    ++rows;
  }
  EXPECT_EQ(rows, events);
  // The stored codes come out as strings with their leading zeros.
  EXPECT_NE(run.out.find("\t0"), std::string::npos);
  run = Dyadwatch("export --format gdelt --header --db '" + db_ + "'");
  EXPECT_EQ(run.out.rfind("GLOBALEVENTID\tSQLDATE\tMonthYear", 0), 0u);
}

TEST_F(QueryExportTest, PloverLinesAreJsonWithPloverTypes) {
  CliRun run = Dyadwatch("export --format plover --db '" + db_ + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  const std::set<std::string_view> kTypes = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE",
                                             "RETREAT", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "PROTEST",
                                             "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"};
  simdjson::dom::parser parser;
  std::istringstream lines(run.out);
  std::string line;
  int64_t rows = 0;
  while (std::getline(lines, line)) {
    simdjson::dom::element doc;
    ASSERT_EQ(parser.parse(line).get(doc), simdjson::SUCCESS) << line;
    std::string_view type, code;
    ASSERT_EQ(doc["event"].get_string().get(type), simdjson::SUCCESS);
    ASSERT_EQ(doc["cameo_code"].get_string().get(code), simdjson::SUCCESS);
    EXPECT_TRUE(kTypes.count(type)) << line;
    EXPECT_NE(code.substr(0, 2), "01");
    ++rows;
  }
  EXPECT_EQ(rows, QueryInt(db_, "SELECT COUNT(*) FROM events WHERE root NOT IN ('01', '02')"));
}

TEST(PloverCrosswalkTest, FallsBackToBaseAndRoot) {
  auto table = query::PloverCrosswalk::Load(std::string(DYADWATCH_SOURCE_DATA_DIR) + "/cameo/CAMEO2PLOVER-2021.txt");
  ASSERT_TRUE(table.ok()) << table.status().message();
  const query::PloverCode* c = table.value().Find("0311");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->event, "AGREE");
  EXPECT_EQ(c->context, "economic");
  ASSERT_NE(table.value().Find("1823"), nullptr);
  EXPECT_EQ(table.value().Find("1823")->event, "ASSAULT");
  EXPECT_EQ(table.value().Find("010"), nullptr);  // statements have no PLOVER type
}

// Nodes, edges and total weight of the network files, read by networkx.
std::string NetworkxSummary(const std::string& path, const char* reader) {
  const std::string out = path + ".summary";
  const std::string script = std::string("import networkx as nx; g = nx.") + reader + "('" + path +
                             "'); print(g.number_of_nodes(), g.number_of_edges(), "
                             "sum(int(d['events']) for _, _, d in g.edges(data=True)), g.is_directed())";
  const int status = std::system(("python3 -c \"" + script + "\" >'" + out + "' 2>&1").c_str());
  return (status == 0 ? "" : "failed: ") + Slurp(out);
}

TEST_F(QueryExportTest, NetworkLoadsInNetworkx) {
  const std::string nodes = QueryRows(db_,
                                      "SELECT COUNT(*) FROM (SELECT source FROM dyad_stats WHERE level=0 AND period_kind=4 "
                                      "UNION SELECT target FROM dyad_stats WHERE level=0 AND period_kind=4)");
  const std::string edges = QueryRows(db_, "SELECT COUNT(*), SUM(events) FROM dyad_stats WHERE level=0 AND period_kind=4");
  const std::string expected = nodes.substr(0, nodes.size() - 1) + " " + Split(edges, '\t')[0] + " " +
                               Split(edges.substr(0, edges.size() - 1), '\t')[1] + " True\n";
  ASSERT_EQ(Dyadwatch("export --format graphml -o '" + Path("net.graphml") + "' --db '" + db_ + "'").status, 0);
  EXPECT_EQ(NetworkxSummary(Path("net.graphml"), "read_graphml"), expected);
  ASSERT_EQ(Dyadwatch("export --format gexf -o '" + Path("net.gexf") + "' --db '" + db_ + "'").status, 0);
  EXPECT_EQ(NetworkxSummary(Path("net.gexf"), "read_gexf"), expected);
}

TEST_F(QueryExportTest, CsvAndPhoenixHaveOneRowPerEvent) {
  const int64_t events = QueryInt(db_, "SELECT COUNT(*) FROM events");
  CliRun csv = Dyadwatch("export --format csv --db '" + db_ + "'");
  ASSERT_EQ(csv.status, 0);
  EXPECT_EQ(csv.out.rfind("id,date,source,target", 0), 0u);
  CliRun phoenix = Dyadwatch("export --format phoenix --db '" + db_ + "'");
  ASSERT_EQ(phoenix.status, 0);
  std::istringstream lines(phoenix.out);
  std::string line;
  int64_t rows = -1;  // the header
  while (std::getline(lines, line)) {
    EXPECT_EQ(Split(line, '\t').size(), 26u) << line;
    ++rows;
  }
  EXPECT_EQ(rows, events);
}

}  // namespace
}  // namespace dyadwatch::testing
