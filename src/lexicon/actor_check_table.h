// Check tables for actor resolution: one row per (mention, date) and the code expected.
//
//   # comment
//   mention<TAB>YYYY-MM-DD<TAB>expected<TAB>note (optional)
//
// `expected` is a full CAMEO actor code ("JPNGOV", "IGOUNO") or "-" for "no actor" (a trap such
// as "South China Sea"). Rows are checked with LookUpActor (actor_lookup.h).
#ifndef DYADWATCH_LEXICON_ACTOR_CHECK_TABLE_H_
#define DYADWATCH_LEXICON_ACTOR_CHECK_TABLE_H_

#include <string>
#include <vector>

#include "dyadwatch/status.h"

namespace dyadwatch::lexicon {

struct ActorCheck {
  std::string mention;
  int date = 0;            // yyyymmdd
  std::string expected;    // "" when the row expects no actor ("-" in the file)
  std::string note;
  std::string where;       // file:line
};

// Reads a table; a malformed row fails the read with `file:line: reason`.
Result<std::vector<ActorCheck>> ReadActorCheckTable(const std::string& path);

inline bool CheckPasses(const ActorCheck& row, const std::string& code) {
  return code == row.expected;
}

}  // namespace dyadwatch::lexicon

#endif  // DYADWATCH_LEXICON_ACTOR_CHECK_TABLE_H_
