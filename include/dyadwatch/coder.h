// The public coding API: load dictionaries once, then code documents from any number of threads.
#ifndef DYADWATCH_CODER_H_
#define DYADWATCH_CODER_H_

#include <memory>
#include <string>
#include <vector>

#include "dyadwatch/document.h"
#include "dyadwatch/event.h"
#include "dyadwatch/status.h"

namespace dyadwatch {

struct CoderOptions {
  // Dictionary set: a directory holding a dyadwatch.dict manifest or a PETRARCH2-style config
  // (PETR_config.ini) or the path of such a file. Empty = the bundled production set.
  std::string dict_path;
  // Directory of the bundled data (dictionaries, CAMEO tables, tagger model). Empty = found
  // automatically (DYADWATCH_DATA env, <exe>/../data, source tree data/).
  std::string data_dir;
  bool explain = false;  // collect human-readable reasons for what was and was not coded
  // Keep event codes that the dictionaries use but CAMEO lacks (the PETRARCH2 and TABARI
  // validation suites invent "903", "174K") instead of dropping them; see LexiconConfig.
  bool accept_dictionary_codes = false;
  // Code only events with both a source and a target actor (PETRARCH2's and TABARI's
  // require_dyad). Off by default: as in GDELT, an act of a known actor whose target is not a
  // known actor ("police arrested three men") is kept with an empty target, except a bare
  // statement (010), which says nothing without an addressee.
  bool require_dyad = false;
  // PETRARCH2 compatibility (its validation suite; off for news): an agent without a country
  // ("a senior official") is an actor coded "---" + agent ("---GOV") instead of no actor.
  bool null_actors = false;
  // TABARI compatibility (its CONVERT AGENT option, set by its suite's records; off for news):
  // an agent without a country is an actor coded as the agent's dictionary code ("~MOS").
  bool convert_agents = false;
  // PETRARCH2 compatibility: without require_dyad, every coded act without a target is a
  // one-sided event, whatever coded it. Off by default, where only acts that a dictionary
  // pattern names are kept (a verb's default code alone was right ~3 in 10 times on news).
  bool one_sided_any_code = false;
  // PETRARCH2 and TABARI target semantics (their suites; off for news): (1) when an act has no
  // other target, a state named as a place in its object is one ("fired shells at Seoul",
  // "criticized the closure of guest houses in Bree"); (2) a verb's "that"-complement is its
  // object: its patterns may match there and its first actor is the target ("allowed that
  // Mordor isn't a really pleasant place"); (3) a pattern's explicit '$' slot may bind a stance
  // ("in an anti- Gondor parade": the peers have no stances). On Wikinews (1) added 13 events of
  // which about 3 were right and (2) 12 of which about 2 were right, hence off by default.
  bool peer_targets = false;
  // TABARI's DEFAULT option: the actor code an event gets when its verb has no source (target)
  // actor ("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER"). Empty: none (the default).
  std::string default_source;
  std::string default_target;
  // TABARI's sentence filters (its suite; 0 = off, the default): a sentence of fewer words than
  // min_sentence_words is not coded ("SET: MINIMUM WORDS = 8"), nor one with at least
  // complex_verbs dictionary verbs or complex_conjunctions clause conjunctions ("COMPLEX:
  // VERBS[5] CONJ[4]": TABARI leaves such sentences to a human coder).
  int min_sentence_words = 0;
  int complex_verbs = 0;
  int complex_conjunctions = 0;
  // Which verbs of a sentence code (TABARI's "SET: CODE BY ..."). kAll, the default: every verb
  // that finds its actors. kClause: in each clause (the sentence cut at "and"/"or"/"but" that do
  // not join two actors) only the first verb that codes. kSentence: only the first verb of the
  // sentence that codes.
  enum class CodeBy { kAll, kClause, kSentence };
  CodeBy code_by = CodeBy::kAll;
  // Comma-delimited clauses dropped before coding (TABARI's "COMMA: MIN = 2 MAX = 10 ...",
  // PETRARCH2's comma_min/max, comma_bmin/bmax, comma_emin/emax): the words before the first
  // comma (initial), between two commas (internal) or after the last one (terminal) are removed
  // when their number of words lies within [min, max] of that kind. A max of 0 turns that kind
  // off; all 0, the default, keeps every clause.
  struct CommaClauses {
    int min = 0, max = 0;    // internal
    int bmin = 0, bmax = 0;  // initial
    int emin = 0, emax = 0;  // terminal
  };
  CommaClauses comma;
};

struct CodeResult {
  std::vector<Event> events;
  int sentences = 0;                 // sentences seen in the document
  std::vector<std::string> explain;  // filled only with CoderOptions::explain
};

class Coder {
 public:
  // Loads and compiles every resource. The returned coder is immutable and thread-safe.
  static Result<std::shared_ptr<const Coder>> Open(const CoderOptions& options);

  ~Coder();
  Coder(const Coder&) = delete;
  Coder& operator=(const Coder&) = delete;

  CodeResult Code(const Document& document) const;

  struct Impl;  // defined in src/coder/; public so that stage code can reach it

 private:
  explicit Coder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Finds the bundled data directory (see CoderOptions::data_dir); "" if none exists.
std::string FindDataDir(const std::string& hint = "");

}  // namespace dyadwatch

#endif  // DYADWATCH_CODER_H_
