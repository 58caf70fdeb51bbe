#include "validate/petrarch2_suite.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>

#include "validate/text_util.h"

namespace dyadwatch::validate {
namespace {

using Attributes = std::map<std::string, std::string>;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Attributes of a start tag: the text between the tag name and '>'. Names are lower-cased;
// blanks around '=' are allowed ("date = \"20080801\"").
Attributes ParseAttributes(std::string_view text) {
  Attributes out;
  size_t i = 0;
  auto skip_blanks = [&] {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  };
  while (true) {
    skip_blanks();
    size_t name_begin = i;
    while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) ||
                               text[i] == '_' || text[i] == '-'))
      ++i;
    if (i == name_begin) break;
    std::string name = Lower(text.substr(name_begin, i - name_begin));
    skip_blanks();
    if (i >= text.size() || text[i] != '=') break;
    ++i;
    skip_blanks();
    if (i >= text.size() || (text[i] != '"' && text[i] != '\'')) break;
    char quote = text[i++];
    size_t end = text.find(quote, i);
    if (end == std::string_view::npos) break;
    out[name] = DecodeXmlEntities(text.substr(i, end - i));
    i = end + 1;
  }
  return out;
}

std::string Get(const Attributes& a, const std::string& key) {
  auto found = a.find(key);
  return found == a.end() ? "" : found->second;
}

// PETRARCH2 reads the parse tree it is given and stops with bad_input_parse when the tree is
// malformed; a bracket that closes nothing or one left open is the malformation it detects.
std::string ParseTreeError(std::string_view tree) {
  int depth = 0;
  for (char c : tree) {
    if (c == '(') ++depth;
    if (c == ')' && --depth < 0) return "bad_input_parse: a ')' closes nothing in <Parse>";
  }
  if (depth > 0) return "bad_input_parse: " + std::to_string(depth) + " '(' left open in <Parse>";
  return "";
}

}  // namespace

Result<Suite> ParsePetrarch2Suite(std::string_view xml, const std::string& path) {
  Suite suite;
  suite.kind = "petrarch2";
  suite.path = path;
  std::map<std::string, std::string> config;  // <Config> options so far
  LineCounter lines(xml);
  SuiteRecord record;
  bool in_sentence = false, active = false, has_text = false;
  size_t pos = 0;
  auto content_until = [&](size_t from, std::string_view close) -> std::string_view {
    size_t end = xml.find(close, from);
    if (end == std::string_view::npos) end = xml.size();
    pos = std::min(xml.size(), end + close.size());
    return xml.substr(from, end - from);
  };
  while ((pos = xml.find('<', pos)) != std::string_view::npos) {
    if (xml.compare(pos, 4, "<!--") == 0) {
      content_until(pos + 4, "-->");
      continue;
    }
    size_t close = xml.find('>', pos);
    if (close == std::string_view::npos) break;
    std::string_view tag = xml.substr(pos + 1, close - pos - 1);
    size_t name_end = 0;
    while (name_end < tag.size() && !std::isspace(static_cast<unsigned char>(tag[name_end])) &&
           tag[name_end] != '/')
      ++name_end;
    if (name_end == 0 && !tag.empty() && tag[0] == '/') {
      name_end = 1;
      while (name_end < tag.size() && !std::isspace(static_cast<unsigned char>(tag[name_end])))
        ++name_end;
    }
    const std::string name = Lower(tag.substr(0, name_end));
    const Attributes attributes = ParseAttributes(tag.substr(name_end));
    const uint32_t line = lines.LineOf(pos);
    pos = close + 1;
    if (name == "config") {
      std::string option = Get(attributes, "option");
      if (!option.empty()) config[option] = Get(attributes, "value");
    } else if (name == "sentence") {
      record = SuiteRecord{};
      record.id = Get(attributes, "id");
      record.category = Get(attributes, "category");
      record.date = IsoDate(Get(attributes, "date"));
      record.line = line;
      record.expectation = Expectation::kNoEvents;  // until an <EventCoding> says otherwise
      for (const auto& [option, value] : config) record.options.push_back(option + "=" + value);
      active = Lower(Get(attributes, "sentence")) != "false";
      in_sentence = true;
      has_text = false;
      if (record.id.empty())
        suite.warnings.push_back(path + ":" + std::to_string(line) + ": <Sentence> without id");
    } else if (name == "eventcoding" && in_sentence) {
      if (std::string error = Get(attributes, "error"); !error.empty()) {
        record.expectation = Expectation::kError;
        record.expectation_detail = error;
      } else if (Lower(Get(attributes, "noevents")) == "true") {
        if (record.expectation != Expectation::kError) record.expectation = Expectation::kNoEvents;
      } else {
        record.expectation = Expectation::kEvents;
        record.expected.push_back(Triple{Get(attributes, "sourcecode"),
                                         Get(attributes, "targetcode"),
                                         Get(attributes, "eventcode")});
      }
    } else if (name == "text" && in_sentence) {
      record.text = JoinLines(DecodeXmlEntities(content_until(pos, "</Text>")));
      has_text = true;
    } else if (name == "parse") {
      std::string_view tree = content_until(pos, "</Parse>");
      if (in_sentence) record.input_error = ParseTreeError(tree);
    } else if (name == "/sentence" && in_sentence) {
      in_sentence = false;
      if (!has_text) {
        suite.warnings.push_back(path + ":" + std::to_string(record.line) + ": " + record.id +
                                 " has no <Text>; skipped");
      } else if (active) {
        suite.records.push_back(std::move(record));
      } else {
        suite.inactive.push_back(record.id);
      }
    }
  }
  if (in_sentence) return Status::Error(path + ": unterminated <Sentence> " + record.id);
  if (suite.records.empty()) return Status::Error(path + ": no active <Sentence> records");
  return suite;
}

Result<Suite> ReadPetrarch2Suite(const std::string& path, const std::string& dict_dir) {
  Result<std::string> xml = ReadTextFile(path);
  if (!xml.ok()) return xml.status();
  Result<Suite> suite = ParsePetrarch2Suite(xml.value(), path);
  if (!suite.ok()) return suite;
  namespace fs = std::filesystem;
  std::string dir = dict_dir.empty() ? fs::path(path).parent_path().string() : dict_dir;
  if (dir.empty()) dir = ".";
  // The dictionaries the <Environment> names must be in `dir`; the lexicon then picks them by
  // their conventional names (Lexicon::ReadConfig on a directory).
  std::string_view text = xml.value();
  for (const char* tag : {"Verbfile", "Actorfile", "Agentfile", "Discardfile"}) {
    std::string open = std::string("<") + tag + ">";
    size_t at = text.find(open);
    if (at == std::string_view::npos) continue;
    size_t end = text.find('<', at + open.size());
    std::string name(Trim(text.substr(at + open.size(), end - at - open.size())));
    std::error_code ec;
    if (!name.empty() && !fs::is_regular_file(fs::path(dir) / name, ec))
      return Status::Error(path + ": " + tag + " " + name + " is not in " + dir +
                           " (use --dict DIR)");
  }
  suite.value().dict_path = dir;
  return suite;
}

}  // namespace dyadwatch::validate
