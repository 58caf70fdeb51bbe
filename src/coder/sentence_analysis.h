// The coder's view of one sentence: actor units, verb groups and their clauses. Plain structs
// filled by actor_recognizer.cc and verb_groups.cc, read by event_builder.cc.
#ifndef DYADWATCH_CODER_SENTENCE_ANALYSIS_H_
#define DYADWATCH_CODER_SENTENCE_ANALYSIS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "lexicon/verbs.h"
#include "parse/pos_tag.h"
#include "text/token.h"

namespace dyadwatch::coder {

// One dictionary hit: an actor phrase ("South Korea", "Wang Yi") or an agent phrase ("foreign
// minister", "companies").
struct ActorMention {
  uint32_t begin = 0;        // token range [begin, end)
  uint32_t end = 0;
  bool is_agent = false;
  std::string code;          // actor: code valid on the document date ("JPN", "CHNGOV");
                             // agent: its code without '~' ("GOV")
  bool agent_prefix = false; // agent written "NGO~": goes before the country code
  std::string rule;          // dictionary file:line
};

// A noun phrase that names one actor, built from adjacent mentions: "Japan's Foreign Minister
// Shigeru Toshimitsu" = JPN + GOV -> JPNGOV.
struct ActorUnit {
  uint32_t begin = 0;        // token range [begin, end)
  uint32_t end = 0;
  std::string code;          // full CAMEO actor code; "" when only an agent without a country
  std::string country;       // CAMEO country of the code, "" for IGOs and other non-states
  bool person = false;       // names an individual (a dated actor entry), for he/she
  bool from_pronoun = false; // resolved from he/she to an earlier unit
  bool from_memory = false;  // a pronoun resolved to the last person of earlier sentences
  bool from_locus = false;   // an agent given the document's country ("the government")
  bool locative = false;     // right after "in"/"at"/"near" (set by MarkLocatives for coreference)
  bool stance = false;       // "anti-Gondor": what a stance is against; a target, never a source
  int group = -1;            // compound: units joined by "and" / "," share a group id
  std::string rule;          // the dictionary lines that made the code
};

enum class Modality : uint8_t { kNone, kFuture, kHypothetical };

// A verb with its auxiliaries: "will not join", "has been banned", "to restrict".
struct VerbGroup {
  uint32_t begin = 0;        // first token of the group (auxiliary, "to", negation...)
  uint32_t head = 0;         // the main verb token
  uint32_t end = 0;          // one past the last token of the dictionary form (particles)
  lexicon::VerbMatch match;  // the dictionary verb form at the head (may be !found())
  bool negated = false;      // not / n't / never / no longer inside the group
  bool passive = false;      // be + past participle
  bool infinitival = false;  // "to" + verb
  bool finite = false;       // has a tense-bearing verb or modal (can start a clause)
  bool lexical = false;      // a TABARI verb found by its word alone, not by its tag
  Modality modality = Modality::kNone;
  int governor = -1;         // for infinitives: the verb group that governs "to V"
  int fallback_for = -1;     // TABARI: a word-found verb coded only if this group codes nothing
};

}  // namespace dyadwatch::coder

#endif  // DYADWATCH_CODER_SENTENCE_ANALYSIS_H_
