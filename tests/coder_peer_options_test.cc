// Peer-semantics CoderOptions (set only by `dyadwatch validate`), with the bundled production
// dictionaries: what each one changes against the default.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyadwatch/coder.h"

namespace dyadwatch {
namespace {

std::vector<Event> CodeWith(const CoderOptions& options, const std::string& text) {
  auto coder = Coder::Open(options);
  EXPECT_TRUE(coder.ok()) << coder.status().message();
  if (!coder.ok()) return {};
  Document doc;
  doc.id = "t";
  doc.date = "2020-08-20";
  doc.text = text;
  return coder.value()->Code(doc).events;
}

std::string Dump(const std::vector<Event>& events) {
  std::string s;
  for (const Event& e : events) s += e.source + " " + e.code + " " + e.target + "\n";
  return s.empty() ? "(no events)\n" : s;
}

// PETRARCH2 codes an agent word anywhere in its noun phrase: with null_actors, "the official
// news agency KCNA" is the country-less government actor even though "official" does not head
// the phrase. By default such a phrase is no actor.
TEST(CoderPeerOptionsTest, NullActorsTakeAnAgentThatDoesNotHeadItsPhrase) {
  const std::string text = "The official news agency KCNA criticized Japan on Monday.";
  CoderOptions options;
  for (const Event& e : CodeWith(options, text)) EXPECT_NE(e.source.substr(0, 3), "---");
  options.null_actors = true;
  std::vector<Event> events = CodeWith(options, text);
  bool found = false;
  for (const Event& e : events) found |= e.source.rfind("---GOV", 0) == 0 && e.target == "JPN";
  EXPECT_TRUE(found) << Dump(events);
}

}  // namespace
}  // namespace dyadwatch
