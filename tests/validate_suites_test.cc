// Ratchet on the peers' validation suites (issue P2): PETRARCH2's unit-test records and TABARI's
// validation suite, coded from raw text with their own dictionaries. Fails when the number of
// exactly right records drops below the last measured figure. Skips when ../shared is absent
// (the suites are reference data, and TABARI's files are GPL: never copied into the repo).
//
// RAISE THE FLOORS when the coder gets better (and update docs/ACCURACY.md, "Peer validation
// suites"): a floor below the current figure lets a regression through unnoticed.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "validate/petrarch2_suite.h"
#include "validate/runner.h"
#include "validate/tabari_suite.h"

namespace dyadwatch::validate {
namespace {

constexpr size_t kPetrarch2ExactFloor = 229;  // of 279 active records (measured 2026-11-23)
constexpr size_t kTabariExactFloor = 354;     // of 443 standard records (measured 2026-11-23)

const std::string kShared = DYADWATCH_TEST_SHARED_DIR;
const std::string kPetrarch2 = kShared + "/gold/petrarch2/PETR.UnitTest.records.xml";
const std::string kTabari = kShared + "/gold/tabari/Validate.project";

bool Exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec);
}

TEST(ValidateSuitesTest, Petrarch2ExactRecordsDoNotDrop) {
  if (!Exists(kPetrarch2)) GTEST_SKIP() << kPetrarch2 << " not present";
  Result<Suite> suite = ReadPetrarch2Suite(kPetrarch2);
  ASSERT_TRUE(suite.ok()) << suite.status().message();
  EXPECT_EQ(suite.value().records.size(), 279u);
  EXPECT_EQ(suite.value().inactive.size(), 5u);
  Result<SuiteReport> report = RunSuite(suite.value(), CoderOptions{});
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_GE(report.value().total.exact, kPetrarch2ExactFloor)
      << FormatReport(suite.value(), report.value());
}

TEST(ValidateSuitesTest, TabariExactRecordsDoNotDrop) {
  if (!Exists(kTabari)) GTEST_SKIP() << kTabari << " not present";
  Result<Suite> suite = ReadTabariSuite(kTabari);
  ASSERT_TRUE(suite.ok()) << suite.status().message();
  EXPECT_EQ(suite.value().records.size(), 443u);
  Result<SuiteReport> report = RunSuite(suite.value(), CoderOptions{});
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_GE(report.value().total.exact, kTabariExactFloor)
      << FormatReport(suite.value(), report.value());
}

// The CLI prints the totals line last and exits 0 when the suite ran.
TEST(ValidateSuitesTest, CommandEndsWithTheTotalsLine) {
  if (!Exists(kTabari)) GTEST_SKIP() << kTabari << " not present";
  std::string dir = ::testing::TempDir() + "dyadwatch_validate_XXXXXX";
  ASSERT_NE(mkdtemp(dir.data()), nullptr);
  const std::string out = dir + "/stdout";
  std::string command = std::string("'") + DYADWATCH_BINARY + "' validate --tabari '" + kTabari +
                        "' >'" + out + "' 2>/dev/null";
  int raw = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(raw));
  EXPECT_EQ(WEXITSTATUS(raw), 0);
  std::stringstream text;
  text << std::ifstream(out).rdbuf();
  std::system(("rm -rf '" + dir + "'").c_str());
  std::string s = text.str();
  ASSERT_FALSE(s.empty());
  size_t last = s.rfind('\n', s.size() - 2);
  std::string last_line = s.substr(last == std::string::npos ? 0 : last + 1);
  EXPECT_TRUE(last_line.starts_with("records: ")) << last_line;
  EXPECT_NE(last_line.find("/443 exact; events: P="), std::string::npos) << last_line;
  EXPECT_NE(s.find("FAIL "), std::string::npos);
  // A missing suite is a start-up failure (exit 2), not a report.
  int missing = std::system((std::string("'") + DYADWATCH_BINARY +
                             "' validate --tabari /nonexistent.project 2>/dev/null >/dev/null")
                                .c_str());
  EXPECT_EQ(WEXITSTATUS(missing), 2);
}

}  // namespace
}  // namespace dyadwatch::validate
