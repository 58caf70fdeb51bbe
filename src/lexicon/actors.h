// Actor dictionaries in the TABARI/PETRARCH format (Phoenix.*.actors.txt, dyadwatch.actors.txt):
//
//   BARACK_OBAMA                       <- root phrase; may carry codes inline: NAME_ [USA]
//   +MR._OBAMA_                        <- synonyms of the root
//   +PRESIDENT_OBAMA_
//   	[USAELI 780101-000101]          <- indented codes with optional date restrictions
//   	[USAGOV >090120]
//
// Date restrictions: "A-B" (from A up to, not including, B), ">A" (on or after A), "<A" (before
// A), none (always). Dates are YYMMDD or YYYYMMDD. Several codes may share a line.
//
// Phrases: '_' and ' ' separate words; a trailing '_' marks the last word as exact. Without it the
// last word is a TABARI stem; PETRARCH2 ignores stems (exact words only), which is our default
// (LoadOptions::stems). Every phrase is turned into token norms by text::TokenizePhrase so that
// dictionary and running text agree ("MR._OBAMA" -> "MR." "OBAMA"). When the same phrase is
// defined twice, the later definition wins (later files override earlier ones, as in PETRARCH2).
// A root line that directly follows a root without codes is read as its synonym: the Phoenix files
// list name variants that way (PETRARCH2 leaves such roots uncoded).
#ifndef DYADWATCH_LEXICON_ACTORS_H_
#define DYADWATCH_LEXICON_ACTORS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyadwatch/status.h"
#include "lexicon/dates.h"
#include "lexicon/phrase_index.h"
#include "lexicon/source_line.h"
#include "text/token.h"

namespace dyadwatch::lexicon {

// How dictionary words without a trailing '_' are matched.
enum class StemMode : uint8_t {
  kExact,   // PETRARCH2: every word must equal the token norm (the default)
  kTabari,  // TABARI: the last word of such a phrase matches any token starting with it
};

struct ActorCode {
  std::string code;       // "USAGOV", "IGOUNO", "---" (explicitly uncoded)
  int start = kMinDate;   // inclusive yyyymmdd; kMinDate when open
  int end = kMaxDate;     // inclusive yyyymmdd; kMaxDate when open
  bool dated = false;     // false: no restriction in the file
  SourceLine where;
  bool Covers(int date) const { return date >= start && date <= end; }
};

struct ActorEntry {
  std::string root;                // root phrase as written ("BARACK_OBAMA")
  std::vector<ActorCode> codes;    // in file order
  SourceLine where;                // line of the root phrase
  std::string comment;             // text after '#' on the root line (our files name a source)

  // The code valid on `date` (yyyymmdd), PETRARCH2 semantics: the first code in file order whose
  // restriction covers the date; an undated code covers every date. With kUnknownDate only undated
  // codes qualify (a missing date leaves date-dependent codes unresolved). nullptr if none.
  const ActorCode* CodeOn(int date) const;
  // The 3-letter country/IGO prefix shared by all codes ("USA" for USAELI/USAGOV), or "" if the
  // codes disagree; useful as a fallback when CodeOn() finds nothing.
  std::string CommonCountry() const;
};

struct PhraseLoadOptions {
  StemMode stems = StemMode::kExact;
  // Strict: any malformed line fails the load. Otherwise a malformed line (or the malformed part
  // of it) is skipped and reported in warnings(); the PETRARCH2 production files have a few.
  bool strict = false;
};

class ActorDictionary {
 public:
  class Builder {
   public:
    explicit Builder(PhraseLoadOptions options = {}) : options_(options) {}
    // Reads one actor file; errors are `file:line: reason`.
    Status AddFile(const std::string& path);
    // Same, from memory; `file_name` is used in SourceLine and messages.
    Status AddText(std::string_view text, std::string_view file_name);
    ActorDictionary Build() &&;

   private:
    Status Problem(std::string message);  // error if strict, else a warning
    Status ParseCodes(std::string_view text, std::string_view file, uint32_t line,
                      std::vector<ActorCode>* out);
    Status AddPhrase(std::string_view phrase, std::string_view file, uint32_t line);
    PhraseLoadOptions options_;
    FileNames files_;
    std::vector<ActorEntry> entries_;
    std::vector<std::string> warnings_;
    PhraseIndex::Builder index_;
    size_t phrases_ = 0;
    size_t overridden_ = 0;
    size_t continued_roots_ = 0;
  };

  ActorDictionary() = default;

  // Longest actor phrase starting at tokens[start]; value = entry index.
  PhraseMatch Match(std::span<const text::Token> tokens, size_t start) const {
    return index_.LongestMatch(tokens, start);
  }
  PhraseMatch Match(std::span<const std::string> words, size_t start) const {
    return index_.LongestMatch(words, start);
  }
  // With word hashes from PhraseIndex::HashWords(tokens), shared across dictionaries.
  PhraseMatch Match(std::span<const text::Token> tokens, std::span<const uint64_t> word_hashes,
                    size_t start) const {
    return index_.LongestMatch(tokens, word_hashes, start);
  }
  // Entry of a whole phrase given as dictionary text ("SOUTH_KOREA", "U.S."); nullptr if absent.
  const ActorEntry* FindPhrase(std::string_view phrase) const;

  const ActorEntry& entry(uint32_t index) const { return entries_[index]; }
  size_t entry_count() const { return entries_.size(); }
  size_t phrase_count() const { return phrases_; }
  size_t overridden_phrases() const { return overridden_; }  // phrases redefined by a later line
  const std::vector<std::string>& warnings() const { return warnings_; }  // `file:line: what`
  // Root lines read as synonyms of a preceding root that had no codes yet (see the file comment).
  size_t continued_roots() const { return continued_roots_; }
  const PhraseIndex& index() const { return index_; }
  size_t memory_bytes() const;

 private:
  FileNames files_;
  std::vector<ActorEntry> entries_;
  std::vector<std::string> warnings_;
  PhraseIndex index_;
  size_t phrases_ = 0;
  size_t overridden_ = 0;
  size_t continued_roots_ = 0;
};

}  // namespace dyadwatch::lexicon

#endif  // DYADWATCH_LEXICON_ACTORS_H_
