// The text stage on the real seeds and corpora in ../shared (skipped when absent).
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <simdjson.h>

#include "text/text.h"

namespace dyadwatch::text {
namespace {

struct Doc {
  std::string id;
  std::string text;
};

std::vector<Doc> ReadJsonl(const std::string& path) {
  std::vector<Doc> docs;
  std::ifstream in(path);
  std::string line;
  simdjson::dom::parser parser;
  while (std::getline(in, line)) {
    simdjson::dom::element record;
    if (parser.parse(line).get(record)) continue;
    std::string_view id, text;
    if (record["text"].get(text)) continue;
    if (record["id"].get(id)) id = "";
    docs.push_back({std::string(id), std::string(text)});
  }
  return docs;
}

std::vector<Doc> LoadOrSkip(const std::string& relative) {
  return ReadJsonl(std::string(DYADWATCH_TEST_SHARED_DIR) + "/" + relative);
}

std::string SentenceText(const std::string& text, const Sentence& sentence) {
  return text.substr(sentence.begin, sentence.end - sentence.begin);
}

// Invariants every document must satisfy.
void CheckDocument(const Doc& doc) {
  const std::string cleaned = BlankDebris(doc.text);
  ASSERT_EQ(cleaned.size(), doc.text.size()) << doc.id;
  const std::vector<Sentence> sentences = SplitSentences(cleaned);
  uint32_t previous_end = 0;
  for (const Sentence& sentence : sentences) {
    ASSERT_FALSE(sentence.tokens.empty()) << doc.id;
    ASSERT_LE(sentence.tokens.size(), kMaxSentenceTokens) << doc.id;
    ASSERT_GE(sentence.begin, previous_end) << doc.id;
    previous_end = sentence.end;
    for (const Token& token : sentence.tokens) {
      ASSERT_LT(token.begin, token.end);
      // Offsets index the original text as well as the cleaned one.
      const std::string_view surface =
          std::string_view(doc.text).substr(token.begin, token.end - token.begin);
      ASSERT_EQ(NormalizeWord(surface), token.norm) << doc.id << " at " << token.begin;
      ASSERT_EQ(surface.find_first_of(" \n\t"), std::string_view::npos) << doc.id;
    }
  }
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// A fixture shipped with the tests (runs without ../shared).
TEST(TextCorpusTest, ContentFarmFixture) {
  const std::string dir = std::string(DYADWATCH_TEST_DATA_DIR) + "/text/";
  const std::string text = ReadFile(dir + "content_farm.txt");
  const std::string expected = ReadFile(dir + "content_farm.expected");
  ASSERT_FALSE(text.empty());
  ASSERT_FALSE(expected.empty());
  CheckDocument({"content_farm", text});
  std::vector<std::string> expected_sentences;
  std::stringstream lines(expected);
  for (std::string line; std::getline(lines, line);) expected_sentences.push_back(line);
  std::vector<std::string> actual;
  for (const Sentence& s : SplitSentences(BlankDebris(text))) actual.push_back(SentenceText(text, s));
  EXPECT_EQ(actual, expected_sentences);
}

TEST(TextCorpusTest, Seeds) {
  const std::vector<Doc> docs = LoadOrSkip("seeds/seeds.jsonl");
  if (docs.empty()) GTEST_SKIP() << "shared seeds not available";
  ASSERT_EQ(docs.size(), 3u);
  for (const Doc& doc : docs) CheckDocument(doc);

  // seed-000: headlines without final punctuation are sentences of their own.
  const std::string& text0 = docs[0].text;
  std::vector<std::string> sentences0;
  for (const Sentence& s : SplitSentences(BlankDebris(text0))) {
    sentences0.push_back(SentenceText(text0, s));
  }
  auto contains = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  EXPECT_TRUE(contains(sentences0, "Japan rejects U.S. request"));
  EXPECT_TRUE(contains(sentences0, "The US trend"));
  EXPECT_TRUE(contains(sentences0, "U.S. vain attempt to dominate the world"));
  EXPECT_TRUE(contains(sentences0, "Pompeo\xE2\x80\x99s plan didn\xE2\x80\x99t work!"));
  EXPECT_TRUE(contains(sentences0,
                       "Not only does it join the program itself, but the U.S. also wants its "
                       "own allies to join."));

  // seed-001: reader calls and masks are gone, content stays.
  const std::string cleaned1 = BlankDebris(docs[1].text);
  EXPECT_EQ(cleaned1.find("Follow me"), std::string::npos);
  EXPECT_EQ(cleaned1.find("attention is my motivation"), std::string::npos);
  EXPECT_EQ(cleaned1.find("Every bit of yours"), std::string::npos);
  EXPECT_EQ(cleaned1.find('*'), std::string::npos);
  EXPECT_NE(cleaned1.find("Recently, Chinese Foreign Minister Wang Yi"), std::string::npos);
  EXPECT_NE(cleaned1.find("Japan's Fumio Kishida   also felt uneasy"), std::string::npos);
  const std::vector<Sentence> sentences1 = SplitSentences(cleaned1);
  ASSERT_FALSE(sentences1.empty());
  EXPECT_EQ(sentences1.front().tokens.front().norm, "RECENTLY");
  EXPECT_EQ(sentences1.back().tokens.front().norm, "CHINA");  // last real paragraph

  // seed-002: the language menu is gone, the headline stays.
  const std::string cleaned2 = BlankDebris(docs[2].text);
  EXPECT_EQ(cleaned2.find("English"), std::string::npos);
  EXPECT_EQ(cleaned2.find("\xD0\xA0\xD1\x83\xD1\x81"), std::string::npos);  // Рус
  const std::vector<Sentence> sentences2 = SplitSentences(cleaned2);
  ASSERT_GE(sentences2.size(), 3u);
  EXPECT_EQ(SentenceText(docs[2].text, sentences2[0]),
            "As the confrontation between Russia and Japan escalates, Putin's government is "
            "under attack from all sides, and five countries gather in the Sea of Japan, the "
            "situation becomes more delicate");
  EXPECT_EQ(sentences2[1].tokens.front().norm, "AT");
}

TEST(TextCorpusTest, WikinewsInvariantsAndDebrisRate) {
  const std::vector<Doc> docs = LoadOrSkip("corpus/wikinews-2019-2020.jsonl");
  if (docs.empty()) GTEST_SKIP() << "shared corpus not available";
  size_t bytes = 0, blanked = 0, sentences = 0, tokens = 0;
  for (const Doc& doc : docs) {
    CheckDocument(doc);
    const std::string cleaned = BlankDebris(doc.text);
    for (size_t i = 0; i < cleaned.size(); ++i) blanked += cleaned[i] != doc.text[i];
    bytes += doc.text.size();
    for (const Sentence& s : SplitSentences(cleaned)) {
      ++sentences;
      tokens += s.tokens.size();
    }
  }
  // Wikinews is clean news: debris removal must stay marginal (credits, share bars).
  EXPECT_LT(blanked * 100, bytes) << blanked << " of " << bytes << " bytes blanked";
  const double tokens_per_sentence = static_cast<double>(tokens) / sentences;
  EXPECT_GT(tokens_per_sentence, 12.0);
  EXPECT_LT(tokens_per_sentence, 40.0);
}

TEST(TextCorpusTest, WikinewsKnownSentences) {
  const std::vector<Doc> docs = LoadOrSkip("corpus/wikinews-2019-2020.jsonl");
  if (docs.empty()) GTEST_SKIP() << "shared corpus not available";
  const Doc* pelosi = nullptr;
  for (const Doc& doc : docs) {
    if (doc.text.find("Nancy Pelosi yesterday resumed the office") != std::string::npos) {
      pelosi = &doc;
    }
  }
  ASSERT_NE(pelosi, nullptr);
  std::vector<std::string> texts;
  for (const Sentence& s : SplitSentences(BlankDebris(pelosi->text))) {
    texts.push_back(SentenceText(pelosi->text, s));
  }
  auto has = [&](const std::string& s) {
    return std::find(texts.begin(), texts.end(), s) != texts.end();
  };
  EXPECT_TRUE(has("The 116th U.S. Congress has the greatest number of women, 102, and people of "
                  "color in the country's history and also has the youngest average age."));
  EXPECT_TRUE(has("President Donald Trump congratulated Pelosi, saying, \"hopefully we're going "
                  "to have a lot of things that we can get done together.\""));
  EXPECT_TRUE(has("Some called for younger leadership."));
}

}  // namespace
}  // namespace dyadwatch::text
