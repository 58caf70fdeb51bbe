#include "lexicon/actor_check_table.h"

#include "lexicon/dates.h"
#include "lexicon/reader_util.h"

namespace dyadwatch::lexicon {

Result<std::vector<ActorCheck>> ReadActorCheckTable(const std::string& path) {
  Result<std::string> text = internal::ReadWholeFile(path);
  if (!text.ok()) return text.status();
  std::vector<ActorCheck> rows;
  internal::LineReader lines(text.value());
  std::string_view line;
  while (lines.Next(&line)) {
    if (internal::Trim(line).empty() || internal::Trim(line)[0] == '#') continue;
    std::vector<std::string_view> fields;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    const std::string where = path + ":" + std::to_string(lines.line_number());
    if (fields.size() < 3)
      return Status::Error(where + ": expected mention<TAB>date<TAB>code");
    ActorCheck row;
    row.mention = std::string(internal::Trim(fields[0]));
    row.date = ParseIsoDate(internal::Trim(fields[1]));
    row.expected = std::string(internal::Trim(fields[2]));
    if (row.expected == "-") row.expected.clear();
    if (fields.size() > 3) row.note = std::string(internal::Trim(fields[3]));
    row.where = where;
    if (row.mention.empty() || row.date == 0)
      return Status::Error(where + ": empty mention or bad date '" + std::string(fields[1]) + "'");
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace dyadwatch::lexicon
