// Finds the actors of a sentence: dictionary hits (actors and agents), merged into noun-phrase
// units with one CAMEO code each, grouped into compounds ("Japan and South Korea").
#ifndef DYADWATCH_CODER_ACTOR_RECOGNIZER_H_
#define DYADWATCH_CODER_ACTOR_RECOGNIZER_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "coder/sentence_analysis.h"
#include "lexicon/lexicon.h"
#include "parse/pos_tag.h"
#include "text/token.h"

namespace dyadwatch::coder {

class ActorRecognizer {
 public:
  // `null_actors`: code an agent without a country as "---" + agent (CoderOptions::null_actors);
  // `convert_agents`: as the agent's dictionary code, "~MOS" (CoderOptions::convert_agents).
  explicit ActorRecognizer(const lexicon::Lexicon& lexicon, bool null_actors = false,
                           bool convert_agents = false);

  // Dictionary hits, left to right, non-overlapping (longest match; actors win ties over agents).
  // `date` is yyyymmdd or lexicon::kUnknownDate.
  std::vector<ActorMention> FindMentions(const text::Sentence& sentence, int date) const;

  // Merges mentions into units. `tags` may be empty (before tagging): then only the token
  // shapes decide which gaps a unit may span.
  // `locus` is the country the document is about ("" when unclear): an agent named without a
  // country ("the government", "police") belongs to it.
  std::vector<ActorUnit> BuildUnits(const text::Sentence& sentence,
                                    const std::vector<ActorMention>& mentions,
                                    const std::vector<parse::PosTag>& tags,
                                    const std::string& locus = "") const;

  // The country a document is about: the most mentioned state, if it has at least two mentions
  // and at least half of all state mentions; "" otherwise.
  std::string Locus(const std::vector<std::vector<ActorMention>>& mentions_by_sentence) const;

  // The CAMEO country of a full code ("JPNGOV" -> "JPN", "IGOUNO" -> "").
  std::string CountryOf(const std::string& code) const;

 private:
  const lexicon::Lexicon& lexicon_;
  bool null_actors_ = false;
  bool convert_agents_ = false;
  std::unordered_set<std::string> countries_;  // 3-letter codes that are states in the dictionary
};

}  // namespace dyadwatch::coder

#endif  // DYADWATCH_CODER_ACTOR_RECOGNIZER_H_
