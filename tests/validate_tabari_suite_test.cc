// TABARI validation record and options readers, on small inline examples in TABARI's format.
#include "validate/tabari_suite.h"

#include <gtest/gtest.h>

namespace dyadwatch::validate {
namespace {

TEST(TabariOptionsTest, KeepsCodingOptionsUpToTheEndMark) {
  std::vector<std::string> options = ParseTabariOptions(
      "// OPTIONS FILE\nCOMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN\nSET: SKIP RECORDS = FALSE\n"
      "LABEL: 010=YIELD\nSET: SKIP RECORDS = TRUE\n~~~~~\nSET: LABEL = TRUE\n");
  EXPECT_EQ(options, (std::vector<std::string>{"COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN",
                                                "SET: SKIP RECORDS = TRUE"}));
}

TEST(TabariOptionsTest, CodeBySettingsReplaceEachOther) {
  std::vector<std::string> options = ParseTabariOptions(
      "SET: CODE BY SENTENCE\nSET: CODE ALL\nSET: MINIMUM WORDS = 4\nSET: CODE BY CLAUSE\n");
  EXPECT_EQ(options, (std::vector<std::string>{"SET: CODE BY CLAUSE", "SET: MINIMUM WORDS = 4"}));
}

constexpr const char* kRecords = R"(
##################################################################
#                        BASIC TESTS
##################################################################

950101  DEMO-01
Arnor is about to restore full diplomatic ties with Gondor almost 
five years after crowds trashed its embassy. 
/*\n------------------------------------------------------------------
\n[Simple coding]
\n{ ARN / GON / 064 } 950101
\n-{ ARN / OSG / 064 } */    

950103  DEMO-04
Dagolath's first Deputy Prime Minister Telemar left for Minas Tirith./*
\n{ DAG / GON / 032 } 950103      
\n{ GON / DAG / 033 } 950103   */   

950101 COMMA-Change
Change length of comma-delimited initial, internal and terminal clauses
/*\n------------------------------------------------------------------    
\n{ OPTION: COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8}  */    

950105  DISCARD-1
Gondor's hopes of success in their first World Cup soccer finals.
/*\n{###} */

950105  COMPLEX-04
Gondor alleged and acknowledged that Calenardon might affirm an attack.
/*\n[Excessive number of verbs (5) 
\n{+++}
\n{ GON / CAL / 042 } */

970102 MINWRD-ACTIVATE
Reducing the minimum words.
/*\n{ OPTION: SET: MINIMUM WORDS = 4  */    

950101  950101  AGENTS-11
White House security officials are about to restore full diplomatic ties with Gondor.
/*\nNo events {---} */

950101  DEMO-05
Arnor is about to restore fxll diplomatic ties with Gondor.
/*\n-{ARN / GON / 064  } */

990101  FINAL-01
This is the end of the standard validation records.

950112  LINELONG-01
A line too long.
/*\n{+++}*/
)";

TEST(TabariRecordsTest, ExpectationsOptionsAndTheEndRecord) {
  Result<Suite> parsed = ParseTabariRecords(kRecords, "V.text", {"COMMA: OFF"});
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  const Suite& suite = parsed.value();
  EXPECT_EQ(suite.kind, "tabari");
  ASSERT_EQ(suite.records.size(), 6u);
  EXPECT_EQ(suite.inactive, std::vector<std::string>{"LINELONG-01"});

  const SuiteRecord& demo = suite.records[0];
  EXPECT_EQ(demo.id, "DEMO-01");
  EXPECT_EQ(demo.category, "DEMO");
  EXPECT_EQ(demo.date, "1995-01-01");
  EXPECT_EQ(demo.line, 6u);
  EXPECT_EQ(demo.text,
            "Arnor is about to restore full diplomatic ties with Gondor almost five years after "
            "crowds trashed its embassy.");
  EXPECT_EQ(demo.expectation, Expectation::kEvents);
  EXPECT_EQ(demo.expected, std::vector<Triple>{(Triple{"ARN", "GON", "064"})});  // -{...} ignored
  EXPECT_EQ(demo.options, std::vector<std::string>{"COMMA: OFF"});

  const SuiteRecord& paired = suite.records[1];
  EXPECT_EQ(paired.text, "Dagolath's first Deputy Prime Minister Telemar left for Minas Tirith.");
  ASSERT_EQ(paired.expected.size(), 2u);
  EXPECT_EQ(paired.expected[1], (Triple{"GON", "DAG", "033"}));

  // The directive record is not a test; its option holds from the next record on.
  const SuiteRecord& discard = suite.records[2];
  EXPECT_EQ(discard.id, "DISCARD-1");
  EXPECT_EQ(discard.expectation, Expectation::kDiscard);
  EXPECT_EQ(discard.options,
            std::vector<std::string>{"COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8"});

  EXPECT_EQ(suite.records[3].expectation, Expectation::kComplex);  // {+++} wins over events
  EXPECT_TRUE(suite.records[3].expected.empty());

  const SuiteRecord& agents = suite.records[4];
  EXPECT_EQ(agents.id, "AGENTS-11");  // the repeated date is not the id
  EXPECT_EQ(agents.expectation, Expectation::kNoEvents);
  EXPECT_EQ(agents.options.size(), 2u);  // COMMA and SET: MINIMUM WORDS (a missing '}' is fine)
  EXPECT_EQ(agents.options[1], "SET: MINIMUM WORDS = 4");

  EXPECT_EQ(suite.records[5].expectation, Expectation::kNoEvents);  // only a disabled event
  EXPECT_EQ(suite.records[5].expectation_detail, "no active {...}");
  EXPECT_TRUE(RequiresDyad(suite.records[5]));
}

TEST(TabariRecordsTest, TextWithoutRecordsIsAnError) {
  EXPECT_FALSE(ParseTabariRecords("# only comments\n", "V.text", {}).ok());
}

}  // namespace
}  // namespace dyadwatch::validate
