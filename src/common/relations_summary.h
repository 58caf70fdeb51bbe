// A quick relations overview of coded events: the busiest country dyads with their mean Goldstein
// score, and how many events fall under each CAMEO root. Printed by `dyadwatch code --summary`.
#ifndef DYADWATCH_COMMON_RELATIONS_SUMMARY_H_
#define DYADWATCH_COMMON_RELATIONS_SUMMARY_H_

#include <cstdint>
#include <map>
#include <string>
#include <utility>

#include "dyadwatch/event.h"

namespace dyadwatch {

class RelationsSummary {
 public:
  void Add(const Event& event);

  // A plain-text table: the `top` dyads by event count (ties by name), then every root seen.
  // `root_names` maps "14" to "PROTEST" and may be empty.
  std::string Format(size_t top, const std::map<std::string, std::string>& root_names) const;

  uint64_t events() const { return events_; }

 private:
  struct DyadStats {
    uint64_t events = 0;
    double goldstein_sum = 0;
  };
  std::map<std::pair<std::string, std::string>, DyadStats> dyads_;
  std::map<std::string, uint64_t> roots_;
  uint64_t events_ = 0;
  uint64_t without_dyad_ = 0;  // events lacking the country of the source or of the target
};

// Reads the names of the 2-digit CAMEO roots from a CAMEO.eventcodes.txt table ("14\tPROTEST").
// Returns an empty map when the file cannot be read (names are a nicety, not a requirement).
std::map<std::string, std::string> LoadCameoRootNames(const std::string& path);

}  // namespace dyadwatch

#endif  // DYADWATCH_COMMON_RELATIONS_SUMMARY_H_
