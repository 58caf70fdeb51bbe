// Pronouns that name actors: "he"/"she"/"him"/"her", "it", "they"/"them", inside a sentence and
// from one sentence to the next ("Gondor expressed reluctance ... However, it acknowledged ...").
//
// A pronoun takes, in this order:
//  1. the subject of the nearest earlier finite, active clause of its sentence that fits it
//     (Centering's preferred antecedent: "Elrond urged Bree to chill out and Gondor asked him"
//     -> Elrond; "Falastur said he regretted" -> Falastur). An object pronoun never takes the
//     subject of its own clause ("Gondor asked him": not Gondor);
//  2. else the one actor of its sentence before it that fits (places after "in"/"at" left out);
//     for "it" the nearest stretch between commas and clause openers that holds any ("assurances
//     from the US that it" -> the US). Two or more different ones are ambiguous: nothing;
//  3. else, for a subject pronoun before any finite verb of its sentence ("It promised", "In a
//     later statement it promised", not "Dorian was northbound as it left"), the subject of the
//     previous sentence's first clause; for "he"/"she" the last person named in the two
//     sentences before.
// "he"/"she"/"they" are always subjects (nominative), "him"/"her"/"them" objects, "it" a subject
// when a verb follows.
// An unresolved "he"/"she" leaves the same word later in the sentence unresolved too.
// What fits: "he"/"she"/"him"/"her" a person; "it" one state or organisation; "they"/"them" a
// compound. "it" before "is/was/seems ..." (or a passive with "that"/"to") is the expletive "it".
//
// Typed (production) dictionaries resolve less, because a wrong antecedent is a confident wrong
// event: only subject "he"/"she"/"it"; step 1 not for "it" ("Japan must strengthen exchanges
// with China, and ... it must" stays ambiguous); "it" carries over only a state or organisation
// (a unit holding a title, "Foreign Minister X" or "Iran's foreign minister", names a person:
// FirstSubject marks it), and not into a passive ("It has been recognized by UNESCO" is mostly
// a thing); "he"/"she" across sentences from a person named as the previous sentence's first
// subject (an office holder: "Iran's foreign minister ... He also"), not one that was itself a
// pronoun resolved from memory, else from the last person named. "they"/"them" and object pronouns name groups and
// people the dictionaries rarely hold ("... while a police officer restrained him").
// TABARI-format dictionaries (`untyped`) say nothing of persons and states: any actor fits any
// pronoun, as in TABARI, and an actor carried over from an earlier sentence keeps only its actor
// code (TABARI's FORWARD: "He" after "Fornost President Umbardacil" is FOR).
#ifndef DYADWATCH_CODER_PRONOUNS_H_
#define DYADWATCH_CODER_PRONOUNS_H_

#include <string>
#include <vector>

#include "coder/clause_roles.h"
#include "coder/sentence_analysis.h"

namespace dyadwatch::coder {

// What earlier sentences of the document leave for this one's pronouns.
struct PronounContext {
  const ActorUnit* last_person = nullptr;  // the last person named within reach, or none
  std::vector<ActorUnit> previous_subject;  // the previous sentence's first subject (see above)
  bool untyped = false;                     // TABARI-format dictionaries
};

// True for the pronouns resolved here (token norm and tag: "her" only as an object, PRP).
bool IsActorPronoun(std::string_view norm, parse::PosTag tag);
// Without tags (before tagging): could the token be one of them?
bool MayBeActorPronoun(std::string_view norm);

// Resolves the pronouns of the sentence, left to right. A resolved pronoun gets one unit per
// antecedent member on its token (from_pronoun; a compound's members share a new group),
// appended to *units and entered in view->unit_at, so subjects, targets and pattern slots find
// it like a name. `notes` (may be null) gets why a pronoun stayed unresolved.
void ResolvePronouns(const PronounContext& context, SentenceView* view,
                     std::vector<ActorUnit>* units, std::vector<std::string>* notes);

// The subject units of the sentence's first finite clause that has an actor subject, for the
// next sentence's pronouns; empty when there is none.
std::vector<ActorUnit> FirstSubject(const SentenceView& view);

}  // namespace dyadwatch::coder

#endif  // DYADWATCH_CODER_PRONOUNS_H_
