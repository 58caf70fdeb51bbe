#include "validate/text_util.h"

#include <cstdio>

#include "ingest/utf8.h"
#include "lexicon/dates.h"
#include "lexicon/reader_util.h"

namespace dyadwatch::validate {

Result<std::string> ReadTextFile(const std::string& path) {
  Result<std::string> text = lexicon::internal::ReadWholeFile(path);
  if (!text.ok() || ingest::IsValidUtf8(text.value())) return text;
  std::string repaired;
  ingest::RepairUtf8(text.value(), &repaired);
  return repaired;
}

std::string_view Trim(std::string_view text) { return lexicon::internal::Trim(text); }

std::vector<std::string_view> SplitBlanks(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0;
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (i < text.size()) {
    while (i < text.size() && blank(text[i])) ++i;
    size_t begin = i;
    while (i < text.size() && !blank(text[i])) ++i;
    if (i > begin) out.push_back(text.substr(begin, i - begin));
  }
  return out;
}

std::string JoinLines(std::string_view text) {
  std::string out;
  for (std::string_view word : SplitBlanks(text)) {
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

std::string DecodeXmlEntities(std::string_view text) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool replaced = false;
    if (text[i] == '&') {
      for (const auto& [entity, c] : kEntities) {
        if (text.compare(i, entity.size(), entity) == 0) {
          out += c;
          i += entity.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

std::string IsoDate(std::string_view digits) {
  int date = lexicon::ParseDictionaryDate(Trim(digits));
  if (date == 0) return "";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date / 10000, date / 100 % 100,
                date % 100);
  return buffer;
}

uint32_t LineCounter::LineOf(size_t offset) {
  for (; pos_ < offset && pos_ < text_.size(); ++pos_)
    if (text_[pos_] == '\n') ++line_;
  return line_;
}

}  // namespace dyadwatch::validate
