// The relations network: actors as nodes, directed dyads as edges weighted by their events, with
// mentions, mean Goldstein and the cooperation/conflict split as edge attributes.
#ifndef DYADWATCH_QUERY_NETWORK_H_
#define DYADWATCH_QUERY_NETWORK_H_

#include <string>
#include <vector>

#include "store/store.h"

namespace dyadwatch::query {

std::string NetworkGraphml(const std::vector<store::DyadRow>& dyads);
std::string NetworkGexf(const std::vector<store::DyadRow>& dyads);

}  // namespace dyadwatch::query

#endif  // DYADWATCH_QUERY_NETWORK_H_
