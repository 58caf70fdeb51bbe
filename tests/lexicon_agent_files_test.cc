// Several agent files: agentfile_name (PETRARCH2 configs) plus agentfile_list, later files
// overriding earlier phrases; and the bundled dyadwatch.agents.txt on top of Phoenix.agents.txt.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "lexicon/lexicon.h"
#include "text/tokenizer.h"

namespace dyadwatch::lexicon {
namespace {

namespace fs = std::filesystem;

const std::string kDir = std::string(DYADWATCH_TEST_DATA_DIR) + "/lexicon/";

// A scratch directory removed at the end of the test.
class ScratchDir {
 public:
  ScratchDir() {
    static std::atomic<int> counter{0};
    path_ = fs::temp_directory_path() /
            ("dyadwatch_agent_files_" + std::to_string(::getpid()) + "_" +
             std::to_string(counter++));
    fs::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string Write(const std::string& name, const std::string& text) const {
    std::ofstream(path_ / name) << text;
    return (path_ / name).string();
  }

 private:
  fs::path path_;
};

// A config using the small test dictionaries, with the given agent lines.
std::string Config(const std::string& agent_lines) {
  return "[Dictionaries]\n"
         "verbfile_name    = " + kDir + "verbs_small.txt\n"
         "actorfile_list   = " + kDir + "actors_small.txt\n" +
         agent_lines +
         "discardfile_name = " + kDir + "discards_small.txt\n";
}

Result<std::shared_ptr<const Lexicon>> LoadConfig(const std::string& config_path) {
  LexiconConfig config;
  config.path = config_path;
  config.data_dir = DYADWATCH_SOURCE_DATA_DIR;
  config.strict = true;
  return Lexicon::Load(config);
}

std::string AgentCode(const Lexicon& lex, const std::string& phrase) {
  const AgentEntry* entry = lex.agents().FindPhrase(phrase);
  return entry == nullptr ? "" : entry->raw_code;
}

TEST(AgentFileListTest, LaterFilesOverrideEarlierOnes) {
  ScratchDir dir;
  // ARMY is [~MIL] in agents_small.txt; the list redefines it twice, the last one wins.
  std::string first = dir.Write("first.txt",
                                "ARMY [~REB]\n"
                                "OFFICIAL [~GOV]\n"
                                "SPOKES!PERSON! [~MED]  # set defined in agents_small.txt\n");
  std::string second = dir.Write("second.txt",
                                 "ARMY [~COP]\n"
                                 "POLICE_SPOKES!PERSON! [~COP]\n");
  std::string config = dir.Write(
      "config.ini", Config("agentfile_name   = " + kDir + "agents_small.txt\n" +
                           "agentfile_list   = " + first + ",\n    " + second + "\n"));
  auto loaded = LoadConfig(config);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const Lexicon& lex = *loaded.value();
  ASSERT_EQ(lex.files().agents.size(), 3u);
  EXPECT_EQ(lex.files().agents[0], kDir + "agents_small.txt");  // agentfile_name first
  EXPECT_EQ(lex.files().agents[2], second);
  EXPECT_EQ(AgentCode(lex, "ARMY"), "~COP");
  EXPECT_EQ(AgentCode(lex, "ARMIES"), "~COP");             // generated plural follows too
  EXPECT_EQ(AgentCode(lex, "OFFICIALS"), "~GOV");          // only in the first list file
  EXPECT_EQ(AgentCode(lex, "FOREIGN_MINISTER"), "~GOV");   // only in agentfile_name
  EXPECT_EQ(AgentCode(lex, "POLICE_SPOKESWOMAN"), "~COP");
  EXPECT_EQ(AgentCode(lex, "SPOKESMAN"), "~MED");
  EXPECT_TRUE(lex.warnings().empty());
}

TEST(AgentFileListTest, ListAloneAndMissingAgentsAreHandled) {
  ScratchDir dir;
  std::string config = dir.Write(
      "only_list.ini", Config("agentfile_list   = " + kDir + "agents_small.txt\n"));
  auto loaded = LoadConfig(config);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded.value()->files().agents.size(), 1u);
  EXPECT_EQ(AgentCode(*loaded.value(), "CONGRESSWOMAN"), "~LEG");

  std::string none = dir.Write("no_agents.ini", Config(""));
  auto failed = LoadConfig(none);
  ASSERT_FALSE(failed.ok());
  EXPECT_NE(failed.status().message().find("agentfile"), std::string::npos)
      << failed.status().message();

  std::string missing = dir.Write(
      "missing.ini", Config("agentfile_list   = " + kDir + "agents_small.txt, nope.txt\n"));
  auto not_found = LoadConfig(missing);
  ASSERT_FALSE(not_found.ok());
  EXPECT_NE(not_found.status().message().find("nope.txt"), std::string::npos)
      << not_found.status().message();
}

TEST(AgentFileListTest, PetrarchConfigKeepsItsSingleAgentFile) {
  auto loaded = LoadConfig(kDir + "config_dir");
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  ASSERT_EQ(loaded.value()->files().agents.size(), 1u);
  EXPECT_EQ(AgentCode(*loaded.value(), "ARMY"), "~MIL");
}

// The bundled production set: Phoenix.agents.txt, then dyadwatch.agents.txt.
class BundledAgentsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    LexiconConfig config;
    config.data_dir = DYADWATCH_SOURCE_DATA_DIR;
    auto loaded = Lexicon::Load(config);
    if (loaded.ok()) lexicon_ = new std::shared_ptr<const Lexicon>(loaded.value());
    else error_ = new std::string(loaded.status().message());
  }
  static void TearDownTestSuite() {
    delete lexicon_;
    delete error_;
    lexicon_ = nullptr;
    error_ = nullptr;
  }
  void SetUp() override {
    if (!fs::exists(std::string(DYADWATCH_SOURCE_DATA_DIR) + "/dictionaries/dyadwatch.agents.txt"))
      GTEST_SKIP() << "bundled dictionaries not present";
    ASSERT_EQ(error_, nullptr) << *error_;
  }
  const Lexicon& lex() const { return **lexicon_; }
  // The agent code of a whole text (longest match from its first token), "" if none covers it.
  std::string CodeOf(const std::string& text) const {
    std::vector<text::Token> tokens = text::Tokenize(text);
    PhraseMatch match = lex().agents().Match(tokens, 0);
    if (!match.found() || match.length != tokens.size()) return "";
    return lex().agents().entry(match.value).raw_code;
  }

  static std::shared_ptr<const Lexicon>* lexicon_;
  static std::string* error_;
};

std::shared_ptr<const Lexicon>* BundledAgentsTest::lexicon_ = nullptr;
std::string* BundledAgentsTest::error_ = nullptr;

TEST_F(BundledAgentsTest, LoadsBothFilesInOrder) {
  ASSERT_EQ(lex().files().agents.size(), 2u);
  EXPECT_TRUE(lex().files().agents[0].ends_with("Phoenix.agents.txt"));
  EXPECT_TRUE(lex().files().agents[1].ends_with("dyadwatch.agents.txt"));
  for (const std::string& warning : lex().warnings())
    EXPECT_EQ(warning.find("dyadwatch.agents.txt"), std::string::npos) << warning;
}

TEST_F(BundledAgentsTest, CommonNewsAgentsResolve) {
  EXPECT_EQ(CodeOf("officials"), "~GOV");
  EXPECT_EQ(CodeOf("official"), "~GOV");
  EXPECT_EQ(CodeOf("defence minister"), "~GOVMIL");
  EXPECT_EQ(CodeOf("defense ministry"), "~GOVMIL");
  EXPECT_EQ(CodeOf("health ministry"), "~GOVHLH");
  EXPECT_EQ(CodeOf("foreign ministry spokesman"), "~GOV");
  EXPECT_EQ(CodeOf("attackers"), "~UAF");
  EXPECT_EQ(CodeOf("protestors"), "~OPP");
  // Phoenix entries the additions must not disturb.
  EXPECT_EQ(CodeOf("spokesman"), "~MED");
  EXPECT_EQ(CodeOf("government official"), "~GOV");
  EXPECT_EQ(CodeOf("lawmakers"), "~LEG");
  EXPECT_EQ(CodeOf("foreign minister"), "~GOV");
  EXPECT_EQ(CodeOf("queens"), "");  // no plural for QUEEN (the New York borough)
}

}  // namespace
}  // namespace dyadwatch::lexicon
