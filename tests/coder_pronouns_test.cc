// Pronouns (coder/pronouns.h) with the bundled production dictionaries, where he/she need a person
// and "it" a state, and with small invented TABARI-format dictionaries, where any actor fits; and
// the TABARI runner's FORWARD stories, coded as one document.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <unistd.h>

#include "dyadwatch/coder.h"
#include "validate/runner.h"

namespace dyadwatch {
namespace {

std::string Dump(const std::vector<Event>& events) {
  std::string s;
  for (const Event& e : events) {
    s += std::to_string(e.sentence) + ": " + e.source + " " + e.code + " " + e.target + " " +
         e.rule + "\n";
  }
  return s.empty() ? "(no events)\n" : s;
}

bool Has(const std::vector<Event>& events, const std::string& src, const std::string& tgt,
         const std::string& code) {
  for (const Event& e : events) {
    if (e.source == src && e.target == tgt && e.code.rfind(code, 0) == 0) return true;
  }
  return false;
}

bool HasPair(const std::vector<Event>& events, const std::string& src, const std::string& tgt) {
  for (const Event& e : events) {
    if (e.source == src && e.target == tgt) return true;
  }
  return false;
}

std::vector<Event> CodeWith(const Coder& coder, const std::string& text) {
  Document doc;
  doc.id = "t";
  doc.date = "2024-02-01";
  doc.text = text;
  return coder.Code(doc).events;
}

class ProductionPronounsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto coder = Coder::Open(CoderOptions{});
    ASSERT_TRUE(coder.ok()) << coder.status().message();
    coder_ = new std::shared_ptr<const Coder>(coder.value());
  }
  static void TearDownTestSuite() {
    delete coder_;
    coder_ = nullptr;
  }
  static std::vector<Event> Code(const std::string& text) { return CodeWith(**coder_, text); }
  static std::shared_ptr<const Coder>* coder_;
};
std::shared_ptr<const Coder>* ProductionPronounsTest::coder_ = nullptr;

TEST_F(ProductionPronounsTest, ItCarriesTheStateThatWasThePreviousSubject) {
  auto ev = Code("Japan summoned the Chinese ambassador on Monday. It also criticized South Korea.");
  EXPECT_TRUE(HasPair(ev, "JPN", "KOR")) << Dump(ev);
}

TEST_F(ProductionPronounsTest, ItCarriesAnInstitutionButNotAnOfficeHolder) {
  auto ev = Code(
      "China's foreign ministry summoned the Japanese ambassador on Monday. It also criticized "
      "South Korea.");
  EXPECT_TRUE(HasPair(ev, "CHNGOV", "KOR")) << Dump(ev);
  // The minister (a name the dictionaries do not know) is "he" or "she", never "it".
  ev = Code(
      "Chinese Foreign Minister Zhang Sanfeng summoned the Japanese ambassador on Monday. It also "
      "criticized South Korea.");
  EXPECT_FALSE(HasPair(ev, "CHNGOV", "KOR")) << Dump(ev);
}

TEST_F(ProductionPronounsTest, HeCarriesAnOfficeHolderNamedAsTheSubject) {
  auto ev = Code(
      "Iran's foreign minister criticized Israel on Monday. He also condemned the United States.");
  EXPECT_TRUE(HasPair(ev, "IRNGOV", "USA")) << Dump(ev);
  // Not the ministry: an institution is "it".
  ev = Code("Iran's foreign ministry criticized Israel on Monday. He also condemned the United States.");
  EXPECT_FALSE(HasPair(ev, "IRNGOV", "USA")) << Dump(ev);
}

TEST_F(ProductionPronounsTest, OnlyTheSentencesFirstSubjectCarriesOver) {
  // "it" after a clause of its own is about that clause's subject, the delegation.
  auto ev = Code(
      "Japan summoned the Chinese ambassador on Monday. The delegation left after it criticized "
      "South Korea.");
  EXPECT_FALSE(HasPair(ev, "JPN", "KOR")) << Dump(ev);
}

TEST_F(ProductionPronounsTest, ItAfterTwoStatesOfItsClauseIsAmbiguous) {
  // Not the nearest state (South Korea), not a guess.
  auto ev = Code("Japan criticized South Korea on Monday, and it also condemned China.");
  EXPECT_FALSE(HasPair(ev, "KOR", "CHN")) << Dump(ev);
  EXPECT_FALSE(HasPair(ev, "JPN", "CHN")) << Dump(ev);
}

TEST_F(ProductionPronounsTest, ItTakesTheOneStateOfItsStretch) {
  // The stretch since the last comma or clause opener holds China alone.
  auto ev = Code("South Korea rejected the plan, but China said it would condemn Japan.");
  EXPECT_TRUE(HasPair(ev, "CHN", "JPN")) << Dump(ev);
  EXPECT_FALSE(HasPair(ev, "KOR", "JPN")) << Dump(ev);
  // Two states in it: nothing is guessed.
  ev = Code(
      "Japan said it had received assurances from the United States that it would condemn China.");
  EXPECT_FALSE(HasPair(ev, "JPN", "CHN")) << Dump(ev);
  EXPECT_FALSE(HasPair(ev, "USA", "CHN")) << Dump(ev);
}

TEST_F(ProductionPronounsTest, PassiveOrExpletiveItIsNoCarriedActor) {
  auto ev = Code("Japan criticized China on Monday. It was condemned by South Korea.");
  EXPECT_FALSE(HasPair(ev, "KOR", "JPN")) << Dump(ev);
}

TEST_F(ProductionPronounsTest, ObjectPronounsAndTheyStayUnresolved) {
  auto ev = Code("Japan and South Korea met on Monday. China later criticized them.");
  EXPECT_FALSE(HasPair(ev, "CHN", "JPN")) << Dump(ev);
  EXPECT_FALSE(HasPair(ev, "CHN", "KOR")) << Dump(ev);
}

// Invented TABARI-format dictionaries: the actors carry no person/state type.
class TabariPronounsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::filesystem::path(std::filesystem::temp_directory_path() /
                                     ("dyadwatch_pronouns_" + std::to_string(::getpid())));
    std::filesystem::create_directories(*dir_);
    Write("t.project",
          "Pronoun test\n<actorsfile> t.actors\n<verbsfile> t.verbs\n<agentsfile> t.agents\n");
    Write("t.actors", "NUMENOR [NUM]\nLINDON [LIN]\nHARAD [HAR]\nCIRDAN [ELV]\n");
    Write("t.agents", "PRESIDENT_ [~GOVPRS]\n");
    Write("t.verbs", "ASK [090]\nURGE [102]\nACCUSE [112]\nCONDEMN [122]\nWAIT [---]\n");
    CoderOptions options;
    options.dict_path = (*dir_ / "t.project").string();
    options.accept_dictionary_codes = true;
    options.require_dyad = true;
    auto coder = Coder::Open(options);
    ASSERT_TRUE(coder.ok()) << coder.status().message();
    coder_ = new std::shared_ptr<const Coder>(coder.value());
  }
  static void TearDownTestSuite() {
    delete coder_;
    coder_ = nullptr;
    std::filesystem::remove_all(*dir_);
    delete dir_;
  }
  static void Write(const std::string& name, const std::string& text) {
    std::ofstream(*dir_ / name) << text;
  }
  static std::vector<Event> Code(const std::string& text) { return CodeWith(**coder_, text); }
  static std::filesystem::path* dir_;
  static std::shared_ptr<const Coder>* coder_;
};
std::filesystem::path* TabariPronounsTest::dir_ = nullptr;
std::shared_ptr<const Coder>* TabariPronounsTest::coder_ = nullptr;

TEST_F(TabariPronounsTest, ObjectPronounIsTheEarlierSubjectNotItsOwnClauses) {
  auto ev = Code("Cirdan urged Lindon to wait and Numenor asked him to help.");
  EXPECT_TRUE(Has(ev, "NUM", "ELV", "090")) << Dump(ev);
  EXPECT_FALSE(HasPair(ev, "NUM", "LIN")) << Dump(ev);
}

TEST_F(TabariPronounsTest, ComplementSubjectIsTheReporter) {
  auto ev = Code("Cirdan noted he would accuse Harad.");
  EXPECT_TRUE(Has(ev, "ELV", "HAR", "112")) << Dump(ev);
  ev = Code("Cirdan noted would accuse Harad.");  // the subject left out
  EXPECT_TRUE(Has(ev, "ELV", "HAR", "112")) << Dump(ev);
}

TEST_F(TabariPronounsTest, PreviousSentenceSubjectCarriesOverAsItsActorOnly) {
  auto ev = Code("Numenor President Tar-Minyatur urged Lindon to wait.\n\nHe also asked Harad to help.");
  EXPECT_TRUE(Has(ev, "NUM", "HAR", "090")) << Dump(ev);
  ev = Code(
      "Harad urged Lindon to wait.\n\nNumenor condemned Lindon.\n\nHowever, it also accused Harad.");
  EXPECT_TRUE(Has(ev, "NUM", "HAR", "112")) << Dump(ev);  // the last subject, not the first
  ev = Code("Harad urged Lindon to wait.\n\nLindon waited.\n\nIt also accused Numenor.");
  EXPECT_FALSE(HasPair(ev, "HAR", "NUM")) << Dump(ev);  // one sentence back only
}

TEST_F(TabariPronounsTest, ForwardStoryRecordsAreOneDocument) {
  validate::Suite suite;
  suite.kind = "tabari";
  suite.dict_path = (*dir_ / "t.project").string();
  auto record = [](const std::string& id, const std::string& text, validate::Triple expected) {
    validate::SuiteRecord r;
    r.id = id;
    r.category = "FRWD";
    r.date = "1995-01-16";
    r.text = text;
    r.expected = {expected};
    r.options = {"FORWARD: ^^*****NNN*SSS", "SET: MINIMUM WORDS = 0"};
    return r;
  };
  suite.records.push_back(record("STRY-001-001", "Harad condemned Lindon.", {"HAR", "LIN", "122"}));
  suite.records.push_back(record("STRY-001-002", "It also accused Numenor.", {"HAR", "NUM", "112"}));
  suite.records.push_back(record("STRY-002-001", "It also accused Lindon.", {"HAR", "LIN", "112"}));
  auto report = validate::RunSuite(suite, CoderOptions{});
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_TRUE(report.value().results[0].exact);
  EXPECT_TRUE(report.value().results[1].exact);  // "It" is the Harad of the record before
  EXPECT_FALSE(report.value().results[2].exact);  // another story: nothing to carry over
  // Without FORWARD each record is its own document.
  for (auto& r : suite.records) r.options = {"SET: MINIMUM WORDS = 0"};
  report = validate::RunSuite(suite, CoderOptions{});
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_FALSE(report.value().results[1].exact);
}

}  // namespace
}  // namespace dyadwatch
