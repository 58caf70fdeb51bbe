// Eval scoring arithmetic: root normalisation, one-to-one matching with alternative roots,
// duplicates, documents missing from the input, and the gold-file reader.
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include "ingest/eval.h"

namespace dyadwatch::ingest {
namespace {

GoldDocument Gold(std::string id, std::vector<GoldEvent> events) {
  GoldDocument g;
  g.id = std::move(id);
  g.events = std::move(events);
  return g;
}

TEST(EvalTest, NormalizesRoots) {
  EXPECT_EQ(NormalizeRoot("1"), "01");
  EXPECT_EQ(NormalizeRoot("12"), "12");
  EXPECT_EQ(NormalizeRoot("0231"), "02");
  EXPECT_EQ(NormalizeRoot("120"), "12");
  EXPECT_EQ(NormalizeRoot(""), "");
  EXPECT_EQ(NormalizeRoot("x"), "");
  Event e;
  e.source_country = "jpn";
  e.target_country = "USA";
  e.code = "1231";
  EXPECT_EQ(EventDyadRoot(e), (DyadRoot{"JPN", "USA", "12"}));
}

TEST(EvalTest, MatchesOneToOneWithAlternativeRoots) {
  // Gold A accepts 12 or 13, gold B only 12. Predicted 12 and 13: the best matching gives B the
  // 12 and A the 13 (a greedy pass taking 12 for A would lose one).
  GoldDocument gold = Gold("d", {{"JPN", "USA", {"12", "13"}}, {"JPN", "USA", {"12"}}});
  DocumentScore s = ScoreDocument(gold, {{"JPN", "USA", "12"}, {"JPN", "USA", "13"}});
  EXPECT_EQ(s.gold, 2u);
  EXPECT_EQ(s.predicted, 2u);
  EXPECT_EQ(s.matched, 2u);
  EXPECT_TRUE(s.missed.empty());
  EXPECT_TRUE(s.spurious.empty());
}

TEST(EvalTest, DuplicatePredictionsCountOnceAndMismatchesAreListed) {
  GoldDocument gold = Gold("d", {{"JPN", "USA", {"12"}}, {"CHN", "TWN", {"19"}}});
  DocumentScore s = ScoreDocument(
      gold, {{"JPN", "USA", "12"}, {"JPN", "USA", "12"}, {"USA", "JPN", "12"}});
  EXPECT_EQ(s.predicted, 2u);  // the duplicate is one document-level event
  EXPECT_EQ(s.matched, 1u);
  EXPECT_EQ(s.missed, (std::vector<std::string>{"CHN->TWN 19"}));
  EXPECT_EQ(s.spurious, (std::vector<std::string>{"USA->JPN 12"}));
}

TEST(EvalTest, TotalsPrecisionRecallAndF1) {
  std::vector<GoldDocument> gold = {
      Gold("a", {{"JPN", "USA", {"12"}}, {"CHN", "TWN", {"19"}}}),
      Gold("b", {{"RUS", "UKR", {"19"}}}),
      Gold("c", {{"FRA", "DEU", {"04"}}}),  // not in the predictions at all
      Gold("e", {}),
  };
  std::map<std::string, std::vector<DyadRoot>> predicted = {
      {"a", {{"JPN", "USA", "12"}, {"USA", "JPN", "12"}}},
      {"b", {{"RUS", "UKR", "19"}}},
      {"e", {{"GBR", "IRL", "01"}}},
      {"zzz", {{"GBR", "IRL", "01"}}},  // not a gold document: ignored
  };
  EvalScore score = ScoreAll(gold, predicted);
  EXPECT_EQ(score.documents, 4u);
  EXPECT_EQ(score.not_found, 1u);
  EXPECT_EQ(score.gold, 4u);
  EXPECT_EQ(score.predicted, 4u);
  EXPECT_EQ(score.matched, 2u);
  EXPECT_DOUBLE_EQ(score.precision(), 0.5);
  EXPECT_DOUBLE_EQ(score.recall(), 0.5);
  EXPECT_DOUBLE_EQ(score.f1(), 0.5);
  EXPECT_FALSE(score.per_document[2].found);

  EvalScore empty = ScoreAll({}, {});
  EXPECT_EQ(empty.precision(), 0.0);
  EXPECT_EQ(empty.f1(), 0.0);
}

TEST(EvalTest, ReadsGoldFiles) {
  std::string dir = ::testing::TempDir() + "dyadwatch_eval_XXXXXX";
  ASSERT_NE(mkdtemp(dir.data()), nullptr);
  const std::string path = dir + "/gold.jsonl";
  std::ofstream(path) << "{\"id\": \"a\", \"text\": \"x\", \"events\": [{\"source\": \"jpn\", "
                         "\"target\": \"USA\", \"root\": [\"12\", 13]}, {\"source\": \"CHN\", "
                         "\"target\": \"TWN\", \"root\": \"190\"}]}\n"
                         "\n"
                         "{\"text\": \"no id, no events\"}\n"
                         "{\"id\": \"bad\", \"events\": [{\"source\": \"X\", \"root\": {}}]}\n"
                         "{\"id\": \"dup\", \"events\": [{\"source\": \"A\", \"target\": \"B\", "
                         "\"root\": \"1\"}, {\"source\": \"A\", \"target\": \"B\", \"root\": [\"01\"]}]}\n";
  std::vector<std::string> problems;
  auto gold = ReadGoldFile(path, 1 << 20, &problems);
  std::remove(path.c_str());
  rmdir(dir.c_str());
  ASSERT_TRUE(gold.ok());
  ASSERT_EQ(gold.value().size(), 3u);
  const GoldDocument& a = gold.value()[0];
  EXPECT_EQ(a.id, "a");
  ASSERT_EQ(a.events.size(), 2u);
  EXPECT_EQ(a.events[0].source, "CHN");  // sorted
  EXPECT_EQ(a.events[0].roots, (std::vector<std::string>{"19"}));
  EXPECT_EQ(a.events[1].source, "JPN");
  EXPECT_EQ(a.events[1].roots, (std::vector<std::string>{"12", "13"}));
  EXPECT_EQ(gold.value()[1].id, path + ":3");
  EXPECT_TRUE(gold.value()[1].events.empty());
  EXPECT_EQ(gold.value()[2].events.size(), 1u);  // the same event twice is one
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].rfind(path + ":4: broken gold record", 0), 0u) << problems[0];

  EXPECT_FALSE(ReadGoldFile(dir + "/nope.jsonl", 1 << 20, &problems).ok());
}

}  // namespace
}  // namespace dyadwatch::ingest
