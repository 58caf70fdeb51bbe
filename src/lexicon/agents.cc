#include "lexicon/agents.h"

#include "lexicon/reader_util.h"

namespace dyadwatch::lexicon {

using internal::LineError;
using internal::Trim;

namespace {

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

// Regular plurals of a phrase (its last word): PETRARCH2's rule (...Y -> IES, ...S -> SES, else
// +S) and, where English differs (vowel+Y -> YS; CH/SH/X/Z -> ES), the English form as well, so
// both "ATTORNIES" (harmless) and "ATTORNEYS" are known.
std::vector<std::string> RegularPlurals(std::string_view phrase) {
  std::string base(phrase);
  std::vector<std::string> plurals;
  if (base.empty()) return plurals;
  char last = base.back();
  char before = base.size() >= 2 ? base[base.size() - 2] : ' ';
  if (last == 'Y') plurals.push_back(base.substr(0, base.size() - 1) + "IES");
  else if (last == 'S') plurals.push_back(base + "ES");
  else plurals.push_back(base + "S");
  std::string english;
  if (last == 'Y' && IsVowel(before)) english = base + "S";
  else if (last == 'X' || last == 'Z' || (last == 'H' && (before == 'C' || before == 'S')))
    english = base + "ES";
  if (!english.empty() && english != plurals[0]) plurals.push_back(english);
  return plurals;
}

}  // namespace

Status AgentDictionary::Builder::Problem(std::string message) {
  if (options_.strict) return Status::Error(std::move(message));
  warnings_.push_back(std::move(message));
  return Status::OK();
}

Status AgentDictionary::Builder::AddPhrase(std::string_view phrase, const AgentEntry& proto,
                                           bool plural) {
  internal::PhraseWords words = internal::DictionaryPhrase(phrase, options_.stems);
  if (words.words.empty())
    return Problem(LineError(proto.where.file, proto.where.line,
                             "agent phrase '" + std::string(phrase) + "' has no words"));
  AgentEntry entry = proto;
  entry.phrase = std::string(Trim(phrase));
  entry.generated_plural = plural;
  uint32_t index = static_cast<uint32_t>(entries_.size());
  entries_.push_back(std::move(entry));
  index_.Add(words.words, index, words.stem);  // a later definition of a phrase wins
  return Status::OK();
}

Status AgentDictionary::Builder::AddFile(const std::string& path) {
  Result<std::string> text = internal::ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return AddText(text.value(), path);
}

Status AgentDictionary::Builder::AddText(std::string_view text, std::string_view file_name) {
  std::string_view file = files_.Intern(std::string(file_name));
  internal::LineReader reader(text);
  std::string_view raw;
  while (reader.Next(&raw)) {
    const uint32_t line = reader.line_number();
    std::string_view content, comment;
    internal::SplitComment(raw, &content, &comment);
    if (content.empty() || content.starts_with("<!")) continue;

    // "!NAME! = A, B, C" defines a substitution set.
    if (content[0] == '!' && content.find('=') != std::string_view::npos) {
      size_t close = content.find('!', 1);
      size_t equals = content.find('=');
      if (close == std::string_view::npos || close > equals) {
        if (Status s = Problem(LineError(file, line, "substitution set needs the form !NAME! = A, B"));
            !s.ok())
          return s;
        continue;
      }
      std::vector<std::string> items;
      std::string_view list = content.substr(equals + 1);
      while (!list.empty()) {
        size_t comma = list.find(',');
        std::string_view item = Trim(list.substr(0, comma));
        if (!item.empty()) items.push_back(internal::ToUpper(item));
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
      }
      substitutions_[std::string(content.substr(1, close - 1))] = std::move(items);
      continue;
    }

    size_t open = content.find('[');
    size_t close = content.find(']', open == std::string_view::npos ? 0 : open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
      if (Status s = Problem(LineError(file, line, "agent without a [code]")); !s.ok()) return s;
      continue;
    }
    AgentEntry proto;
    proto.where = SourceLine{file, line};
    proto.raw_code = internal::ToUpper(Trim(content.substr(open + 1, close - open - 1)));
    std::string code = proto.raw_code;
    if (code.starts_with('~')) {
      code.erase(0, 1);
    } else if (code.ends_with('~')) {
      code.pop_back();
      proto.prefix = true;
    } else {
      if (Status s = Problem(LineError(file, line, "agent code '" + proto.raw_code +
                                                       "' has no '~' (expected ~XXX or XXX~)"));
          !s.ok())
        return s;
      continue;
    }
    bool valid = code.size() >= 3;
    for (char c : code) valid = valid && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    if (!valid) {
      if (Status s = Problem(LineError(file, line, "invalid agent code '" + proto.raw_code + "'"));
          !s.ok())
        return s;
      continue;
    }
    proto.code = code;
    proto.primary = code.substr(0, 3);

    std::string_view phrase_part = Trim(content.substr(0, open));
    if (phrase_part.find('!') != std::string_view::npos) {
      // CONGRESS!PERSON! -> one phrase per set element, no further plurals.
      size_t first = phrase_part.find('!');
      size_t second = phrase_part.find('!', first + 1);
      if (second == std::string_view::npos) {
        if (Status s = Problem(LineError(file, line, "unterminated substitution marker")); !s.ok())
          return s;
        continue;
      }
      std::string_view name = phrase_part.substr(first + 1, second - first - 1);
      auto set = substitutions_.find(name);
      if (set == substitutions_.end()) {
        if (Status s = Problem(LineError(file, line, "undefined substitution set !" +
                                                         std::string(name) + "!"));
            !s.ok())
          return s;
        continue;
      }
      for (const std::string& item : set->second) {
        std::string phrase = std::string(phrase_part.substr(0, first)) + item +
                             std::string(phrase_part.substr(second + 1));
        if (Status s = AddPhrase(phrase, proto, false); !s.ok()) return s;
      }
      continue;
    }

    std::string_view singular = phrase_part;
    std::vector<std::string> plurals;
    bool explicit_plural = false;
    if (size_t brace = phrase_part.find('{'); brace != std::string_view::npos) {
      size_t end = phrase_part.find('}', brace);
      if (end == std::string_view::npos) {
        if (Status s = Problem(LineError(file, line, "missing '}'")); !s.ok()) return s;
        continue;
      }
      singular = Trim(phrase_part.substr(0, brace));
      explicit_plural = true;
      std::string_view plural = Trim(phrase_part.substr(brace + 1, end - brace - 1));
      if (!plural.empty()) plurals.emplace_back(plural);  // {} means: no plural
    }
    if (!explicit_plural) {
      // Plurals go on the word, so a trailing '_' (exact marker) is moved behind them.
      std::string_view word = singular;
      bool exact = false;
      while (!word.empty() && word.back() == '_') {
        word.remove_suffix(1);
        exact = true;
      }
      for (std::string& plural : RegularPlurals(internal::ToUpper(word)))
        plurals.push_back(exact ? plural + "_" : plural);
    }
    if (Status s = AddPhrase(singular, proto, false); !s.ok()) return s;
    for (const std::string& plural : plurals)
      if (Status s = AddPhrase(plural, proto, true); !s.ok()) return s;
  }
  return Status::OK();
}

AgentDictionary AgentDictionary::Builder::Build() && {
  AgentDictionary dictionary;
  dictionary.files_ = std::move(files_);
  dictionary.entries_ = std::move(entries_);
  dictionary.warnings_ = std::move(warnings_);
  dictionary.index_ = std::move(index_).Build();
  return dictionary;
}

const AgentEntry* AgentDictionary::FindPhrase(std::string_view phrase) const {
  internal::PhraseWords words = internal::DictionaryPhrase(phrase, StemMode::kExact);
  uint32_t index = index_.Find(words.words);
  return index == kNoValue ? nullptr : &entries_[index];
}

size_t AgentDictionary::memory_bytes() const {
  size_t bytes = index_.memory_bytes() + entries_.capacity() * sizeof(AgentEntry);
  for (const AgentEntry& entry : entries_)
    bytes += entry.phrase.capacity() + entry.code.capacity() + entry.raw_code.capacity();
  return bytes;
}

std::string AgentDictionary::Combine(std::string_view actor_code, const AgentEntry& agent) {
  if (agent.prefix) return agent.code + std::string(actor_code);
  if (actor_code.find(agent.code) != std::string_view::npos) return std::string(actor_code);
  return std::string(actor_code) + agent.code;
}

}  // namespace dyadwatch::lexicon
