// The CAMEO -> PLOVER crosswalk (data/cameo/CAMEO2PLOVER-2021.txt, PLOVER manual draft 0.8):
// lines "0311: AGREE,  ,   economic # comment" give event type, mode and context per CAMEO code.
#ifndef DYADWATCH_QUERY_PLOVER_H_
#define DYADWATCH_QUERY_PLOVER_H_

#include <map>
#include <string>

#include "dyadwatch/status.h"

namespace dyadwatch::query {

struct PloverCode {
  std::string event;    // AGREE, CONSULT, ... ASSAULT
  std::string mode;     // "" when none
  std::string context;  // "" when none; several are joined with ';' as in the table
};

class PloverCrosswalk {
 public:
  static Result<PloverCrosswalk> Load(const std::string& path);
  static PloverCrosswalk FromText(const std::string& text);

  // The entry of `code`, else of its 3-digit base, else of its root; nullptr when CAMEO's code
  // has no PLOVER counterpart (the table leaves out roots 01 and 02: statements and appeals).
  const PloverCode* Find(const std::string& code) const;
  size_t size() const { return codes_.size(); }

 private:
  std::map<std::string, PloverCode> codes_;
};

}  // namespace dyadwatch::query

#endif  // DYADWATCH_QUERY_PLOVER_H_
