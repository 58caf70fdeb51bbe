// TABARI's whole-sentence options as CoderOptions: minimum sentence length, complexity limits,
// and which verbs of a sentence code (CODE BY CLAUSE / SENTENCE / ALL). Uses the bundled
// production dictionaries; every option is off by default.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "coder/sentence_filters.h"
#include "dyadwatch/coder.h"
#include "coder_test_util.h"
#include "text/sentence_splitter.h"

namespace dyadwatch {
namespace {

using testing_util::CodeWith;
using testing_util::Dump;

bool HasRoot(const std::vector<Event>& events, const std::string& target, const std::string& root) {
  for (const Event& e : events) {
    if (e.target.rfind(target, 0) == 0 && e.root == root) return true;
  }
  return false;
}

TEST(CoderSentenceFiltersTest, CountWordsSkipsPunctuationAndPossessive) {
  std::vector<text::Sentence> s = text::SplitSentences("Gondor's planes attacked Osgiliath.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(coder::CountWords(s[0]), 4);
}

TEST(CoderSentenceFiltersTest, MinimumWordsLeavesShortSentencesUncoded) {
  const std::string text = "Japan criticized China on Monday.";  // five words
  CoderOptions options;
  EXPECT_FALSE(CodeWith(options, text).empty());
  options.min_sentence_words = 5;
  EXPECT_FALSE(CodeWith(options, text).empty());
  options.min_sentence_words = 6;
  EXPECT_TRUE(CodeWith(options, text).empty()) << Dump(CodeWith(options, text));
}

TEST(CoderSentenceFiltersTest, ConjunctionsJoiningActorsDoNotCountAsClauses) {
  CoderOptions options;
  const std::string text = "Japan and South Korea criticized China but praised Russia.";
  EXPECT_FALSE(CodeWith(options, text).empty());
  // One clause conjunction ("but"); "Japan and South Korea" is a compound actor.
  options.complex_conjunctions = 2;
  EXPECT_FALSE(CodeWith(options, text).empty());
  options.complex_conjunctions = 1;
  EXPECT_TRUE(CodeWith(options, text).empty()) << Dump(CodeWith(options, text));
}

TEST(CoderSentenceFiltersTest, TooManyDictionaryVerbsLeaveTheSentenceUncoded) {
  CoderOptions options;
  const std::string text = "Japan criticized China, praised Russia and thanked India.";
  EXPECT_FALSE(CodeWith(options, text).empty());
  options.complex_verbs = 3;
  EXPECT_TRUE(CodeWith(options, text).empty()) << Dump(CodeWith(options, text));
}

TEST(CoderSentenceFiltersTest, CodeByClauseSentenceAll) {
  const std::string text = "Japan criticized China on Monday but praised Russia.";
  CoderOptions options;
  std::vector<Event> all = CodeWith(options, text);
  ASSERT_TRUE(HasRoot(all, "CHN", "11")) << Dump(all);
  ASSERT_TRUE(HasRoot(all, "RUS", "05")) << Dump(all);

  options.code_by = CoderOptions::CodeBy::kClause;  // "but" starts a second clause
  std::vector<Event> by_clause = CodeWith(options, text);
  EXPECT_TRUE(HasRoot(by_clause, "CHN", "11")) << Dump(by_clause);
  EXPECT_TRUE(HasRoot(by_clause, "RUS", "05")) << Dump(by_clause);

  options.code_by = CoderOptions::CodeBy::kSentence;
  std::vector<Event> by_sentence = CodeWith(options, text);
  EXPECT_TRUE(HasRoot(by_sentence, "CHN", "11")) << Dump(by_sentence);
  EXPECT_FALSE(HasRoot(by_sentence, "RUS", "05")) << Dump(by_sentence);
}

}  // namespace
}  // namespace dyadwatch

namespace dyadwatch {
namespace {

std::string Joined(const text::Sentence& s) {
  std::string out;
  for (const text::Token& t : s.tokens) out += (out.empty() ? "" : " ") + t.norm;
  return out;
}

TEST(CoderSentenceFiltersTest, CommaClausesWithinTheLimitsAreDropped) {
  const std::string text =
      "Arnor restored ties with Gondor, five years after crowds burned its embassy, a senior "
      "official said on Saturday.";
  text::Sentence s = text::SplitSentences(text)[0];
  const std::vector<bool> none(s.tokens.size(), false);
  // Internal clause of 7 words and both its commas: no comma is left for a terminal clause.
  coder::DropCommaClauses(2, 10, 0, 0, 2, 10, none, &s);
  EXPECT_EQ(Joined(s), "ARNOR RESTORED TIES WITH GONDOR A SENIOR OFFICIAL SAID ON SATURDAY .");
  s = text::SplitSentences(text)[0];
  coder::DropCommaClauses(2, 6, 0, 0, 2, 5, none, &s);  // both too long to go
  EXPECT_EQ(s.tokens.size(), text::SplitSentences(text)[0].tokens.size());
  s = text::SplitSentences(text)[0];
  coder::DropCommaClauses(0, 0, 3, 8, 0, 0, none, &s);  // the initial clause, 5 words
  EXPECT_EQ(Joined(s).substr(0, 10), "FIVE YEARS");
}

TEST(CoderSentenceFiltersTest, CommaListsStayAndAMentionAfterAClauseKeepsItsComma) {
  text::Sentence s = text::SplitSentences("Japan, the United States, and India met.")[0];
  std::vector<bool> none(s.tokens.size(), false);
  coder::DropCommaClauses(2, 10, 0, 0, 0, 0, none, &s);
  EXPECT_EQ(Joined(s), "JAPAN , THE UNITED STATES , AND INDIA MET .");
  // "officials" starts a mention: the closing comma stays between the two noun phrases.
  s = text::SplitSentences("A deal with India, its biggest partner, officials said.")[0];
  std::vector<bool> starts(s.tokens.size(), false);
  starts[9] = true;  // OFFICIALS
  ASSERT_EQ(s.tokens[9].norm, "OFFICIALS");
  coder::DropCommaClauses(2, 10, 0, 0, 0, 0, starts, &s);
  EXPECT_EQ(Joined(s), "A DEAL WITH INDIA , OFFICIALS SAID .");
}

}  // namespace
}  // namespace dyadwatch
