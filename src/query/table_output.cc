#include "query/table_output.h"

#include <algorithm>
#include <cstdio>

#include "common/json_escape.h"

namespace dyadwatch::query {
namespace {

// Display width of UTF-8 text: code points, which is right for the codes and Latin text shown.
size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

Cell Cell::Real(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  Cell c{std::string(buf)};
  c.number = true;
  return c;
}

Cell Cell::Raw(std::string json) {
  Cell c{std::move(json)};
  c.raw_json = true;
  return c;
}

bool ParseFormat(const std::string& name, Format* format) {
  if (name == "table") *format = Format::kTable;
  else if (name == "json") *format = Format::kJson;
  else if (name == "csv") *format = Format::kCsv;
  else return false;
  return true;
}

std::string CsvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Table::Render(Format format) const {
  std::string out;
  switch (format) {
    case Format::kJson: {
      out = "[";
      for (size_t r = 0; r < rows.size(); ++r) {
        out += r ? ",\n {" : "\n {";
        for (size_t c = 0; c < columns.size() && c < rows[r].size(); ++c) {
          if (c) out += ", ";
          AppendJsonString(columns[c], &out);
          out += ": ";
          const Cell& cell = rows[r][c];
          if (cell.number || cell.raw_json) out += cell.text;
          else AppendJsonString(cell.text, &out);
        }
        out += "}";
      }
      out += rows.empty() ? "]\n" : "\n]\n";
      return out;
    }
    case Format::kCsv: {
      for (size_t c = 0; c < columns.size(); ++c) out += (c ? "," : "") + CsvField(columns[c]);
      out += "\r\n";
      for (const auto& row : rows) {
        for (size_t c = 0; c < row.size(); ++c) out += (c ? "," : "") + CsvField(row[c].text);
        out += "\r\n";
      }
      return out;
    }
    case Format::kTable:
      break;
  }
  std::vector<size_t> widths(columns.size());
  for (size_t c = 0; c < columns.size(); ++c) widths[c] = Width(columns[c]);
  for (const auto& row : rows) {
    for (size_t c = 0; c < row.size() && c < widths.size(); ++c) widths[c] = std::max(widths[c], Width(row[c].text));
  }
  auto line = [&](const std::vector<std::string>& texts, const std::vector<bool>& right) {
    std::string l;
    for (size_t c = 0; c < texts.size(); ++c) {
      const std::string pad(widths[c] - Width(texts[c]), ' ');
      if (c) l += "  ";
      l += right[c] ? pad + texts[c] : texts[c] + (c + 1 < texts.size() ? pad : "");
    }
    return l + "\n";
  };
  std::vector<bool> right(columns.size(), false);
  for (const auto& row : rows) {
    for (size_t c = 0; c < row.size() && c < right.size(); ++c) right[c] = right[c] || row[c].number;
  }
  out += line(columns, right);
  std::vector<std::string> rule;
  for (size_t w : widths) rule.push_back(std::string(w, '-'));
  out += line(rule, right);
  for (const auto& row : rows) {
    std::vector<std::string> texts;
    for (const Cell& cell : row) texts.push_back(cell.text);
    texts.resize(columns.size());
    out += line(texts, right);
  }
  if (rows.empty()) out += "(no rows)\n";
  return out;
}

}  // namespace dyadwatch::query
