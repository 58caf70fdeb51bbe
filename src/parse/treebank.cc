#include "parse/treebank.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <fstream>

#include "text/normalize.h"
#include "text/tokenizer.h"

namespace dyadwatch::parse {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return fields;
    }
    fields.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// "co-workers" -> "co" "-" "workers", "2019-20" -> "2019" "-" "20" when every part is
// alphanumeric, as the text stage's tokenizer splits every hyphen.
bool SplitHyphenated(const TreebankWord& word, std::vector<TreebankWord>* out) {
  const std::string& f = word.form;
  if (f.size() < 3 || f.find('-') == std::string::npos) return false;
  std::vector<std::string> parts;
  std::string part;
  for (char c : f) {
    if (c == '-') {
      if (part.empty()) return false;
      parts.push_back(part);
      part.clear();
    } else if (IsAsciiAlnum(c)) {
      part += c;
    } else {
      return false;
    }
  }
  if (part.empty()) return false;
  parts.push_back(part);
  // Earlier parts: proper-noun compounds stay NNP, numbers CD, other modifiers NN (EWT tags split
  // compounds like "mountaintop - mining" as NN HYPH NN); the last part keeps the word's tag.
  for (size_t i = 0; i < parts.size(); ++i) {
    TreebankWord piece;
    piece.form = parts[i];
    piece.space_after = i + 1 == parts.size() ? word.space_after : false;
    piece.head = word.head;
    piece.deprel = word.deprel;
    if (i + 1 == parts.size()) {
      piece.tag = word.tag;
    } else if (IsProperNoun(word.tag)) {
      piece.tag = PosTag::kNNP;
    } else if (parts[i][0] >= '0' && parts[i][0] <= '9') {
      piece.tag = PosTag::kCD;
    } else {
      piece.tag = PosTag::kNN;
    }
    out->push_back(piece);
    if (i + 1 < parts.size()) {
      TreebankWord hyphen;
      hyphen.form = "-";
      hyphen.tag = PosTag::kHYPH;
      hyphen.head = word.head;
      hyphen.deprel = "punct";
      hyphen.space_after = false;
      out->push_back(hyphen);
    }
  }
  return true;
}

int ParseInt(std::string_view s, bool* ok) {
  int v = 0;
  *ok = !s.empty();
  for (char c : s) {
    if (c < '0' || c > '9') {
      *ok = false;
      return 0;
    }
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

Result<std::vector<TreebankSentence>> ReadConllu(const std::string& path,
                                                 const TreebankOptions& options) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open");
  std::vector<TreebankSentence> sentences;
  TreebankSentence current;
  std::string line;
  int line_number = 0;
  std::vector<std::pair<size_t, std::string>> merges;  // "can" index, "cannot" form
  // Multi-word token being read ("don't" = do + n't): its words are written without spaces
  // between them, and the last takes the token's SpaceAfter.
  int range_last = -1;
  bool range_space_after = true;
  auto finish = [&] {
    if (current.words.empty()) return;
    for (auto it = merges.rbegin(); it != merges.rend(); ++it) {
      const size_t m = it->first;
      if (m + 1 >= current.words.size()) continue;
      current.words[m].form = it->second;
      current.words[m].space_after = current.words[m + 1].space_after;
      current.words.erase(current.words.begin() + static_cast<long>(m) + 1);
      for (auto& w : current.words) {
        if (w.head == static_cast<int>(m) + 1) w.head = static_cast<int>(m);
        if (w.head > static_cast<int>(m) + 1) --w.head;
      }
    }
    merges.clear();
    if (options.split_hyphenated_words) {
      // Heads are remapped to the last piece of each split word.
      std::vector<int> new_index(current.words.size());
      std::vector<TreebankWord> words;
      for (size_t i = 0; i < current.words.size(); ++i) {
        if (!SplitHyphenated(current.words[i], &words)) words.push_back(current.words[i]);
        new_index[i] = static_cast<int>(words.size()) - 1;
      }
      for (auto& w : words) {
        if (w.head >= 0) w.head = new_index[w.head];
      }
      current.words = std::move(words);
    }
    sentences.push_back(std::move(current));
    current = TreebankSentence();
  };
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      finish();
      continue;
    }
    if (line[0] == '#') continue;
    auto fields = SplitTabs(line);
    if (fields.size() < 8) {
      return Status::Error(path + ":" + std::to_string(line_number) + ": expected 10 columns");
    }
    bool ok = false;
    int id = ParseInt(fields[0], &ok);
    bool space_after = fields.size() < 10 || fields[9].find("SpaceAfter=No") == std::string_view::npos;
    if (!ok) {
      size_t dash = fields[0].find('-');
      if (dash != std::string_view::npos) {
        bool last_ok = false;
        range_last = ParseInt(fields[0].substr(dash + 1), &last_ok);
        if (!last_ok) range_last = -1;
        range_space_after = space_after;
      }
      // "cannot" is one token for our tokenizer but two words (can + not) in EWT: keep it whole,
      // tagged as the modal it starts with.
      std::string_view form = fields[1];
      if (fields[0].find('-') != std::string_view::npos && form.size() == 6 &&
          (form[0] == 'c' || form[0] == 'C') && (form[3] == 'n' || form[3] == 'N') &&
          (form[4] == 'o' || form[4] == 'O') && (form[5] == 't' || form[5] == 'T')) {
        merges.emplace_back(current.words.size(), std::string(form));
      }
      continue;  // "3-4" multi-word token or "8.1" empty node
    }
    TreebankWord word;
    word.form = std::string(fields[1]);
    word.space_after = space_after;
    if (range_last >= 0) {
      word.space_after = id == range_last ? range_space_after : false;
      if (id >= range_last) range_last = -1;
    }
    word.tag = PosTagFromName(fields[4]).value_or(PosTag::kXX);
    int head = ParseInt(fields[6], &ok);
    word.head = ok ? head - 1 : -1;
    std::string_view rel = fields[7];
    word.deprel = std::string(rel.substr(0, rel.find(':')));
    current.words.push_back(std::move(word));
  }
  finish();
  if (sentences.empty()) return Status::Error(path + ": no sentences");
  return sentences;
}

text::Token MakeToken(std::string_view form) {
  // The text stage's own tokenizer decides norm, flags and kind whenever it reads the form as one
  // token, so training sees exactly what tagging will see.
  std::vector<text::Token> tokens = text::Tokenize(form);
  if (tokens.size() == 1) {
    text::Token token = std::move(tokens[0]);
    token.begin = token.end = 0;
    return token;
  }
  // Forms the tokenizer would split (e-mail addresses, URLs, emoticons): same norm, flags from
  // the letters.
  text::Token token;
  token.norm = text::NormalizeWord(form);
  int letters = 0, upper = 0;
  bool first_letter_seen = false;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(form.data(), static_cast<int32_t>(form.size())));
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (!u_isalpha(c)) continue;
    ++letters;
    bool is_upper = u_isupper(c) || u_istitle(c);
    upper += is_upper;
    if (!first_letter_seen) token.capitalized = is_upper;
    first_letter_seen = true;
  }
  token.all_caps = letters >= 2 && upper == letters;
  unsigned char c0 = form.empty() ? 0 : static_cast<unsigned char>(form[0]);
  if (c0 >= '0' && c0 <= '9') {
    token.kind = text::TokenKind::kNumber;
  } else if (letters > 0) {
    token.kind = text::TokenKind::kWord;
  } else {
    token.kind = text::TokenKind::kSymbol;
  }
  return token;
}

text::Sentence MakeSentence(const TreebankSentence& sentence) {
  text::Sentence out;
  uint32_t offset = 0;
  out.tokens.reserve(sentence.words.size());
  for (const auto& w : sentence.words) {
    text::Token t = MakeToken(w.form);
    t.begin = offset;
    t.end = offset + static_cast<uint32_t>(w.form.size());
    offset = t.end + (w.space_after ? 1 : 0);
    out.tokens.push_back(std::move(t));
  }
  out.end = out.tokens.empty() ? 0 : out.tokens.back().end;
  return out;
}

}  // namespace dyadwatch::parse
