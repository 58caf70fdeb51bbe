// Verb dictionary in the PETRARCH2 format (CAMEO.2.0.txt):
//
//   &CURRENCY                 <- synonym set; members follow as "+WORD" lines. A label ending in
//   +DOLLAR                      '_' (&AUXVERB1_) or a member ending in '_' gets no plurals;
//   +CASH_                       otherwise the plural of each member is generated.
//
//   --- GRANT [070] ---       <- verb block with its default code ("---" = no event)
//   GRANT                     <- verb line: regular forms are generated (S, ED, ING)
//   GIVE {GAVE GIVEN GIVING}  <- irregular forms: with {...} only the listed forms (plus the base)
//   CLARIFY {...} [040]       <- a verb line may carry its own code
//   +CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}   <- multi-word verb: '+' marks the verb word; the
//   RE_+ARREST                   other words must be adjacent ('_'); forms vary the '+' word
//   - * &CURRENCY [903] # c   <- pattern: words before '*' precede the verb, after follow it
//   ~ a (a b ATTACK) SAY = a b 015   <- transformation (kept, parsed into words)
//
// Codes in patterns may be single ("0331"), "---", or paired "042:043" / ":190" (event from source
// to target, then from target to source). Non-CAMEO codes ("174K" in PETRARCH2's validation
// dictionaries) are kept as written with a warning.
//
// Regular forms: PETRARCH2's spelling (S: ...S/X/Z -> ES, ...Y -> IES; ED: ...E -> D; ING: drop a
// final E after a consonant) plus the English variants it misses (REACHES, CARRIED, PLAYS).
// Older constructions are accepted with a warning: "LASH OUT" (blanks, no '+') is read as
// +LASH_OUT; "NEW_&TIETYPES_RELATIONS" is NEW, &TIETYPES, RELATIONS; "+&TIETYPES" inside a
// synset copies that synset's members. When two verb lines yield the same form, the first keeps it.
//
// A pattern may hold TABARI alternatives, "{ SANCTIONS | BOYCOTT }": it is read as one pattern per
// alternative (CAMEO.2.0.txt has none); a '_' gluing the group to a word glues each alternative
// ("APPLY_{ GENEVA | INTERNATIONAL }" -> APPLY_GENEVA, APPLY_INTERNATIONAL). Words joined by '_'
// in a pattern stand next to each other in the text, also when one side is a synset or an actor
// slot ("NEW_&TIETYPES_RELATIONS", "SUGGESTED_+").
//
// TABARI mode (PhraseLoadOptions::stems == StemMode::kTabari, for TABARI .verbs files after
// lexicon/tabari_dictionaries.h has normalised them): every verb line opens its own block (TABARI
// has no block headers; the patterns under a verb belong to it), and a one-word verb without a
// trailing '_' is a stem ("RESTOR" matches RESTORE, RESTORED, RESTORING) instead of getting
// generated forms; with the '_' it matches itself and TABARI's regular endings (S, ES, ED/D, EN, ING).
#ifndef DYADWATCH_LEXICON_VERBS_H_
#define DYADWATCH_LEXICON_VERBS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyadwatch/status.h"
#include "lexicon/actors.h"  // PhraseLoadOptions
#include "lexicon/phrase_index.h"
#include "lexicon/source_line.h"
#include "text/token.h"

namespace dyadwatch::lexicon {

struct VerbCode {
  std::string raw;               // without brackets: "070", "042:043", ":190", "---", ""
  std::string forward;           // code of the source->target event; "" when none/null
  std::string reverse;           // code after ':' (target->source event); "" when none
  bool is_null() const { return forward.empty() && reverse.empty(); }
  // True when each side is empty or a 2-4 digit CAMEO code. Other codes ("174K", "+++") occur
  // in test dictionaries; they are kept as written and reported as warnings when loading.
  bool is_cameo() const;
  // Parses the text inside [...]; false only when a side contains blanks or brackets.
  static bool Parse(std::string_view text, VerbCode* out);
};

struct Synset {
  std::string name;                           // "&CURRENCY" (without a trailing '_')
  bool no_plurals = false;                    // label ended in '_'
  struct Member {
    std::vector<std::string> words;           // token norms
    bool generated_plural = false;
    SourceLine where;
    // TABARI dictionaries: the last word is a stem unless the member ends in '_' ("+YEN"
    // matches "yener", "+KRONER_" only "kroner").
    bool stem_last = false;
    // TABARI dictionaries: words written apart ("+AUSTRIAN FLORIN", not "+JAVANESE_YEN") may
    // have other words between them ("austrian gold florin").
    bool open = false;
  };
  std::vector<Member> members;                // members and generated plurals
  SourceLine where;
};

enum class PatternElementKind : uint8_t {
  kWord,         // a literal word (text = as written, words = token norms)
  kSynset,       // &NAME reference (synset = index into VerbDictionary::synsets())
  kSource,       // $  the source actor
  kTarget,       // +  the target actor
  kCompound,     // %  compound actor (source and target in one phrase)
  kSkip,         // ^  skip the following noun phrase
  kNounOpen,     // {  start of a noun phrase whose last word is the head
  kNounClose,    // }
  kPrepOpen,     // (  prepositional phrase; its first word is the preposition
  kPrepClose,    // )
  kBar,          // |  (TABARI alternative separator; not in CAMEO.2.0.txt)
};

struct PatternElement {
  PatternElementKind kind = PatternElementKind::kWord;
  std::string text;                 // "AID", "&FOOD", "$", "{", ...
  std::vector<std::string> words;   // token norms for kWord ("DEBT_RELIEF" -> DEBT RELIEF)
  // TABARI stem semantics, bit k for words[k]: the last word unless it ends in '_'
  // ("CONVENTIONS" matches "conventions"), and any word marked '~' ("REAL~_PLEASANT" matches
  // "really pleasant"). Used only with TABARI dictionaries.
  uint32_t stem_mask = 0;
  bool stem(size_t k) const { return k < 32 && ((stem_mask >> k) & 1u) != 0; }
  // '_' joined this element to the one before it ("SUGGESTED_+", "NEW_&TIETYPES_RELATIONS",
  // "DEMAND_{ GENEVA | INTERNATIONAL }"): it must start where that one ends.
  bool glued = false;
  uint32_t synset = kNoValue;       // for kSynset
};

struct VerbPattern {
  uint32_t block = 0;                       // index into VerbDictionary::blocks()
  std::vector<PatternElement> before;       // elements before '*', in text order
  std::vector<PatternElement> after;        // elements after '*', in text order
  VerbCode code;
  // "IN_*", "SPY_*_DEAL": the word next to '*' is glued to it with '_' and must stand right
  // before (after) the verb ("was in accord", not "was in on accord").
  bool before_glued = false;
  bool after_glued = false;
  std::string comment;                      // after '#'
  std::string text;                         // the whole line as written, for explanations
  SourceLine where;
};

enum class VerbFormKind : uint8_t {
  kBase,         // GRANT
  kThirdPerson,  // GRANTS (generated, or an irregular form ending in S)
  kPast,         // GRANTED (generated ...ED / ...D)
  kGerund,       // GRANTING (generated, or an irregular form ending in ING)
  kIrregular,    // other {...} forms: irregular past or past participle (GAVE, GIVEN)
};

struct VerbEntry {                      // one verb line
  uint32_t block = 0;
  std::string text;                     // the verb as written: "GIVE", "+CORDON_OFF", "RE_+ARREST"
  std::string verb_word;                // the word marked as the verb: "GIVE", "CORDON", "ARREST"
  std::vector<std::string> before;      // adjacent words before the verb word (RE_+ARREST: RE)
  std::vector<std::string> after;       // adjacent words after it (+CORDON_OFF: OFF)
  VerbCode code;                        // own code if given, else the block's
  bool has_own_code = false;
  SourceLine where;
};

struct VerbForm {
  uint32_t entry = 0;                   // index into VerbDictionary::entries()
  VerbFormKind kind = VerbFormKind::kBase;
  std::vector<std::string> words;       // the whole form as token norms
  uint32_t verb_offset = 0;             // index of the verb word within `words`
  bool stem = false;                    // TABARI stem: the last word matches any token starting
                                        // with it (only with StemMode::kTabari, see below)
};

struct VerbBlock {
  std::string name;                     // "GRANT" (the text between the dashes, minus the code)
  VerbCode code;                        // block default; null when "[---]" or absent
  std::vector<uint32_t> entries;        // verb lines of the block
  std::vector<uint32_t> patterns;       // its patterns, in file order
  SourceLine where;
};

struct Transformation {
  std::vector<std::string> lhs;         // "a ( a b ATTACK ) SAY" split into symbols
  std::vector<std::string> rhs;         // "a b 015"
  std::string text;
  SourceLine where;
};

struct VerbMatch {
  const VerbForm* form = nullptr;       // nullptr: no verb here
  uint32_t begin = 0;                   // token range [begin, end) covered by the form
  uint32_t end = 0;
  bool found() const { return form != nullptr; }
};

class VerbDictionary {
 public:
  // Reads one verb file; errors are `file:line: reason`.
  static Result<VerbDictionary> LoadFile(const std::string& path,
                                         const PhraseLoadOptions& options = {});
  static Result<VerbDictionary> LoadText(std::string_view text, std::string_view file_name,
                                         const PhraseLoadOptions& options = {});

  VerbDictionary() = default;

  // Longest verb form (single or multi-word) that starts at tokens[start].
  VerbMatch MatchAt(std::span<const text::Token> tokens, size_t start) const;
  VerbMatch MatchAt(std::span<const std::string> words, size_t start) const;
  // Longest verb form whose verb word is tokens[verb_index] (e.g. the parser's verb): tries every
  // form that could start up to max_verb_offset() tokens earlier ("RE" "ARREST" for ARREST).
  VerbMatch MatchVerbWord(std::span<const text::Token> tokens, size_t verb_index) const;
  VerbMatch MatchVerbWord(std::span<const std::string> words, size_t verb_index) const;
  // With word hashes from PhraseIndex::HashWords(tokens), shared across dictionaries.
  VerbMatch MatchVerbWord(std::span<const text::Token> tokens,
                          std::span<const uint64_t> word_hashes, size_t verb_index) const;

  // Block of a form; the code of the matched verb line (own code or the block's).
  const VerbBlock& BlockOf(const VerbForm& form) const { return blocks_[entries_[form.entry].block]; }
  const VerbEntry& EntryOf(const VerbForm& form) const { return entries_[form.entry]; }

  // Blocks by name ("GRANT"); nullptr if absent. Synsets by name with '&' ("&CURRENCY").
  const VerbBlock* FindBlock(std::string_view name) const;
  const Synset* FindSynset(std::string_view name) const;
  // The first form of a single- or multi-word verb text as written ("REJECTED", "CORDONS_OFF").
  const VerbForm* FindForm(std::string_view text) const;

  const std::vector<VerbBlock>& blocks() const { return blocks_; }
  const std::vector<VerbEntry>& entries() const { return entries_; }
  const std::vector<VerbForm>& forms() const { return forms_; }
  const std::vector<VerbPattern>& patterns() const { return patterns_; }
  const std::vector<Synset>& synsets() const { return synsets_; }
  const std::vector<Transformation>& transformations() const { return transformations_; }
  uint32_t max_verb_offset() const { return max_verb_offset_; }
  // TABARI dictionaries (StemMode::kTabari) name verbs by their words alone: a word matching a
  // verb entry is a verb whatever its part of speech ("Estonia departs/NNS from Libya").
  bool lexical_verbs() const { return lexical_verbs_; }
  const PhraseIndex& index() const { return index_; }
  size_t memory_bytes() const;
  // Recoverable problems (`file:line: what`), e.g. patterns naming an undefined synset.
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  friend class VerbReader;
  template <typename AllMatchesAt>
  VerbMatch MatchVerbWordImpl(size_t count, size_t verb_index, AllMatchesAt all_matches_at) const;

  FileNames files_;
  std::vector<VerbBlock> blocks_;
  std::vector<VerbEntry> entries_;
  std::vector<VerbForm> forms_;
  std::vector<VerbPattern> patterns_;
  std::vector<Synset> synsets_;
  std::vector<Transformation> transformations_;
  std::unordered_map<std::string, uint32_t> block_by_name_;
  std::unordered_map<std::string, uint32_t> synset_by_name_;
  PhraseIndex index_;                   // form words -> form index
  PhraseIndex late_index_;              // the same, only forms with verb_offset > 0
  uint32_t max_verb_offset_ = 0;
  bool lexical_verbs_ = false;
  std::vector<std::string> warnings_;
};

}  // namespace dyadwatch::lexicon

#endif  // DYADWATCH_LEXICON_VERBS_H_
