#include "validate/tabari_suite.h"

#include <cctype>

#include "lexicon/tabari_dictionaries.h"
#include "validate/text_util.h"

namespace dyadwatch::validate {
namespace {

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// "SET: MINIMUM WORDS = 4" -> "SET: MINIMUM WORDS"; "COMMA: OFF" -> "COMMA"; "SET: CODE ALL"
// -> "SET: CODE".
std::string OptionKeyword(std::string_view line) {
  std::string upper = Upper(Trim(line));
  size_t colon = upper.find(':');
  if (colon == std::string::npos) return upper;
  std::string head = upper.substr(0, colon);
  if (head != "SET") return head;
  std::string_view rest = Trim(std::string_view(upper).substr(colon + 1));
  // "SET: CODE BY CLAUSE", "SET: CODE BY SENTENCE", "SET: CODE ALL": one setting.
  if (rest.starts_with("CODE ")) return "SET: CODE";
  size_t equals = rest.find('=');
  return "SET: " + std::string(Trim(rest.substr(0, equals)));
}

void SetOption(std::vector<std::string>* options, std::string line) {
  std::string key = OptionKeyword(line);
  for (std::string& existing : *options) {
    if (OptionKeyword(existing) == key) {
      existing = std::move(line);
      return;
    }
  }
  options->push_back(std::move(line));
}

// "950101  DEMO-01": six digits, blanks, an id.
bool ParseHeader(std::string_view line, std::string* date, std::string* id) {
  if (line.size() < 8) return false;
  for (size_t i = 0; i < 6; ++i)
    if (!std::isdigit(static_cast<unsigned char>(line[i]))) return false;
  if (line[6] != ' ' && line[6] != '\t') return false;
  std::vector<std::string_view> parts = SplitBlanks(line.substr(6));
  if (parts.empty()) return false;
  *date = std::string(line.substr(0, 6));
  // "950101  950101  AGENTS-11": a repeated date is not the id.
  size_t first = parts.size() > 1 && parts[0] == line.substr(0, 6) ? 1 : 0;
  *id = std::string(parts[first]);
  return true;
}

struct CommentFindings {
  std::vector<Triple> events;
  std::vector<std::string> options;
  bool none = false, discard = false, complex = false;
  std::vector<std::string> markers;  // as written, for the report
};

CommentFindings ReadComment(std::string_view comment) {
  CommentFindings found;
  for (size_t open = comment.find('{'); open != std::string_view::npos;
       open = comment.find('{', open + 1)) {
    size_t before = comment.find_last_not_of(" \t", open == 0 ? 0 : open - 1);
    bool disabled = open > 0 && before != std::string_view::npos && comment[before] == '-';
    // An OPTION line may lack its '}' ("{ OPTION: SET: MINIMUM WORDS = 4  */").
    size_t close = comment.find_first_of("}\n", open);
    if (close == std::string_view::npos) close = comment.size();
    std::string_view inner = Trim(comment.substr(open + 1, close - open - 1));
    if (disabled) continue;
    if (Upper(inner.substr(0, 7)) == "OPTION:") {
      found.options.emplace_back(Trim(inner.substr(7)));
    } else if (inner == "---") {
      found.none = true;
      found.markers.push_back("{---}");
    } else if (inner == "###") {
      found.discard = true;
      found.markers.push_back("{###}");
    } else if (inner == "+++") {
      found.complex = true;
      found.markers.push_back("{+++}");
    } else {
      std::vector<std::string> parts;
      size_t pos = 0;
      while (true) {
        size_t slash = inner.find('/', pos);
        parts.emplace_back(Trim(inner.substr(pos, slash == std::string_view::npos
                                                      ? std::string_view::npos
                                                      : slash - pos)));
        if (slash == std::string_view::npos) break;
        pos = slash + 1;
      }
      if (parts.size() == 3) found.events.push_back(Triple{parts[0], parts[1], parts[2]});
    }
  }
  return found;
}

}  // namespace

std::vector<std::string> ParseTabariOptions(std::string_view text) {
  std::vector<std::string> options;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = Trim(text.substr(pos, end - pos));
    pos = end + 1;
    if (line.starts_with("~~")) break;  // the end of the options TABARI reads
    if (line.empty() || line.starts_with("//") || Upper(line.substr(0, 6)) == "LABEL:") continue;
    SetOption(&options, std::string(line));
  }
  return options;
}

Result<Suite> ParseTabariRecords(std::string_view text, const std::string& path,
                                 std::vector<std::string> options) {
  Suite suite;
  suite.kind = "tabari";
  suite.path = path;
  enum class State { kBetween, kText, kComment } state = State::kBetween;
  SuiteRecord record;
  std::string body, comment;
  bool finished = false;   // past the FINAL record
  bool previous_blank = true;
  auto finish = [&] {
    CommentFindings found = ReadComment(comment);
    record.text = JoinLines(body);
    if (finished) {
      suite.inactive.push_back(record.id);
    } else if (found.events.empty() && found.markers.empty() && !found.options.empty()) {
      // A directive record: only option changes.
    } else {
      if (found.complex) record.expectation = Expectation::kComplex;
      else if (found.discard) record.expectation = Expectation::kDiscard;
      else if (!found.events.empty()) record.expectation = Expectation::kEvents;
      else record.expectation = Expectation::kNoEvents;
      if (record.expectation == Expectation::kEvents) record.expected = found.events;
      for (const std::string& marker : found.markers) {
        if (!record.expectation_detail.empty()) record.expectation_detail += ' ';
        record.expectation_detail += marker;
      }
      if (found.events.empty() && found.markers.empty())
        record.expectation_detail = "no active {...}";
      record.options = options;
      if (Upper(record.id).starts_with("FINAL")) finished = true;
      else suite.records.push_back(record);
    }
    for (std::string& option : found.options) SetOption(&options, std::move(option));
    state = State::kBetween;
  };
  LineCounter lines(text);
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const uint32_t line_number = lines.LineOf(pos);
    pos = end + 1;
    std::string date, id;
    bool header = (state == State::kBetween || (state == State::kText && previous_blank)) &&
                  ParseHeader(line, &date, &id);
    previous_blank = Trim(line).empty();
    if (header) {
      if (state == State::kText) finish();  // a record without a comment block
      record = SuiteRecord{};
      record.id = id;
      record.category = Upper(id.substr(0, id.find('-')));
      record.date = IsoDate(date);
      record.line = line_number;
      if (record.date.empty())
        suite.warnings.push_back(path + ":" + std::to_string(line_number) + ": bad date " + date);
      body.clear();
      comment.clear();
      state = State::kText;
      continue;
    }
    if (state == State::kText) {
      size_t open = line.find("/*");
      body += ' ';
      body += line.substr(0, open);
      if (open == std::string_view::npos) continue;
      state = State::kComment;
      line.remove_prefix(open + 2);
    }
    if (state == State::kComment) {
      size_t close = line.find("*/");
      comment += line.substr(0, close);
      comment += '\n';
      if (close != std::string_view::npos) finish();
    }
  }
  if (state != State::kBetween) finish();
  if (suite.records.empty()) return Status::Error(path + ": no validation records");
  return suite;
}

Result<Suite> ReadTabariSuite(const std::string& project_path) {
  Result<lexicon::TabariProject> project = lexicon::ReadTabariProject(project_path);
  if (!project.ok()) return project.status();
  if (project.value().text.empty())
    return Status::Error(project_path + ": no <textfile> with the validation records");
  std::vector<std::string> options;
  if (!project.value().options.empty()) {
    Result<std::string> text = ReadTextFile(project.value().options);
    if (!text.ok()) return text.status();
    options = ParseTabariOptions(text.value());
  }
  Result<std::string> text = ReadTextFile(project.value().text);
  if (!text.ok()) return text.status();
  Result<Suite> suite = ParseTabariRecords(text.value(), project.value().text, options);
  if (!suite.ok()) return suite;
  suite.value().dict_path = project_path;
  return suite;
}

}  // namespace dyadwatch::validate
