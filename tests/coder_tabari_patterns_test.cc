// TABARI verb-pattern semantics end to end: a small invented TABARI project (actors, verbs in
// TABARI syntax) coded through the public Coder. What is tested only holds for dictionaries read
// in TABARI format (VerbDictionary::lexical_verbs): modals listed as verbs, '_' glue between
// pattern words, slots and alternatives, '~' stems, the source of a verb found by its word.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "dyadwatch/coder.h"

namespace dyadwatch {
namespace {

void WriteFile(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path);
  out << text;
}

class TabariPatternsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::filesystem::path dir =
        std::filesystem::path(::testing::TempDir()) /
        // Per process: ctest runs each test case of this file as its own process, in parallel.
        ("coder_tabari_patterns_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    WriteFile(dir / "t.project", "<actorsfile> t.actors\n<verbsfile> t.verbs\n");
    WriteFile(dir / "t.actors", "VALDOR  [VAL]\nKESTRIA  [KES]\nMARVEN  [MAR]\n");
    WriteFile(dir / "t.verbs",
              "<SYNSETS>\n&BONDS\n+TRADE\n+ARMS\n&COINS\n+CROWN\n+DUCAT\n+THALER_\n+GOLD FLORIN\n</SYNSETS>\n"
              "SHOULD  [101]\n"
              "- HINTED + * REQUIRE_{ HAGUE | LOCAL } RULES  [151]\n"
              "- HINTED * INSIST RULES  [162]\n"
              "INSIST  [150]\n"
              "PERMIT  [060]\n"
              "- * WARM~_FRIENDLY  [024]\n"
              "DROP  [345]\n"
              "- * OLD_&BONDS_LINKS  [903]\n"
              "DONATE  [070]\n"
              "- * &COINS  [903]\n"
              "- * CROWN  [071]\n"
              "LIFT  [---]\n"
              "- *_SPIRITS  [041]\n"
              "VOICE  [020]\n"
              "- LIFTED ITS *  [042]\n"
              "MARCH  [140]\n"
              "- + * IN $  [075]\n");
    CoderOptions options;
    options.dict_path = (dir / "t.project").string();
    options.accept_dictionary_codes = true;
    options.require_dyad = true;
    auto coder = Coder::Open(options);
    ASSERT_TRUE(coder.ok()) << coder.status().message();
    coder_ = new std::shared_ptr<const Coder>(coder.value());
    options.peer_targets = true;  // as `dyadwatch validate` runs the suites
    auto peer = Coder::Open(options);
    ASSERT_TRUE(peer.ok()) << peer.status().message();
    peer_coder_ = new std::shared_ptr<const Coder>(peer.value());
  }
  static void TearDownTestSuite() {
    delete coder_;
    delete peer_coder_;
  }

  // "SRC TGT CODE" per event, in order.
  static std::vector<std::string> Code(const std::string& text, bool peer = false) {
    Document doc;
    doc.id = "t";
    doc.date = "2001-05-01";
    doc.text = text;
    std::vector<std::string> out;
    for (const Event& e : (*(peer ? peer_coder_ : coder_))->Code(doc).events) {
      out.push_back(e.source + " " + e.target + " " + e.code);
    }
    return out;
  }
  using Events = std::vector<std::string>;

  static std::shared_ptr<const Coder>* coder_;
  static std::shared_ptr<const Coder>* peer_coder_;
};

std::shared_ptr<const Coder>* TabariPatternsTest::coder_ = nullptr;
std::shared_ptr<const Coder>* TabariPatternsTest::peer_coder_ = nullptr;

TEST_F(TabariPatternsTest, ModalListedAsVerbHeadsItsGroup) {
  // SHOULD is the verb; INSIST after it is a pattern word, not a verb coded on its own (150),
  // and the source is the first actor of the clause.
  EXPECT_EQ(Code("Valdor hinted Kestria should insist on new rules in its trade with Marven."),
            (Events{"VAL MAR 162"}));
  // No pattern: the modal's own code.
  EXPECT_EQ(Code("Valdor hinted it should welcome the envoys of Marven."), (Events{"VAL MAR 101"}));
}

TEST_F(TabariPatternsTest, GlueKeepsWordsSlotsAndAlternativesAdjacent) {
  // "HINTED_+"-style glue is not written here: "HINTED +" lets the target stand anywhere
  // after HINTED; "REQUIRE_{ HAGUE | LOCAL }" needs REQUIRE right before either word.
  EXPECT_EQ(Code("Valdor hinted Kestria should require local rules in its trade with Marven."),
            (Events{"VAL KES 151"}));
  EXPECT_EQ(Code("Valdor hinted Kestria should require strict local rules with Marven."),
            (Events{"VAL MAR 101"}));
  // A synset glued on both sides: "old arms links", not "old secret arms links".
  EXPECT_EQ(Code("Valdor will drop old arms links with Marven."), (Events{"VAL MAR 903"}));
  EXPECT_EQ(Code("Valdor will drop old secret arms links with Marven."), (Events{"VAL MAR 345"}));
}

TEST_F(TabariPatternsTest, TildeMakesAGluedWordAStem) {
  EXPECT_EQ(Code("Valdor permitted Marven a warm friendly visit."), (Events{"VAL MAR 024"}));
  EXPECT_EQ(Code("Valdor permitted Marven a warmly friendly visit."), (Events{"VAL MAR 024"}));
  EXPECT_EQ(Code("Valdor permitted Marven a warm and friendly visit."),
            (Events{"VAL MAR 060"}));
}

TEST_F(TabariPatternsTest, SynsetMembersAreStemsAndLoseTiesToLiteralWords) {
  EXPECT_EQ(Code("Valdor will donate a million ducatons to Marven."), (Events{"VAL MAR 903"}));
  EXPECT_EQ(Code("Valdor will donate a million thaler to Marven."), (Events{"VAL MAR 903"}));
  EXPECT_EQ(Code("Valdor will donate a million thalers to Marven."), (Events{"VAL MAR 070"}));
  // "+GOLD FLORIN" written apart lets words come between.
  EXPECT_EQ(Code("Valdor will donate Marven a million gold Tuscan florins."),
            (Events{"VAL MAR 903"}));
  // "crowns" matches both "- * &COINS" and "- * CROWN": the literal word is more specific.
  EXPECT_EQ(Code("Valdor will donate a million crowns to Marven."), (Events{"VAL MAR 071"}));
}

TEST_F(TabariPatternsTest, PeerSourceSlotTakesAStance) {
  // "anti- Kestria" is what the rally is against, never who acts; a pattern's explicit '$'
  // binds it only under the peers' semantics, which have no stances.
  EXPECT_EQ(Code("Valdor was seen to march in an anti- Kestria rally.", true),
            (Events{"KES VAL 075"}));
  EXPECT_EQ(Code("Valdor was seen to march in an anti- Kestria rally."), (Events{"VAL KES 140"}));
}

}  // namespace
}  // namespace dyadwatch

namespace dyadwatch {
namespace {

// A tagged verb with a null code that matches none of its patterns (LIFT) hands the clause to
// the next verb found by its word (VOICE, tagged as a noun), as TABARI moves on to it.
TEST_F(TabariPatternsTest, NullVerbWithoutPatternHandsOverToWordFoundVerb) {
  EXPECT_EQ(Code("Valdor has lifted its voice for Kestria."), (Events{"VAL KES 042"}));
}

}  // namespace
}  // namespace dyadwatch
