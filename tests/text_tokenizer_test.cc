#include "text/tokenizer.h"

#include <algorithm>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "text/normalize.h"

namespace dyadwatch::text {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Norms(std::string_view text) {
  std::vector<std::string> norms;
  for (const Token& token : Tokenize(text)) norms.push_back(token.norm);
  return norms;
}

const Token& Find(const std::vector<Token>& tokens, std::string_view norm) {
  for (const Token& token : tokens) {
    if (token.norm == norm) return token;
  }
  ADD_FAILURE() << "no token " << norm;
  static const Token kNone;
  return kNone;
}

TEST(TokenizerTest, EmptyAndWhitespace) {
  EXPECT_TRUE(Tokenize("").empty());
  EXPECT_TRUE(Tokenize(" \n\t\r\n  \xC2\xA0 \xE2\x80\x8B").empty());  // NBSP, zero-width space
}

TEST(TokenizerTest, Clitics) {
  EXPECT_THAT(Norms("Japan's"), ElementsAre("JAPAN", "'S"));
  EXPECT_THAT(Norms("Japan\xE2\x80\x99s plan"), ElementsAre("JAPAN", "'S", "PLAN"));
  EXPECT_THAT(Norms("didn't"), ElementsAre("DID", "N'T"));
  EXPECT_THAT(Norms("didn\xE2\x80\x99t work"), ElementsAre("DID", "N'T", "WORK"));
  EXPECT_THAT(Norms("they're"), ElementsAre("THEY", "'RE"));
  EXPECT_THAT(Norms("we've we'll I'd I'm"),
              ElementsAre("WE", "'VE", "WE", "'LL", "I", "'D", "I", "'M"));
  EXPECT_THAT(Norms("can't won't"), ElementsAre("CA", "N'T", "WO", "N'T"));
  EXPECT_THAT(Norms("JAPAN'S"), ElementsAre("JAPAN", "'S"));
  EXPECT_THAT(Norms("the U.S.'s plan"), ElementsAre("THE", "U.S.", "'S", "PLAN"));
  EXPECT_THAT(Norms("the 1990's"), ElementsAre("THE", "1990", "'S"));
  EXPECT_THAT(Norms("' s"), ElementsAre("'", "S"));  // not glued to a word
}

TEST(TokenizerTest, InnerApostrophesAndQuotes) {
  EXPECT_THAT(Norms("O'Brien's"), ElementsAre("O'BRIEN", "'S"));
  EXPECT_THAT(Norms("C\xC3\xB4te d'Ivoire"), ElementsAre("C\xC3\x94TE", "D'IVOIRE"));
  EXPECT_THAT(Norms("the countries' leaders"), ElementsAre("THE", "COUNTRIES", "'", "LEADERS"));
  EXPECT_THAT(Norms("'Clean Internet' plan"),
              ElementsAre("'", "CLEAN", "INTERNET", "'", "PLAN"));
  EXPECT_THAT(Norms("\xE2\x80\x9C" "choose sides\xE2\x80\x9D"),
              ElementsAre("\"", "CHOOSE", "SIDES", "\""));
}

TEST(TokenizerTest, Hyphens) {
  EXPECT_THAT(Norms("China-US"), ElementsAre("CHINA", "-", "US"));
  EXPECT_THAT(Norms("Kim Jong-un"), ElementsAre("KIM", "JONG", "-", "UN"));
  EXPECT_THAT(Norms("Russian-Ukrainian front"),
              ElementsAre("RUSSIAN", "-", "UKRAINIAN", "FRONT"));
  EXPECT_THAT(Norms("Mazar-i-Sharif"), ElementsAre("MAZAR", "-", "I", "-", "SHARIF"));
  EXPECT_THAT(Norms("COVID-19"), ElementsAre("COVID", "-", "19"));
  EXPECT_THAT(Norms("U.S.-led"), ElementsAre("U.S.", "-", "LED"));
  EXPECT_THAT(Norms("well -- maybe"), ElementsAre("WELL", "--", "MAYBE"));
  // Dashes are stand-alone "-" tokens.
  EXPECT_THAT(Norms("Japan\xE2\x80\x94" "and China"), ElementsAre("JAPAN", "-", "AND", "CHINA"));
  EXPECT_THAT(Norms("2019\xE2\x80\x93" "20"), ElementsAre("2019", "-", "20"));
}

TEST(TokenizerTest, UnderscoreBetweenWordsSeparatesThem) {
  // As in dictionary phrases ("DOL_AMROTH"), an underscore joining words is a word break.
  EXPECT_THAT(Norms("the Prince of Dol_Amroth."),
              ElementsAre("THE", "PRINCE", "OF", "DOL", "AMROTH", "."));
  EXPECT_THAT(Norms("Al_Gore_2"), ElementsAre("AL", "GORE", "2"));
  // Elsewhere it stays a symbol; addresses keep theirs.
  EXPECT_THAT(Norms("a _ b __init"), ElementsAre("A", "_", "B", "_", "_", "INIT"));
  EXPECT_THAT(Norms("first_last@mail.example.org"),
              ElementsAre("FIRST_LAST@MAIL.EXAMPLE.ORG"));
}

TEST(TokenizerTest, DottedAbbreviationsAndPeriods) {
  EXPECT_THAT(Norms("U.S. U.N. U.K. e.g. i.e. a.m. p.m. U.S.A. Ph.D."),
              ElementsAre("U.S.", "U.N.", "U.K.", "E.G.", "I.E.", "A.M.", "P.M.", "U.S.A.",
                          "PH.D."));
  EXPECT_THAT(Norms("in the U.S."), ElementsAre("IN", "THE", "U.S."));
  EXPECT_THAT(Norms("the U.S, too"), ElementsAre("THE", "U.S", ",", "TOO"));
  EXPECT_THAT(Norms("It ended."), ElementsAre("IT", "ENDED", "."));
  EXPECT_THAT(Norms("it.We"), ElementsAre("IT", ".", "WE"));
  EXPECT_THAT(Norms("countries.The end"), ElementsAre("COUNTRIES", ".", "THE", "END"));
  EXPECT_THAT(Norms("Wait... what\xE2\x80\xA6"), ElementsAre("WAIT", "...", "WHAT", "..."));
  EXPECT_THAT(Norms("Mr. Obama and Dr. Lee met Gen. Milley, Inc. etc."),
              ElementsAre("MR.", "OBAMA", "AND", "DR.", "LEE", "MET", "GEN.", "MILLEY", ",",
                          "INC.", "ETC."));
  EXPECT_THAT(Norms("George W. Bush"), ElementsAre("GEORGE", "W.", "BUSH"));
  EXPECT_THAT(Norms("J. R. R. Tolkien"), ElementsAre("J.", "R.", "R.", "TOLKIEN"));
  EXPECT_THAT(Norms("No. 10 said no."), ElementsAre("NO.", "10", "SAID", "NO", "."));
}

TEST(TokenizerTest, WebAddresses) {
  const std::vector<Token> tokens = Tokenize("See https://example.com/a.b?c=1. Or www.un.org, ok");
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_EQ(tokens[1].norm, "HTTPS://EXAMPLE.COM/A.B?C=1");
  EXPECT_EQ(tokens[1].kind, TokenKind::kSymbol);
  EXPECT_EQ(tokens[2].norm, ".");
  EXPECT_EQ(tokens[4].norm, "WWW.UN.ORG");
  EXPECT_EQ(tokens[5].norm, ",");
  // Not an address: "what" and "however" start with w/h.
  EXPECT_THAT(Norms("what however"), ElementsAre("WHAT", "HOWEVER"));
}

TEST(TokenizerTest, EmailsAndRepeatedMarks) {
  EXPECT_THAT(Norms("Write to first.last@mail.example.org. Now!"),
              ElementsAre("WRITE", "TO", "FIRST.LAST@MAIL.EXAMPLE.ORG", ".", "NOW", "!"));
  EXPECT_THAT(Norms("Really?! No!!! a@b"), ElementsAre("REALLY", "?!", "NO", "!!!", "A", "@", "B"));
  EXPECT_THAT(Norms("EY4108.9 and v2.0"), ElementsAre("EY4108.9", "AND", "V2.0"));
  EXPECT_THAT(Norms("Hamdan v. Rumsfeld"), ElementsAre("HAMDAN", "V.", "RUMSFELD"));
}

TEST(TokenizerTest, Numbers) {
  const std::vector<Token> tokens = Tokenize("3.5 million, 2,000 people, 10:30 on 12/05/2020");
  EXPECT_THAT(Norms("3.5 million, 2,000 people, 10:30 on 12/05/2020"),
              ElementsAre("3.5", "MILLION", ",", "2,000", "PEOPLE", ",", "10:30", "ON",
                          "12/05/2020"));
  EXPECT_EQ(Find(tokens, "3.5").kind, TokenKind::kNumber);
  EXPECT_EQ(Find(tokens, "2,000").kind, TokenKind::kNumber);
  EXPECT_EQ(Find(tokens, "10:30").kind, TokenKind::kNumber);
  EXPECT_THAT(Norms("2,000,000 and 1,2"), ElementsAre("2,000,000", "AND", "1", ",", "2"));
  EXPECT_THAT(Norms("in 2019."), ElementsAre("IN", "2019", "."));
  const std::vector<Token> mixed = Tokenize("5G 10th 1990s");
  EXPECT_EQ(Find(mixed, "5G").kind, TokenKind::kWord);
  EXPECT_EQ(Find(mixed, "10TH").kind, TokenKind::kNumber);
  EXPECT_EQ(Find(mixed, "1990S").kind, TokenKind::kNumber);
}

TEST(TokenizerTest, KindsAndCaseFlags) {
  const std::vector<Token> tokens = Tokenize("Japan US NATO iPhone a I $5 (x) \xE2\x82\xAC");
  EXPECT_TRUE(Find(tokens, "JAPAN").capitalized);
  EXPECT_FALSE(Find(tokens, "JAPAN").all_caps);
  EXPECT_TRUE(Find(tokens, "US").capitalized);
  EXPECT_TRUE(Find(tokens, "US").all_caps);
  EXPECT_TRUE(Find(tokens, "NATO").all_caps);
  EXPECT_FALSE(Find(tokens, "IPHONE").capitalized);
  EXPECT_FALSE(Find(tokens, "A").capitalized);
  EXPECT_TRUE(Find(tokens, "I").capitalized);
  EXPECT_FALSE(Find(tokens, "I").all_caps);  // needs two letters
  EXPECT_EQ(Find(tokens, "$").kind, TokenKind::kSymbol);
  EXPECT_EQ(Find(tokens, "5").kind, TokenKind::kNumber);
  EXPECT_EQ(Find(tokens, "(").kind, TokenKind::kPunct);
  EXPECT_EQ(Find(tokens, "\xE2\x82\xAC").kind, TokenKind::kSymbol);
  const std::vector<Token> accented = Tokenize("\xC3\x89mile \xC3\x89MILE");  // Émile ÉMILE
  ASSERT_EQ(accented.size(), 2u);
  EXPECT_TRUE(accented[0].capitalized);
  EXPECT_FALSE(accented[0].all_caps);
  EXPECT_TRUE(accented[1].all_caps);
}

TEST(TokenizerTest, ValidButUnusualUnicode) {
  // Devanagari with vowel signs and a leading zero-width joiner; danda is punctuation.
  const std::string hindi =
      "\xE2\x80\x8D\xE0\xA4\xA8\xE0\xA4\xAE\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x87\xE0\xA5\xA4";
  const std::vector<Token> tokens = Tokenize(hindi);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].begin, 3u);  // after the ZWJ
  EXPECT_EQ(tokens[0].kind, TokenKind::kWord);
  EXPECT_EQ(tokens[1].kind, TokenKind::kPunct);
  // Emoji with skin tone and ZWJ sequence stays one symbol token.
  const std::vector<Token> emoji = Tokenize("ok \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD go");
  EXPECT_EQ(emoji.size(), 4u);  // thumbs up + skin tone modifier are two symbols
  // Combining accent after a letter stays in the word; NFKC composes it.
  EXPECT_THAT(Norms("cafe\xCC\x81 ok"), ElementsAre("CAF\xC3\x89", "OK"));
  // Soft hyphen inside a word does not split it.
  EXPECT_EQ(Tokenize("inter\xC2\xADnational").size(), 1u);
  // Fullwidth letters, CJK, Cyrillic.
  EXPECT_THAT(Norms("\xEF\xBC\xB5\xEF\xBC\xB3 \xE6\x97\xA5\xE6\x9C\xAC \xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD"),
              ElementsAre("US", "\xE6\x97\xA5\xE6\x9C\xAC", "\xD0\x9F\xD0\xA3\xD0\xA2\xD0\x98\xD0\x9D"));
  // A malformed byte (ingest should repair these) does not crash or loop.
  EXPECT_FALSE(Tokenize(std::string("ab\xFF" "cd", 5)).empty());
}

// Valid UTF-8 that looks odd: noncharacters, private use, the highest code point, bidi and
// variation marks, a text that starts with combining marks, lone surrogate-range lookalikes do
// not exist in valid UTF-8 so are not tested. Offsets must stay on code point boundaries.
TEST(TokenizerTest, OddButValidCodePoints) {
  const std::string text =
      "\xCC\x81\xCC\x81start "       // two combining acutes with no base
      "\xEF\xBF\xBF \xEF\xB7\x90 "  // U+FFFF, U+FDD0 noncharacters
      "\xEE\x80\x80 "                 // U+E000 private use
      "\xF4\x8F\xBF\xBF "             // U+10FFFF
      "\xE2\x80\x8FIsrael\xE2\x80\x8E " // RLM, LRM around a word
      "\xE2\x9D\xA4\xEF\xB8\x8F "    // heart + variation selector 16
      "\xF0\x9D\x90\x80\xF0\x9D\x90\x81 "  // mathematical bold A B
      "end.";
  const std::vector<Token> tokens = Tokenize(text);
  ASSERT_FALSE(tokens.empty());
  for (const Token& token : tokens) {
    ASSERT_LT(token.begin, token.end);
    // Every offset is a code point boundary (never a continuation byte).
    ASSERT_NE(static_cast<unsigned char>(text[token.begin]) & 0xC0, 0x80) << token.begin;
    if (token.end < text.size()) {
      ASSERT_NE(static_cast<unsigned char>(text[token.end]) & 0xC0, 0x80) << token.end;
    }
    EXPECT_EQ(NormalizeWord(text.substr(token.begin, token.end - token.begin)), token.norm);
  }
  const std::vector<std::string> norms = Norms(text);
  EXPECT_NE(std::find(norms.begin(), norms.end(), "ISRAEL"), norms.end());
  EXPECT_NE(std::find(norms.begin(), norms.end(), "AB"), norms.end());  // NFKC of bold letters
  EXPECT_EQ(norms.back(), ".");
}

TEST(TokenizerTest, OffsetsMapBackToSurface) {
  const std::string text =
      "Pompeo\xE2\x80\x99s plan didn\xE2\x80\x99t work! \xE2\x80\x9CWe agree,\xE2\x80\x9D said "
      "Kim Jong-un in the U.S.-led talks at 10:30 \xE2\x80\x94 3.5% of 2,000.";
  const std::vector<Token> tokens = Tokenize(text);
  ASSERT_FALSE(tokens.empty());
  uint32_t previous_end = 0;
  for (const Token& token : tokens) {
    ASSERT_LT(token.begin, token.end);
    ASSERT_LE(token.end, text.size());
    ASSERT_GE(token.begin, previous_end);
    EXPECT_EQ(NormalizeWord(text.substr(token.begin, token.end - token.begin)), token.norm);
    previous_end = token.end;
  }
  EXPECT_EQ(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin), "\xE2\x80\x99s");
}

TEST(TokenizePhraseTest, DictionaryPhrases) {
  EXPECT_THAT(TokenizePhrase("MAZAR-I-SHARIF"), ElementsAre("MAZAR", "-", "I", "-", "SHARIF"));
  EXPECT_THAT(TokenizePhrase("U.S."), ElementsAre("U.S."));
  EXPECT_THAT(TokenizePhrase("KIM_JONG-UN"), ElementsAre("KIM", "JONG", "-", "UN"));
  EXPECT_THAT(TokenizePhrase("JAPAN'S"), ElementsAre("JAPAN", "'S"));
  EXPECT_THAT(TokenizePhrase("MR._OBAMA"), ElementsAre("MR.", "OBAMA"));
  EXPECT_THAT(TokenizePhrase("GEORGE_W._BUSH_"), ElementsAre("GEORGE", "W.", "BUSH"));
  EXPECT_THAT(TokenizePhrase("SEEDS_OF_PEACE_INC."), ElementsAre("SEEDS", "OF", "PEACE", "INC."));
  EXPECT_THAT(TokenizePhrase("UNION_INTERNATIONALE_DE_L'INDUSTRIE"),
              ElementsAre("UNION", "INTERNATIONALE", "DE", "L'INDUSTRIE"));
  EXPECT_TRUE(TokenizePhrase("").empty());
  EXPECT_TRUE(TokenizePhrase("___").empty());
}

// The lexicon relies on phrase norms being a contiguous run of the running-text norms.
TEST(TokenizePhraseTest, MatchesRunningText) {
  const struct {
    const char* phrase;
    const char* text;
  } cases[] = {
      {"KIM_JONG-UN", "Leader Kim Jong-un said."},
      {"JAPAN'S", "Japan\xE2\x80\x99s Foreign Minister."},
      {"MR._OBAMA", "Then Mr. Obama left."},
      {"U.S.", "The U.S. Congress met."},
      {"U.S.", "He flew to the U.S.\n"},
      {"MAZAR-I-SHARIF", "fighting near Mazar-i-Sharif on Monday"},
      {"GEORGE_W._BUSH", "President George W. Bush spoke."},
      {"SOUTH_KOREA", "South Korea\xE2\x80\x99s companies"},
      {"CHINA-JAPAN", "China\xE2\x80\x93Japan relations"},  // en dash folds to "-"
      {"ST._JOHN'S", "in St. John\xE2\x80\x99s harbour"},
  };
  for (const auto& c : cases) {
    const std::vector<std::string> phrase = TokenizePhrase(c.phrase);
    const std::vector<std::string> text = Norms(c.text);
    ASSERT_FALSE(phrase.empty()) << c.phrase;
    const bool found =
        std::search(text.begin(), text.end(), phrase.begin(), phrase.end()) != text.end();
    EXPECT_TRUE(found) << c.phrase << " not found in " << c.text;
  }
}

}  // namespace
}  // namespace dyadwatch::text
