#include "common/relations_summary.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <vector>

namespace dyadwatch {

void RelationsSummary::Add(const Event& event) {
  ++events_;
  ++roots_[event.root.empty() ? std::string("??") : event.root];
  if (event.source_country.empty() || event.target_country.empty()) {
    ++without_dyad_;
    return;
  }
  DyadStats& d = dyads_[{event.source_country, event.target_country}];
  ++d.events;
  d.goldstein_sum += event.goldstein;
}

std::string RelationsSummary::Format(size_t top,
                                     const std::map<std::string, std::string>& root_names) const {
  std::string out = fmt::format("relations: {} events, {} country dyads", events_, dyads_.size());
  if (without_dyad_ > 0) out += fmt::format(" ({} events lack a source or target country)", without_dyad_);
  out += '\n';
  if (events_ == 0) return out;

  std::vector<std::pair<std::pair<std::string, std::string>, DyadStats>> ranked(dyads_.begin(),
                                                                                 dyads_.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.second.events > b.second.events; });
  if (ranked.size() > top) ranked.resize(top);
  if (!ranked.empty()) {
    out += fmt::format("top {} dyads by events:\n", ranked.size());
    out += fmt::format("  {:<8} {:<8} {:>7} {:>15}\n", "source", "target", "events", "mean goldstein");
    for (const auto& [dyad, stats] : ranked) {
      out += fmt::format("  {:<8} {:<8} {:>7} {:>15.2f}\n", dyad.first, dyad.second, stats.events,
                         stats.goldstein_sum / static_cast<double>(stats.events));
    }
  }
  out += "events per CAMEO root:\n";
  for (const auto& [root, count] : roots_) {
    auto name = root_names.find(root);
    out += fmt::format("  {:<3} {:<36} {:>7}\n", root,
                       name == root_names.end() ? std::string() : name->second, count);
  }
  return out;
}

std::map<std::string, std::string> LoadCameoRootNames(const std::string& path) {
  std::map<std::string, std::string> names;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t tab = line.find('\t');
    if (tab != 2 || line[0] < '0' || line[0] > '9' || line[1] < '0' || line[1] > '9') continue;
    names[line.substr(0, 2)] = line.substr(3);
  }
  return names;
}

}  // namespace dyadwatch
