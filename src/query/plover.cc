#include "query/plover.h"

#include <fstream>
#include <sstream>

namespace dyadwatch::query {
namespace {

std::string Trim(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

}  // namespace

PloverCrosswalk PloverCrosswalk::FromText(const std::string& text) {
  PloverCrosswalk table;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    const size_t colon = line.find(':');
    if (line.empty() || line[0] < '0' || line[0] > '9' || colon == std::string::npos) continue;
    const std::string code = Trim(line.substr(0, colon));
    std::string rest = line.substr(colon + 1);
    rest = rest.substr(0, rest.find('#'));
    PloverCode entry;
    std::istringstream fields(rest);
    std::string field;
    std::string* slots[] = {&entry.event, &entry.mode, &entry.context};
    for (int i = 0; i < 3 && std::getline(fields, field, ','); ++i) *slots[i] = Trim(field);
    // A code listed twice (the table repeats 175) keeps its first entry.
    if (!entry.event.empty()) table.codes_.emplace(code, std::move(entry));
  }
  return table;
}

Result<PloverCrosswalk> PloverCrosswalk::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot read the CAMEO-PLOVER crosswalk");
  std::stringstream ss;
  ss << in.rdbuf();
  PloverCrosswalk table = FromText(ss.str());
  if (table.size() == 0) return Status::Error(path + ": no CAMEO-PLOVER entries");
  return table;
}

const PloverCode* PloverCrosswalk::Find(const std::string& code) const {
  for (size_t len = code.size(); len >= 2; --len) {
    if (len < code.size() && len != 3 && len != 2) continue;
    auto found = codes_.find(code.substr(0, len));
    if (found != codes_.end()) return &found->second;
  }
  return nullptr;
}

}  // namespace dyadwatch::query
