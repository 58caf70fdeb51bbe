// Stored events in the formats users already read:
//  - GDELT 2.0 event table: 61 tab-separated columns, no header (as GDELT ships it), codes as
//    zero-padded strings. dyadwatch has no geocoder and no tone: geo columns are empty (type 0)
//    and AvgTone is empty. IsRootEvent = the first report is in the document's first three
//    sentences. Actor codes are split into country, known group and up to three role types.
//  - Phoenix TSV (the Phoenix real-time data set's 26 columns, with a header).
//  - PLOVER JSON Lines via the CAMEO -> PLOVER crosswalk (events of roots 01-02 have no PLOVER
//    type and are left out).
//  - CSV of the stored events (header, RFC 4180).
#ifndef DYADWATCH_QUERY_EXPORT_FORMATS_H_
#define DYADWATCH_QUERY_EXPORT_FORMATS_H_

#include <string>

#include "query/plover.h"
#include "store/store.h"

namespace dyadwatch::query {

inline constexpr int kGdeltEventColumns = 61;
extern const char* const kGdeltEventColumnNames[kGdeltEventColumns];

void AppendGdeltEvent(const store::StoredEvent& event, std::string* out);

extern const char kPhoenixHeader[];
void AppendPhoenixEvent(const store::StoredEvent& event, std::string* out);

// False (nothing appended) when the event's code has no PLOVER type.
bool AppendPloverEvent(const store::StoredEvent& event, const PloverCrosswalk& crosswalk, std::string* out);

extern const char kEventCsvHeader[];
void AppendEventCsv(const store::StoredEvent& event, std::string* out);

// An actor code split the way GDELT splits it.
struct ActorParts {
  std::string country, known_group, types[3];
};
ActorParts SplitActorCode(const std::string& code, const std::string& country);

}  // namespace dyadwatch::query

#endif  // DYADWATCH_QUERY_EXPORT_FORMATS_H_
