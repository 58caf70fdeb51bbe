#include "lexicon/verbs.h"

#include <algorithm>

#include "lexicon/reader_util.h"

namespace dyadwatch::lexicon {

using internal::LineError;
using internal::Trim;

// ---------------------------------------------------------------------------------------------
// Codes

namespace {

// One side of a code: "" and "---" mean no event; anything else is kept as written (the
// PETRARCH2 validation suite uses codes such as "174K"). False only for blanks or brackets.
bool ParseCodePart(std::string_view part, std::string* out) {
  part = Trim(part);
  out->clear();
  if (part.empty() || part == "---") return true;
  for (char c : part)
    if (c == ' ' || c == '\t' || c == '[' || c == ']') return false;
  *out = std::string(part);
  return true;
}

bool IsCameoPart(const std::string& part) {
  if (part.empty()) return true;
  if (part.size() < 2 || part.size() > 4) return false;
  for (char c : part)
    if (c < '0' || c > '9') return false;
  return true;
}

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

void AddUnique(std::vector<std::string>* list, std::string value) {
  if (std::find(list->begin(), list->end(), value) == list->end()) list->push_back(std::move(value));
}

// Regular verb forms. PETRARCH2's rules come first (S: ...S/X/Z -> ES, ...Y -> IES, else S;
// ED: ...E -> D, else ED; ING: drop a final E after a consonant); the English spellings that
// differ (CH/SH -> ES, vowel+Y -> YS, consonant+Y -> IED) are added as alternatives.
std::vector<std::string> ThirdPersonForms(const std::string& v) {
  std::vector<std::string> forms;
  char last = v.back(), before = v.size() >= 2 ? v[v.size() - 2] : ' ';
  if (last == 'S' || last == 'X' || last == 'Z') forms.push_back(v + "ES");
  else if (last == 'Y') forms.push_back(v.substr(0, v.size() - 1) + "IES");
  else forms.push_back(v + "S");
  if (last == 'H' && (before == 'C' || before == 'S')) AddUnique(&forms, v + "ES");
  if (last == 'Y' && IsVowel(before)) AddUnique(&forms, v + "S");
  return forms;
}

std::vector<std::string> PastForms(const std::string& v) {
  std::vector<std::string> forms;
  char last = v.back(), before = v.size() >= 2 ? v[v.size() - 2] : ' ';
  forms.push_back(last == 'E' ? v + "D" : v + "ED");
  if (last == 'Y' && !IsVowel(before)) AddUnique(&forms, v.substr(0, v.size() - 1) + "IED");
  return forms;
}

std::vector<std::string> GerundForms(const std::string& v) {
  char last = v.back(), before = v.size() >= 2 ? v[v.size() - 2] : ' ';
  if (last == 'E' && v.size() >= 2 && !IsVowel(before)) return {v.substr(0, v.size() - 1) + "ING"};
  return {v + "ING"};
}

VerbFormKind ClassifyIrregular(const std::string& base, const std::string& form) {
  for (const std::string& f : ThirdPersonForms(base))
    if (f == form) return VerbFormKind::kThirdPerson;
  for (const std::string& f : PastForms(base))
    if (f == form) return VerbFormKind::kPast;
  if (form == base) return VerbFormKind::kBase;
  if (form.size() > 3 && form.ends_with("ING")) return VerbFormKind::kGerund;
  if (form.size() > base.size() && form.starts_with(base) && form.back() == 'S')
    return VerbFormKind::kThirdPerson;
  return VerbFormKind::kIrregular;
}

// "RE_+ARREST" -> before {RE}, verb ARREST, after {}; "GIVE" -> verb GIVE. False when a '_'
// phrase has no (or more than one) '+' word.
bool SplitCompound(std::string_view text, std::vector<std::string>* before, std::string* verb,
                   std::vector<std::string>* after) {
  before->clear();
  after->clear();
  verb->clear();
  if (text.find('_') == std::string_view::npos) {
    if (!text.empty() && text[0] == '+') text.remove_prefix(1);
    *verb = std::string(text);
    return !verb->empty() && verb->find('+') == std::string::npos;
  }
  bool seen = false;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('_', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    if (word[0] == '+') {
      if (seen || word.size() == 1) return false;
      seen = true;
      *verb = std::string(word.substr(1));
    } else {
      (seen ? after : before)->emplace_back(word);
    }
  }
  return seen;
}

}  // namespace

bool VerbCode::is_cameo() const { return IsCameoPart(forward) && IsCameoPart(reverse); }

bool VerbCode::Parse(std::string_view text, VerbCode* out) {
  VerbCode code;
  code.raw = std::string(Trim(text));
  size_t colon = code.raw.find(':');
  if (colon == std::string::npos) {
    if (!ParseCodePart(code.raw, &code.forward)) return false;
  } else {
    if (!ParseCodePart(std::string_view(code.raw).substr(0, colon), &code.forward) ||
        !ParseCodePart(std::string_view(code.raw).substr(colon + 1), &code.reverse))
      return false;
  }
  *out = std::move(code);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Reader

class VerbReader {
 public:
  VerbReader(VerbDictionary* dict, std::string_view file, const PhraseLoadOptions& options)
      : dict_(dict), file_(file), options_(options) {
    if (options.stems == StemMode::kTabari) dict_->lexical_verbs_ = true;
  }

  Status Read(std::string_view text);
  Status Finish();  // resolves synset references, builds the index
  std::vector<std::string> TakeWarnings() { return std::move(warnings_); }

 private:
  Status Problem(uint32_t line, std::string message) {
    std::string full = LineError(file_, line, message);
    if (options_.strict) return Status::Error(std::move(full));
    warnings_.push_back(std::move(full));
    return Status::OK();
  }
  Status ReadBlockHeader(std::string_view content, uint32_t line);
  Status ReadSynsetMember(std::string_view content, uint32_t line);
  Status ReadPattern(std::string_view content, std::string_view comment, std::string_view raw,
                     uint32_t line);
  Status ReadVerbLine(std::string_view content, uint32_t line);
  Status ReadTransformation(std::string_view content, std::string_view raw, uint32_t line);
  Status ParseElements(const std::vector<std::string_view>& tokens, uint32_t line,
                       std::vector<PatternElement>* out, bool* ok);
  void AddForm(uint32_t entry, VerbFormKind kind, const std::vector<std::string>& before,
               const std::string& verb, const std::vector<std::string>& after, bool stem = false);
  Status ReadOnePattern(std::string_view content, std::string_view comment, std::string_view raw,
                        uint32_t line);
  void OpenTabariBlock(std::string_view content, uint32_t line);

  VerbDictionary* dict_;
  std::string_view file_;
  PhraseLoadOptions options_;
  std::vector<std::string> warnings_;
  enum class Context { kNone, kSynset, kBlock } context_ = Context::kNone;
  // Patterns whose synset names are resolved in Finish(): (pattern index, line).
  std::vector<std::pair<uint32_t, uint32_t>> pending_patterns_;
};

Status VerbReader::Read(std::string_view text) {
  internal::LineReader reader(text);
  std::string_view raw;
  while (reader.Next(&raw)) {
    const uint32_t line = reader.line_number();
    std::string_view content, comment;
    internal::SplitComment(raw, &content, &comment);
    if (content.empty() || content.starts_with("<!")) continue;
    Status status;
    if (content.starts_with("---")) {
      status = ReadBlockHeader(content, line);
    } else if (content[0] == '-') {
      status = ReadPattern(content, comment, raw, line);
    } else if (content[0] == '&') {
      Synset synset;
      std::string name = internal::ToUpper(content);
      if (name.find_first_of(" \t") != std::string::npos) {
        status = Problem(line, "synset label '" + name + "' contains a blank");
      } else {
        synset.no_plurals = name.back() == '_';
        while (!name.empty() && name.back() == '_') name.pop_back();
        synset.name = name;
        synset.where = SourceLine{file_, line};
        if (dict_->synset_by_name_.count(name))
          status = Problem(line, "synset " + name + " defined twice; the later one is used");
        dict_->synset_by_name_[name] = static_cast<uint32_t>(dict_->synsets_.size());
        dict_->synsets_.push_back(std::move(synset));
        context_ = Context::kSynset;
      }
    } else if (content[0] == '+' && context_ == Context::kSynset) {
      status = ReadSynsetMember(content, line);
    } else if (content[0] == '~') {
      status = ReadTransformation(content, raw, line);
    } else {
      status = ReadVerbLine(content, line);
    }
    if (!status.ok()) return status;
  }
  return Status::OK();
}

Status VerbReader::ReadBlockHeader(std::string_view content, uint32_t line) {
  // "---  ACCELERATE   [---]  ---" (the Phoenix file also has "--- DELAY [120]---  ---").
  std::string_view inner = content;
  while (!inner.empty() && inner.front() == '-') inner.remove_prefix(1);
  VerbBlock block;
  block.where = SourceLine{file_, line};
  size_t open = inner.find('[');
  if (open != std::string_view::npos) {
    size_t close = inner.find(']', open);
    if (close == std::string_view::npos) return Problem(line, "missing ']' in block header");
    if (!VerbCode::Parse(inner.substr(open + 1, close - open - 1), &block.code))
      return Problem(line, "invalid code in block header");
    if (!block.code.is_cameo())
      if (Status s = Problem(line, "non-CAMEO code [" + block.code.raw + "] kept as written");
          !s.ok())
        return s;
    inner = inner.substr(0, open);
  } else {
    while (!inner.empty() && (inner.back() == '-' || inner.back() == ' ')) inner.remove_suffix(1);
  }
  block.name = internal::ToUpper(Trim(inner));
  if (block.name.empty()) return Problem(line, "block header without a name");
  dict_->block_by_name_.emplace(block.name, static_cast<uint32_t>(dict_->blocks_.size()));
  dict_->blocks_.push_back(std::move(block));
  context_ = Context::kBlock;
  return Status::OK();
}

Status VerbReader::ReadSynsetMember(std::string_view content, uint32_t line) {
  Synset& synset = dict_->synsets_.back();
  std::string_view phrase = Trim(content.substr(1));
  if (phrase.empty()) return Problem(line, "empty synset member");
  if (phrase.find('&') != std::string_view::npos) {
    // A synset inside a synset (TABARI allowed it): the members of an earlier definition, with
    // the words around it ("+&TIETYPES_MEMOS", "+MEMOS_ON_&TIETYPES"); no plurals.
    std::vector<std::string> before, after;
    std::string name;
    const std::string upper = internal::ToUpper(phrase);
    for (std::string_view word : internal::SplitWhitespace(upper)) {
      size_t pos = 0;
      while (pos <= word.size()) {
        size_t end = std::min(word.find('_', pos), word.size());
        std::string_view part = word.substr(pos, end - pos);
        pos = end + 1;
        if (part.empty()) continue;
        if (part[0] == '&' && name.empty()) {
          name = std::string(part);
          continue;
        }
        for (std::string& norm : internal::DictionaryPhrase(part, StemMode::kExact).words)
          (name.empty() ? before : after).push_back(std::move(norm));
      }
    }
    auto inner = dict_->synset_by_name_.find(name);
    if (inner == dict_->synset_by_name_.end() || &dict_->synsets_[inner->second] == &synset)
      return Problem(line, "synset member " + name + " is not a synset defined earlier");
    std::vector<Synset::Member> copied = dict_->synsets_[inner->second].members;
    for (Synset::Member& member : copied) {
      std::vector<std::string> words = before;
      words.insert(words.end(), member.words.begin(), member.words.end());
      words.insert(words.end(), after.begin(), after.end());
      member.words = std::move(words);
      member.where = SourceLine{file_, line};
      synset.members.push_back(std::move(member));
    }
    return Status::OK();
  }
  bool no_plural = synset.no_plurals || phrase.back() == '_';
  internal::PhraseWords words = internal::DictionaryPhrase(phrase, StemMode::kExact);
  if (words.words.empty()) return Problem(line, "synset member without words");
  synset.members.push_back(Synset::Member{words.words, false, SourceLine{file_, line}});
  synset.members.back().stem_last = options_.stems == StemMode::kTabari && phrase.back() != '_';
  synset.members.back().open = options_.stems == StemMode::kTabari &&
                               phrase.find_first_of(" \t") != std::string_view::npos;
  if (no_plural) return Status::OK();
  // Plural of the last word: PETRARCH2's rule (...Y -> IES, ...S -> ES replacing the S, else S)
  // plus the English spelling where it differs (...S -> SES, vowel+Y -> YS).
  std::string last = words.words.back();
  if (last.empty() || last.back() < 'A' || last.back() > 'Z') return Status::OK();
  std::vector<std::string> plurals;
  char before = last.size() >= 2 ? last[last.size() - 2] : ' ';
  if (last.back() == 'Y') plurals.push_back(last.substr(0, last.size() - 1) + "IES");
  else if (last.back() == 'S') plurals.push_back(last.substr(0, last.size() - 1) + "ES");
  else plurals.push_back(last + "S");
  if (last.back() == 'S') AddUnique(&plurals, last + "ES");
  if (last.back() == 'Y' && IsVowel(before)) AddUnique(&plurals, last + "S");
  for (const std::string& plural : plurals) {
    Synset::Member member{words.words, true, SourceLine{file_, line}};
    member.words.back() = plural;
    synset.members.push_back(std::move(member));
  }
  return Status::OK();
}

namespace {

// The words of a pattern word element and which of them are TABARI stems: pieces joined by '_'
// are adjacent words; the last is a stem unless the element ends in '_', and a piece marked
// '~' is a stem wherever it stands ("REAL~_PLEASANT", "THE_NEAT~_PLACE").
void SetPatternWords(std::string_view core, PatternElement* element) {
  element->text = internal::ToUpper(core);
  std::erase(element->text, '~');
  while (element->text.size() > 1 && element->text.back() == '_') element->text.pop_back();
  element->words.clear();
  element->stem_mask = 0;
  const bool exact_end = !core.empty() && core.back() == '_';
  size_t pos = 0;
  while (pos <= core.size()) {
    size_t end = std::min(core.find('_', pos), core.size());
    std::string_view piece = core.substr(pos, end - pos);
    bool marked = !piece.empty() && piece.back() == '~';
    if (marked) piece.remove_suffix(1);
    std::vector<std::string> words = internal::DictionaryPhrase(piece, StemMode::kExact).words;
    bool last = core.find_first_not_of("_~", end) == std::string_view::npos;
    if (!words.empty() && (marked || (last && !exact_end)) && element->words.size() + words.size() <= 32) {
      element->stem_mask |= 1u << (element->words.size() + words.size() - 1);
    }
    for (std::string& w : words) element->words.push_back(std::move(w));
    if (end == core.size()) break;
    pos = end + 1;
  }
}

}  // namespace

Status VerbReader::ParseElements(const std::vector<std::string_view>& tokens, uint32_t line,
                                 std::vector<PatternElement>* out, bool* ok) {
  int noun_depth = 0, prep_depth = 0;
  auto simple = [](PatternElementKind kind, std::string text) {
    PatternElement element;
    element.kind = kind;
    element.text = std::move(text);
    return element;
  };
  for (std::string_view token : tokens) {
    while (!token.empty() && (token.front() == '{' || token.front() == '(')) {
      if (token.front() == '{') {
        out->push_back(simple(PatternElementKind::kNounOpen, "{"));
        ++noun_depth;
      } else {
        out->push_back(simple(PatternElementKind::kPrepOpen, "("));
        ++prep_depth;
      }
      token.remove_prefix(1);
    }
    size_t closers = 0;
    while (closers < token.size() &&
           (token[token.size() - 1 - closers] == '}' || token[token.size() - 1 - closers] == ')'))
      ++closers;
    std::string_view core = token.substr(0, token.size() - closers);
    bool glued = false;  // the element made from `core` is glued to the one before it
    // "NEW_&TIETYPES_RELATIONS": '_' glues a synset to adjacent words; the words before it
    // become their own element, the rest is split in Finish() once all synsets are known.
    if (size_t amp = core.find('&'); amp != std::string_view::npos && amp > 0 &&
                                     core[amp - 1] == '_') {
      PatternElement word;
      word.kind = PatternElementKind::kWord;
      SetPatternWords(core.substr(0, amp), &word);
      if (!word.words.empty()) {
        out->push_back(std::move(word));
        glued = true;
      }
      core = core.substr(amp);
    }
    // "SUGGESTED_+": a word glued to an actor slot.
    std::string_view glued_slot;
    if (core.size() > 2 && core[core.size() - 2] == '_' &&
        (core.back() == '+' || core.back() == '$' || core.back() == '%')) {
      glued_slot = core.substr(core.size() - 1);
      core = core.substr(0, core.size() - 1);
    }
    if (!core.empty()) {
      PatternElement element;
      element.text = internal::ToUpper(core);
      if (core == "$") element.kind = PatternElementKind::kSource;
      else if (core == "+") element.kind = PatternElementKind::kTarget;
      else if (core == "%") element.kind = PatternElementKind::kCompound;
      else if (core == "^") element.kind = PatternElementKind::kSkip;
      else if (core == "|") element.kind = PatternElementKind::kBar;
      else if (core[0] == '&') {
        element.kind = PatternElementKind::kSynset;
        while (element.text.size() > 1 && element.text.back() == '_') element.text.pop_back();
      } else {
        element.kind = PatternElementKind::kWord;
        SetPatternWords(core, &element);
        if (element.words.empty()) {
          *ok = false;
          return Problem(line, "pattern element '" + std::string(core) + "' has no words");
        }
      }
      element.glued = glued;
      out->push_back(std::move(element));
    }
    if (!glued_slot.empty()) {
      PatternElement slot = simple(glued_slot == "+"   ? PatternElementKind::kTarget
                                   : glued_slot == "$" ? PatternElementKind::kSource
                                                       : PatternElementKind::kCompound,
                                   std::string(glued_slot));
      slot.glued = true;
      out->push_back(std::move(slot));
    }
    for (size_t i = token.size() - closers; i < token.size(); ++i) {
      if (token[i] == '}') {
        out->push_back(simple(PatternElementKind::kNounClose, "}"));
        --noun_depth;
      } else {
        out->push_back(simple(PatternElementKind::kPrepClose, ")"));
        --prep_depth;
      }
      if (noun_depth < 0 || prep_depth < 0) {
        *ok = false;
        return Problem(line, "unbalanced '}' or ')' in pattern");
      }
    }
  }
  if (noun_depth != 0 || prep_depth != 0) {
    *ok = false;
    return Problem(line, "unclosed '{' or '(' in pattern");
  }
  return Status::OK();
}

namespace {

// "- * FOR { SANCTIONS | BOYCOTT } [172]" -> "- * FOR  SANCTIONS  [172]", "- * FOR  BOYCOTT  [172]".
// Only '{...}' groups holding a '|' are alternatives; each group multiplies the variants. A '_'
// gluing a group to a word ("DEMAND_{ A | B }_CONVENTIONS") glues each alternative to it.
std::vector<std::string> ExpandAlternatives(std::string_view text) {
  std::vector<std::string> done, todo{std::string(text)};
  while (!todo.empty()) {
    std::string current = std::move(todo.back());
    todo.pop_back();
    size_t open = std::string::npos, close = std::string::npos;
    for (size_t at = current.find('{'); at != std::string::npos; at = current.find('{', at + 1)) {
      size_t end = current.find('}', at);
      if (end == std::string::npos) break;
      if (current.find('|', at) < end) {
        open = at;
        close = end;
        break;
      }
    }
    if (open == std::string::npos) {
      done.push_back(std::move(current));
      continue;
    }
    std::string_view inner = std::string_view(current).substr(open + 1, close - open - 1);
    // "APPLY_{ GENEVA | INTERNATIONAL }_CONVENTIONS": the '_' glues every alternative.
    const bool glued_left = open > 0 && current[open - 1] == '_';
    const bool glued_right = close + 1 < current.size() && current[close + 1] == '_';
    while (true) {
      size_t bar = inner.find('|');
      std::string alternative(Trim(inner.substr(0, bar)));
      if (glued_right) {
        while (!alternative.empty() && alternative.back() == '_') alternative.pop_back();
      }
      todo.push_back(current.substr(0, open) + (glued_left ? "" : " ") + alternative +
                     (glued_right ? "" : " ") + current.substr(close + 1));
      if (bar == std::string_view::npos) break;
      inner.remove_prefix(bar + 1);
    }
  }
  std::reverse(done.begin(), done.end());  // keep the alternatives in text order
  return done;
}

}  // namespace

Status VerbReader::ReadPattern(std::string_view content, std::string_view comment,
                               std::string_view raw, uint32_t line) {
  if (content.find('|') == std::string_view::npos)
    return ReadOnePattern(content, comment, raw, line);
  for (const std::string& variant : ExpandAlternatives(content))
    if (Status s = ReadOnePattern(variant, comment, raw, line); !s.ok()) return s;
  return Status::OK();
}

Status VerbReader::ReadOnePattern(std::string_view content, std::string_view comment,
                                  std::string_view raw, uint32_t line) {
  if (context_ != Context::kBlock || dict_->blocks_.empty())
    return Problem(line, "pattern outside a verb block");
  std::string_view body = Trim(content.substr(1));
  size_t open = body.rfind('[');
  size_t close = body.rfind(']');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open)
    return Problem(line, "pattern without a [code]");
  if (!Trim(body.substr(close + 1)).empty())
    return Problem(line, "text after the pattern's [code]");
  VerbPattern pattern;
  if (!VerbCode::Parse(body.substr(open + 1, close - open - 1), &pattern.code))
    return Problem(line, "invalid pattern code [" +
                             std::string(body.substr(open + 1, close - open - 1)) + "]");
  if (!pattern.code.is_cameo())
    if (Status s = Problem(line, "non-CAMEO code [" + pattern.code.raw + "] kept as written");
        !s.ok())
      return s;
  // Split at the '*' character as PETRARCH2 does, so "- *SCEPTICAL" and "- SPY_*_DEAL" work.
  std::string_view words = body.substr(0, open);
  size_t star = words.find('*');
  if (star == std::string_view::npos) return Problem(line, "pattern without '*' (the verb position)");
  if (words.find('*', star + 1) != std::string_view::npos)
    return Problem(line, "pattern with more than one '*'");
  bool ok = true;
  pattern.before_glued = star > 0 && words[star - 1] == '_';
  pattern.after_glued = star + 1 < words.size() && words[star + 1] == '_';
  std::vector<std::string_view> before = internal::SplitWhitespace(words.substr(0, star));
  std::vector<std::string_view> after = internal::SplitWhitespace(words.substr(star + 1));
  // "SPY_*_DEAL": the '_' only glued a word to the '*'; drop such leading underscores.
  for (auto* side : {&before, &after})
    for (std::string_view& token : *side)
      while (!token.empty() && token.front() == '_') token.remove_prefix(1);
  std::erase_if(before, [](std::string_view t) { return t.empty(); });
  std::erase_if(after, [](std::string_view t) { return t.empty(); });
  if (Status s = ParseElements(before, line, &pattern.before, &ok); !s.ok() || !ok) return s;
  if (Status s = ParseElements(after, line, &pattern.after, &ok); !s.ok() || !ok) return s;
  pattern.block = static_cast<uint32_t>(dict_->blocks_.size() - 1);
  pattern.comment = std::string(comment);
  pattern.text = std::string(Trim(raw));
  pattern.where = SourceLine{file_, line};
  uint32_t index = static_cast<uint32_t>(dict_->patterns_.size());
  dict_->patterns_.push_back(std::move(pattern));
  pending_patterns_.emplace_back(index, line);
  return Status::OK();
}

void VerbReader::AddForm(uint32_t entry, VerbFormKind kind, const std::vector<std::string>& before,
                         const std::string& verb, const std::vector<std::string>& after,
                         bool stem) {
  VerbForm form;
  form.entry = entry;
  form.kind = kind;
  form.stem = stem;
  for (const std::string& word : before)
    for (std::string& norm : internal::DictionaryPhrase(word, StemMode::kExact).words)
      form.words.push_back(std::move(norm));
  std::vector<std::string> verb_words = internal::DictionaryPhrase(verb, StemMode::kExact).words;
  if (verb_words.empty()) return;
  // A hyphenated verb ("RE-ADMIT" -> RE - ADMIT) has its last part as the verb word.
  form.verb_offset = static_cast<uint32_t>(form.words.size() + verb_words.size() - 1);
  for (std::string& norm : verb_words) form.words.push_back(std::move(norm));
  for (const std::string& word : after)
    for (std::string& norm : internal::DictionaryPhrase(word, StemMode::kExact).words)
      form.words.push_back(std::move(norm));
  dict_->max_verb_offset_ = std::max(dict_->max_verb_offset_, form.verb_offset);
  dict_->forms_.push_back(std::move(form));
}

// TABARI: the verb line is its own block, named by the verb and coded by the line's code.
void VerbReader::OpenTabariBlock(std::string_view content, uint32_t line) {
  VerbBlock block;
  block.where = SourceLine{file_, line};
  size_t open = content.find('[');
  size_t close = open == std::string_view::npos ? open : content.find(']', open);
  if (close != std::string_view::npos &&
      !VerbCode::Parse(content.substr(open + 1, close - open - 1), &block.code))
    block.code = VerbCode{};
  std::string_view name = Trim(content.substr(0, std::min(open, content.find('{'))));
  block.name = internal::ToUpper(name);
  dict_->block_by_name_.emplace(block.name, static_cast<uint32_t>(dict_->blocks_.size()));
  dict_->blocks_.push_back(std::move(block));
  context_ = Context::kBlock;
}

Status VerbReader::ReadVerbLine(std::string_view content, uint32_t line) {
  // TABARI legacy comments start with ';' ("SCRAP {...};shan 8/30/93").
  if (size_t semicolon = content.find(';'); semicolon != std::string_view::npos)
    content = Trim(content.substr(0, semicolon));
  const bool tabari = options_.stems == StemMode::kTabari;
  if (tabari) OpenTabariBlock(content, line);
  if (context_ != Context::kBlock || dict_->blocks_.empty())
    return Problem(line, "verb '" + std::string(content) + "' outside a verb block");
  VerbEntry entry;
  entry.block = static_cast<uint32_t>(dict_->blocks_.size() - 1);
  entry.where = SourceLine{file_, line};
  entry.code = dict_->blocks_.back().code;

  std::string_view rest = content;
  size_t code_open = rest.find('[');
  if (code_open != std::string_view::npos) {
    size_t code_close = rest.find(']', code_open);
    if (code_close == std::string_view::npos) return Problem(line, "missing ']' after verb code");
    if (!Trim(rest.substr(code_close + 1)).empty())
      return Problem(line, "text after the verb's [code]");
    if (!VerbCode::Parse(rest.substr(code_open + 1, code_close - code_open - 1), &entry.code))
      return Problem(line, "invalid verb code");
    if (!entry.code.is_cameo())
      if (Status s = Problem(line, "non-CAMEO code [" + entry.code.raw + "] kept as written");
          !s.ok())
        return s;
    entry.has_own_code = true;
    rest = Trim(rest.substr(0, code_open));
  }
  std::vector<std::string_view> irregular;
  size_t brace = rest.find('{');
  if (brace != std::string_view::npos) {
    size_t brace_close = rest.find('}', brace);
    if (brace_close == std::string_view::npos) return Problem(line, "missing '}'");
    if (!Trim(rest.substr(brace_close + 1)).empty()) return Problem(line, "text after '}'");
    std::string list(rest.substr(brace + 1, brace_close - brace - 1));
    std::replace(list.begin(), list.end(), ',', ' ');
    for (std::string_view form : internal::SplitWhitespace(list)) {
      // SplitWhitespace returns views into `list`; keep them alive by copying below.
      irregular.push_back(form);
    }
    std::vector<std::string> copies(irregular.begin(), irregular.end());
    irregular.clear();
    rest = Trim(rest.substr(0, brace));
    std::vector<std::string_view> base_parts = internal::SplitWhitespace(rest);
    if (base_parts.size() != 1) return Problem(line, "expected one verb before '{'");
    entry.text = internal::ToUpper(base_parts[0]);
    if (tabari) {  // "ACT_ {ACTING_ ...}": TABARI's exact-word marks
      while (entry.text.size() > 1 && entry.text.back() == '_') entry.text.pop_back();
      for (std::string& form : copies)
        while (form.size() > 1 && form.back() == '_') form.pop_back();
    }
    if (!SplitCompound(entry.text, &entry.before, &entry.verb_word, &entry.after))
      return Problem(line, "multi-word verb '" + entry.text + "' needs exactly one '+' word");
    uint32_t index = static_cast<uint32_t>(dict_->entries_.size());
    dict_->entries_.push_back(entry);
    dict_->blocks_.back().entries.push_back(index);
    AddForm(index, VerbFormKind::kBase, entry.before, entry.verb_word, entry.after);
    for (const std::string& raw_form : copies) {
      std::vector<std::string> before, after;
      std::string verb;
      std::string upper = internal::ToUpper(raw_form);
      if (!SplitCompound(upper, &before, &verb, &after)) {
        if (Status s = Problem(line, "irregular form '" + upper + "' of a multi-word verb needs "
                                     "exactly one '+' word; skipped");
            !s.ok())
          return s;
        continue;
      }
      // Single-word irregulars of a multi-word verb keep the verb's other words.
      if (upper.find('_') == std::string::npos && (!entry.before.empty() || !entry.after.empty())) {
        before = entry.before;
        after = entry.after;
      }
      AddForm(index, ClassifyIrregular(entry.verb_word, verb), before, verb, after);
    }
    return Status::OK();
  }

  std::vector<std::string_view> parts = internal::SplitWhitespace(rest);
  if (parts.empty()) return Problem(line, "empty verb line");
  entry.text = internal::ToUpper(parts[0]);
  if (tabari && parts.size() == 1 && entry.text.find_first_of("+") == std::string::npos &&
      entry.text.find('_') >= entry.text.size() - 1) {
    // "RESTOR" (a stem) or "DEPART_" (DEPART with TABARI's regular endings: DEPARTS,
    // DEPARTES, DEPARTED, DEPARTEN, DEPARTING; DEPLORE_ -> DEPLORED; not DEPARTX).
    const bool exact = entry.text.back() == '_';
    while (!entry.text.empty() && entry.text.back() == '_') entry.text.pop_back();
    if (entry.text.empty()) return Problem(line, "empty verb line");
    entry.verb_word = entry.text;
    uint32_t index = static_cast<uint32_t>(dict_->entries_.size());
    dict_->entries_.push_back(entry);
    dict_->blocks_.back().entries.push_back(index);
    AddForm(index, VerbFormKind::kBase, {}, entry.verb_word, {}, /*stem=*/!exact);
    if (exact) {
      const std::string& w = entry.verb_word;
      const bool e_final = w.back() == 'E';
      AddForm(index, VerbFormKind::kThirdPerson, {}, w + "S", {});
      if (!e_final) AddForm(index, VerbFormKind::kThirdPerson, {}, w + "ES", {});
      AddForm(index, VerbFormKind::kPast, {}, w + (e_final ? "D" : "ED"), {});
      AddForm(index, VerbFormKind::kIrregular, {}, w + (e_final ? "N" : "EN"), {});
      AddForm(index, VerbFormKind::kGerund, {}, w + "ING", {});
      if (e_final) AddForm(index, VerbFormKind::kGerund, {}, w.substr(0, w.size() - 1) + "ING", {});
    }
    return Status::OK();
  }
  if (parts.size() > 1) {
    // "LASH OUT" (TABARI style, blanks and no '+'): read as +LASH_OUT, the verb first.
    if (std::string(rest).find_first_of("+_") != std::string::npos)
      return Problem(line, "expected one verb (words of a multi-word verb are joined by '_')");
    entry.text = "+" + entry.text;
    for (size_t i = 1; i < parts.size(); ++i) entry.text += "_" + internal::ToUpper(parts[i]);
    if (Status s = Problem(line, "multi-word verb without '+' read as " + entry.text); !s.ok())
      return s;
  }
  if (!SplitCompound(entry.text, &entry.before, &entry.verb_word, &entry.after))
    return Problem(line, "multi-word verb '" + entry.text + "' needs exactly one '+' word");
  uint32_t index = static_cast<uint32_t>(dict_->entries_.size());
  dict_->entries_.push_back(entry);
  dict_->blocks_.back().entries.push_back(index);
  const std::string& v = entry.verb_word;
  AddForm(index, VerbFormKind::kBase, entry.before, v, entry.after);
  if (v.back() < 'A' || v.back() > 'Z') return Status::OK();
  for (const std::string& f : ThirdPersonForms(v))
    AddForm(index, VerbFormKind::kThirdPerson, entry.before, f, entry.after);
  for (const std::string& f : PastForms(v))
    AddForm(index, VerbFormKind::kPast, entry.before, f, entry.after);
  for (const std::string& f : GerundForms(v))
    AddForm(index, VerbFormKind::kGerund, entry.before, f, entry.after);
  return Status::OK();
}

Status VerbReader::ReadTransformation(std::string_view content, std::string_view raw,
                                      uint32_t line) {
  std::string body = internal::ToUpper(Trim(content.substr(1)));
  size_t equals = body.find('=');
  if (equals == std::string::npos) return Problem(line, "transformation without '='");
  auto split = [](std::string_view side) {
    std::string spaced;
    for (char c : side) {
      if (c == '(' || c == ')') {
        spaced += ' ';
        spaced += c;
        spaced += ' ';
      } else {
        spaced += c;
      }
    }
    std::vector<std::string> out;
    for (std::string_view part : internal::SplitWhitespace(spaced)) out.emplace_back(part);
    return out;
  };
  Transformation transformation;
  transformation.lhs = split(std::string_view(body).substr(0, equals));
  transformation.rhs = split(std::string_view(body).substr(equals + 1));
  if (transformation.lhs.empty() || transformation.rhs.empty())
    return Problem(line, "transformation with an empty side");
  transformation.text = std::string(Trim(raw));
  transformation.where = SourceLine{file_, line};
  dict_->transformations_.push_back(std::move(transformation));
  return Status::OK();
}

Status VerbReader::Finish() {
  // Resolve synset references; drop patterns naming an undefined synset (PETRARCH2 cannot match
  // them either).
  std::vector<bool> keep(dict_->patterns_.size(), true);
  for (auto [index, line] : pending_patterns_) {
    VerbPattern& pattern = dict_->patterns_[index];
    for (auto* side : {&pattern.before, &pattern.after}) {
      for (size_t e = 0; e < side->size(); ++e) {
        PatternElement& element = (*side)[e];
        if (element.kind != PatternElementKind::kSynset) continue;
        auto found = dict_->synset_by_name_.find(element.text);
        // "&TIETYPES_RELATIONS" names no synset: the longest defined prefix ending before a
        // '_' is the synset and the rest are words that must follow it.
        for (size_t cut = element.text.rfind('_');
             found == dict_->synset_by_name_.end() && cut != std::string::npos && cut > 1;
             cut = element.text.rfind('_', cut - 1)) {
          auto prefix = dict_->synset_by_name_.find(element.text.substr(0, cut));
          if (prefix == dict_->synset_by_name_.end()) continue;
          PatternElement rest;
          rest.kind = PatternElementKind::kWord;
          SetPatternWords(element.text.substr(cut + 1), &rest);
          // TABARI checks the '_' before a synset but not the one after it ("MOST_CERTAINLY_
          // &NEGATVAUXVRB_EVER" matches "most certainly really did not even ever"); PETRARCH2
          // checks both.
          rest.glued = options_.stems != StemMode::kTabari;
          element.text = prefix->first;
          found = prefix;
          if (!rest.words.empty()) side->insert(side->begin() + e + 1, std::move(rest));
          break;  // `element` may dangle after the insert
        }
        PatternElement& resolved = (*side)[e];
        if (found == dict_->synset_by_name_.end()) {
          keep[index] = false;
          if (Status s = Problem(line, "undefined synset " + resolved.text + "; pattern skipped");
              !s.ok())
            return s;
          break;
        }
        resolved.synset = found->second;
      }
      if (!keep[index]) break;
    }
  }
  std::vector<VerbPattern> kept;
  kept.reserve(dict_->patterns_.size());
  for (size_t i = 0; i < dict_->patterns_.size(); ++i)
    if (keep[i]) kept.push_back(std::move(dict_->patterns_[i]));
  dict_->patterns_ = std::move(kept);
  for (VerbBlock& block : dict_->blocks_) block.patterns.clear();
  for (uint32_t i = 0; i < dict_->patterns_.size(); ++i)
    dict_->blocks_[dict_->patterns_[i].block].patterns.push_back(i);

  // Index the forms. When two verb lines produce the same form, the first one keeps it
  // (PETRARCH2 stores forms with setdefault): adding in reverse order lets the earliest win.
  PhraseIndex::Builder builder, late_builder;
  for (size_t i = dict_->forms_.size(); i-- > 0;) {
    const VerbForm& form = dict_->forms_[i];
    builder.Add(form.words, static_cast<uint32_t>(i), form.stem);
    if (form.verb_offset > 0) late_builder.Add(form.words, static_cast<uint32_t>(i), form.stem);
  }
  dict_->index_ = std::move(builder).Build();
  dict_->late_index_ = std::move(late_builder).Build();
  return Status::OK();
}

// ---------------------------------------------------------------------------------------------
// VerbDictionary

Result<VerbDictionary> VerbDictionary::LoadFile(const std::string& path,
                                                const PhraseLoadOptions& options) {
  Result<std::string> text = internal::ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return LoadText(text.value(), path, options);
}

Result<VerbDictionary> VerbDictionary::LoadText(std::string_view text, std::string_view file_name,
                                                const PhraseLoadOptions& options) {
  VerbDictionary dict;
  std::string_view file = dict.files_.Intern(std::string(file_name));
  VerbReader reader(&dict, file, options);
  if (Status s = reader.Read(text); !s.ok()) return s;
  if (Status s = reader.Finish(); !s.ok()) return s;
  dict.warnings_ = reader.TakeWarnings();
  return dict;
}

VerbMatch VerbDictionary::MatchAt(std::span<const text::Token> tokens, size_t start) const {
  PhraseMatch match = index_.LongestMatch(tokens, start);
  if (!match.found()) return {};
  return VerbMatch{&forms_[match.value], static_cast<uint32_t>(start),
                   static_cast<uint32_t>(start + match.length)};
}

VerbMatch VerbDictionary::MatchAt(std::span<const std::string> words, size_t start) const {
  PhraseMatch match = index_.LongestMatch(words, start);
  if (!match.found()) return {};
  return VerbMatch{&forms_[match.value], static_cast<uint32_t>(start),
                   static_cast<uint32_t>(start + match.length)};
}

template <typename AllMatchesAt>
VerbMatch VerbDictionary::MatchVerbWordImpl(size_t count, size_t verb_index,
                                            AllMatchesAt all_matches_at) const {
  VerbMatch best;
  if (verb_index >= count) return best;
  PhraseMatch matches[16];
  size_t max_offset = std::min<size_t>(max_verb_offset_, verb_index);
  for (size_t offset = 0; offset <= max_offset; ++offset) {
    size_t start = verb_index - offset;
    // Forms whose verb word is not their first word are few ("RE_+ARREST"): for offset > 0
    // only their small index is searched.
    const PhraseIndex& index = offset == 0 ? index_ : late_index_;
    size_t found = all_matches_at(index, start, std::span<PhraseMatch>(matches));
    for (size_t i = 0; i < found; ++i) {
      const VerbForm& form = forms_[matches[i].value];
      if (form.verb_offset != offset) continue;
      if (!best.found() || matches[i].length > best.end - best.begin)
        best = VerbMatch{&form, static_cast<uint32_t>(start),
                         static_cast<uint32_t>(start + matches[i].length)};
    }
  }
  return best;
}

VerbMatch VerbDictionary::MatchVerbWord(std::span<const text::Token> tokens,
                                        size_t verb_index) const {
  auto all_matches = [&](const PhraseIndex& index, size_t start, std::span<PhraseMatch> out) {
    return index.AllMatches(tokens, start, out);
  };
  return MatchVerbWordImpl(tokens.size(), verb_index, all_matches);
}

VerbMatch VerbDictionary::MatchVerbWord(std::span<const text::Token> tokens,
                                        std::span<const uint64_t> word_hashes,
                                        size_t verb_index) const {
  auto all_matches = [&](const PhraseIndex& index, size_t start, std::span<PhraseMatch> out) {
    return index.AllMatches(tokens, word_hashes, start, out);
  };
  return MatchVerbWordImpl(tokens.size(), verb_index, all_matches);
}

VerbMatch VerbDictionary::MatchVerbWord(std::span<const std::string> words,
                                        size_t verb_index) const {
  auto all_matches = [&](const PhraseIndex& index, size_t start, std::span<PhraseMatch> out) {
    return index.AllMatches(words, start, out);
  };
  return MatchVerbWordImpl(words.size(), verb_index, all_matches);
}

const VerbBlock* VerbDictionary::FindBlock(std::string_view name) const {
  auto found = block_by_name_.find(internal::ToUpper(name));
  return found == block_by_name_.end() ? nullptr : &blocks_[found->second];
}

const Synset* VerbDictionary::FindSynset(std::string_view name) const {
  std::string key = internal::ToUpper(name);
  while (key.size() > 1 && key.back() == '_') key.pop_back();
  auto found = synset_by_name_.find(key);
  return found == synset_by_name_.end() ? nullptr : &synsets_[found->second];
}

const VerbForm* VerbDictionary::FindForm(std::string_view text) const {
  std::string phrase = internal::ToUpper(text);
  phrase.erase(std::remove(phrase.begin(), phrase.end(), '+'), phrase.end());
  uint32_t index = index_.Find(internal::DictionaryPhrase(phrase, StemMode::kExact).words);
  return index == kNoValue ? nullptr : &forms_[index];
}

size_t VerbDictionary::memory_bytes() const {
  size_t bytes = index_.memory_bytes() + late_index_.memory_bytes();
  for (const VerbForm& form : forms_) {
    bytes += sizeof(VerbForm);
    for (const std::string& word : form.words) bytes += sizeof(std::string) + word.capacity();
  }
  bytes += entries_.size() * sizeof(VerbEntry) + blocks_.size() * sizeof(VerbBlock);
  for (const VerbPattern& pattern : patterns_)
    bytes += sizeof(VerbPattern) + pattern.text.capacity() + pattern.comment.capacity() +
             (pattern.before.size() + pattern.after.size()) * sizeof(PatternElement);
  for (const Synset& synset : synsets_) bytes += synset.members.size() * sizeof(Synset::Member);
  return bytes;
}

}  // namespace dyadwatch::lexicon
