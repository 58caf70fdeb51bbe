// Dependency parser: the shipped model gives well-formed trees, the expected heads and relations
// on simple news sentences, and its EWT accuracy on a dev slice.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "parse/dependency_parser.h"
#include "parse/tagger.h"
#include "text/sentence_splitter.h"

namespace dyadwatch::parse {
namespace {

struct Models {
  std::shared_ptr<const Tagger> tagger;
  std::shared_ptr<const DependencyParser> parser;
};

const Models& Shipped() {
  static const Models models = [] {
    Models m;
    auto tagger = Tagger::Load(DefaultTaggerModelPath());
    auto parser = DependencyParser::Load(DefaultParserModelPath());
    if (tagger.ok()) m.tagger = tagger.value();
    if (parser.ok()) m.parser = parser.value();
    return m;
  }();
  return models;
}

// "word->head:label" per token of the first sentence of `text` (head "ROOT" for the root).
std::vector<std::string> Parse(const std::string& text) {
  auto sentences = text::SplitSentences(text);
  std::vector<std::string> out;
  if (sentences.empty()) return out;
  const auto& s = sentences[0];
  auto tags = Shipped().tagger->Tag(s);
  ParserScratch scratch;
  std::vector<int> heads, labels;
  Shipped().parser->Parse(s, tags, &scratch, &heads, &labels);
  auto word = [&](int i) { return text.substr(s.tokens[i].begin, s.tokens[i].end - s.tokens[i].begin); };
  for (size_t i = 0; i < heads.size(); ++i) {
    out.push_back(word(i) + "->" + (heads[i] < 0 ? std::string("ROOT") : word(heads[i])) + ":" +
                  std::string(Shipped().parser->LabelName(labels[i])));
  }
  return out;
}

class DependencyParserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_NE(Shipped().tagger, nullptr);
    ASSERT_NE(Shipped().parser, nullptr) << DefaultParserModelPath();
  }
};

TEST_F(DependencyParserTest, MissingModelErrorNamesTheFile) {
  auto parser = DependencyParser::Load("/nonexistent/parser.dwm");
  ASSERT_FALSE(parser.ok());
  EXPECT_NE(parser.status().message().find("/nonexistent/parser.dwm"), std::string::npos);
}

TEST_F(DependencyParserTest, SimpleNewsSentences) {
  EXPECT_EQ(Parse("Japan rejects the U.S. request."),
            (std::vector<std::string>{"Japan->rejects:nsubj", "rejects->ROOT:root", "the->request:det",
                                      "U.S.->request:compound", "request->rejects:obj",
                                      ".->rejects:punct"}));
  auto passive = Parse("Gondor was attacked by Arnor.");
  ASSERT_EQ(passive.size(), 6u);
  EXPECT_EQ(passive[0], "Gondor->attacked:nsubj");
  EXPECT_EQ(passive[1], "was->attacked:aux");
  EXPECT_EQ(passive[2], "attacked->ROOT:root");
  EXPECT_EQ(passive[4], "Arnor->attacked:obl");
  auto negated = Parse("Japan will not join the program.");
  ASSERT_EQ(negated.size(), 7u);
  EXPECT_EQ(negated[0], "Japan->join:nsubj");
  EXPECT_EQ(negated[2], "not->join:advmod");
  EXPECT_EQ(negated[5], "program->join:obj");
}

TEST_F(DependencyParserTest, TreesAreWellFormed) {
  const std::string text =
      "Chinese Foreign Minister Wang Yi and US adviser Jake Sullivan held talks in Thailand for two "
      "days. Russian Foreign Ministry spokesperson Zakharova explicitly stated that Japan's attempt "
      "to strengthen its political influence in Central Asia is essentially spreading American "
      "ideology. The United States has repeatedly asked other countries not to allow the use of "
      "Huawei's communications equipment, and even wanted these countries to exclude Huawei.";
  ParserScratch scratch;
  std::vector<int> heads, labels;
  for (const auto& s : text::SplitSentences(text)) {
    auto tags = Shipped().tagger->Tag(s);
    Shipped().parser->Parse(s, tags, &scratch, &heads, &labels);
    const int n = static_cast<int>(s.tokens.size());
    ASSERT_EQ(static_cast<int>(heads.size()), n);
    int roots = 0;
    for (int i = 0; i < n; ++i) {
      ASSERT_GE(heads[i], -1);
      ASSERT_LT(heads[i], n);
      ASSERT_NE(heads[i], i);
      ASSERT_LT(labels[i], Shipped().parser->num_labels());
      roots += heads[i] == -1;
      // Following heads from any token reaches the root without a cycle.
      int steps = 0;
      for (int j = i; j != -1; j = heads[j]) ASSERT_LE(++steps, n);
    }
    EXPECT_EQ(roots, 1);
  }
}

TEST_F(DependencyParserTest, AccuracyOnEwtDevSlice) {
  const std::string dev_path =
      std::string(DYADWATCH_TEST_SHARED_DIR) + "/data/ud-ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(dev_path)) GTEST_SKIP() << "no " << dev_path;
  auto dev = ReadConllu(dev_path);
  ASSERT_TRUE(dev.ok()) << dev.status().message();
  std::vector<TreebankSentence> slice(dev.value().begin(), dev.value().begin() + 500);
  ParserScores scores = EvaluateParser(*Shipped().parser, Shipped().tagger.get(), slice);
  EXPECT_GE(scores.uas, 0.80) << "UAS " << scores.uas;
  EXPECT_GE(scores.las, 0.75) << "LAS " << scores.las;
  EXPECT_LT(scores.las, scores.uas + 1e-9);
}

}  // namespace
}  // namespace dyadwatch::parse
