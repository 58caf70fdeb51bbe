// Finds the verb groups of a tagged sentence: main verb, auxiliaries, negation, voice, modality,
// and which verb governs a "to"-infinitive.
#ifndef DYADWATCH_CODER_VERB_GROUPS_H_
#define DYADWATCH_CODER_VERB_GROUPS_H_

#include <string_view>
#include <vector>

#include "coder/sentence_analysis.h"
#include "lexicon/verbs.h"
#include "parse/pos_tag.h"
#include "text/token.h"

namespace dyadwatch::coder {

std::vector<VerbGroup> FindVerbGroups(const text::Sentence& sentence,
                                      const std::vector<parse::PosTag>& tags,
                                      const lexicon::VerbDictionary& verbs);

// Words that open a new clause (subordinators and relative pronouns); scanning for a verb's
// subject or object stops at them.
bool IsClauseOpener(std::string_view norm);
// Conjunctions that make the following clause hypothetical.
bool IsConditional(std::string_view norm);
// Verbs of saying whose "that"-complement is reported speech.
bool IsReportingVerb(std::string_view base_norm);
// Form of "be" ("IS", "WAS", "BEEN", ...).
bool IsBeForm(std::string_view norm);

// Retags as past tense (VBD) a past participle (VBN) that stands, without auxiliary, between a
// noun and the start of a noun phrase: "Belarusian KGB arrested 33 Russians", "the House
// impeached President Trump". The tagger confuses the two forms of regular verbs; a reduced
// relative ("hush money paid to two women", "a movie called Argo") is followed by a
// preposition, or is a naming participle, and keeps its tag.
void RepairPastTense(const text::Sentence& sentence, std::vector<parse::PosTag>* tags);

// Retags as nouns the words the tagger made verbs inside a dictionary actor or agent phrase of
// three or more words: "the Ministry of Silly Walks/VBZ condemned" (a phrase that long is a
// name; its words are not the sentence's verb). Run before RepairPastTense.
void RetagNamesAsNouns(const text::Sentence& sentence, const std::vector<ActorMention>& mentions,
                       std::vector<parse::PosTag>* tags);

}  // namespace dyadwatch::coder

#endif  // DYADWATCH_CODER_VERB_GROUPS_H_
