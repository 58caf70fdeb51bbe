#include "lexicon/tabari_dictionaries.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "lexicon/reader_util.h"

namespace dyadwatch::lexicon {

using internal::Trim;

namespace {

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(pos, end - pos));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    pos = end + 1;
  }
  return lines;
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += '\n';
    out += lines[i];
  }
  return out;
}

// TABARI comments start with ';' (PETRARCH's with '#'); a '#' at the start of a TABARI line
// comments it out as well, so both become '#'. TABARI's discard code "[###]" would then start a
// comment: it is written DISCARD ("[### <890101]" -> "[DISCARD <890101]").
void SemicolonToHash(std::string* line) {
  size_t semicolon = line->find(';');
  for (size_t open = line->find('['); open < semicolon && open != std::string::npos;
       open = line->find('[', open + 1)) {
    size_t code = line->find_first_not_of(" \t", open + 1);
    if (code != std::string::npos && line->compare(code, 3, "###") == 0) {
      line->replace(code, 3, "DISCARD");
      if (semicolon != std::string::npos) semicolon += 4;
    }
  }
  if (semicolon != std::string::npos) (*line)[semicolon] = '#';
}

// "[HOB < 950601]" -> "[HOB <950601]", "[HOBGOV 950601 - 990815]" -> "[HOBGOV 950601-990815]",
// "[ ~GOV]" -> "[~GOV]": blanks after '<', '>', '-' and before '-' go; leading/trailing ones too.
std::string NormalizeCodes(const std::string& line) {
  std::string out;
  bool inside = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '#') {  // comment: copied as is
      out.append(line, i, std::string::npos);
      break;
    }
    if (c == '[') inside = true;
    if (c == ']') {
      inside = false;
      while (!out.empty() && out.back() == ' ') out.pop_back();
    }
    if (inside && (c == ' ' || c == '\t')) {
      size_t next = line.find_first_not_of(" \t", i);
      char after = next == std::string::npos ? '\0' : line[next];
      char before = out.empty() ? '\0' : out.back();
      // A range's '-' sits between dates ("950601 - 990815"); "[--- <950630]" keeps its blank.
      bool range_dash = (before == '-' && std::isdigit(static_cast<unsigned char>(after))) ||
                        (after == '-' && std::isdigit(static_cast<unsigned char>(before)));
      if (before == '[' || before == '<' || before == '>' || before == ' ' || after == ']' ||
          range_dash)
        continue;
      c = ' ';
    }
    out += c;
  }
  return out;
}

// Drops '=' marks from the phrase part of a line (before the first '[' or '#').
void DropEqualsMarks(std::string* line) {
  size_t end = line->find_first_of("[#");
  if (end == std::string::npos) end = line->size();
  std::string head = line->substr(0, end);
  std::erase(head, '=');
  *line = head + line->substr(end);
}

bool StartsWith(std::string_view line, std::string_view prefix) {
  std::string_view trimmed = Trim(line);
  return trimmed.size() >= prefix.size() &&
         internal::ToUpper(trimmed.substr(0, prefix.size())) == prefix;
}

// One whitespace-separated pattern token, with TABARI's '_' glue kept for the verb reader
// (lexicon/verbs.h): "SUGGESTED_+", "DEMAND_{", "}_CONVENTIONS", "REAL~_PLEASANT" ('~': a stem
// though glued), "IN_*" and "SPY_*_DEAL" (glued to the verb) stay as written; a '_' before or
// after a lone '*' that glues nothing is dropped ("*_" -> "*").
std::string SplitGluedToken(std::string token) {
  std::vector<std::string> pieces;
  size_t pos = 0;
  while (true) {
    size_t end = token.find('_', pos);
    pieces.push_back(token.substr(pos, end == std::string::npos ? std::string::npos : end - pos));
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out += ' ';
    out += word;
    word.clear();
  };
  for (size_t i = 0; i < pieces.size(); ++i) {
    const std::string& piece = pieces[i];
    if (piece == "*" && (!word.empty() || (i + 1 < pieces.size() && !pieces[i + 1].empty()))) {
      // "IN_*", "SPY_*_DEAL": words glued to the verb stay glued ("IN_*" is IN right before
      // the verb; "IN_ *" is the exact word IN anywhere before it).
      if (!word.empty()) {
        if (!out.empty()) out += ' ';
        out += word + "_*";
        word.clear();
      } else {
        if (!out.empty()) out += ' ';
        out += "*";
      }
      if (i + 1 < pieces.size() && !pieces[i + 1].empty()) out += "_";
      continue;
    }
    if (piece == "*" || piece == "^" || piece == "|") {
      flush();
      if (!out.empty()) out += ' ';
      out += piece;
    } else if (piece.empty()) {
      if (i + 1 == pieces.size() && !word.empty()) word += '_';  // trailing '_': exact word
    } else {
      if (!word.empty()) word += '_';
      word += piece;
    }
  }
  flush();
  return out;
}

std::string ConvertPatternLine(const std::string& line) {
  size_t code = line.rfind('[');
  if (code == std::string::npos) return line;
  size_t dash = line.find('-');
  std::string body = line.substr(dash + 1, code - dash - 1);
  std::string out = line.substr(0, dash + 1);
  for (std::string_view token : internal::SplitWhitespace(body)) {
    std::string converted = SplitGluedToken(std::string(token));
    if (!converted.empty()) out += " " + converted;
  }
  out += "  " + line.substr(code);
  return out;
}

// "CALLED_ON [094]" -> "+CALLED_ON [094]", "BURN DOWN [222]" -> "+BURN_DOWN [222]": TABARI's
// multi-word verbs have the verb first. One-word verbs and ones with a '+' are left alone.
std::string ConvertVerbLine(const std::string& line) {
  size_t end = line.find_first_of("[{#");
  if (end == std::string::npos) end = line.size();
  std::string_view phrase = Trim(std::string_view(line).substr(0, end));
  std::string joined;
  for (std::string_view word : internal::SplitWhitespace(phrase)) {
    if (!joined.empty()) joined += '_';
    joined += word;
  }
  std::string_view core = joined;
  while (!core.empty() && core.back() == '_') core.remove_suffix(1);
  if (core.find('_') == std::string_view::npos || joined.find('+') != std::string::npos)
    return joined + " " + line.substr(end);
  return "+" + joined + " " + line.substr(end);
}

}  // namespace

bool IsTabariProjectPath(std::string_view path) {
  constexpr std::string_view kSuffix = ".PROJECT";
  return path.size() > kSuffix.size() &&
         internal::ToUpper(path.substr(path.size() - kSuffix.size())) == kSuffix;
}

Result<TabariProject> ParseTabariProject(std::string_view text, const std::string& dir,
                                         std::string_view file_name) {
  TabariProject project;
  project.path = std::string(file_name);
  internal::LineReader reader(text);
  std::string_view line;
  auto resolve = [&](std::string_view name) {
    return dir.empty() ? std::string(name) : (std::filesystem::path(dir) / name).string();
  };
  while (reader.Next(&line)) {
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed[0] != '<') continue;
    size_t close = trimmed.find('>');
    if (close == std::string_view::npos)
      return Status::Error(internal::LineError(file_name, reader.line_number(), "missing '>'"));
    std::string tag = internal::ToUpper(trimmed.substr(1, close - 1));
    std::string_view value = Trim(trimmed.substr(close + 1));
    if (tag == "ACTORSFILE") project.actors.push_back(resolve(value));
    else if (tag == "VERBSFILE") project.verbs = resolve(value);
    else if (tag == "AGENTSFILE") project.agents = resolve(value);
    else if (tag == "OPTIONSFILE") project.options = resolve(value);
    else if (tag == "TEXTFILE") project.text = resolve(value);
  }
  if (project.verbs.empty())
    return Status::Error(std::string(file_name) + ": no <verbsfile>");
  if (project.actors.empty())
    return Status::Error(std::string(file_name) + ": no <actorsfile>");
  return project;
}

Result<TabariProject> ReadTabariProject(const std::string& path) {
  Result<std::string> text = internal::ReadWholeFile(path);
  if (!text.ok()) return text.status();
  std::string dir = std::filesystem::path(path).parent_path().string();
  Result<TabariProject> project = ParseTabariProject(text.value(), dir, path);
  if (!project.ok()) return project;
  std::vector<std::string> files = project.value().actors;
  for (const std::string* other : {&project.value().verbs, &project.value().agents,
                                   &project.value().options, &project.value().text})
    if (!other->empty()) files.push_back(*other);
  for (const std::string& file : files) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
      return Status::Error(path + ": the file it names, " + file + ", does not exist");
  }
  return project;
}

std::string TabariActorsToPetrarch(std::string_view text) {
  std::vector<std::string> lines = SplitLines(text);
  bool in_word_list = false;  // <NOUN> / <ADJECTIVE>: TABARI parser vocabulary, not actors
  for (std::string& line : lines) {
    if (StartsWith(line, "<NOUN>") || StartsWith(line, "<ADJECTIVE>")) in_word_list = true;
    bool closing = StartsWith(line, "</NOUN>") || StartsWith(line, "</ADJECTIVE>");
    if (in_word_list || closing || StartsWith(line, "~~")) {
      if (closing) in_word_list = false;
      line.clear();
      continue;
    }
    SemicolonToHash(&line);
    DropEqualsMarks(&line);
    line = NormalizeCodes(line);
  }
  return JoinLines(lines);
}

std::string TabariVerbsToPetrarch(std::string_view text) {
  std::vector<std::string> lines = SplitLines(text);
  bool in_time = false;     // <TIME> phrases shift event dates; not supported
  size_t last_verb = std::string::npos;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string& line = lines[i];
    if (StartsWith(line, "<TIME>")) in_time = true;
    if (in_time || StartsWith(line, "<") || StartsWith(line, "~~")) {
      if (StartsWith(line, "</TIME>")) in_time = false;
      line.clear();
      continue;
    }
    SemicolonToHash(&line);
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    if (trimmed[0] == '{') {
      // Irregular forms of the verb above: "ACT_ [100]" + "{ ACTING_ ... }" -> one line.
      if (last_verb != std::string::npos) {
        std::string& verb = lines[last_verb];
        size_t at = verb.find_first_of("[#");
        if (at == std::string::npos) at = verb.size();
        size_t close = trimmed.find('}');
        std::string_view inner = trimmed.substr(1, close == std::string_view::npos
                                                       ? std::string_view::npos
                                                       : close - 1);
        std::string forms = "{";
        for (std::string_view form : internal::SplitWhitespace(inner)) {
          std::string_view core = form;
          while (!core.empty() && core.back() == '_') core.remove_suffix(1);
          // "BROKEN_DOWN_": a multi-word form has its verb first, as the verb lines.
          bool multi = core.find('_') != std::string_view::npos && form.find('+') == form.npos;
          forms += (forms.size() > 1 ? " " : "") + std::string(multi ? "+" : "") +
                   std::string(form);
        }
        verb.insert(at, forms + "} ");
      }
      line.clear();
      continue;
    }
    if (trimmed[0] == '-') {
      line = ConvertPatternLine(line);
    } else if (trimmed[0] != '&' && trimmed[0] != '+' && trimmed[0] != '~') {
      // "BAN=": exactly this word, no regular endings ("baning", "baned" are not BAN); written
      // for the verb reader as a verb whose only form is itself, "BAN {BAN}".
      const size_t tail = std::min(line.find_first_of("[#"), line.size());
      std::string_view head = Trim(std::string_view(line).substr(0, tail));
      if (head.size() > 1 && head.back() == '=' && head.find_first_of(" _+{") == head.npos) {
        std::string word(head.substr(0, head.size() - 1));
        line = word + " {" + word + "} " + line.substr(tail);
      }
      DropEqualsMarks(&line);
      line = ConvertVerbLine(std::string(Trim(line)));
      last_verb = i;
    }
  }
  return JoinLines(lines);
}

std::string TabariTimeStopPhrases(std::string_view verbs_text) {
  std::vector<std::string> lines = SplitLines(verbs_text);
  bool in_time = false;
  for (std::string& line : lines) {
    std::string_view trimmed = Trim(line);
    const bool opening = StartsWith(line, "<TIME>"), closing = StartsWith(line, "</TIME>");
    if (opening) in_time = true;
    if (closing) in_time = false;
    std::string phrase;
    if (in_time && !opening && !trimmed.empty() && trimmed[0] != '-' && trimmed[0] != ';') {
      size_t open = trimmed.find('[');
      size_t close = trimmed.find(']', open == std::string_view::npos ? 0 : open);
      if (open != std::string_view::npos && close != std::string_view::npos) {
        std::string_view code = Trim(trimmed.substr(open + 1, close - open - 1));
        if (code == "###" || code == "+++") phrase = std::string(Trim(trimmed.substr(0, open)));
      }
    }
    line = std::move(phrase);
  }
  return JoinLines(lines);
}

}  // namespace dyadwatch::lexicon
