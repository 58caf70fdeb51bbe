// Runs a suite: codes every record from its raw text through the public Coder API with the
// record's date and the suite's own dictionaries, and compares the events with the expected ones.
//
// Comparison, per record: the produced events are reduced to (source, target, code) triples --
// mood is ignored, so "is about to restore" (future) counts as the suite's 064 -- and the record
// is exact when the multiset of produced triples equals the expected one. A record that expects
// no events (PETRARCH2 noevents/error, TABARI {---}/{###}/{+++}) is exact when nothing is
// produced. When the record requires a dyad (RequiresDyad) one-sided events (empty source or
// target) are not counted as produced. Event precision and recall count matched triples (the
// multiset intersection) over produced and over expected triples.
#ifndef DYADWATCH_VALIDATE_RUNNER_H_
#define DYADWATCH_VALIDATE_RUNNER_H_

#include <map>
#include <string>
#include <vector>

#include "dyadwatch/coder.h"
#include "dyadwatch/status.h"
#include "validate/suite.h"

namespace dyadwatch::validate {

struct RecordResult {
  std::vector<Triple> produced;  // sorted
  bool exact = false;
  size_t matched = 0;            // triples both expected and produced (multiset intersection)
  std::vector<std::string> explain;  // the coder's reasons, with CoderOptions::explain
};

struct Tally {
  size_t records = 0;
  size_t exact = 0;
  size_t expected = 0;   // expected triples
  size_t produced = 0;   // produced triples
  size_t matched = 0;
  double precision() const { return produced ? double(matched) / produced : 0.0; }
  double recall() const { return expected ? double(matched) / expected : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct SuiteReport {
  std::vector<RecordResult> results;         // parallel to Suite::records
  std::map<std::string, Tally> by_category;
  Tally total;
};

// Scores produced triples (one list per record, parallel to suite.records) against the suite.
SuiteReport Score(const Suite& suite, const std::vector<std::vector<Triple>>& produced);

// Codes every record. `base` supplies data_dir and explain; dict_path, require_dyad (per record,
// RequiresDyad) and accept_dictionary_codes are set here (the suites' dictionaries invent codes
// such as "903").
Result<SuiteReport> RunSuite(const Suite& suite, const CoderOptions& base);

// The report of CONTRACT.md: one line per failing record (followed by the coder's reasons when
// they were collected), a per-category table, and last
// "records: PASSED/TOTAL exact; events: P=0.000 R=0.000 F1=0.000".
std::string FormatReport(const Suite& suite, const SuiteReport& report);

}  // namespace dyadwatch::validate

#endif  // DYADWATCH_VALIDATE_RUNNER_H_
