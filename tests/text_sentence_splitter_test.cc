#include "text/sentence_splitter.h"

#include <chrono>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "text/debris.h"
#include "text/normalize.h"

namespace dyadwatch::text {
namespace {

using ::testing::ElementsAre;

// Each sentence as the original text it spans.
std::vector<std::string> SentenceTexts(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& sentence : SplitSentences(text)) {
    out.emplace_back(text.substr(sentence.begin, sentence.end - sentence.begin));
  }
  return out;
}

TEST(SplitSentencesTest, EmptyAndWhitespaceOnly) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences("   \n\n \t \r\n").empty());
  EXPECT_TRUE(SplitSentences("  .  \n\n -- ").empty());  // no word: not a sentence
}

TEST(SplitSentencesTest, PlainSentences) {
  EXPECT_THAT(SentenceTexts("Japan will not join. South Korea agreed! Why? Nobody knows."),
              ElementsAre("Japan will not join.", "South Korea agreed!", "Why?",
                          "Nobody knows."));
  EXPECT_THAT(SentenceTexts("No final punctuation"), ElementsAre("No final punctuation"));
}

TEST(SplitSentencesTest, AbbreviationsDoNotEndSentences) {
  const char* kept[] = {
      "Mr. Smith met Mrs. Jones and Ms. Lee.",
      "Dr. Wu briefed Gen. Milley, Lt. Col. Vindman and Maj. Gen. Cole.",
      "Capt. Ray, Sgt. Cruz and Adm. Kirby arrived.",
      "Sen. Rubio, Rep. Pelosi, Gov. Newsom and Pres. Biden spoke.",
      "Prof. Tanaka lives on St. George Street.",
      "It happened on Jan. 5, Feb. 6, Aug. 7, Sept. 8, Oct. 9, Nov. 10 and Dec. 11.",
      "He lives at No. 10 Downing Street.",
      "Apple Inc. and Acme Corp. and Sony Co. and Foo Ltd. merged.",
      "It was Japan vs. China in the final.",
      "They sold apples, pears, etc. and then left.",
      "Some countries, e.g. Japan, and others, i.e. Korea, agreed.",
      "The talks began at 10 a.m. and ended at 5 p.m. on Monday.",
      "The U.S. President met the U.K. Prime Minister at the U.N. General Assembly.",
      "J. R. R. Tolkien wrote it.",
      "President George W. Bush visited.",
  };
  for (const char* text : kept) {
    EXPECT_EQ(SplitSentences(text).size(), 1u) << text;
  }
}

TEST(SplitSentencesTest, LowerCaseLookalikesEndSentences) {
  EXPECT_THAT(SentenceTexts("He gave the engine a rev. The car left."),
              ElementsAre("He gave the engine a rev.", "The car left."));
  EXPECT_THAT(SentenceTexts("They crossed the col. Then they rested."),
              ElementsAre("They crossed the col.", "Then they rested."));
  // References keep their period even in lower case.
  EXPECT_EQ(SplitSentences("As the report says [A/5801, sect. IV], it matters.").size(), 1u);
  EXPECT_EQ(SplitSentences("See para. 3 and pp. 12-14 of vol. II for details.").size(), 1u);
}

TEST(SplitSentencesTest, AbbreviationAtSentenceEnd) {
  EXPECT_THAT(SentenceTexts("He lived in the U.S. The next year he moved."),
              ElementsAre("He lived in the U.S.", "The next year he moved."));
  EXPECT_THAT(SentenceTexts("Sales grew in the U.S. However, Europe lagged."),
              ElementsAre("Sales grew in the U.S.", "However, Europe lagged."));
  EXPECT_THAT(SentenceTexts("They sold apples, pears, etc. The rest rotted."),
              ElementsAre("They sold apples, pears, etc.", "The rest rotted."));
  EXPECT_THAT(SentenceTexts("The meeting ended at 5 p.m. Officials left."),
              ElementsAre("The meeting ended at 5 p.m.", "Officials left."));
  EXPECT_THAT(SentenceTexts("He works for Acme Inc. He likes it."),
              ElementsAre("He works for Acme Inc.", "He likes it."));
  EXPECT_THAT(SentenceTexts("Japan moved closer to the U.S.\nChina objected."),
              ElementsAre("Japan moved closer to the U.S.", "China objected."));
}

TEST(SplitSentencesTest, Quotations) {
  EXPECT_THAT(SentenceTexts("\"We will not join,\" he said."),
              ElementsAre("\"We will not join,\" he said."));
  EXPECT_THAT(SentenceTexts("He said: \"We agree.\" Then he left."),
              ElementsAre("He said: \"We agree.\"", "Then he left."));
  EXPECT_THAT(SentenceTexts("He said: \xE2\x80\x9CWe agree.\xE2\x80\x9D Then he left."),
              ElementsAre("He said: \xE2\x80\x9CWe agree.\xE2\x80\x9D", "Then he left."));
  EXPECT_THAT(SentenceTexts("\"Why?\" he asked. \"Because!\" she said."),
              ElementsAre("\"Why?\" he asked.", "\"Because!\" she said."));
  EXPECT_THAT(SentenceTexts("They left (quickly.) Then rain came."),
              ElementsAre("They left (quickly.)", "Then rain came."));
  EXPECT_THAT(SentenceTexts("It ended.\"The next one starts"),
              ElementsAre("It ended.", "\"The next one starts"));
}

TEST(SplitSentencesTest, HeadlinesAndLineBreaks) {
  EXPECT_THAT(SentenceTexts("Japan rejects U.S. request\n\nRecently, US officials said so."),
              ElementsAre("Japan rejects U.S. request", "Recently, US officials said so."));
  // A single line break after a line without terminal punctuation ends the headline.
  EXPECT_THAT(SentenceTexts("The US trend\nOriginally, it was strong."),
              ElementsAre("The US trend", "Originally, it was strong."));
  // Wrapped lines (next line lower case, or line ending in a comma) continue the sentence.
  EXPECT_THAT(SentenceTexts("The minister said that\nthe talks had failed."),
              ElementsAre("The minister said that\nthe talks had failed."));
  EXPECT_THAT(SentenceTexts("Japan, Korea,\nChina and Russia met."),
              ElementsAre("Japan, Korea,\nChina and Russia met."));
  EXPECT_THAT(SentenceTexts("A meeting with Mr.\nObama was held."),
              ElementsAre("A meeting with Mr.\nObama was held."));
  // A blank line always ends a sentence.
  EXPECT_THAT(SentenceTexts("the talks\n\nthe result"), ElementsAre("the talks", "the result"));
  EXPECT_THAT(SentenceTexts("Friday, January 4, 2019 \n\n\nAn apartment building collapsed."),
              ElementsAre("Friday, January 4, 2019", "An apartment building collapsed."));
}

TEST(SplitSentencesTest, HardWrappedText) {
  // Lines cut at a fixed width: single line breaks are spaces, even before capitals.
  const std::string text =
      "We owe it to our generation and to those who\n"
      "follow us to move our vision for a world free from\n"
      "nuclear weapons. The Secretary-General of the\n"
      "United Nations has shown the way and the\n"
      "General Assembly must now act on his proposals and\n"
      "adopt them.\n\nNext paragraph";
  EXPECT_THAT(SentenceTexts(text),
              ElementsAre(text.substr(0, text.find(" The") ), 
                          text.substr(text.find("The Secretary"),
                                      text.find("them.") + 5 - text.find("The Secretary")),
                          "Next paragraph"));
}

TEST(SplitSentencesTest, ParagraphNumbersAreNotSentences) {
  EXPECT_THAT(SentenceTexts("2.\tI want to thank you.\n146.\tMr. AL-SOWEIDI (United Arab "
                            "Emirates): Mr. President, thank you."),
              ElementsAre("I want to thank you.",
                          "Mr. AL-SOWEIDI (United Arab Emirates): Mr. President, thank you."));
}

TEST(SplitSentencesTest, EllipsisNumbersAndOtherScripts) {
  EXPECT_THAT(SentenceTexts("He waited... Then he left."),
              ElementsAre("He waited...", "Then he left."));
  EXPECT_THAT(SentenceTexts("He waited... and left."), ElementsAre("He waited... and left."));
  EXPECT_THAT(SentenceTexts("It cost 3.5 million, or 2,000 each, at 10:30 today."),
              ElementsAre("It cost 3.5 million, or 2,000 each, at 10:30 today."));
  EXPECT_THAT(SentenceTexts("Sales rose in 2019. 2020 was worse."),
              ElementsAre("Sales rose in 2019.", "2020 was worse."));
  // Devanagari danda ends a sentence.
  const std::string hindi = "\xE0\xA4\xA8\xE0\xA4\xAE\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x87\xE0\xA5\xA4 "
                            "\xE0\xA4\xAE\xE0\xA5\x87\xE0\xA4\xB0\xE0\xA4\xBE\xE0\xA5\xA4";
  EXPECT_EQ(SplitSentences(hindi).size(), 2u);
}

TEST(SplitSentencesTest, OffsetsIndexTheText) {
  const std::string text =
      "Pompeo\xE2\x80\x99s plan didn\xE2\x80\x99t work! Japan and South Korea do not want to "
      "offend China?\n\nJapan rejects U.S. request\n\nRecently, US Secretary of State Mike "
      "Pompeo said he would expand the Clean Internet Program.";
  const std::vector<Sentence> sentences = SplitSentences(text);
  ASSERT_EQ(sentences.size(), 4u);
  uint32_t previous_end = 0;
  for (const Sentence& sentence : sentences) {
    ASSERT_FALSE(sentence.tokens.empty());
    EXPECT_EQ(sentence.begin, sentence.tokens.front().begin);
    EXPECT_EQ(sentence.end, sentence.tokens.back().end);
    EXPECT_GE(sentence.begin, previous_end);
    previous_end = sentence.end;
    for (const Token& token : sentence.tokens) {
      EXPECT_EQ(NormalizeWord(text.substr(token.begin, token.end - token.begin)), token.norm);
    }
  }
  EXPECT_EQ(text.substr(sentences[2].begin, sentences[2].end - sentences[2].begin),
            "Japan rejects U.S. request");
  std::vector<std::string> norms;
  for (const Token& token : sentences[0].tokens) norms.push_back(token.norm);
  EXPECT_THAT(norms, ElementsAre("POMPEO", "'S", "PLAN", "DID", "N'T", "WORK", "!"));
}

TEST(SplitSentencesTest, LongSentenceIsCapped) {
  // About 1 MB of one "sentence" without any punctuation.
  std::string text;
  text.reserve(1 << 20);
  while (text.size() < (1u << 20)) text += "word ";
  const std::vector<Sentence> sentences = SplitSentences(text);
  size_t tokens = 0;
  for (const Sentence& sentence : sentences) {
    ASSERT_LE(sentence.tokens.size(), kMaxSentenceTokens);
    tokens += sentence.tokens.size();
  }
  EXPECT_EQ(tokens, text.size() / 5);
  EXPECT_EQ(sentences.front().tokens.size(), kMaxSentenceTokens);  // hard cut, no comma
}

TEST(SplitSentencesTest, CapPrefersCommaNearTheCap) {
  std::string text;
  for (int i = 0; i < 400; ++i) text += (i % 40 == 39) ? "word, " : "word ";
  const std::vector<Sentence> sentences = SplitSentences(text);
  ASSERT_GT(sentences.size(), 1u);
  for (const Sentence& sentence : sentences) ASSERT_LE(sentence.tokens.size(), kMaxSentenceTokens);
  // The first cut is after the last comma before the cap: 4 * 40 words = 160 > 150, so after
  // the third comma (120 words + 3 commas).
  EXPECT_EQ(sentences[0].tokens.back().norm, ",");
  EXPECT_EQ(sentences[0].tokens.size(), 123u);
}

// Long runs of one pattern must stay linear (each would be quadratic with an unbounded
// look-ahead at every word); a generous time bound catches a regression.
TEST(SplitSentencesTest, PathologicalRunsAreLinear) {
  const char* units[] = {"ab-",          "a.",           "a'",        "ab.",
                         "U.S.",         "x@",           "www.a",     "Mr. ",
                         "\xE2\x80\x9C", "x follow me ", "Image: a ", "like and share. ",
                         "No.      ",    "a\n",          "\xED\x95\x9C" "English",
                         "Image: Foo. ", "Follow me. ",  "(Image: X) "};
  for (const char* unit : units) {
    std::string text;
    while (text.size() < 300000) text += unit;
    const auto start = std::chrono::steady_clock::now();
    const std::vector<Sentence> sentences = SplitSentences(BlankDebris(text));
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 2.0) << unit;
    for (const Sentence& sentence : sentences) {
      ASSERT_LE(sentence.tokens.size(), kMaxSentenceTokens) << unit;
    }
  }
}

TEST(SplitSentencesTest, PathologicalPunctuationStaysBounded) {
  const std::string bangs(100000, '!');
  const std::vector<Sentence> none = SplitSentences(bangs);
  EXPECT_TRUE(none.empty());  // punctuation only
  std::string text = "Yes" + bangs + " ok";
  for (const Sentence& sentence : SplitSentences(text)) {
    EXPECT_LE(sentence.tokens.size(), kMaxSentenceTokens);
  }
}

}  // namespace
}  // namespace dyadwatch::text
