// `dyadwatch code` end to end through the built binary: order independent of --threads, TSV
// header, --strict, stdin, bad-input reports with the good records still coded, exit statuses.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

struct CliRun {
  int status = -1;
  std::string out;
  std::string err;
};

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class CliCodeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = ::testing::TempDir() + "dyadwatch_cli_XXXXXX";
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { std::system(("rm -rf '" + dir_ + "'").c_str()); }

  // Runs `dyadwatch ARGS` through the shell (ARGS may hold redirections).
  CliRun Dyadwatch(const std::string& args) {
    const std::string out = dir_ + "/stdout", err = dir_ + "/stderr";
    std::string command = std::string("'") + DYADWATCH_BINARY + "' " + args + " >'" + out +
                          "' 2>'" + err + "'";
    CliRun run;
    int raw = std::system(command.c_str());
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    run.out = Slurp(out);
    run.err = Slurp(err);
    return run;
  }

  std::string Write(const std::string& name, const std::string& content) {
    std::string path = dir_ + "/" + name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  std::string dir_;
};

const std::string kSample = std::string(DYADWATCH_SOURCE_DATA_DIR) + "/sample/wikinews-2019-2020.jsonl";

std::string Record(const std::string& id, const std::string& text) {
  return "{\"id\": \"" + id + "\", \"date\": \"2020-03-01\", \"text\": \"" + text + "\"}\n";
}

const std::string kGood1 = Record("a", "Japan's foreign minister met his Chinese counterpart in Beijing on Monday.");
const std::string kGood2 = Record("b", "Russian troops shelled the Ukrainian city of Kharkiv.");

TEST_F(CliCodeTest, VersionAndHelp) {
  CliRun v = Dyadwatch("version");
  EXPECT_EQ(v.status, 0);
  EXPECT_EQ(v.out.rfind("dyadwatch ", 0), 0u) << v.out;
  CliRun help = Dyadwatch("code --help");
  EXPECT_EQ(help.status, 0);
  for (const char* option : {"--format", "--dict", "--threads", "--strict", "--date",
                             "--max-record-bytes", "--explain", "--summary", "--output"}) {
    EXPECT_NE(help.out.find(option), std::string::npos) << option;
  }
}

TEST_F(CliCodeTest, OutputIsIdenticalForOneAndTwoThreads) {
  if (access(kSample.c_str(), R_OK) != 0) GTEST_SKIP() << "no bundled sample";
  CliRun one = Dyadwatch("code --threads 1 '" + kSample + "'");
  CliRun two = Dyadwatch("code --threads 2 '" + kSample + "'");
  ASSERT_EQ(one.status, 0) << one.err;
  ASSERT_EQ(two.status, 0) << two.err;
  EXPECT_EQ(one.out, two.out);
  EXPECT_NE(one.err.find("documents: read 295, coded 295, rejected 0; sentences "), std::string::npos)
      << one.err;
  // Events carry their document ids in input order: doc ids never go back to an earlier one.
  std::istringstream lines(one.out);
  std::string line;
  while (std::getline(lines, line)) EXPECT_EQ(line.rfind("{\"doc_id\":\"wikinews-", 0), 0u) << line;
}

TEST_F(CliCodeTest, TsvHasTheHeaderLine) {
  CliRun run = Dyadwatch("code --format tsv '" + Write("in.jsonl", kGood1 + kGood2) + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out.substr(0, run.out.find('\n')),
            "doc_id\tsentence\tdate\tsource\ttarget\tcode\troot\tquad_class\tgoldstein\t"
            "source_country\ttarget_country\tmood\tsource_text\ttarget_text\trule");
  CliRun bad = Dyadwatch("code --format xml '" + dir_ + "/in.jsonl'");
  EXPECT_NE(bad.status, 0);
}

TEST_F(CliCodeTest, BadRecordsAreReportedAndTheRunContinues) {
  const std::string path =
      Write("mixed.jsonl", kGood1 + "{\"id\": \"x\"}\n" + "not json at all\n" + kGood2);
  CliRun run = Dyadwatch("code '" + path + "'");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find(path + ":2: missing \"text\" field\n"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find(path + ":3: not a JSON object"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("documents: read 4, coded 2, rejected 2;"), std::string::npos) << run.err;
}

TEST_F(CliCodeTest, StrictStopsAtTheFirstBadRecord) {
  const std::string path = Write("strict.jsonl", kGood1 + "{broken\n" + kGood2);
  CliRun run = Dyadwatch("code --strict '" + path + "'");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find(path + ":2: broken JSON"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("documents: read 2, coded 1, rejected 1;"), std::string::npos) << run.err;
}

TEST_F(CliCodeTest, ReadsStdinPlainAndCompressed) {
  const std::string path = Write("in.jsonl", kGood1 + kGood2);
  CliRun piped = Dyadwatch("code < '" + path + "'");
  EXPECT_EQ(piped.status, 0) << piped.err;
  EXPECT_NE(piped.err.find("documents: read 2, coded 2, rejected 0;"), std::string::npos) << piped.err;

  std::system(("gzip -c '" + path + "' > '" + dir_ + "/in.gz'").c_str());
  CliRun dash = Dyadwatch("code - < '" + dir_ + "/in.gz'");
  EXPECT_EQ(dash.status, 0) << dash.err;
  EXPECT_NE(dash.err.find("documents: read 2, coded 2, rejected 0;"), std::string::npos) << dash.err;
  EXPECT_EQ(dash.out, piped.out);
}

TEST_F(CliCodeTest, TruncatedGzipKeepsTheRecordsBefore) {
  std::string many;
  for (int i = 0; i < 3000; ++i) many += Record("d" + std::to_string(i), "Talks went on " + std::to_string(i * 7919) + ".");
  Write("many.jsonl", many);
  std::system(("gzip -c '" + dir_ + "/many.jsonl' > '" + dir_ + "/many.gz'").c_str());
  const std::string gz = Slurp(dir_ + "/many.gz");
  const std::string cut = Write("cut.jsonl.gz", gz.substr(0, gz.size() / 2));
  CliRun run = Dyadwatch("code '" + cut + "'");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find(": truncated gzip stream"), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find("documents: read 1, coded 0"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("rejected 1;"), std::string::npos) << run.err;
}

TEST_F(CliCodeTest, RecordSizeLimitAndTextFiles) {
  const std::string big = Record("big", std::string(3000, 'x'));
  const std::string path = Write("limit.jsonl", kGood1 + big + kGood2);
  CliRun run = Dyadwatch("code --max-record-bytes 1KiB '" + path + "'");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find(path + ":2: record of " + std::to_string(big.size() - 1) +
                         " bytes exceeds the 1 KiB limit"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("coded 2, rejected 1;"), std::string::npos) << run.err;

  const std::string txt = Write("story.txt", "Japan and China held talks in Tokyo.\n");
  CliRun dated = Dyadwatch("code --date 2020-05-06 '" + txt + "'");
  EXPECT_EQ(dated.status, 0) << dated.err;
  EXPECT_EQ(dated.err.find("have no date"), std::string::npos) << dated.err;
  EXPECT_NE(dated.err.find("documents: read 1, coded 1, rejected 0;"), std::string::npos) << dated.err;
  CliRun undated = Dyadwatch("code '" + txt + "'");
  EXPECT_NE(undated.err.find(txt + ": 1 of 1 documents have no date"), std::string::npos) << undated.err;
  CliRun bad_date = Dyadwatch("code --date 2020-13-45 '" + txt + "'");
  EXPECT_NE(bad_date.status, 0);
  EXPECT_NE(bad_date.err.find("not a date"), std::string::npos) << bad_date.err;
}

TEST_F(CliCodeTest, OutputFileAndExitStatusWhenNothingOpens) {
  const std::string events = dir_ + "/events.jsonl";
  CliRun run = Dyadwatch("code -o '" + events + "' '" + Write("in.jsonl", kGood1) + "'");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(access(events.c_str(), R_OK), 0);

  CliRun missing = Dyadwatch("code '" + dir_ + "/absent.jsonl'");
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find(dir_ + "/absent.jsonl: cannot open: No such file or directory"),
            std::string::npos) << missing.err;
  CliRun full = Dyadwatch("code -o /dev/full '" + dir_ + "/in.jsonl'");
  if (access("/dev/full", W_OK) == 0) {
    EXPECT_EQ(full.status, 1);
    EXPECT_NE(full.err.find("/dev/full: write error: No space left on device"), std::string::npos)
        << full.err;
  }
  CliRun partly = Dyadwatch("code '" + dir_ + "/absent.jsonl' '" + dir_ + "/in.jsonl'");
  EXPECT_EQ(partly.status, 0) << partly.err;
}

TEST_F(CliCodeTest, ExplainLinesArePrefixedByTheDocumentId) {
  CliRun run = Dyadwatch("code --explain '" + Write("in.jsonl", kGood1 + kGood2) + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  std::istringstream lines(run.err);
  std::string line;
  int a = 0, b = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("a: ", 0) == 0) ++a;
    if (line.rfind("b: ", 0) == 0) ++b;
  }
  EXPECT_GT(a, 0) << run.err;
  EXPECT_GT(b, 0) << run.err;
  CliRun quiet = Dyadwatch("code '" + dir_ + "/in.jsonl'");
  EXPECT_EQ(quiet.err.find("a: "), std::string::npos) << quiet.err;
}

TEST_F(CliCodeTest, SummaryIsPrintedBeforeTheFinalLine) {
  CliRun run = Dyadwatch("code --summary '" + Write("in.jsonl", kGood1 + kGood2) + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  const size_t relations = run.err.find("relations: ");
  const size_t last = run.err.find("documents: read 2");
  ASSERT_NE(relations, std::string::npos) << run.err;
  ASSERT_NE(last, std::string::npos) << run.err;
  EXPECT_LT(relations, last);
  EXPECT_EQ(run.err.back(), '\n');
  EXPECT_EQ(run.err.find('\n', last), run.err.size() - 1);  // the counts line is the last line
}

}  // namespace
