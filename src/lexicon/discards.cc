#include "lexicon/discards.h"

#include "lexicon/reader_util.h"

namespace dyadwatch::lexicon {

using internal::LineError;
using internal::Trim;

// ---------------------------------------------------------------------------------------------
// Discards

Result<DiscardList> DiscardList::LoadFile(const std::string& path,
                                          const PhraseLoadOptions& options) {
  Result<std::string> text = internal::ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return LoadText(text.value(), path, options);
}

Result<DiscardList> DiscardList::LoadText(std::string_view text, std::string_view file_name,
                                          const PhraseLoadOptions& options) {
  DiscardList list;
  std::string_view file = list.files_.Intern(std::string(file_name));
  PhraseIndex::Builder builder;
  internal::LineReader reader(text);
  std::string_view raw;
  while (reader.Next(&raw)) {
    std::string_view content, comment;
    internal::SplitComment(raw, &content, &comment);
    if (content.empty() || content.starts_with("<!")) continue;
    DiscardEntry entry;
    entry.where = SourceLine{file, reader.line_number()};
    if (content[0] == '+') {
      entry.story_level = true;
      content = Trim(content.substr(1));
    }
    entry.phrase = internal::ToUpper(content);
    // PETRARCH2 documents discards as stems unless they end in '_', whatever the actor mode.
    internal::PhraseWords words = internal::DictionaryPhrase(content, StemMode::kTabari);
    if (words.words.empty()) {
      std::string message = LineError(file, reader.line_number(), "discard phrase has no words");
      if (options.strict) return Status::Error(message);
      list.warnings_.push_back(std::move(message));
      continue;
    }
    builder.Add(words.words, static_cast<uint32_t>(list.entries_.size()), words.stem);
    list.entries_.push_back(std::move(entry));
  }
  list.index_ = std::move(builder).Build();
  return list;
}

namespace {

template <typename Seq>
DiscardHit FindDiscard(const PhraseIndex& index, const std::vector<DiscardEntry>& entries,
                       const Seq& seq) {
  DiscardHit first;
  for (size_t i = 0; i < seq.size(); ++i) {
    PhraseMatch match = index.LongestMatch(seq, i);
    if (!match.found()) continue;
    DiscardHit hit{&entries[match.value], static_cast<uint32_t>(i),
                   static_cast<uint32_t>(i + match.length)};
    if (hit.entry->story_level) return hit;  // a story-level hit decides for the whole document
    if (!first.found()) first = hit;
  }
  return first;
}

}  // namespace

DiscardHit DiscardList::Find(std::span<const text::Token> sentence) const {
  return FindDiscard(index_, entries_, sentence);
}

DiscardHit DiscardList::Find(std::span<const std::string> words) const {
  return FindDiscard(index_, entries_, words);
}

// ---------------------------------------------------------------------------------------------
// Issues

namespace {

// Expands PETRARCH issue markers: "a+b" -> "a b", "a-b"; "n:word" -> word, plural; "v:word" ->
// word, +S, +ED/+D, +ING (dropping a final E).
std::vector<std::string> ExpandIssuePhrase(const std::string& phrase) {
  std::vector<std::string> done, work{phrase};
  while (!work.empty()) {
    std::string form = std::move(work.back());
    work.pop_back();
    if (size_t plus = form.find('+'); plus != std::string::npos) {
      std::string spaced = form, dashed = form;
      spaced[plus] = ' ';
      dashed[plus] = '-';
      work.push_back(spaced);
      work.push_back(dashed);
      continue;
    }
    size_t marker = form.find("N:");
    bool noun = marker != std::string::npos && (marker == 0 || form[marker - 1] == ' ' ||
                                                form[marker - 1] == '-');
    if (!noun) {
      marker = form.find("V:");
      if (marker != std::string::npos && marker != 0 && form[marker - 1] != ' ' &&
          form[marker - 1] != '-')
        marker = std::string::npos;
    }
    if (marker == std::string::npos) {
      done.push_back(form);
      continue;
    }
    std::string head = form.substr(0, marker);
    std::string rest = form.substr(marker + 2);
    size_t space = rest.find(' ');
    std::string word = rest.substr(0, space);
    std::string tail = space == std::string::npos ? "" : rest.substr(space);
    if (word.empty()) {
      done.push_back(head + tail);
      continue;
    }
    work.push_back(head + word + tail);
    // PETRARCH2's endings, plus "...ES" after sibilants (PETRARCH2 would write "TEACHS").
    const bool sibilant = word.ends_with("S") || word.ends_with("X") || word.ends_with("Z") ||
                          word.ends_with("CH") || word.ends_with("SH");
    if (noun) {
      work.push_back(head + (word.back() == 'Y' ? word.substr(0, word.size() - 1) + "IES"
                                                : word + "S") + tail);
      if (sibilant) work.push_back(head + word + "ES" + tail);
    } else {
      work.push_back(head + word + "S" + tail);
      if (sibilant) work.push_back(head + word + "ES" + tail);
      if (word.back() == 'E') {
        work.push_back(head + word + "D" + tail);
        work.push_back(head + word.substr(0, word.size() - 1) + "ING" + tail);
      } else {
        work.push_back(head + word + "ED" + tail);
        work.push_back(head + word + "ING" + tail);
      }
    }
  }
  return done;
}

}  // namespace

Result<IssueList> IssueList::LoadFile(const std::string& path, const PhraseLoadOptions& options) {
  Result<std::string> text = internal::ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return LoadText(text.value(), path, options);
}

Result<IssueList> IssueList::LoadText(std::string_view text, std::string_view file_name,
                                      const PhraseLoadOptions& options) {
  IssueList list;
  std::string_view file = list.files_.Intern(std::string(file_name));
  PhraseIndex::Builder builder;
  internal::LineReader reader(text);
  std::string_view raw;
  std::string category;
  while (reader.Next(&raw)) {
    const uint32_t line = reader.line_number();
    std::string_view content, comment;
    internal::SplitComment(raw, &content, &comment);
    if (content.empty() || content.starts_with("<!")) continue;
    if (content.starts_with("<ISSUE")) {
      size_t key = content.find("CATEGORY=\"");
      size_t end = key == std::string_view::npos ? key : content.find('"', key + 10);
      category = end == std::string_view::npos ? "" : std::string(content.substr(key + 10, end - key - 10));
      continue;
    }
    if (content.starts_with("</ISSUE")) {
      category.clear();
      continue;
    }
    IssueEntry proto;
    proto.category = category;
    proto.where = SourceLine{file, line};
    std::string phrase;
    if (content[0] == '~') {
      proto.exclusion = content.size() > 1 && content[1] == '~' ? 2 : 1;
      phrase = internal::ToUpper(Trim(content.substr(proto.exclusion)));
    } else {
      size_t open = content.find('[');
      size_t close = open == std::string_view::npos ? open : content.find(']', open);
      // PETRARCH2 skips lines without a code silently; the Phoenix file has a few such lines
      // (unfinished entries), so only strict mode complains.
      if (close == std::string_view::npos) {
        if (options.strict)
          return Status::Error(LineError(file, line, "issue phrase without a [CODE]"));
        continue;
      }
      proto.code = std::string(Trim(content.substr(open + 1, close - open - 1)));
      phrase = internal::ToUpper(Trim(content.substr(0, open)));
    }
    for (const std::string& form : ExpandIssuePhrase(phrase)) {
      std::vector<std::string> words = internal::DictionaryPhrase(form, StemMode::kExact).words;
      if (words.empty()) continue;
      IssueEntry entry = proto;
      entry.phrase = form;
      builder.Add(words, static_cast<uint32_t>(list.entries_.size()));
      list.entries_.push_back(std::move(entry));
    }
  }
  list.index_ = std::move(builder).Build();
  return list;
}

namespace {

template <typename Seq>
std::vector<IssueHit> FindIssues(const PhraseIndex& index, const std::vector<IssueEntry>& entries,
                                 const Seq& seq) {
  std::vector<IssueHit> hits;
  for (size_t i = 0; i < seq.size();) {
    PhraseMatch match = index.LongestMatch(seq, i);
    if (!match.found()) {
      ++i;
      continue;
    }
    hits.push_back(IssueHit{&entries[match.value], static_cast<uint32_t>(i),
                            static_cast<uint32_t>(i + match.length)});
    i += match.length;
  }
  return hits;
}

}  // namespace

std::vector<IssueHit> IssueList::FindAll(std::span<const text::Token> sentence) const {
  return FindIssues(index_, entries_, sentence);
}

std::vector<IssueHit> IssueList::FindAll(std::span<const std::string> words) const {
  return FindIssues(index_, entries_, words);
}

}  // namespace dyadwatch::lexicon
