// The evidence sentence of a mention with the actors and the verb marked:
//   "[[Japan]] {{rejects}} <<U.S.>> request ..."  ([[source]], {{verb}}, <<target>>).
#ifndef DYADWATCH_QUERY_EVIDENCE_H_
#define DYADWATCH_QUERY_EVIDENCE_H_

#include <string>

#include "store/store.h"

namespace dyadwatch::query {

// Spans are document offsets; those outside the sentence (or absent) are not marked.
std::string MarkEvidence(const store::Mention& mention);

}  // namespace dyadwatch::query

#endif  // DYADWATCH_QUERY_EVIDENCE_H_
