// Peer-semantics CoderOptions (set only by `dyadwatch validate`), with the bundled production
// dictionaries: what each one changes against the default.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyadwatch/coder.h"
#include "coder_test_util.h"

namespace dyadwatch {
namespace {

using testing_util::CodeWith;
using testing_util::Dump;

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
