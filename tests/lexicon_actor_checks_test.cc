// The actor check table (tests/data/lexicon/actor_checks.tsv) against the shipped dictionaries:
// (mention, date) -> code across 2000-2026 and every region, with term boundaries, people who
// held two offices, name variants and traps. Also checks the generated knowledge base is whole.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>

#include "lexicon/actor_check_table.h"
#include "lexicon/actor_lookup.h"
#include "lexicon/lexicon.h"

namespace dyadwatch::lexicon {
namespace {

const std::string kTable = std::string(DYADWATCH_TEST_DATA_DIR) + "/lexicon/actor_checks.tsv";

class ActorChecksTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    LexiconConfig config;
    config.data_dir = DYADWATCH_SOURCE_DATA_DIR;
    auto loaded = Lexicon::Load(config);
    if (loaded.ok()) lexicon_ = new std::shared_ptr<const Lexicon>(loaded.value());
  }
  static void TearDownTestSuite() {
    delete lexicon_;
    lexicon_ = nullptr;
  }
  void SetUp() override {
    if (!std::filesystem::exists(std::string(DYADWATCH_SOURCE_DATA_DIR) +
                                 "/dictionaries/kb/leaders.actors.txt"))
      GTEST_SKIP() << "bundled knowledge base not present";
    ASSERT_NE(lexicon_, nullptr) << "the bundled dictionaries did not load";
  }
  static std::shared_ptr<const Lexicon>* lexicon_;
};

std::shared_ptr<const Lexicon>* ActorChecksTest::lexicon_ = nullptr;

TEST_F(ActorChecksTest, EveryRowOfTheTablePasses) {
  auto rows = ReadActorCheckTable(kTable);
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  size_t failed = 0;
  for (const ActorCheck& row : rows.value()) {
    ActorLookup result = LookUpActor(**lexicon_, row.mention, row.date);
    if (CheckPasses(row, result.code)) continue;
    ++failed;
    ADD_FAILURE() << row.where << ": \"" << row.mention << "\" on " << row.date << ": expected "
                  << (row.expected.empty() ? "-" : row.expected) << ", got "
                  << (result.code.empty() ? "-" : result.code) << "\n"
                  << DescribeLookup(**lexicon_, result, row.date);
  }
  EXPECT_EQ(failed, 0u);
}

TEST_F(ActorChecksTest, TableCoversYearsRegionsAndTraps) {
  auto rows = ReadActorCheckTable(kTable);
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  EXPECT_GE(rows.value().size(), 400u);
  std::set<int> years;
  std::set<std::string> countries;
  size_t traps = 0;
  for (const ActorCheck& row : rows.value()) {
    years.insert(row.date / 10000);
    if (row.expected.empty()) ++traps;
    else countries.insert(row.expected.substr(0, 3));
  }
  for (int year = 2000; year <= 2026; ++year) {
    if (year == 2000 || year == 2026) EXPECT_TRUE(years.count(year)) << year;
  }
  EXPECT_GE(years.size(), 25u);        // nearly every year 2000-2026
  EXPECT_GE(countries.size(), 120u);   // every region
  EXPECT_GE(traps, 15u);
}

TEST_F(ActorChecksTest, KnowledgeBaseCoversEveryState) {
  // One entry per UN member state plus Taiwan, Kosovo, Palestine and Western Sahara.
  std::ifstream in(std::string(DYADWATCH_SOURCE_DATA_DIR) + "/dictionaries/kb/countries.actors.txt");
  ASSERT_TRUE(in.good());
  std::set<std::string> codes;
  std::string line;
  while (std::getline(in, line)) {
    size_t open = line.find("  [");
    if (line.empty() || line[0] == '#' || line[0] == '+' || open == std::string::npos) continue;
    codes.insert(line.substr(open + 3, 3));
  }
  EXPECT_GE(codes.size(), 197u);
  for (const char* code : {"USA", "CHN", "JPN", "TWN", "KSV", "PSE", "ESH", "SSD", "TLS", "VAT"})
    EXPECT_TRUE(codes.count(code)) << code;
}

TEST_F(ActorChecksTest, EveryLeaderEntryNamesItsSource) {
  std::ifstream in(std::string(DYADWATCH_SOURCE_DATA_DIR) + "/dictionaries/kb/leaders.actors.txt");
  ASSERT_TRUE(in.good());
  std::string line;
  size_t entries = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line[0] == '+' || line[0] == '\t') continue;
    ++entries;
    EXPECT_NE(line.find("  # "), std::string::npos) << "no provenance: " << line;
  }
  EXPECT_GE(entries, 1000u);
}

}  // namespace
}  // namespace dyadwatch::lexicon
