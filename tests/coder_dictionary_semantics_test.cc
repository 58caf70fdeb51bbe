// Coder behaviour that follows from how a dictionary writes an actor, checked with a small
// invented actor file and the bundled verbs and agents.
#include <gtest/gtest.h>

#include <algorithm>
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

// A directory of this process's own (several checkouts may run the tests at once).
fs::path TempDir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() /
                 ("dyadwatch_" + name + "_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

class CoderDictionarySemanticsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const fs::path dir = TempDir("dictionary_semantics");
    const std::string data = std::string(DYADWATCH_SOURCE_DATA_DIR) + "/dictionaries/";
    std::ofstream(dir / "test.actors.txt") << "THE_SHIRE  [FRO/BIL/SAM]\n"
                                              "LORIEN  [ELR/GAL]\n"
                                              "JAPAN  [JPN]\n"
                                              "KOREA  [KOR]\n"
                                              "CHINA  [CHN]\n";
    std::ofstream(dir / "test.agents.txt") << "MINISTRY_OF_SILLY_WALKS  [~GOV]\n";
    std::ofstream(dir / "dyadwatch.dict")
        << "[Dictionaries]\n"
        << "verbfile_name = " << data << "petrarch2/CAMEO.2.0.txt\n"
        << "actorfile_list = test.actors.txt\n"
        << "agentfile_list = " << data << "petrarch2/Phoenix.agents.txt, " << data
        << "dyadwatch.agents.txt, test.agents.txt\n"
        << "discardfile_name = " << data << "petrarch2/Phoenix.discards.txt\n"
        << "issuefile_name = " << data << "petrarch2/Phoenix.IssueCoding.txt\n";
    CoderOptions options;
    options.dict_path = dir.string();
    auto coder = Coder::Open(options);
    ASSERT_TRUE(coder.ok()) << coder.status().message();
    coder_ = new std::shared_ptr<const Coder>(coder.value());
  }
  static void TearDownTestSuite() {
    delete coder_;
    coder_ = nullptr;
    fs::remove_all(TempDir("dictionary_semantics"));
  }

  // "SOURCE TARGET ROOT" per event.
  static std::vector<std::string> Code(const std::string& text) {
    Document doc;
    doc.id = "t";
    doc.date = "2020-01-01";
    doc.text = text;
    std::vector<std::string> out;
    for (const Event& e : (*coder_)->Code(doc).events) {
      out.push_back(e.source + " " + e.target + " " + e.root);
    }
    return out;
  }

  static std::shared_ptr<const Coder>* coder_;
};

std::shared_ptr<const Coder>* CoderDictionarySemanticsTest::coder_ = nullptr;

TEST_F(CoderDictionarySemanticsTest, MultiCodeActorIsEachOfItsMembers) {
  EXPECT_EQ(Code("The Shire criticized Japan."),
            (std::vector<std::string>{"FRO JPN 11", "BIL JPN 11", "SAM JPN 11"}));
  EXPECT_EQ(Code("Japan criticized Lorien."),
            (std::vector<std::string>{"JPN ELR 11", "JPN GAL 11"}));
  EXPECT_EQ(Code("The Shire criticized Lorien.").size(), 6u);
}

TEST_F(CoderDictionarySemanticsTest, AgentsJoinedBeforeTheirStatesAreOfEachState) {
  // The agent after "in" goes with every state of the compound, and so does the countryless
  // agent joined to it.
  std::vector<std::string> events =
      Code("Lawmakers and officials in Japan and Korea criticized China.");
  std::sort(events.begin(), events.end());
  EXPECT_EQ(events, (std::vector<std::string>{"JPNGOV CHN 11", "JPNLEG CHN 11", "KORGOV CHN 11",
                                              "KORLEG CHN 11"}));
}

TEST_F(CoderDictionarySemanticsTest, WordsOfALongAgentPhraseAreNoVerbs) {
  // The tagger reads "Walks" as a verb; inside the agent phrase it is part of a name.
  EXPECT_EQ(Code("The Japan Ministry of Silly Walks condemned China."),
            (std::vector<std::string>{"JPNGOV CHN 11"}));
}

TEST(CoderTabariSemanticsTest, AgentsStayWithTheirOwnActorAndMayBeConverted) {
  // TABARI does not carry "ambassadors of" over the rest of the list (PETRARCH2 does).
  const fs::path dir = TempDir("tabari_semantics");
  std::ofstream(dir / "t.actors") << "ARNOR  [ARN]\nGONDOR  [GON]\nOSGILIATH  [OSG]\n"
                                     "ITHILEN  [ITH]\n";
  std::ofstream(dir / "t.agents") << "AMBASSADORS_  [ ~GOV]\nGUERRILLA  [ ~REB]\n";
  std::ofstream(dir / "t.verbs") << "CRITICIZE  [111]\n";
  std::ofstream(dir / "t.project")
      << "test\n<actorsfile> t.actors\n<verbsfile> t.verbs\n<agentsfile> t.agents\n";
  CoderOptions options;
  options.dict_path = (dir / "t.project").string();
  auto coder = Coder::Open(options);
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  Document doc;
  doc.id = "t";
  doc.date = "2020-01-01";
  doc.text = "The ambassadors of Arnor, Osgiliath and Gondor criticized Ithilen.";
  std::vector<std::string> sources;
  for (const Event& e : coder.value()->Code(doc).events) sources.push_back(e.source);
  EXPECT_EQ(sources, (std::vector<std::string>{"ARNGOV", "OSG", "GON"}));

  // CONVERT AGENT: an agent without a country is coded as the dictionary writes it.
  doc.text = "Guerrillas criticized Ithilen.";
  EXPECT_TRUE(coder.value()->Code(doc).events.empty());
  options.convert_agents = true;
  auto converting = Coder::Open(options);
  ASSERT_TRUE(converting.ok()) << converting.status().message();
  std::vector<Event> events = converting.value()->Code(doc).events;
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source + " " + events[0].target, "~REB ITH");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace dyadwatch
