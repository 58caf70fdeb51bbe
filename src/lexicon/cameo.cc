#include "lexicon/cameo.h"

#include <cstdlib>

#include "lexicon/reader_util.h"

namespace dyadwatch::lexicon {

using internal::LineError;
using internal::Trim;

namespace {

bool IsCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code)
    if (c < '0' || c > '9') return false;
  return true;
}

// Reads "CODE<TAB>VALUE" rows after a header line into `rows`.
Status ReadTable(const std::string& path, std::vector<std::pair<std::string, std::string>>* rows,
                 std::vector<uint32_t>* lines) {
  Result<std::string> text = internal::ReadWholeFile(path);
  if (!text.ok()) return text.status();
  internal::LineReader reader(text.value());
  std::string_view line;
  bool header = true;
  while (reader.Next(&line)) {
    if (Trim(line).empty()) continue;
    if (header) {  // "CAMEOEVENTCODE<TAB>..."
      header = false;
      if (!line.starts_with("CAMEO"))
        return Status::Error(LineError(path, reader.line_number(), "expected a header line"));
      continue;
    }
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos)
      return Status::Error(LineError(path, reader.line_number(), "expected CODE<TAB>VALUE"));
    std::string_view code = Trim(line.substr(0, tab));
    if (!IsCode(code))
      return Status::Error(
          LineError(path, reader.line_number(), "invalid CAMEO code '" + std::string(code) + "'"));
    rows->emplace_back(std::string(code), std::string(Trim(line.substr(tab + 1))));
    lines->push_back(reader.line_number());
  }
  return Status::OK();
}

}  // namespace

int CameoTable::QuadClassOfRoot(int root) {
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return 0;
}

std::string CameoTable::RootOf(std::string_view code) {
  if (code.size() < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9')
    return "";
  return std::string(code.substr(0, 2));
}

Result<CameoTable> CameoTable::Load(const std::string& eventcodes_path,
                                    const std::string& goldstein_path) {
  CameoTable table;
  std::vector<std::pair<std::string, std::string>> rows;
  std::vector<uint32_t> lines;
  if (Status s = ReadTable(eventcodes_path, &rows, &lines); !s.ok()) return s;
  for (auto& [code, description] : rows) {
    EventCodeInfo info;
    info.code = code;
    info.description = description;
    info.root = RootOf(code);
    info.quad_class = QuadClassOfRoot(std::atoi(info.root.c_str()));
    table.by_code_[code] = std::move(info);
  }
  rows.clear();
  lines.clear();
  if (Status s = ReadTable(goldstein_path, &rows, &lines); !s.ok()) return s;
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& [code, value] = rows[i];
    char* end = nullptr;
    double goldstein = std::strtod(value.c_str(), &end);
    if (value.empty() || end == value.c_str() || *end != '\0' || goldstein < -10 || goldstein > 10)
      return Status::Error(LineError(goldstein_path, lines[i],
                                     "invalid Goldstein value '" + value + "' for " + code));
    auto found = table.by_code_.find(code);
    if (found == table.by_code_.end()) {
      // A Goldstein row for a code the event table lacks: keep it, without a description.
      EventCodeInfo info;
      info.code = code;
      info.root = RootOf(code);
      info.quad_class = QuadClassOfRoot(std::atoi(info.root.c_str()));
      found = table.by_code_.emplace(code, std::move(info)).first;
    }
    found->second.goldstein = goldstein;
    found->second.has_goldstein = true;
  }
  return table;
}

Result<CameoTable> CameoTable::LoadFromDataDir(const std::string& data_dir) {
  return Load(data_dir + "/cameo/CAMEO.eventcodes.txt",
              data_dir + "/cameo/CAMEO.goldsteinscale.txt");
}

bool CameoTable::AddUnlisted(std::string_view code) {
  if (code.empty() || by_code_.count(std::string(code))) return false;
  EventCodeInfo info;
  info.code = std::string(code);
  info.description = "not a CAMEO code";
  info.root = RootOf(code);
  info.quad_class = info.root.empty() ? 0 : QuadClassOfRoot(std::atoi(info.root.c_str()));
  by_code_.emplace(info.code, std::move(info));
  return true;
}

const EventCodeInfo* CameoTable::Find(std::string_view code) const {
  auto found = by_code_.find(std::string(code));
  return found == by_code_.end() ? nullptr : &found->second;
}

}  // namespace dyadwatch::lexicon
