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
//
// TABARI connectors (StemMode::kTabari only): '_' joins words that must be consecutive, a space
// lets a few other words come between ("PRINCE DOL_AMROTH" matches "the Prince of Dol Amroth",
// "ITHILEN TELEVISION" "Ithilen state-run television", "AL GORE" 'Al "The Weasel" Gore'). Such a
// phrase also matches its words consecutively unless an all-'_' phrase with the same words
// exists ("AL_GORE" keeps "Al Gore"). PETRARCH2 reads both connectors as consecutive words.
#ifndef DYADWATCH_LEXICON_ACTORS_H_
#define DYADWATCH_LEXICON_ACTORS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
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

  // The code valid on `date` (yyyymmdd), PETRARCH2 semantics: the first dated code in file order
  // whose restriction covers the date, else the first undated code (the entry's default). With
  // kUnknownDate only undated codes qualify (a missing date leaves date-dependent codes
  // unresolved). nullptr if none.
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

// A TABARI phrase written with spaces: runs of consecutive words ("PRINCE", "DOL AMROTH") that
// may be separated by a few other words in the text.
struct GappedPhrase {
  std::vector<std::vector<std::string>> segments;
  bool last_word_is_stem = false;
  uint32_t entry = 0;
};

class ActorDictionary {
 public:
  // At most this many tokens between two segments of a gapped phrase; the gap holds no
  // conjunction and no punctuation but quotes and hyphens.
  static constexpr size_t kMaxGap = 4;

  class Builder {
   public:
    explicit Builder(PhraseLoadOptions options = {}) : options_(options) {}
    // Reads one actor file; errors are `file:line: reason`.
    Status AddFile(const std::string& path);
    // Same, from memory; `file_name` is used in SourceLine and messages.
    Status AddText(std::string_view text, std::string_view file_name);
    // Adds name variants of every person entry (an entry with a dated code, i.e. an office
    // holder) for the names news writes differently: hyphenation and spacing, East Asian name
    // order, titles before the surname ("President Yoon", "PM Kishida", "Mr. Xi"). Call after the
    // last file; a phrase some file defines is never replaced. See name_variants.h.
    void AddNameVariants();
    ActorDictionary Build() &&;

   private:
    friend class NameVariantGenerator;
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
    // Every phrase as read, with its entry: the input of AddNameVariants (dropped by Build).
    std::vector<std::pair<uint32_t, std::vector<std::string>>> phrase_words_;
    std::vector<std::pair<uint64_t, uint8_t>> variant_kinds_;  // see ActorDictionary
    PhraseIndex::Builder titles_;
    PhraseIndex::Builder families_;
    size_t variants_ = 0;
    size_t merged_variants_ = 0;
    std::vector<GappedPhrase> gapped_;
    std::unordered_set<uint64_t> consecutive_keys_;  // TABARI phrases written without a space
  };

  ActorDictionary() = default;

  // Longest actor phrase starting at tokens[start]; value = entry index. Besides the phrases of
  // the files (and their generated spelling variants) a title followed by an office holder's
  // family name matches ("President Yoon", "PM Kishida"; see name_variants.h) when it is longer.
  PhraseMatch Match(std::span<const text::Token> tokens, size_t start) const {
    PhraseMatch m = WithTitle(
        index_.LongestMatch(tokens, start), titles_.LongestMatch(tokens, start),
        [&](size_t at) { return families_.LongestMatch(tokens, at); },
        [&](size_t at) { return index_.LongestMatch(tokens, at); },
        [&](size_t at) { return NameGoesOn(tokens, at); }, start);
    return gapped_.empty() ? m : WithGapped(tokens, start, m);
  }
  PhraseMatch Match(std::span<const std::string> words, size_t start) const {
    return WithTitle(
        index_.LongestMatch(words, start), titles_.LongestMatch(words, start),
        [&](size_t at) { return families_.LongestMatch(words, at); },
        [&](size_t at) { return index_.LongestMatch(words, at); },
        [](size_t) { return false; }, start);
  }
  // With word hashes from PhraseIndex::HashWords(tokens), shared across dictionaries.
  PhraseMatch Match(std::span<const text::Token> tokens, std::span<const uint64_t> word_hashes,
                    size_t start) const {
    PhraseMatch m = WithTitle(
        index_.LongestMatch(tokens, word_hashes, start),
        titles_.LongestMatch(tokens, word_hashes, start),
        [&](size_t at) { return families_.LongestMatch(tokens, word_hashes, at); },
        [&](size_t at) { return index_.LongestMatch(tokens, word_hashes, at); },
        [&](size_t at) { return NameGoesOn(tokens, at); }, start);
    return gapped_.empty() ? m : WithGapped(tokens, start, m);
  }
  // Longest gapped TABARI phrase starting at tokens[start] that covers more tokens than the
  // consecutive match `contiguous`; `contiguous` otherwise. length = tokens spanned, gaps included.
  PhraseMatch WithGapped(std::span<const text::Token> tokens, size_t start,
                         PhraseMatch contiguous) const;

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

  // How a matched phrase (as token norms) came into the dictionary: kWritten when a file holds
  // it, else the kind of generated name variant (AddNameVariants). For `actors lookup`.
  enum class PhraseOrigin : uint8_t { kWritten, kSpacing, kNameOrder, kTitle, kAbsent };
  PhraseOrigin OriginOf(std::span<const std::string> words) const;
  size_t generated_variants() const { return variants_; }
  // Variants and family names shared by several people ("Kim"), held by an entry of their own
  // whose codes are each person's dated office codes, "---" (unresolved) where two differ.
  size_t merged_variants() const { return merged_variants_; }
  size_t family_names() const { return families_.size(); }

 private:
  FileNames files_;
  std::vector<ActorEntry> entries_;
  std::vector<std::string> warnings_;
  PhraseIndex index_;
  size_t phrases_ = 0;
  size_t overridden_ = 0;
  size_t continued_roots_ = 0;
  // A title + family name match, when it is longer than the phrase match at `start` and the
  // words after the title are not a longer name of their own ("President Gustavo Petro": the
  // full name wins, not a "Gustavo" family name) nor followed by more of an unknown name
  // ("President Gustavo Somebody").
  template <typename FamilyAt, typename PhraseAt, typename NameGoesOnAt>
  static PhraseMatch WithTitle(PhraseMatch phrase, PhraseMatch title, FamilyAt family_at,
                               PhraseAt phrase_at, NameGoesOnAt name_goes_on, size_t start) {
    if (!title.found()) return phrase;
    const size_t after_title = start + title.length;
    PhraseMatch family = family_at(after_title);
    if (!family.found() || title.length + family.length <= phrase.length) return phrase;
    if (phrase_at(after_title).length > family.length) return phrase;
    if (name_goes_on(after_title + family.length)) return phrase;
    return PhraseMatch{family.value, title.length + family.length, false};
  }
  static bool NameGoesOn(std::span<const text::Token> tokens, size_t at) {
    return at < tokens.size() && tokens[at].kind == text::TokenKind::kWord &&
           tokens[at].capitalized;
  }
  std::vector<GappedPhrase> gapped_;  // few: only TABARI files written with spaces
  PhraseIndex titles_;    // PersonTitles(), value = title number
  PhraseIndex families_;  // office holders' family names, value = entry (maybe merged)
  std::vector<std::pair<uint64_t, uint8_t>> variant_kinds_;  // sorted phrase hash -> origin
  size_t variants_ = 0;
  size_t merged_variants_ = 0;
};

}  // namespace dyadwatch::lexicon

#endif  // DYADWATCH_LEXICON_ACTORS_H_
