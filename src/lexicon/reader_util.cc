#include "lexicon/reader_util.h"

#include <cstdio>
#include <memory>

#include "text/tokenizer.h"

namespace dyadwatch::lexicon::internal {

Result<std::string> ReadWholeFile(const std::string& path) {
  std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) return Status::Error(path + ": cannot open file");
  std::string data;
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) data.append(buffer, n);
  if (std::ferror(file.get())) return Status::Error(path + ": read error");
  return data;
}

std::string_view Trim(std::string_view text) {
  size_t b = 0, e = text.size();
  while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r' || text[b] == '\n')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r' ||
                   text[e - 1] == '\n'))
    --e;
  return text.substr(b, e - b);
}

std::string ToUpper(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::vector<std::string_view> SplitWhitespace(std::string_view text) {
  std::vector<std::string_view> parts;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    size_t b = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
    if (i > b) parts.push_back(text.substr(b, i - b));
  }
  return parts;
}

bool LineReader::Next(std::string_view* line) {
  if (pos_ >= text_.size()) return false;
  size_t end = text_.find('\n', pos_);
  if (end == std::string_view::npos) end = text_.size();
  std::string_view l = text_.substr(pos_, end - pos_);
  if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
  pos_ = end + 1;
  ++line_number_;
  *line = l;
  return true;
}

void SplitComment(std::string_view line, std::string_view* content, std::string_view* comment) {
  size_t hash = line.find('#');
  if (hash == std::string_view::npos) {
    *content = Trim(line);
    *comment = {};
  } else {
    *content = Trim(line.substr(0, hash));
    *comment = Trim(line.substr(hash + 1));
  }
}

std::string LineError(std::string_view file, uint32_t line, std::string_view message) {
  std::string out(file);
  out += ':';
  out += std::to_string(line);
  out += ": ";
  out += message;
  return out;
}

PhraseWords DictionaryPhrase(std::string_view raw, StemMode mode) {
  PhraseWords result;
  std::string_view phrase = Trim(raw);
  bool exact_end = false;
  while (!phrase.empty() && phrase.back() == '_') {
    phrase.remove_suffix(1);
    exact_end = true;
  }
  result.words = text::TokenizePhrase(ToUpper(phrase));
  result.stem = mode == StemMode::kTabari && !exact_end && !result.words.empty();
  result.exact_end = exact_end;
  return result;
}

}  // namespace dyadwatch::lexicon::internal
