// TABARI dictionaries (Schrodt's TABARI, the predecessor of PETRARCH): the .project file that
// names them, and line-for-line conversions of its .actors, .agents and .verbs files into the
// PETRARCH syntax the readers in this folder know, so that a TABARI setup compiles into the same
// ActorDictionary / AgentDictionary / VerbDictionary the coder uses. The converted text keeps the
// line numbers of the original, so `rule` fields point at the TABARI file. Read the converted
// text with StemMode::kTabari: TABARI words without a trailing '_' are stems.
//
//   .project   "<actorsfile> TABARI.Demo.actors" lines (<verbsfile>, <agentsfile>, <optionsfile>,
//              <textfile>, ...; paths relative to the project file); other lines are ignored.
//   .actors    as PETRARCH, plus: ';' comments, "<NOUN>...</NOUN>" / "<ADJECTIVE>..." word lists
//              for TABARI's parser (dropped), blanks inside codes ("[HOB < 950601]",
//              "[HOBGOV 950601 - 990815]", "[ ~GOV]"), a '=' after a phrase ("MOUSE= [MUS]",
//              dropped), "~~FINISH" trailer lines.
//   .verbs     "<SYNSETS>" section (PETRARCH syntax already); "<TIME>" section (time-shift
//              phrases; dropped from the verbs: no time shifting; its [###]/[+++] phrases
//              become discards, TabariTimeStopPhrases); "VERB [code]" lines with no block headers
//              (each verb is its own block, see verbs.h); "{FORM ...}" on the line after a verb
//              (merged into the verb line); multi-word verbs "BURN DOWN", "CALLED_ON" (the first
//              word is the verb: +BURN_DOWN); patterns whose '_' glues a word to a slot or a
//              group ("SUGGESTED_+", "DEMAND_{ A | B }_CONVENTIONS": split into separate words;
//              TABARI's adjacency is approximated by order) and '~' marks (dropped).
//
// What TABARI gives these codes -- "[###]" discard, "[+++]" complex, "[ELR/GAL]" several actors --
// is kept as written; the coder does not implement those semantics (docs/ACCURACY.md).
#ifndef DYADWATCH_LEXICON_TABARI_DICTIONARIES_H_
#define DYADWATCH_LEXICON_TABARI_DICTIONARIES_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyadwatch/status.h"

namespace dyadwatch::lexicon {

struct TabariProject {
  std::string path;                 // the .project file
  std::vector<std::string> actors;  // resolved paths; several <actorsfile> lines are allowed
  std::string verbs;
  std::string agents;               // "" when the project names none
  std::string options;              // "" when the project names none
  std::string text;                 // the <textfile> (the validation records)
};

// True for a path ending in ".project" (case-insensitive).
bool IsTabariProjectPath(std::string_view path);

// Reads a project file; file names are resolved relative to its directory and must exist.
Result<TabariProject> ReadTabariProject(const std::string& path);
// Parses project text; names are joined to `dir` (may be "") without checking that they exist.
Result<TabariProject> ParseTabariProject(std::string_view text, const std::string& dir,
                                         std::string_view file_name);

// Line-preserving conversions (same number of lines out as in).
std::string TabariActorsToPetrarch(std::string_view text);  // .actors and .agents
std::string TabariVerbsToPetrarch(std::string_view text);
// The .verbs file's <TIME> phrases coded [###] (discard) or [+++] (too complex), as a discard
// list in PETRARCH syntax, line for line: TABARI codes nothing from a sentence holding one
// ("kan wa ma kan", "when peace comes"). Time shifts ("LAST_WEEK [-7]") are not kept.
std::string TabariTimeStopPhrases(std::string_view verbs_text);

}  // namespace dyadwatch::lexicon

#endif  // DYADWATCH_LEXICON_TABARI_DICTIONARIES_H_
