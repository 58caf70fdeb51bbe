// PhraseIndex: longest match, all matches, stems, overrides, and a randomised comparison with a
// brute-force reference.
#include "lexicon/phrase_index.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

namespace dyadwatch::lexicon {
namespace {

using Words = std::vector<std::string>;

PhraseIndex BuildIndex(const std::vector<std::pair<Words, uint32_t>>& phrases,
                       const std::vector<std::pair<Words, uint32_t>>& stems = {}) {
  PhraseIndex::Builder builder;
  for (const auto& [words, value] : phrases) builder.Add(words, value);
  for (const auto& [words, value] : stems) builder.Add(words, value, /*last_word_is_stem=*/true);
  return std::move(builder).Build();
}

TEST(PhraseIndexTest, LongestMatchAtEachPosition) {
  PhraseIndex index = BuildIndex({{{"SOUTH"}, 1}, {{"SOUTH", "KOREA"}, 2},
                                  {{"SOUTH", "KOREAN", "GOVERNMENT"}, 3}, {{"KOREA"}, 4}});
  Words text = {"THE", "SOUTH", "KOREAN", "PEOPLE", "SOUTH", "KOREA"};
  EXPECT_FALSE(index.LongestMatch(text, 0).found());
  // "SOUTH KOREAN" is only a prefix of a phrase: the longest complete match is "SOUTH".
  PhraseMatch south = index.LongestMatch(text, 1);
  EXPECT_EQ(south.value, 1u);
  EXPECT_EQ(south.length, 1u);
  PhraseMatch korea = index.LongestMatch(text, 4);
  EXPECT_EQ(korea.value, 2u);
  EXPECT_EQ(korea.length, 2u);
  EXPECT_EQ(index.LongestMatch(text, 5).value, 4u);
  EXPECT_FALSE(index.LongestMatch(text, 6).found());  // past the end
  EXPECT_EQ(index.size(), 4u);
  EXPECT_EQ(index.max_length(), 3u);
}

TEST(PhraseIndexTest, MatchesTokensByNorm) {
  PhraseIndex index = BuildIndex({{{"U.S.", "-", "LED"}, 7}});
  std::vector<text::Token> tokens(3);
  tokens[0].norm = "U.S.";
  tokens[1].norm = "-";
  tokens[2].norm = "LED";
  PhraseMatch match = index.LongestMatch(tokens, 0);
  EXPECT_EQ(match.value, 7u);
  EXPECT_EQ(match.length, 3u);
}

TEST(PhraseIndexTest, AllMatchesShortestFirst) {
  PhraseIndex index = BuildIndex({{{"CRACK"}, 1}, {{"CRACK", "DOWN"}, 2}, {{"CRACK", "DOWN", "ON"}, 3}});
  Words text = {"CRACK", "DOWN", "ON", "THEM"};
  PhraseMatch out[8];
  ASSERT_EQ(index.AllMatches(text, 0, out), 3u);
  EXPECT_EQ(out[0].length, 1u);
  EXPECT_EQ(out[1].length, 2u);
  EXPECT_EQ(out[2].value, 3u);
}

TEST(PhraseIndexTest, LaterValueReplacesEarlier) {
  PhraseIndex::Builder builder;
  Words japan = {"JAPAN"};
  EXPECT_EQ(builder.Add(japan, 1), kNoValue);
  EXPECT_EQ(builder.Add(japan, 2), 1u);
  PhraseIndex index = std::move(builder).Build();
  EXPECT_EQ(index.Find(japan), 2u);
  EXPECT_EQ(index.size(), 1u);
}

TEST(PhraseIndexTest, FindIsExactAndIgnoresPrefixes) {
  PhraseIndex index = BuildIndex({{{"UNITED", "STATES"}, 5}});
  EXPECT_EQ(index.Find(Words{"UNITED", "STATES"}), 5u);
  EXPECT_EQ(index.Find(Words{"UNITED"}), kNoValue);
  EXPECT_EQ(index.Find(Words{}), kNoValue);
}

TEST(PhraseIndexTest, StemsMatchTokensStartingWithThem) {
  PhraseIndex index = BuildIndex({{{"MINISTRY", "OF", "DEFENSE"}, 1}},
                                 {{{"MINISTR"}, 2}, {{"FOREIGN", "MINIST"}, 3}});
  Words a = {"MINISTRIES"};
  PhraseMatch m = index.LongestMatch(a, 0);
  EXPECT_EQ(m.value, 2u);
  EXPECT_TRUE(m.via_stem);
  Words b = {"FOREIGN", "MINISTERS", "MET"};
  m = index.LongestMatch(b, 0);
  EXPECT_EQ(m.value, 3u);
  EXPECT_EQ(m.length, 2u);
  // The exact phrase through the stem's word still works and is longer.
  Words c = {"MINISTRY", "OF", "DEFENSE"};
  m = index.LongestMatch(c, 0);
  EXPECT_EQ(m.value, 1u);
  EXPECT_FALSE(m.via_stem);
  // A stem matches itself, but not a shorter word.
  Words d = {"MINIST"};
  EXPECT_FALSE(index.LongestMatch(d, 0).found());
  Words e = {"MINISTR"};
  EXPECT_EQ(index.LongestMatch(e, 0).value, 2u);
}

TEST(PhraseIndexTest, ExactBeatsStemOfSameLength) {
  PhraseIndex index = BuildIndex({{{"BASEBALL"}, 1}}, {{{"BASE"}, 2}});
  Words a = {"BASEBALL"};
  EXPECT_EQ(index.LongestMatch(a, 0).value, 1u);
  Words b = {"BASEMENT"};
  EXPECT_EQ(index.LongestMatch(b, 0).value, 2u);
}

TEST(PhraseIndexTest, EmptyIndexFindsNothing) {
  PhraseIndex index;
  Words a = {"X"};
  EXPECT_FALSE(index.LongestMatch(a, 0).found());
  EXPECT_EQ(index.Find(a), kNoValue);
}

// Random phrases over a small vocabulary, so that prefixes are shared heavily; every lookup is
// compared with a brute-force scan of all phrases.
TEST(PhraseIndexTest, AgreesWithBruteForce) {
  std::mt19937 rng(12345);
  const Words vocabulary = {"A", "B", "C", "D", "AB", "ABC", "BA", "CAB"};
  std::map<Words, uint32_t> phrases;
  PhraseIndex::Builder builder;
  for (uint32_t i = 0; i < 400; ++i) {
    Words phrase(1 + rng() % 4);
    for (std::string& word : phrase) word = vocabulary[rng() % vocabulary.size()];
    phrases[phrase] = i;
    builder.Add(phrase, i);
  }
  PhraseIndex index = std::move(builder).Build();
  EXPECT_EQ(index.size(), phrases.size());
  for (int trial = 0; trial < 300; ++trial) {
    Words text(1 + rng() % 8);
    for (std::string& word : text) word = vocabulary[rng() % vocabulary.size()];
    for (size_t start = 0; start < text.size(); ++start) {
      PhraseMatch expected;
      for (const auto& [phrase, value] : phrases) {
        if (start + phrase.size() > text.size()) continue;
        if (!std::equal(phrase.begin(), phrase.end(), text.begin() + start)) continue;
        if (phrase.size() > expected.length) expected = PhraseMatch{value, uint32_t(phrase.size())};
      }
      PhraseMatch got = index.LongestMatch(text, start);
      EXPECT_EQ(got.value, expected.value);
      EXPECT_EQ(got.length, expected.length);
    }
  }
}

}  // namespace
}  // namespace dyadwatch::lexicon
