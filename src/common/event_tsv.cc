#include "common/event_tsv.h"

#include <charconv>
#include <cmath>
#include <string_view>

namespace dyadwatch {

const char kEventTsvHeader[] =
    "doc_id\tsentence\tdate\tsource\ttarget\tcode\troot\tquad_class\tgoldstein\tsource_country\t"
    "target_country\tmood\tsource_text\ttarget_text\trule";

namespace {

void AppendField(std::string_view text, std::string* out) {
  for (char c : text) {
    switch (c) {
      case '\\': out->append("\\\\"); break;
      case '\t': out->append("\\t"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      default: out->push_back(c);
    }
  }
}

template <typename Number>
void AppendNumber(Number value, std::string* out) {
  char buffer[32];
  auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  out->append(buffer, end);
}

}  // namespace

void AppendEventTsv(const Event& e, std::string* out) {
  AppendField(e.doc_id, out);
  out->push_back('\t');
  AppendNumber(e.sentence, out);
  out->push_back('\t');
  AppendField(e.date, out);
  out->push_back('\t');
  AppendField(e.source, out);
  out->push_back('\t');
  AppendField(e.target, out);
  out->push_back('\t');
  AppendField(e.code, out);
  out->push_back('\t');
  AppendField(e.root, out);
  out->push_back('\t');
  AppendNumber(e.quad_class, out);
  out->push_back('\t');
  if (std::isfinite(e.goldstein)) AppendNumber(e.goldstein, out);
  out->push_back('\t');
  AppendField(e.source_country, out);
  out->push_back('\t');
  AppendField(e.target_country, out);
  out->push_back('\t');
  AppendField(e.mood, out);
  out->push_back('\t');
  AppendField(e.source_text, out);
  out->push_back('\t');
  AppendField(e.target_text, out);
  out->push_back('\t');
  AppendField(e.rule, out);
  out->push_back('\n');
}

}  // namespace dyadwatch
