// PETRARCH2 unit-test record reader, on a small inline suite in the file's own format.
#include "validate/petrarch2_suite.h"

#include <gtest/gtest.h>

#include "validate/runner.h"

namespace dyadwatch::validate {
namespace {

constexpr const char* kSuite = R"(<Validation>
<!-- a comment with a <Sentence date="1" id="X"> inside and a <Stop></Stop> -->
<Environment>
    <Verbfile>PETR.Validate.verbs.txt</Verbfile>
    <Include>valid DEMO ERROR</Include>
</Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
<!-- Simple coding -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties with Gondor almost
five years after crowds trashed its embassy &amp; more.
</Text>
<Parse> (ROOT (S (NP (NNP Arnor)) (VP (VBZ is)))) </Parse>
</Sentence>
<Sentence date="19950101" id="DEMO-04" category="DEMO" sentence="false">
<EventCoding noevents = "True"></EventCoding>
<Text>Inactive.</Text>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date = "20080801" id ="ERROR-01"  category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>CEBU CITY: -- Cordova Mayor Adelino Sitoy filed a suit.</Text>
</Sentence>
<Config option="require_dyad" value="true"></Config>
<Sentence date="19950103" id="COMPOUNDx-1" category="COMPOUNDx" sentence="true">
<EventCoding noevents = "True"> </EventCoding>
<Text>Nothing here.</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(Petrarch2SuiteTest, ReadsRecordsExpectationsAndOptions) {
  Result<Suite> parsed = ParsePetrarch2Suite(kSuite, "unit.xml");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  const Suite& suite = parsed.value();
  EXPECT_EQ(suite.kind, "petrarch2");
  ASSERT_EQ(suite.records.size(), 3u);
  EXPECT_EQ(suite.inactive, std::vector<std::string>{"DEMO-04"});

  const SuiteRecord& demo = suite.records[0];
  EXPECT_EQ(demo.id, "DEMO-01");
  EXPECT_EQ(demo.category, "DEMO");
  EXPECT_EQ(demo.date, "1995-01-01");
  EXPECT_EQ(demo.line, 8u);
  EXPECT_EQ(demo.text,
            "Arnor is about to restore full diplomatic ties with Gondor almost five years after "
            "crowds trashed its embassy & more.");
  EXPECT_EQ(demo.expectation, Expectation::kEvents);
  ASSERT_EQ(demo.expected.size(), 2u);
  EXPECT_EQ(demo.expected[0], (Triple{"ARN", "GON", "064"}));
  EXPECT_EQ(demo.expected[1].source, "\"INJURY TOLL\"");  // a new-actor phrase, kept as written
  EXPECT_TRUE(demo.options.empty());
  EXPECT_TRUE(RequiresDyad(demo));

  const SuiteRecord& error = suite.records[1];
  EXPECT_EQ(error.date, "2008-08-01");  // blanks around '=' in the attributes
  EXPECT_EQ(error.expectation, Expectation::kError);
  EXPECT_EQ(error.expectation_detail, "dateline");
  EXPECT_EQ(error.options, std::vector<std::string>{"require_dyad=false"});
  EXPECT_FALSE(RequiresDyad(error));

  // Not in <Include>, but PETRARCH2 counts it among its 279 active records.
  EXPECT_EQ(suite.records[2].category, "COMPOUNDx");
  EXPECT_EQ(suite.records[2].expectation, Expectation::kNoEvents);
  EXPECT_TRUE(RequiresDyad(suite.records[2]));
}

TEST(Petrarch2SuiteTest, AnUnbalancedParseIsTheRecordsInputError) {
  Result<Suite> parsed = ParsePetrarch2Suite(R"(<Sentences>
<Sentence date="19950101" id="E-1" category="ERROR" sentence="true">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Arnor is about to restore ties.</Text>
<Parse> (ROOT (S (NP (NNP Arnor)) (VP (VBZ is))) </Parse>
</Sentence>
<Sentence date="19950101" id="E-2" category="ERROR" sentence="true">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Arnor is about to restore ties.</Text>
<Parse> (ROOT (S (NP (NNP Arnor))) (VBZ is)))) </Parse>
</Sentence>
</Sentences>)", "unit.xml");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  ASSERT_EQ(parsed.value().records.size(), 2u);
  EXPECT_NE(parsed.value().records[0].input_error.find("left open"), std::string::npos);
  EXPECT_NE(parsed.value().records[1].input_error.find("closes nothing"), std::string::npos);
  // A balanced tree is no error.
  Result<Suite> ok = ParsePetrarch2Suite(kSuite, "unit.xml");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok.value().records[0].input_error, "");
}

TEST(Petrarch2SuiteTest, BrokenSuitesAreErrors) {
  EXPECT_FALSE(ParsePetrarch2Suite("<Validation></Validation>", "x.xml").ok());
  EXPECT_FALSE(ParsePetrarch2Suite("<Sentence id=\"A\" sentence=\"true\"><Text>x</Text>", "x.xml")
                   .ok());
}

TEST(ScoreTest, ExactMultisetsAndEventCounts) {
  Result<Suite> parsed = ParsePetrarch2Suite(kSuite, "unit.xml");
  ASSERT_TRUE(parsed.ok());
  const Suite& suite = parsed.value();
  std::vector<std::vector<Triple>> produced = {
      {{"ARN", "GON", "064"}, {"ARN", "GON", "064"}},  // one right, one duplicate too many
      {{"ARN", "", "010"}},                            // one-sided: counts (require_dyad=false)
      {{"ARN", "", "010"}},                            // one-sided: dropped (dyad required)
  };
  SuiteReport report = Score(suite, produced);
  EXPECT_FALSE(report.results[0].exact);
  EXPECT_EQ(report.results[0].matched, 1u);
  EXPECT_FALSE(report.results[1].exact);
  EXPECT_TRUE(report.results[2].exact);
  EXPECT_EQ(report.total.records, 3u);
  EXPECT_EQ(report.total.exact, 1u);
  EXPECT_EQ(report.total.expected, 2u);
  EXPECT_EQ(report.total.produced, 3u);
  EXPECT_EQ(report.total.matched, 1u);
  EXPECT_EQ(report.by_category.at("DEMO").records, 1u);
  std::string text = FormatReport(suite, report);
  EXPECT_NE(text.find("FAIL DEMO-01 [DEMO] expected ARN|GON|064 \"INJURY TOLL\"|OSG|223 produced "
                      "ARN|GON|064 ARN|GON|064 | Arnor is about"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("FAIL ERROR-01 [ERROR] expected (none: error dateline) produced ARN|---|010"),
            std::string::npos);
  EXPECT_EQ(text.find("COMPOUNDx-1 ["), std::string::npos);  // passing records are not listed
  EXPECT_TRUE(text.ends_with("records: 1/3 exact; events: P=0.333 R=0.500 F1=0.400\n")) << text;
}

}  // namespace
}  // namespace dyadwatch::validate
