// Deterministic shallow syntax over part-of-speech tags: noun phrases, verb groups, prepositional
// phrases and clauses of one sentence, plus the questions the event coder asks of them
// (SubjectOf, ObjectsOf, AgentOf).
//
//   parse::SentenceChunks chunks;                       // reuse per thread
//   parse::ChunkSentence(sentence, tags, &chunks);
//   for (int v = 0; v < chunks.verb_groups.size(); ++v) {
//     int subject = parse::SubjectOf(chunks, v);        // index into chunks.noun_phrases or -1
//     parse::VerbArguments args = parse::ObjectsOf(chunks, v);
//   }
#ifndef DYADWATCH_PARSE_CHUNKER_H_
#define DYADWATCH_PARSE_CHUNKER_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "parse/pos_tag.h"
#include "text/token.h"

namespace dyadwatch::parse {

// All indices are token indices into Sentence::tokens or indices into the SentenceChunks vectors;
// -1 means none. Token ranges are [begin, end).
struct NounPhrase {
  int begin = 0;
  int end = 0;
  int head = 0;                 // last noun; the pronoun, number or determiner when there is none
  int clause = 0;
  int possessor = -1;           // NP of "Japan" in "Japan 's attempt" (that NP has is_possessor)
  bool is_possessor = false;    // followed by 's / ' (POS)
  bool is_pronoun = false;      // PRP ("he", "they", "it")
  int coordination = -1;        // NPs joined by and/or/commas share this id ("Japan and South Korea")
  int prep = -1;                // token of the preposition when the NP is a PP object ("in Thailand")
  int appositive_of = -1;       // NP this one renames ("Zakharova, the spokesperson, said")
};

enum class Voice : uint8_t { kActive, kPassive };
enum class Tense : uint8_t { kNone, kPresent, kPast, kFuture };  // kNone: infinitive/participle
enum class Modality : uint8_t {
  kNone,
  kFuture,  // will, shall, 'll, be going to, be about to
  kModal,   // can, could, may, might, must, should, would, ought, need (modal)
};

struct VerbGroup {
  int begin = 0;
  int end = 0;
  int head = 0;                 // main verb (last verb of the group)
  int clause = 0;
  Voice voice = Voice::kActive;
  Tense tense = Tense::kNone;
  Modality modality = Modality::kNone;
  int modal = -1;               // token of the modal / future marker
  bool negated = false;         // not, n't, never, no longer, cannot inside the group
  bool perfect = false;         // has/have/had + participle
  bool progressive = false;     // be + -ing
  bool finite = false;          // carries tense (can have its own subject)
  bool infinitive = false;      // "to join"
  bool reporting = false;       // a speech verb (said, stated, announced, ...)
  bool object_control = false;  // ask/urge/allow...: its object is the subject of its infinitive
  int governor = -1;            // for an infinitive: the verb group it complements ("refused")
};

struct PrepPhrase {
  int prep = 0;                 // token of the preposition ("in", "by", "with")
  int object = -1;              // its NP
  int after_np = -1;            // NP right before the preposition (noun attachment candidate)
  bool noun_attached = false;   // "of" phrases modify the previous NP, not a verb
  bool is_by = false;           // "by": the agent of a passive
};

enum class ClauseKind : uint8_t {
  kMain,
  kCoordinate,     // ", and ..." / "; ..." / a comma splice: a sibling of the previous clause
  kRelative,       // which/who/that ... modifying `antecedent`
  kSubordinate,    // if/when/because/although ...
  kComplement,     // that-clause or reported speech ("said (that) ...")
  kQuote,          // inside quotation marks
  kParenthetical,  // inside brackets, or an appositive between commas
};

struct Clause {
  int begin = 0;                // span including nested clauses
  int end = 0;
  ClauseKind kind = ClauseKind::kMain;
  int parent = -1;
  int marker = -1;              // token that opened it ("which", "if", "that", quote)
  int antecedent = -1;          // relative clause: the NP it modifies
  int governor = -1;            // complement clause: the verb group it completes
  int previous = -1;            // coordinate clause: the clause it follows
  bool reported = false;        // complement of a reporting verb
};

struct SentenceChunks {
  std::vector<NounPhrase> noun_phrases;
  std::vector<VerbGroup> verb_groups;
  std::vector<PrepPhrase> prep_phrases;
  std::vector<Clause> clauses;          // clauses[0] is the main clause
  // Per token: which NP / verb group / clause it belongs to (-1 when none).
  std::vector<int> np_of_token;
  std::vector<int> verb_group_of_token;
  std::vector<int> clause_of_token;
};

// Fills `out` (previous contents are replaced; its capacity is reused).
void ChunkSentence(const text::Sentence& sentence, std::span<const PosTag> tags,
                   SentenceChunks* out);

// The NP that is the grammatical subject of verb group `v`: nearest NP before it in its clause,
// skipping PP objects, possessors, appositives and nested clauses; for a relative clause with no
// such NP, the antecedent; for an infinitive, the object of its governor if it has one (object
// control: "asked other countries not to allow") else the governor's subject; for a coordinate
// clause without its own subject, the subject of the clause it follows. -1 when none.
int SubjectOf(const SentenceChunks& chunks, int v);

struct VerbArguments {
  std::vector<int> objects;       // NPs right after the verb group (direct, indirect objects)
  std::vector<int> prep_phrases;  // verb-attached PPs after it in the same clause
  std::vector<int> complements;   // infinitive verb groups it governs ("refused [to join]")
  int complement_clause = -1;     // that-clause / reported clause it governs
};
VerbArguments ObjectsOf(const SentenceChunks& chunks, int v);

// The "by" NP of a passive verb group ("attacked by Arnor"), or -1.
int AgentOf(const SentenceChunks& chunks, int v);

// Every NP coordinated with `np`, itself included, in order.
std::vector<int> ConjunctsOf(const SentenceChunks& chunks, int np);

}  // namespace dyadwatch::parse

#endif  // DYADWATCH_PARSE_CHUNKER_H_
