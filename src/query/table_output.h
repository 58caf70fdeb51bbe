// Query results as a small table that prints three ways: aligned text for people, one JSON array
// of objects, or CSV (RFC 4180 quoting), as CONTRACT.md asks of `dyadwatch query --format`.
#ifndef DYADWATCH_QUERY_TABLE_OUTPUT_H_
#define DYADWATCH_QUERY_TABLE_OUTPUT_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dyadwatch::query {

// A cell keeps its JSON type: numbers print bare in JSON, text quoted.
struct Cell {
  Cell(std::string t) : text(std::move(t)) {}              // NOLINT: implicit by design
  Cell(const char* t) : text(t) {}                         // NOLINT
  Cell(int64_t v) : text(std::to_string(v)), number(true) {}  // NOLINT
  Cell(int v) : text(std::to_string(v)), number(true) {}      // NOLINT
  static Cell Real(double v, int decimals = 2);
  static Cell Raw(std::string json);  // already JSON (an array, an object); shown as is in text
  std::string text;
  bool number = false;
  bool raw_json = false;
};

enum class Format { kTable, kJson, kCsv };

// "table", "json", "csv".
bool ParseFormat(const std::string& name, Format* format);

struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
  std::string Render(Format format) const;
};

// A CSV field, quoted when it holds a comma, quote, CR or LF.
std::string CsvField(const std::string& text);

}  // namespace dyadwatch::query

#endif  // DYADWATCH_QUERY_TABLE_OUTPUT_H_
