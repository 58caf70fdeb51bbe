// CAMEO event-code tables: code -> description, Goldstein value, quad class and 2-digit root.
// Read from the GDELT lookup tables CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt (TSV with a
// header line).
#ifndef DYADWATCH_LEXICON_CAMEO_H_
#define DYADWATCH_LEXICON_CAMEO_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "dyadwatch/status.h"

namespace dyadwatch::lexicon {

struct EventCodeInfo {
  std::string code;         // "0231", with leading zeros as in the table
  std::string description;  // "Appeal for economic aid"
  double goldstein = 0.0;
  bool has_goldstein = false;  // false when the Goldstein table has no row for the code
  int quad_class = 0;       // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  std::string root;         // "02"
};

class CameoTable {
 public:
  // Both files are required; every malformed line is reported as `file:line: reason`.
  static Result<CameoTable> Load(const std::string& eventcodes_path,
                                 const std::string& goldstein_path);
  // Loads <data_dir>/cameo/CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt.
  static Result<CameoTable> LoadFromDataDir(const std::string& data_dir);

  // nullptr when the code is not in the table.
  const EventCodeInfo* Find(std::string_view code) const;
  // Adds a code a dictionary uses but CAMEO lacks (the peers' test dictionaries invent "903",
  // "174K"): root and quad class from its first two digits when it has them, Goldstein 0, the
  // description "not a CAMEO code". False (and no change) when the code is already present.
  bool AddUnlisted(std::string_view code);
  size_t size() const { return by_code_.size(); }

  // Quad class of a CAMEO root: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4; 0 otherwise.
  static int QuadClassOfRoot(int root);
  // "0231" -> "02", "190" -> "19"; "" when the code does not start with two digits.
  static std::string RootOf(std::string_view code);

 private:
  std::unordered_map<std::string, EventCodeInfo> by_code_;
};

}  // namespace dyadwatch::lexicon

#endif  // DYADWATCH_LEXICON_CAMEO_H_
