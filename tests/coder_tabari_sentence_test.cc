// TABARI-format dictionaries: the sentence-level semantics TABARI gives them (source rule, <TIME>
// stop phrases), on a small invented TABARI project.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <unistd.h>

#include "dyadwatch/coder.h"

namespace dyadwatch {
namespace {

namespace fs = std::filesystem;

class CoderTabariSentenceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // One directory per process: test runs of several checkouts may share the temp directory.
    const fs::path dir = fs::temp_directory_path() /
                         ("dyadwatch_tabari_sentence_test_" + std::to_string(getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "t.actors") << "ARNOR  [ARN]\nITHILEN  [ITH]\n";
    std::ofstream(dir / "t.agents") << "SOLDIERS_  [ ~MIL]\n";
    std::ofstream(dir / "t.verbs") << "<TIME>\nKAN_WA_MA_KAN [###]\nWHEN_PEACE_COMES [+++]\n"
                                      "TOMORROW [+1]\n</TIME>\nCRITICIZE  [111]\n";
    std::ofstream(dir / "t.project")
        << "test\n<actorsfile> t.actors\n<verbsfile> t.verbs\n<agentsfile> t.agents\n";
    CoderOptions options;
    options.dict_path = (dir / "t.project").string();
    auto coder = Coder::Open(options);
    ASSERT_TRUE(coder.ok()) << coder.status().message();
    coder_ = new std::shared_ptr<const Coder>(coder.value());
  }
  static void TearDownTestSuite() {
    delete coder_;
    coder_ = nullptr;
  }

  static std::vector<std::string> Code(const std::string& text) {
    Document doc;
    doc.id = "t";
    doc.date = "2020-01-01";
    doc.text = text;
    std::vector<std::string> out;
    for (const Event& e : (*coder_)->Code(doc).events) {
      out.push_back(e.source + " " + e.target + " " + e.code);
    }
    return out;
  }

  static std::shared_ptr<const Coder>* coder_;
};

std::shared_ptr<const Coder>* CoderTabariSentenceTest::coder_ = nullptr;

TEST_F(CoderTabariSentenceTest, SourceIsTheNearestActorBeforeTheVerb) {
  // "Zorblat" is no actor: TABARI takes the nearest actor before the verb instead.
  EXPECT_EQ(Code("Arnor accepts that Zorblat might criticize Ithilen today."),
            (std::vector<std::string>{"ARN ITH 111"}));
}

TEST_F(CoderTabariSentenceTest, TimePhrasesCodedDiscardOrComplexStopTheSentence) {
  EXPECT_EQ(Code("Arnor criticized Ithilen on Monday tomorrow."),
            (std::vector<std::string>{"ARN ITH 111"}));
  EXPECT_TRUE(Code("Arnor criticized Ithilen on Monday, kan wa ma kan.").empty());
  EXPECT_TRUE(Code("When peace comes, Arnor will criticize Ithilen on Monday.").empty());
}

}  // namespace
}  // namespace dyadwatch
