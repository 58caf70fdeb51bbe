// A peer's validation suite read into plain records: PETRARCH2's PETR.UnitTest.records.xml
// (petrarch2_suite.h) or TABARI's Validate.project/.text (tabari_suite.h). The runner
// (runner.h) codes each record's raw text and compares the events with the expected ones.
#ifndef DYADWATCH_VALIDATE_SUITE_H_
#define DYADWATCH_VALIDATE_SUITE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dyadwatch::validate {

// One (source, target, code) as the suite writes it ("ARN", "GONGOV", "064"). The suites also
// expect codes dyadwatch cannot produce (PETRARCH2's new-actor phrases '"INJURY TOLL"', TABARI's
// country-less agents "~MOS", default actors "DEFSRC"); they are kept as written and fail.
struct Triple {
  std::string source;
  std::string target;
  std::string code;
  bool operator<(const Triple& o) const {
    if (source != o.source) return source < o.source;
    if (target != o.target) return target < o.target;
    return code < o.code;
  }
  bool operator==(const Triple& o) const {
    return source == o.source && target == o.target && code == o.code;
  }
};

// What a record expects. Every kind but kEvents expects no events at all: a record passes only
// when dyadwatch codes nothing from it.
enum class Expectation : uint8_t {
  kEvents,     // PETRARCH2 <EventCoding sourcecode=...>, TABARI {SRC / TGT / CODE}
  kNoEvents,   // PETRARCH2 noevents="True", TABARI {---} or no active {...} at all
  kError,      // PETRARCH2 error="..." (dateline, bad_input_parse, story/sentence discard)
  kDiscard,    // TABARI {###}: a discard code stops the record
  kComplex,    // TABARI {+++}: the record is too complex to code (TABARI's COMPLEX filter)
};
const char* ExpectationName(Expectation e);

struct SuiteRecord {
  std::string id;
  std::string category;   // PETRARCH2's category attribute; TABARI: the id before the first '-'
  std::string date;       // YYYY-MM-DD
  std::string text;       // raw text, lines joined by blanks (parse trees are ignored)
  Expectation expectation = Expectation::kEvents;
  std::string expectation_detail;  // PETRARCH2's error name; TABARI's marker as written
  std::vector<Triple> expected;    // only for kEvents
  // The suite options in effect for this record, "name=value" in the suite's spelling
  // (PETRARCH2 <Config>: "require_dyad=false"; TABARI OPTION lines: "COMMA: OFF").
  std::vector<std::string> options;
  uint32_t line = 0;      // where the record starts in the suite file
  // Why the peer itself would refuse the record's input, "" if it would not (PETRARCH2: a
  // <Parse> whose brackets do not balance is its bad_input_parse error). Such a record is not
  // coded.
  std::string input_error;
};

struct Suite {
  std::string kind;        // "petrarch2" or "tabari"
  std::string path;        // the suite file
  std::string dict_path;   // what to give CoderOptions::dict_path
  std::vector<SuiteRecord> records;   // the active records, in file order
  std::vector<std::string> inactive;  // ids of records the suite itself does not run
  std::vector<std::string> warnings;  // `file:line: what` for anything skipped while reading
};

// Whether the record requires both a source and a target (PETRARCH2's require_dyad, default
// true; TABARI codes only dyads).
bool RequiresDyad(const SuiteRecord& record);

}  // namespace dyadwatch::validate

#endif  // DYADWATCH_VALIDATE_SUITE_H_
