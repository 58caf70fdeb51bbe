// The lexicon bundle: every dictionary of one coding setup plus the CAMEO tables, loaded once,
// immutable, shared by all threads.
//
// Sources, by LexiconConfig::path:
//   ""                 the bundled production set: <data_dir>/dictionaries/dyadwatch.dict
//   a directory        holding dyadwatch.dict or PETR_config.ini (first found)
//   a file             a manifest / PETRARCH2 config, or a TABARI .project file (its actors,
//                      agents and verbs files, converted by lexicon/tabari_dictionaries.h and read
//                      with TABARI stems; TABARI has no discard file: [###] codes take its place)
// Both manifest kinds use PETRARCH2's ini format; only the [Dictionaries] section is read:
//   verbfile_name, actorfile_list (comma-separated, may continue on indented lines),
//   agentfile_name and/or agentfile_list (a list like actorfile_list; agentfile_name, as
//   PETRARCH2 configs have it, comes first), discardfile_name, issuefile_name (optional); paths
//   relative to the config's directory. In both lists a later file overrides phrases defined by
//   an earlier one. CAMEO tables come from <data_dir>/cameo/.
#ifndef DYADWATCH_LEXICON_LEXICON_H_
#define DYADWATCH_LEXICON_LEXICON_H_

#include <memory>
#include <string>
#include <vector>

#include "dyadwatch/status.h"
#include "lexicon/actors.h"
#include "lexicon/agents.h"
#include "lexicon/cameo.h"
#include "lexicon/discards.h"
#include "lexicon/verbs.h"

namespace dyadwatch::lexicon {

struct LexiconConfig {
  std::string path;      // see above; "" = bundled production set
  std::string data_dir;  // "" = $DYADWATCH_DATA, else the source tree's data/ (compiled in)
  StemMode stems = StemMode::kExact;  // for actor and agent phrases (discards always stem)
  bool load_issues = true;
  bool strict = false;  // fail on any malformed dictionary line instead of skipping it
  // Keep the event codes the verb dictionary uses that the CAMEO table lacks (the peers' test
  // dictionaries invent "903", "174K"): they are added to cameo() with Goldstein 0 instead of
  // being dropped by the coder. For validation suites; production sets leave it off.
  bool accept_dictionary_codes = false;
};

// The files a config names, resolved to paths.
struct DictionaryFiles {
  std::string config;                 // the manifest/config that was read
  std::string verbs;
  std::vector<std::string> actors;
  std::vector<std::string> agents;    // agentfile_name, then agentfile_list, in load order
  std::string discards;                // "" for a TABARI project
  std::string issues;                 // "" when the config has none
  bool tabari = false;                // a TABARI .project: files in TABARI syntax
};

class Lexicon {
 public:
  static Result<std::shared_ptr<const Lexicon>> Load(const LexiconConfig& config);

  // Resolves a config/manifest path (file or directory) to the files it names, without loading.
  static Result<DictionaryFiles> ReadConfig(const std::string& path);
  // The data directory Load() would use for `hint` ("" when none exists).
  static std::string ResolveDataDir(const std::string& hint);

  const CameoTable& cameo() const { return cameo_; }
  const ActorDictionary& actors() const { return actors_; }
  const AgentDictionary& agents() const { return agents_; }
  const VerbDictionary& verbs() const { return verbs_; }
  const DiscardList& discards() const { return discards_; }
  const IssueList& issues() const { return issues_; }
  const DictionaryFiles& files() const { return files_; }
  size_t memory_bytes() const;  // approximate heap footprint of the lookup structures
  // Lines skipped while loading (non-strict mode), each `file:line: what is wrong`.
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  CameoTable cameo_;
  ActorDictionary actors_;
  AgentDictionary agents_;
  VerbDictionary verbs_;
  DiscardList discards_;
  IssueList issues_;
  DictionaryFiles files_;
  std::vector<std::string> warnings_;
};

}  // namespace dyadwatch::lexicon

#endif  // DYADWATCH_LEXICON_LEXICON_H_
