// Phrases that name actors of earlier sentences without naming them: "the two sides", "both
// countries". (Pronouns are resolved in pronouns.h, surnames in coder.cc, "I"/"we" in
// quotations in clause_roles.cc.)
#ifndef DYADWATCH_CODER_COREFERENCE_H_
#define DYADWATCH_CODER_COREFERENCE_H_

#include <vector>

#include "coder/sentence_analysis.h"
#include "text/token.h"

namespace dyadwatch::coder {

// "his Chinese counterpart(s)": a bare state before "counterpart" is that state's government
// (CHN -> CHNGOV), the phrase taking in the noun.
void ResolveCounterparts(const text::Sentence& sentence, std::vector<ActorUnit>* units);

// Marks the units right after "in", "at", "near", "inside": places, not participants.
void MarkLocatives(const text::Sentence& sentence, std::vector<ActorUnit>* units);

// "the two sides/countries/nations/governments/leaders", "both sides/countries": when the
// previous sentence and the current one up to the phrase name exactly two states (places
// marked by MarkLocatives not counted), the phrase
// becomes a compound of those two actors (two units on the phrase's tokens, one compound group),
// each with the code it was last named with ("Wang Yi and Jake Sullivan held talks. The two
// sides agreed ..." -> CHNGOV + USAGOV). With fewer or more states the phrase stays unresolved.
void AddPairReferences(const text::Sentence& sentence, const std::vector<ActorUnit>& previous,
                       std::vector<ActorUnit>* units);

}  // namespace dyadwatch::coder

#endif  // DYADWATCH_CODER_COREFERENCE_H_
