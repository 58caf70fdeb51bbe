// Actor resolution of a short text on a date, with the reasons: what `dyadwatch actors lookup`
// prints, what the check table (tests/data/lexicon/actor_checks.tsv) and the WCEP measurement run.
//
// The text is tokenized and scanned left to right as the coder's ActorRecognizer does: at each
// word the longest actor phrase and the longest agent phrase; the actor wins ties; an actor must
// be written with a capital ("china" is porcelain); an actor whose code on the date is "---" is
// no actor. The answer for the whole text follows the coder's rule for one noun phrase: the first
// individual's or organisation's full code ("Chinese Foreign Minister Wang Yi" -> CHNGOV), else
// the first country combined with the first agent ("Chinese foreign ministry" -> CHNGOV), else
// the country alone. Document context (surnames, pronouns) is the coder's business, not this.
#ifndef DYADWATCH_LEXICON_ACTOR_LOOKUP_H_
#define DYADWATCH_LEXICON_ACTOR_LOOKUP_H_

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"

namespace dyadwatch::lexicon {

struct ActorLookupMatch {
  uint32_t begin = 0;          // token range in the text
  uint32_t end = 0;
  uint32_t byte_begin = 0;     // byte range in the text
  uint32_t byte_end = 0;
  std::string surface;         // the text matched
  bool is_agent = false;
  uint32_t entry = 0;          // actor or agent entry index
  std::string code;            // actor: the code on the date ("" none); agent: its code ("GOV")
  SourceLine code_line;        // the line of the chosen code (actor) or of the agent
  std::string why;             // how the code was chosen: "dated code covers", "fallback", ...
  ActorDictionary::PhraseOrigin origin = ActorDictionary::PhraseOrigin::kWritten;
  bool folded = false;         // a word matched only with its diacritics folded
};

struct ActorLookup {
  std::vector<ActorLookupMatch> matches;  // in text order, actors and agents
  std::string code;                       // the answer for the text; "" = no actor
  int head = -1;                          // index of the match the answer comes from
};

// `date` is yyyymmdd (kUnknownDate: only undated codes hold).
ActorLookup LookUpActor(const Lexicon& lexicon, std::string_view text, int date);

// One line per match, for people: the entry, its file:line, its dated codes, the variant.
std::string DescribeLookup(const Lexicon& lexicon, const ActorLookup& lookup, int date);

const char* PhraseOriginName(ActorDictionary::PhraseOrigin origin);

}  // namespace dyadwatch::lexicon

#endif  // DYADWATCH_LEXICON_ACTOR_LOOKUP_H_
