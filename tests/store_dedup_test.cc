// Counting events, not reports: a corpus in which every article appears three times (itself, an
// exact copy on another site, a lightly reworded copy on a third) stores as many events as the
// articles alone, with three times the mentions, articles and sources; on each backend.
#include <algorithm>
#include <regex>

#include "store_test_util.h"

namespace dyadwatch::testing {
namespace {

// Light rewording: a few common words swapped for synonyms, and a closing line added. The words
// are ones the CAMEO verb dictionary does not code, so the events stay the same.
std::string Reword(const std::string& text) {
  static const std::pair<const char*, const char*> kSwaps[] = {
      {"about", "around"},       {"many", "numerous"},      {"However", "Still"},
      {"also", "additionally"},  {"large", "big"},          {"several", "a number of"},
      {"approximately", "roughly"}, {"earlier", "previously"}, {"very", "highly"}};
  std::string out = text;
  for (const auto& [from, to] : kSwaps) {
    out = std::regex_replace(out, std::regex(std::string("\\b") + from + "\\b"), to);
  }
  return out + "\n\nThis report was republished with minor edits.";
}

class StoreDedupTest : public BackendTest {
 protected:
  struct Totals {
    int64_t events, mentions, articles, sources, linked;
  };
  Totals Ingest(const std::string& name, const std::vector<Document>& docs) {
    const std::string input = Path(name + ".jsonl"), db = NewStore(name);
    WriteJsonl(input, docs);
    CliRun run = Dyadwatch("ingest -q --db '" + db + "' '" + input + "'");
    EXPECT_EQ(run.status, 0) << run.err;
    return {QueryInt(db, "SELECT COUNT(*) FROM events"), QueryInt(db, "SELECT SUM(num_mentions) FROM events"),
            QueryInt(db, "SELECT SUM(num_articles) FROM events"), QueryInt(db, "SELECT SUM(num_sources) FROM events"),
            QueryInt(db, "SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL")};
  }
};
DYADWATCH_BOTH_BACKENDS(StoreDedupTest);

TEST_P(StoreDedupTest, ThreeCopiesOfEveryArticleCountTheEventsOnce) {
  const std::vector<Document> originals = ReadSample();
  ASSERT_EQ(originals.size(), 295u);
  std::vector<Document> tripled = originals;
  // A text of a few words (one sample article is just its date line) is not a near-duplicate of
  // itself plus a closing sentence: only longer articles are expected to be linked.
  int64_t comparable = 0;
  for (const Document& d : originals) {
    comparable += std::count(d.text.begin(), d.text.end(), ' ') >= 20;
    Document reworded = d;
    reworded.id += "-rw";
    reworded.source = "Rewrite Daily";
    reworded.url = "https://rewrite.example/" + d.id;
    reworded.text = Reword(d.text);
    tripled.push_back(std::move(reworded));
  }
  for (const Document& d : originals) {
    Document copy = d;
    copy.id += "-copy";
    copy.source = "Mirror News";
    copy.url = "https://mirror.example/" + d.id;
    tripled.push_back(std::move(copy));
  }
  const Totals once = Ingest("once", originals);
  const Totals thrice = Ingest("thrice", tripled);
  ASSERT_GT(once.events, 100);
  EXPECT_EQ(once.linked, 0);
  EXPECT_EQ(thrice.linked, 295 + comparable);  // exact copies, and rewordings of longer texts
  EXPECT_GE(comparable, 290);
  EXPECT_EQ(thrice.events, once.events);
  EXPECT_EQ(thrice.mentions, 3 * once.mentions);
  EXPECT_EQ(thrice.articles, 3 * once.articles);
  EXPECT_EQ(thrice.sources, 3 * once.sources);
  std::printf("once: %lld events, %lld mentions; thrice: %lld events, %lld mentions, %lld linked documents\n",
              static_cast<long long>(once.events), static_cast<long long>(once.mentions),
              static_cast<long long>(thrice.events), static_cast<long long>(thrice.mentions),
              static_cast<long long>(thrice.linked));
}

}  // namespace
}  // namespace dyadwatch::testing
