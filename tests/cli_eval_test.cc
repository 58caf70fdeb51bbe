// `dyadwatch eval` end to end: the scoring arithmetic on precomputed events (--events), the
// per-document listing, and a run that codes the gold texts themselves.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace {

struct CliRun {
  int status = -1;
  std::string out;
  std::string err;
};

CliRun Dyadwatch(const std::string& args) {
  std::string dir = ::testing::TempDir() + "dyadwatch_cli_eval_XXXXXX";
  if (mkdtemp(dir.data()) == nullptr) return {};
  const std::string out = dir + "/stdout", err = dir + "/stderr";
  std::string command =
      std::string("'") + DYADWATCH_BINARY + "' " + args + " >'" + out + "' 2>'" + err + "'";
  CliRun run;
  int raw = std::system(command.c_str());
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  std::stringstream o, e;
  o << std::ifstream(out).rdbuf();
  e << std::ifstream(err).rdbuf();
  run.out = o.str();
  run.err = e.str();
  std::system(("rm -rf '" + dir + "'").c_str());
  return run;
}

const std::string kGold = std::string(DYADWATCH_TEST_DATA_DIR) + "/ingest/eval_gold.jsonl";
const std::string kEvents = std::string(DYADWATCH_TEST_DATA_DIR) + "/ingest/eval_events.jsonl";

TEST(CliEvalTest, ScoresPrecomputedEvents) {
  // eval_events.jsonl: g1 JPN->USA 12 twice (one document-level event, matches 11|12),
  // g2 CHN->TWN 19 (match) and USA->CHN 04 (spurious), g3 RUS->UKR 19 (spurious), and an
  // event of a non-gold document. Gold: 3 events. So P = 2/4, R = 2/3, F1 = 4/7.
  CliRun run = Dyadwatch("eval '" + kGold + "' --events '" + kEvents + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out,
            "documents: 3 gold\n"
            "events: gold 3, predicted 4, matched 2\n"
            "events: P=0.500 R=0.667 F1=0.571\n");
}

TEST(CliEvalTest, VerboseListsMissesPerDocument) {
  CliRun run = Dyadwatch("eval -v '" + kGold + "' --events '" + kEvents + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("g2: missed TWN->CHN 11\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("g2: spurious USA->CHN 04\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("g3: spurious RUS->UKR 19\n"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("g1:"), std::string::npos) << run.out;
}

TEST(CliEvalTest, CodesTheGoldTextsWhenNoEventsAreGiven) {
  CliRun run = Dyadwatch("eval '" + kGold + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("documents: 3 gold\n"), std::string::npos) << run.out;  // all found
  EXPECT_NE(run.out.find("events: gold 3, predicted "), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("events: P="), std::string::npos) << run.out;
}

TEST(CliEvalTest, FilesAreMatchedToGoldById) {
  // A FILE holding none of the gold ids leaves every gold
  // document not found, so recall is 0 whatever the coder does.
  std::string other = ::testing::TempDir() + "dyadwatch_eval_other.jsonl";
  std::ofstream(other) << "{\"id\": \"zz\", \"text\": \"Japan met China.\"}\n";
  CliRun run = Dyadwatch("eval '" + kGold + "' '" + other + "'");
  std::remove(other.c_str());
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("documents: 3 gold, 3 not found in the input\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("events: gold 3, predicted 0, matched 0\n"), std::string::npos) << run.out;
}

TEST(CliEvalTest, MissingGoldFileFails) {
  CliRun run = Dyadwatch("eval /nonexistent/gold.jsonl --events '" + kEvents + "'");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("/nonexistent/gold.jsonl: cannot open"), std::string::npos) << run.err;
}

}  // namespace
