// Part-of-speech tagger: the shipped model's accuracy and tags on news text, model file errors,
// save/load, and training end to end on a small slice of EWT.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include "parse/tagger.h"
#include "parse/tagger_training.h"
#include "parse/treebank.h"
#include "text/sentence_splitter.h"

namespace dyadwatch::parse {
namespace {

const std::string kEwtDir = std::string(DYADWATCH_TEST_SHARED_DIR) + "/data/ud-ewt";

std::shared_ptr<const Tagger> ShippedTagger() {
  static auto loaded = Tagger::Load(DefaultTaggerModelPath());
  if (!loaded.ok()) return nullptr;
  return loaded.value();
}

// Tags of the first sentence of `text`, as "word/TAG" pairs.
std::vector<std::string> TagText(const std::string& text) {
  auto sentences = text::SplitSentences(text);
  std::vector<std::string> out;
  if (sentences.empty()) return out;
  auto tags = ShippedTagger()->Tag(sentences[0]);
  for (size_t i = 0; i < tags.size(); ++i) {
    const auto& t = sentences[0].tokens[i];
    out.push_back(text.substr(t.begin, t.end - t.begin) + "/" + std::string(PosTagName(tags[i])));
  }
  return out;
}

// Per process: several checkouts run the tests at once and must not share (or delete) files.
std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("dyadwatch_parse_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

TEST(PosTagTest, NamesRoundTrip) {
  for (int i = 0; i < kNumPosTags; ++i) {
    PosTag tag = static_cast<PosTag>(i);
    ASSERT_EQ(PosTagFromName(PosTagName(tag)), tag) << PosTagName(tag);
  }
  EXPECT_FALSE(PosTagFromName("NOPE").has_value());
}

TEST(TaggerTest, ShippedModelLoads) {
  auto tagger = Tagger::Load(DefaultTaggerModelPath());
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  EXPECT_GT(tagger.value()->data().weights.num_features(), 10000u);
}

TEST(TaggerTest, MissingFileErrorNamesTheFile) {
  auto tagger = Tagger::Load("/nonexistent/dir/model.dwm");
  ASSERT_FALSE(tagger.ok());
  EXPECT_NE(tagger.status().message().find("/nonexistent/dir/model.dwm"), std::string::npos);
}

TEST(TaggerTest, CorruptFileIsRejectedWithItsName) {
  const std::string path = TempPath("corrupt.dwm");
  {
    std::ofstream out(path, std::ios::binary);
    out << "not a model at all";
  }
  auto tagger = Tagger::Load(path);
  ASSERT_FALSE(tagger.ok());
  EXPECT_NE(tagger.status().message().find(path), std::string::npos);
  // A truncated real model is rejected too.
  std::ifstream in(DefaultTaggerModelPath(), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_GT(bytes.size(), 1000u);
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size() / 2));
  }
  EXPECT_FALSE(Tagger::Load(path).ok());
  std::remove(path.c_str());
}

TEST(TaggerTest, SaveAndLoadGiveTheSameTags) {
  ASSERT_NE(ShippedTagger(), nullptr);
  const std::string path = TempPath("roundtrip.dwm");
  ASSERT_TRUE(ShippedTagger()->Save(path).ok());
  auto reloaded = Tagger::Load(path);
  ASSERT_TRUE(reloaded.ok()) << reloaded.status().message();
  auto sentences = text::SplitSentences(
      "Japan's Foreign Minister said Tokyo wouldn't join the U.S.-led plan. China banned imports.");
  ASSERT_EQ(sentences.size(), 2u);
  for (const auto& s : sentences) EXPECT_EQ(ShippedTagger()->Tag(s), reloaded.value()->Tag(s));
  std::remove(path.c_str());
}

TEST(TaggerTest, TagsNewsSentences) {
  ASSERT_NE(ShippedTagger(), nullptr);
  EXPECT_EQ(TagText("Japan rejects U.S. request"),
            (std::vector<std::string>{"Japan/NNP", "rejects/VBZ", "U.S./NNP", "request/NN"}));
  auto join = TagText("Japan will not join in.");
  ASSERT_EQ(join.size(), 6u);
  EXPECT_EQ(std::vector<std::string>(join.begin(), join.begin() + 4),
            (std::vector<std::string>{"Japan/NNP", "will/MD", "not/RB", "join/VB"}));
  auto banned = TagText("China banned the import of Japanese seafood.");
  ASSERT_EQ(banned.size(), 8u);
  EXPECT_EQ(banned[1], "banned/VBD");
  EXPECT_EQ(banned[3], "import/NN");
  EXPECT_EQ(banned[5], "Japanese/JJ");
  auto passive = TagText("Gondor was attacked by Arnor.");
  EXPECT_EQ(passive, (std::vector<std::string>{"Gondor/NNP", "was/VBD", "attacked/VBN", "by/IN",
                                               "Arnor/NNP", "./."}));
  // Clitics split by the tokenizer: 's as possessive, n't as negation.
  auto clitics = TagText("Pompeo's plan didn't work.");
  EXPECT_EQ(clitics, (std::vector<std::string>{"Pompeo/NNP", "'s/POS", "plan/NN", "did/VBD",
                                               "n't/RB", "work/VB", "./."}));
  // Curly apostrophes and hyphen-split words as the text stage produces them.
  auto curly = TagText("Japan\u2019s China-US policy has been criticised.");
  ASSERT_EQ(curly.size(), 10u);
  EXPECT_EQ(curly[1], "\u2019s/POS");
  EXPECT_EQ(curly[3], "-/HYPH");
  EXPECT_EQ(curly[6], "has/VBZ");
  EXPECT_EQ(curly[7], "been/VBN");
  EXPECT_EQ(curly[8], "criticised/VBN");
  // A spaced dash is punctuation, not a hyphen.
  auto dash = TagText("China - the largest buyer - banned the imports.");
  ASSERT_GE(dash.size(), 6u);
  EXPECT_NE(dash[1], "-/HYPH");
}

TEST(TaggerTest, SharedModelTagsTheSameFromSeveralThreads) {
  ASSERT_NE(ShippedTagger(), nullptr);
  auto sentences = text::SplitSentences(
      "Chinese Foreign Minister Wang Yi and US adviser Jake Sullivan held talks in Thailand. "
      "Japan will not join in. China banned the import of Japanese seafood. "
      "The United States has repeatedly asked other countries not to allow the use of Huawei's "
      "communications equipment.");
  std::vector<std::vector<PosTag>> expected;
  for (const auto& s : sentences) expected.push_back(ShippedTagger()->Tag(s));
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      TaggerScratch scratch;  // per thread; the model is shared
      std::vector<PosTag> tags;
      for (int round = 0; round < 200; ++round) {
        for (size_t i = 0; i < sentences.size(); ++i) {
          ShippedTagger()->Tag(sentences[i], &scratch, &tags);
          mismatches[t] += tags != expected[i];
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(TaggerTest, TitleCaseAndAllCapsHeadlines) {
  ASSERT_NE(ShippedTagger(), nullptr);
  auto bans = TagText("China Bans Japanese Seafood Imports");
  ASSERT_EQ(bans.size(), 5u);
  EXPECT_EQ(bans[0], "China/NNP");
  EXPECT_EQ(bans[1], "Bans/VBZ");
  auto warns = TagText("Russia Warns Japan Over Central Asia Summit");
  ASSERT_GE(warns.size(), 3u);
  EXPECT_EQ(warns[1], "Warns/VBZ");
  auto caps = TagText("JAPAN REJECTS U.S. REQUEST");
  ASSERT_EQ(caps.size(), 4u);
  EXPECT_EQ(caps[1], "REJECTS/VBZ");
}

TEST(TaggerTest, AccuracyOnEwtDevSlice) {
  const std::string dev_path = kEwtDir + "/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(dev_path)) GTEST_SKIP() << "no " << dev_path;
  ASSERT_NE(ShippedTagger(), nullptr);
  auto dev = ReadConllu(dev_path);
  ASSERT_TRUE(dev.ok()) << dev.status().message();
  std::vector<TreebankSentence> slice(dev.value().begin(), dev.value().begin() + 500);
  double accuracy = TaggingAccuracy(*ShippedTagger(), slice);
  EXPECT_GE(accuracy, 0.94) << "accuracy " << accuracy;
}

TEST(TaggerTest, TrainingOnASliceLearns) {
  const std::string train_path = kEwtDir + "/en_ewt-ud-train.conllu";
  const std::string dev_path = kEwtDir + "/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(train_path)) GTEST_SKIP() << "no " << train_path;
  // First ~1500 training sentences and 200 dev sentences, copied as CoNLL-U.
  auto copy_head = [](const std::string& from, const std::string& to, int sentences) {
    std::ifstream in(from);
    std::ofstream out(to);
    std::string line;
    int seen = 0;
    while (seen < sentences && std::getline(in, line)) {
      out << line << "\n";
      if (line.empty()) ++seen;
    }
  };
  const std::string small_train = TempPath("train.conllu");
  const std::string small_dev = TempPath("dev.conllu");
  copy_head(train_path, small_train, 1500);
  copy_head(dev_path, small_dev, 200);
  TaggerTrainingOptions options;
  options.train_path = small_train;
  options.dev_path = small_dev;
  options.iterations = 3;
  options.two_pass = false;
  auto trained = TrainTagger(options);
  ASSERT_TRUE(trained.ok()) << trained.status().message();
  EXPECT_EQ(trained.value().report.dev_accuracy_by_iteration.size(), 3u);
  EXPECT_GT(trained.value().report.dev_accuracy, 0.80);
  EXPECT_LT(trained.value().report.dev_accuracy, 0.99);
  // The best model really is what the report says.
  auto dev = ReadConllu(small_dev);
  ASSERT_TRUE(dev.ok());
  EXPECT_DOUBLE_EQ(TaggingAccuracy(*trained.value().tagger, dev.value()),
                   trained.value().report.dev_accuracy);
  std::remove(small_train.c_str());
  std::remove(small_dev.c_str());
}

TEST(TaggerTest, MissingTrainingFileIsAnError) {
  TaggerTrainingOptions options;
  options.train_path = "/nonexistent/train.conllu";
  options.dev_path = "/nonexistent/dev.conllu";
  auto trained = TrainTagger(options);
  ASSERT_FALSE(trained.ok());
  EXPECT_NE(trained.status().message().find("/nonexistent/train.conllu"), std::string::npos);
}

TEST(TreebankTest, SplitsHyphenatedWordsAndKeepsCannotWhole) {
  const std::string path = TempPath("tiny.conllu");
  {
    std::ofstream out(path);
    out << "# text = co-workers cannot go\n"
           "1\tco-workers\tco-worker\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
           "2-3\tcannot\t_\t_\t_\t_\t_\t_\t_\t_\n"
           "2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_\n"
           "3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
           "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n\n";
  }
  TreebankOptions split;
  split.split_hyphenated_words = true;
  auto sentences = ReadConllu(path, split);
  ASSERT_TRUE(sentences.ok()) << sentences.status().message();
  ASSERT_EQ(sentences.value().size(), 1u);
  const auto& words = sentences.value()[0].words;
  ASSERT_EQ(words.size(), 5u);
  EXPECT_EQ(words[0].form, "co");
  EXPECT_EQ(words[1].tag, PosTag::kHYPH);
  EXPECT_EQ(words[2].form, "workers");
  EXPECT_EQ(words[2].tag, PosTag::kNNS);
  EXPECT_EQ(words[3].form, "cannot");
  EXPECT_EQ(words[3].tag, PosTag::kMD);
  EXPECT_EQ(words[4].head, -1);
  EXPECT_EQ(words[2].head, 4);  // co-workers -> go, remapped past the split and the merge
  std::remove(path.c_str());
}

}  // namespace
}  // namespace dyadwatch::parse
