// Randomised inputs from a fixed seed: the text stage must keep its invariants on anything.
#include <cctype>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/text.h"

namespace dyadwatch::text {
namespace {

// Pieces that exercise every branch: abbreviations, clitics, quotes, dashes, numbers, URLs,
// debris markers, multi-byte letters and marks, format characters, line breaks.
const std::vector<std::string>& Pieces() {
  static const std::vector<std::string> pieces = {
      "Japan", "U.S.", "U.S", "e.g.", "Mr.", "No.", "W.", "etc.", "3.5", "2,000", "10:30", "'s",
      "n't", "\xE2\x80\x99", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "-", "\xE2\x80\x94", ".",
      "...", "?", "!", ",", ";", ":", "(", ")", "*", "**", " ", " ", " ", "\n", "\n\n", "\t",
      "https://x.org/a.b", "www.", "Follow me", "like and share", "Image: ", "Share this:",
      "\xD0\xA0\xD1\x83\xD1\x81", "\xE6\x97\xA5\xE6\x9C\xAC", "\xED\x95\x9C",
      "\xE0\xA4\xA8\xE0\xA5\x87", "\xCC\x81", "\xE2\x80\x8D", "\xC2\xAD", "\xE2\x80\x8E",
      "\xEF\xBB\xBF", "\xF0\x9F\x91\x8D", "\xEF\xBC\x8A", "a", "I", "the", "said", "2019",
      "Kim", "Jong-un", "O'Brien", "COVID19", "iPhone", "ABCDEFGHIJKLMNOPQRSTU",
      "abcdefghijklmnop", "ABCDEFGHIJKLMNOp", "x1y2", "NATO", "10th", "\xC3\xA9", "English", "Fran\xC3\xA7" "ais", "END"};
  return pieces;
}

void CheckInvariants(const std::string& text) {
  const std::string cleaned = BlankDebris(text);
  ASSERT_EQ(cleaned.size(), text.size());
  const std::vector<Sentence> sentences = SplitSentences(cleaned);
  uint32_t previous_end = 0;
  for (const Sentence& sentence : sentences) {
    ASSERT_FALSE(sentence.tokens.empty());
    ASSERT_LE(sentence.tokens.size(), kMaxSentenceTokens);
    ASSERT_GE(sentence.begin, previous_end);
    ASSERT_EQ(sentence.begin, sentence.tokens.front().begin);
    ASSERT_EQ(sentence.end, sentence.tokens.back().end);
    previous_end = sentence.end;
    uint32_t token_end = sentence.begin;
    for (const Token& token : sentence.tokens) {
      ASSERT_LT(token.begin, token.end);
      ASSERT_GE(token.begin, token_end);
      ASSERT_LE(token.end, text.size());
      ASSERT_NE(static_cast<unsigned char>(text[token.begin]) & 0xC0, 0x80);
      token_end = token.end;
      const std::string_view surface =
          std::string_view(cleaned).substr(token.begin, token.end - token.begin);
      ASSERT_EQ(NormalizeWord(surface), token.norm);
      ASSERT_FALSE(token.norm.empty());
      // Case flags of ASCII words against a plain reference.
      bool ascii = true;
      int letters = 0, upper = 0;
      for (const char c : surface) {
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        letters += std::isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
        upper += std::isupper(static_cast<unsigned char>(c)) ? 1 : 0;
      }
      if (ascii && token.kind == TokenKind::kWord) {
        ASSERT_EQ(token.capitalized, std::isupper(static_cast<unsigned char>(surface[0])) != 0)
            << surface;
        ASSERT_EQ(token.all_caps, letters >= 2 && upper == letters) << surface;
      }
    }
  }
}

TEST(TextFuzzTest, RandomPieceSoup) {
  std::mt19937 random(20240601);
  const std::vector<std::string>& pieces = Pieces();
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int count = 1 + static_cast<int>(random() % 400);
    for (int k = 0; k < count; ++k) text += pieces[pick(random)];
    CheckInvariants(text);
    if (HasFatalFailure()) {
      ADD_FAILURE() << "round " << round << " text: " << text;
      return;
    }
  }
}

TEST(TextFuzzTest, RandomBytes) {
  // Arbitrary bytes (ingest normally repairs them): no crash, offsets inside the text.
  std::mt19937 random(7);
  for (int round = 0; round < 200; ++round) {
    std::string text(random() % 300, '\0');
    for (char& c : text) c = static_cast<char>(random() & 0xFF);
    const std::string cleaned = BlankDebris(text);
    ASSERT_EQ(cleaned.size(), text.size());
    for (const Sentence& sentence : SplitSentences(cleaned)) {
      ASSERT_LE(sentence.tokens.size(), kMaxSentenceTokens);
      for (const Token& token : sentence.tokens) ASSERT_LE(token.end, text.size());
    }
  }
}

}  // namespace
}  // namespace dyadwatch::text
