// Agent dictionary in the PETRARCH format (Phoenix.agents.txt):
//
//   !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON      <- substitution set
//   FOREIGN_MINISTER [~GOV]                         <- '~' before: appended to the actor's code
//   HUMAN_RIGHTS_BODY [NGO~]                        <- '~' after: put before the actor's code
//   ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]  <- explicit plural; {} = no plural
//   CONGRESS!PERSON! [~LEG]                         <- one entry per element of the set
//
// Regular plurals are generated as PETRARCH2 does when there is no {...} and no substitution
// marker: ...Y -> ...IES, ...S -> ...SES, otherwise ...S (on the last word of the phrase); where
// English spelling differs (vowel+Y -> ...YS, CH/SH/X/Z -> ...ES) that form is added as well.
#ifndef DYADWATCH_LEXICON_AGENTS_H_
#define DYADWATCH_LEXICON_AGENTS_H_

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyadwatch/status.h"
#include "lexicon/actors.h"  // StemMode, PhraseLoadOptions
#include "lexicon/phrase_index.h"
#include "lexicon/source_line.h"
#include "text/token.h"

namespace dyadwatch::lexicon {

struct AgentEntry {
  std::string raw_code;   // as in the file, without brackets: "~GOV", "~GOVFRM", "NGO~"
  std::string code;       // without the '~': "GOV", "GOVFRM", "NGO"
  std::string primary;    // first three letters of `code`: "GOV" (the normalised form)
  bool prefix = false;    // true for "XXX~": the agent goes before the actor code
  std::string phrase;     // the phrase as written (after substitution), e.g. "CONGRESSMAN"
  bool generated_plural = false;  // made by the regular-plural rule or taken from {...}
  SourceLine where;
};

class AgentDictionary {
 public:
  class Builder {
   public:
    explicit Builder(PhraseLoadOptions options = {}) : options_(options) {}
    Status AddFile(const std::string& path);
    Status AddText(std::string_view text, std::string_view file_name);
    AgentDictionary Build() &&;

   private:
    Status Problem(std::string message);
    Status AddPhrase(std::string_view phrase, const AgentEntry& proto, bool plural);
    PhraseLoadOptions options_;
    FileNames files_;
    std::map<std::string, std::vector<std::string>, std::less<>> substitutions_;
    std::vector<AgentEntry> entries_;
    std::vector<std::string> warnings_;
    PhraseIndex::Builder index_;
  };

  AgentDictionary() = default;

  // Longest agent phrase starting at tokens[start]; value = entry index.
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
  const AgentEntry* FindPhrase(std::string_view phrase) const;

  const AgentEntry& entry(uint32_t index) const { return entries_[index]; }
  size_t entry_count() const { return entries_.size(); }
  const PhraseIndex& index() const { return index_; }
  size_t memory_bytes() const;
  const std::vector<std::string>& warnings() const { return warnings_; }

  // Combines an actor code with an agent the way PETRARCH2 does: "~GOV" is appended unless the
  // actor code already contains it ("JPN" + "~GOV" -> "JPNGOV"); "NGO~" goes in front.
  static std::string Combine(std::string_view actor_code, const AgentEntry& agent);

 private:
  FileNames files_;
  std::vector<AgentEntry> entries_;
  std::vector<std::string> warnings_;
  PhraseIndex index_;
};

}  // namespace dyadwatch::lexicon

#endif  // DYADWATCH_LEXICON_AGENTS_H_
