// `dyadwatch eval`: document-level precision/recall/F1 of coded events against gold annotations,
// compared on (source country, target country, CAMEO root).
//
// Gold file: JSON Lines, one document per line: the usual document fields plus
//   "events": [{"source": "JPN", "target": "USA", "root": ["12"]}, ...]
// where "root" is a string or number, or a list of acceptable roots. A line without "events" is a
// document with no gold event (it still counts against spurious predictions).
#ifndef DYADWATCH_INGEST_EVAL_H_
#define DYADWATCH_INGEST_EVAL_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyadwatch/event.h"
#include "dyadwatch/status.h"

namespace dyadwatch::ingest {

struct DyadRoot {
  std::string source;  // country codes, upper-case
  std::string target;
  std::string root;    // 2 digits
  bool operator==(const DyadRoot&) const = default;
  auto operator<=>(const DyadRoot&) const = default;
};

struct GoldEvent {
  std::string source;
  std::string target;
  std::vector<std::string> roots;  // any of these is a match
};

struct GoldDocument {
  std::string id;      // as the record reader would name it ("<file>:<line>" when absent)
  std::string origin;  // "<file>:<line>"
  std::vector<GoldEvent> events;
};

// "1" -> "01", "12" -> "12", "0231" -> "02", "120" -> "12"; "" when `code` has no leading digits.
std::string NormalizeRoot(std::string_view code);

// The comparison key of a coded event (root taken from `code` when `root` is empty).
DyadRoot EventDyadRoot(const Event& event);

// Reads a gold file ("-" = stdin; gzip/zstd accepted). Lines that cannot be used are described in
// *problems ("file:line: reason") and skipped; fails only when the file cannot be opened.
Result<std::vector<GoldDocument>> ReadGoldFile(const std::string& path, size_t max_record_bytes,
                                               std::vector<std::string>* problems);

struct DocumentScore {
  std::string id;
  bool found = true;  // the document was among the coded (or --events) documents
  size_t gold = 0;
  size_t predicted = 0;  // distinct (source, target, root) triples coded for the document
  size_t matched = 0;    // one-to-one matches between gold events and predicted triples
  std::vector<std::string> missed;    // gold events not matched, "JPN->USA 12|13"
  std::vector<std::string> spurious;  // predicted triples not matched, "CHN->USA 04"
};

struct EvalScore {
  size_t documents = 0;
  size_t not_found = 0;
  size_t gold = 0;
  size_t predicted = 0;
  size_t matched = 0;
  std::vector<DocumentScore> per_document;  // in gold order

  double precision() const { return predicted ? double(matched) / double(predicted) : 0.0; }
  double recall() const { return gold ? double(matched) / double(gold) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

// Scores one document: predicted triples are deduplicated, then matched one-to-one to gold events
// with a maximum bipartite matching (so alternative roots cannot steal each other's match).
DocumentScore ScoreDocument(const GoldDocument& gold, std::vector<DyadRoot> predicted);

// Scores every gold document; those absent from `predictions` (keyed by document id) are
// not found: all their gold events are missed.
EvalScore ScoreAll(const std::vector<GoldDocument>& gold,
                   const std::map<std::string, std::vector<DyadRoot>>& predictions);

}  // namespace dyadwatch::ingest

#endif  // DYADWATCH_INGEST_EVAL_H_
