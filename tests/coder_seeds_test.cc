// The acceptance events on the three seed articles, coded by the production dictionaries
// and the grammar (skipped when ../shared is not beside the repository).
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include <simdjson.h>

#include "dyadwatch/coder.h"

namespace dyadwatch {
namespace {

std::vector<Document> ReadSeeds() {
  std::vector<Document> docs;
  std::ifstream in(std::string(DYADWATCH_TEST_SHARED_DIR) + "/seeds/seeds.jsonl");
  std::string line;
  simdjson::dom::parser parser;
  while (std::getline(in, line)) {
    simdjson::dom::element e;
    if (parser.parse(line).get(e)) continue;
    Document d;
    d.id = std::string(e["id"].get_string().value());
    d.date = std::string(e["date"].get_string().value());
    d.text = std::string(e["text"].get_string().value());
    docs.push_back(std::move(d));
  }
  return docs;
}

bool Has(const std::vector<Event>& events, const std::string& doc, const std::string& src,
         const std::string& tgt, std::vector<std::string> roots) {
  for (const Event& e : events) {
    if (e.doc_id != doc || e.source_country != src || e.target_country != tgt) continue;
    for (const auto& r : roots) {
      if (e.root == r) return true;
    }
  }
  return false;
}

TEST(CoderSeedsTest, AcceptanceEvents) {
  std::vector<Document> docs = ReadSeeds();
  if (docs.empty()) GTEST_SKIP() << "../shared/seeds not present";
  ASSERT_EQ(docs.size(), 3u);
  auto coder = Coder::Open(CoderOptions{});
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  std::vector<Event> all;
  std::string dump;
  for (const Document& d : docs) {
    for (Event& e : coder.value()->Code(d).events) {
      dump += e.doc_id + " " + e.source + " " + e.code + " " + e.target + " " + e.mood + "\n";
      all.push_back(std::move(e));
    }
  }
  EXPECT_TRUE(Has(all, "seed-000", "JPN", "USA", {"12"})) << dump;
  EXPECT_TRUE(Has(all, "seed-000", "USA", "CHN", {"16", "17"})) << dump;
  EXPECT_TRUE(Has(all, "seed-001", "CHN", "USA", {"04"})) << dump;
  EXPECT_TRUE(Has(all, "seed-001", "CHN", "JPN", {"16"})) << dump;
  EXPECT_TRUE(Has(all, "seed-002", "RUS", "JPN", {"11", "12"})) << dump;
  // Precision guard: no seed sentence explodes, and nothing is coded against itself.
  for (const Event& e : all) EXPECT_NE(e.source, e.target) << dump;
  EXPECT_LE(all.size(), 30u) << dump;
}

}  // namespace
}  // namespace dyadwatch
