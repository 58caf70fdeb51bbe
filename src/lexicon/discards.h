// Discard list (Phoenix.discards.txt) and issue list (Phoenix.IssueCoding.txt).
//
// Discards: one phrase per line; a leading '+' means the whole story is not coded when the phrase
// occurs, otherwise only the sentence. As PETRARCH2 documents, a phrase ending in '_' must match
// whole words; otherwise its last word is a stem ("BASEBALL" also matches "BASEBALLS").
//
// Issues: "phrase [CODE]" lines inside <ISSUE CATEGORY="..."> sections. "n:word" expands to the
// word and its plural, "v:word" to the regular verb forms, "a+b" to "a b" and "a-b". Lines
// starting with '~' (sentence) or '~~' (story) are exclusion phrases: when found, no issue is coded.
#ifndef DYADWATCH_LEXICON_DISCARDS_H_
#define DYADWATCH_LEXICON_DISCARDS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyadwatch/status.h"
#include "lexicon/actors.h"  // PhraseLoadOptions
#include "lexicon/phrase_index.h"
#include "lexicon/source_line.h"
#include "text/token.h"

namespace dyadwatch::lexicon {

struct DiscardEntry {
  std::string phrase;       // as written, without '+'
  bool story_level = false; // '+': discard the whole story
  SourceLine where;
};

struct DiscardHit {
  const DiscardEntry* entry = nullptr;  // nullptr: nothing to discard
  uint32_t begin = 0;                   // token range of the match
  uint32_t end = 0;
  bool found() const { return entry != nullptr; }
};

class DiscardList {
 public:
  static Result<DiscardList> LoadFile(const std::string& path, const PhraseLoadOptions& options = {});
  static Result<DiscardList> LoadText(std::string_view text, std::string_view file_name,
                                const PhraseLoadOptions& options = {});

  DiscardList() = default;

  // First discard phrase in the sentence (left to right, longest at each position). A story-level
  // hit anywhere means the caller must drop every sentence of the document.
  DiscardHit Find(std::span<const text::Token> sentence) const;
  DiscardHit Find(std::span<const std::string> words) const;

  const DiscardEntry& entry(uint32_t index) const { return entries_[index]; }
  size_t size() const { return entries_.size(); }
  size_t memory_bytes() const { return index_.memory_bytes(); }
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  FileNames files_;
  std::vector<std::string> warnings_;
  std::vector<DiscardEntry> entries_;
  PhraseIndex index_;
};

struct IssueEntry {
  std::string code;         // "POSTSECONDARY_EDUCATION"; "" for exclusion phrases
  std::string category;     // from <ISSUE CATEGORY="...">, "" outside a section
  std::string phrase;       // the expanded phrase
  int exclusion = 0;        // 0 issue, 1 '~' sentence exclusion, 2 '~~' story exclusion
  SourceLine where;
};

struct IssueHit {
  const IssueEntry* entry = nullptr;
  uint32_t begin = 0;
  uint32_t end = 0;
};

class IssueList {
 public:
  static Result<IssueList> LoadFile(const std::string& path, const PhraseLoadOptions& options = {});
  static Result<IssueList> LoadText(std::string_view text, std::string_view file_name,
                                const PhraseLoadOptions& options = {});

  IssueList() = default;

  // Every issue phrase in the sentence, non-overlapping, longest first at each position
  // (exclusion phrases included: check IssueEntry::exclusion).
  std::vector<IssueHit> FindAll(std::span<const text::Token> sentence) const;
  std::vector<IssueHit> FindAll(std::span<const std::string> words) const;

  const IssueEntry& entry(uint32_t index) const { return entries_[index]; }
  size_t size() const { return entries_.size(); }
  size_t memory_bytes() const { return index_.memory_bytes(); }
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  FileNames files_;
  std::vector<std::string> warnings_;
  std::vector<IssueEntry> entries_;
  PhraseIndex index_;
};

}  // namespace dyadwatch::lexicon

#endif  // DYADWATCH_LEXICON_DISCARDS_H_
