// Actor, agent, discard and issue files and the Lexicon config loader, from the small files in
// tests/data/lexicon/.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon/actors.h"
#include "lexicon/agents.h"
#include "lexicon/dates.h"
#include "lexicon/discards.h"
#include "lexicon/lexicon.h"
#include "text/tokenizer.h"

namespace dyadwatch::lexicon {
namespace {

const std::string kDir = std::string(DYADWATCH_TEST_DATA_DIR) + "/lexicon/";

std::vector<std::string> Norms(const std::string& text) {
  std::vector<std::string> norms;
  for (text::Token& token : text::Tokenize(text)) norms.push_back(std::move(token.norm));
  return norms;
}

// ------------------------------------------------------------------------------------------
// Dates

TEST(DatesTest, ParsesBothDictionaryForms) {
  EXPECT_EQ(ParseDictionaryDate("090120"), 20090120);
  EXPECT_EQ(ParseDictionaryDate("300101"), 20300101);  // 00-30 -> 20YY
  EXPECT_EQ(ParseDictionaryDate("310101"), 19310101);  // 31-99 -> 19YY
  EXPECT_EQ(ParseDictionaryDate("20240229"), 20240229);
  EXPECT_EQ(ParseDictionaryDate("20230229"), 0);  // not a leap year
  EXPECT_EQ(ParseDictionaryDate("2024013"), 0);
  EXPECT_EQ(ParseDictionaryDate("abcdef"), 0);
  EXPECT_EQ(ParseIsoDate("2020-08-20"), 20200820);
  EXPECT_EQ(ParseIsoDate("2020-08-20T10:00:00Z"), 20200820);
  EXPECT_EQ(ParseIsoDate("2020-13-01"), 0);
  EXPECT_EQ(PreviousDay(20210301), 20210228);
  EXPECT_EQ(PreviousDay(20200301), 20200229);
  EXPECT_EQ(PreviousDay(20200101), 20191231);
  EXPECT_EQ(NextDay(20191231), 20200101);
}

// ------------------------------------------------------------------------------------------
// Actors

class ActorFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ActorDictionary::Builder builder(PhraseLoadOptions{StemMode::kExact, /*strict=*/true});
    Status status = builder.AddFile(kDir + "actors_small.txt");
    ASSERT_TRUE(status.ok()) << status.message();
    dict_ = std::move(builder).Build();
  }
  const ActorEntry* Lookup(const std::string& text) {
    std::vector<std::string> words = Norms(text);
    PhraseMatch match = dict_.Match(words, 0);
    if (!match.found() || match.length != words.size()) return nullptr;
    return &dict_.entry(match.value);
  }
  std::string CodeOn(const std::string& text, int date) {
    const ActorEntry* entry = Lookup(text);
    if (entry == nullptr) return "(no actor)";
    const ActorCode* code = entry->CodeOn(date);
    return code == nullptr ? "(none)" : code->code;
  }
  ActorDictionary dict_;
};

TEST_F(ActorFileTest, RootsAndSynonyms) {
  EXPECT_EQ(CodeOn("Arnor", 20200101), "ARN");
  EXPECT_EQ(CodeOn("Arnorian", 20200101), "ARN");
  EXPECT_EQ(CodeOn("Kingdom of Arnor", 20200101), "ARN");
  EXPECT_EQ(CodeOn("Gondor", 20200101), "GON");
  EXPECT_EQ(CodeOn("Mordor orcs", 20200101), "MORMIL");
  EXPECT_EQ(CodeOn("Mr. Frodo", 20200101), "SHRCVL");
  // Hyphen and apostrophe variants go through the tokenizer's phrase rules.
  EXPECT_EQ(CodeOn("Kim Jong-un", 20200101), "PRKGOV");
  EXPECT_EQ(CodeOn("Kim Jong un", 20200101), "(no actor)");
  const ActorEntry* aragorn = Lookup("Strider");
  ASSERT_NE(aragorn, nullptr);
  EXPECT_EQ(aragorn->root, "ARAGORN_");
  EXPECT_EQ(aragorn->comment, "dated codes");
  EXPECT_EQ(aragorn->where.ToString(), kDir + "actors_small.txt:8");
  ASSERT_EQ(aragorn->codes.size(), 3u);
  EXPECT_EQ(aragorn->codes[0].where.line, 11u);
  EXPECT_EQ(dict_.entry_count(), 9u);
}

TEST_F(ActorFileTest, RootWithoutCodesContinuesIntoTheNextRoot) {
  EXPECT_EQ(CodeOn("Brezhnev", 19700101), "SUNGOV");
  EXPECT_EQ(CodeOn("Leonid Brezhnev", 19700101), "SUNGOV");
  EXPECT_EQ(Lookup("Brezhnev"), Lookup("Leonid Brezhnev"));
  EXPECT_EQ(dict_.continued_roots(), 1u);
}

TEST_F(ActorFileTest, DateRangesAtTheirBoundaries) {
  // [ARNREB 20000101-20050101] [GONGOV >20050101] [ARNELI]: the range end is exclusive.
  EXPECT_EQ(CodeOn("Aragorn", 19991231), "ARNELI");
  EXPECT_EQ(CodeOn("Aragorn", 20000101), "ARNREB");
  EXPECT_EQ(CodeOn("Aragorn", 20041231), "ARNREB");
  EXPECT_EQ(CodeOn("Aragorn", 20050101), "GONGOV");
  EXPECT_EQ(CodeOn("King Aragorn", 20300101), "GONGOV");
  // Unknown date: only undated codes qualify.
  EXPECT_EQ(CodeOn("Aragorn", kUnknownDate), "ARNELI");
  const ActorCode* range = Lookup("Aragorn")->CodeOn(20030101);
  ASSERT_NE(range, nullptr);
  EXPECT_EQ(range->start, 20000101);
  EXPECT_EQ(range->end, 20041231);  // stored inclusive
  EXPECT_TRUE(range->dated);
  EXPECT_EQ(Lookup("Aragorn")->CommonCountry(), "");  // ARN and GON disagree
}

TEST_F(ActorFileTest, TwoDigitYearsAndBeforeRestrictions) {
  // ELROND_ [RIVGOV 950101-100101] [ELI]
  EXPECT_EQ(CodeOn("Elrond", 19950101), "RIVGOV");
  EXPECT_EQ(CodeOn("Elrond", 20091231), "RIVGOV");
  EXPECT_EQ(CodeOn("Elrond", 20100101), "ELI");
  // DENETHOR_ [GONGOV <20030315] [GONELI]
  EXPECT_EQ(CodeOn("Denethor", 20030314), "GONGOV");
  EXPECT_EQ(CodeOn("Denethor", 20030315), "GONELI");
  EXPECT_EQ(Lookup("Denethor")->CommonCountry(), "GON");
}

TEST(ActorErrorsTest, InvalidDateIsReportedWithFileAndLine) {
  ActorDictionary::Builder strict(PhraseLoadOptions{StemMode::kExact, true});
  Status status = strict.AddFile(kDir + "actors_bad_date.txt");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message().rfind(kDir + "actors_bad_date.txt:2: ", 0), 0u) << status.message();
  EXPECT_NE(status.message().find("20010230"), std::string::npos);

  // Non-strict: the code is skipped, the entry stays, the problem is a warning.
  ActorDictionary::Builder lenient;
  ASSERT_TRUE(lenient.AddFile(kDir + "actors_bad_date.txt").ok());
  ActorDictionary dict = std::move(lenient).Build();
  ASSERT_EQ(dict.warnings().size(), 1u);
  EXPECT_EQ(dict.warnings()[0].rfind(kDir + "actors_bad_date.txt:2: ", 0), 0u);
  ASSERT_NE(dict.FindPhrase("SAURON"), nullptr);
  EXPECT_TRUE(dict.FindPhrase("SAURON")->codes.empty());
}

TEST(ActorErrorsTest, CodeBeforeAnyActor) {
  ActorDictionary::Builder strict(PhraseLoadOptions{StemMode::kExact, true});
  Status status = strict.AddFile(kDir + "actors_bad_order.txt");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message(), kDir + "actors_bad_order.txt:2: code line before any actor");
  ActorDictionary::Builder missing;
  Status not_found = missing.AddFile(kDir + "no_such_file.txt");
  ASSERT_FALSE(not_found.ok());
  EXPECT_NE(not_found.message().find("no_such_file.txt"), std::string::npos);
}

TEST(ActorStemTest, TabariModeTreatsWordsWithoutUnderscoreAsStems) {
  ActorDictionary::Builder tabari(PhraseLoadOptions{StemMode::kTabari, true});
  ASSERT_TRUE(tabari.AddFile(kDir + "actors_small.txt").ok());
  ActorDictionary dict = std::move(tabari).Build();
  // "+STRIDER" has no trailing '_': a stem in TABARI mode; "ARNOR_" is the word and its noun
  // endings (TABARI's NOUNEND validation records), nothing longer.
  std::vector<std::string> striders = {"STRIDERS"};
  EXPECT_TRUE(dict.Match(striders, 0).found());
  EXPECT_TRUE(dict.Match(striders, 0).via_stem);
  std::vector<std::string> arnors = {"ARNORS"};
  EXPECT_TRUE(dict.Match(arnors, 0).found());
  EXPECT_FALSE(dict.Match(arnors, 0).via_stem);
  std::vector<std::string> arnorx = {"ARNORX"};
  EXPECT_FALSE(dict.Match(arnorx, 0).found());
  // PETRARCH2 (default) mode: exact words only.
  ActorDictionary::Builder exact;
  ASSERT_TRUE(exact.AddFile(kDir + "actors_small.txt").ok());
  ActorDictionary exact_dict = std::move(exact).Build();
  EXPECT_FALSE(exact_dict.Match(striders, 0).found());
}

TEST(ActorOverrideTest, LaterFilesReplacePhrases) {
  ActorDictionary::Builder builder;
  ASSERT_TRUE(builder.AddFile(kDir + "actors_small.txt").ok());
  ASSERT_TRUE(builder.AddFile(kDir + "actors_extra.txt").ok());
  ActorDictionary dict = std::move(builder).Build();
  ASSERT_NE(dict.FindPhrase("STRIDER"), nullptr);
  EXPECT_EQ(dict.FindPhrase("STRIDER")->codes[0].code, "RNG");
  EXPECT_EQ(dict.FindPhrase("ARAGORN")->codes[0].code, "ARNREB");
  EXPECT_EQ(dict.overridden_phrases(), 1u);
}

// ------------------------------------------------------------------------------------------
// Agents

class AgentFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    AgentDictionary::Builder builder(PhraseLoadOptions{StemMode::kExact, true});
    Status status = builder.AddFile(kDir + "agents_small.txt");
    ASSERT_TRUE(status.ok()) << status.message();
    dict_ = std::move(builder).Build();
  }
  const AgentEntry* Lookup(const std::string& text) {
    std::vector<std::string> words = Norms(text);
    PhraseMatch match = dict_.Match(words, 0);
    if (!match.found() || match.length != words.size()) return nullptr;
    return &dict_.entry(match.value);
  }
  AgentDictionary dict_;
};

TEST_F(AgentFileTest, CodesAndRegularPlurals) {
  ASSERT_NE(Lookup("foreign minister"), nullptr);
  EXPECT_EQ(Lookup("foreign minister")->raw_code, "~GOV");
  EXPECT_EQ(Lookup("foreign minister")->code, "GOV");
  EXPECT_FALSE(Lookup("foreign minister")->generated_plural);
  ASSERT_NE(Lookup("foreign ministers"), nullptr);
  EXPECT_TRUE(Lookup("foreign ministers")->generated_plural);
  ASSERT_NE(Lookup("armies"), nullptr);     // ...Y -> IES
  ASSERT_NE(Lookup("policies"), nullptr);
  ASSERT_NE(Lookup("buses"), nullptr);      // ...S -> SES
  EXPECT_EQ(Lookup("military")->code, "MIL");
  EXPECT_EQ(Lookup("militaries"), nullptr);  // {} = no plural
}

TEST_F(AgentFileTest, ExplicitPluralsSubstitutionsAndPrefixes) {
  const AgentEntry* ag = Lookup("attorneys general");
  ASSERT_NE(ag, nullptr);
  EXPECT_EQ(ag->code, "GOVATG");
  EXPECT_EQ(ag->primary, "GOV");
  EXPECT_EQ(Lookup("attorney generals"), nullptr);
  for (const char* text : {"congressman", "congressmen", "congresswoman", "congressperson"}) {
    ASSERT_NE(Lookup(text), nullptr) << text;
    EXPECT_EQ(Lookup(text)->code, "LEG");
  }
  EXPECT_EQ(Lookup("congresspersons"), nullptr);  // substitutions get no extra plural
  ASSERT_NE(Lookup("ministry of defense"), nullptr);
  ASSERT_NE(Lookup("ministries of defense"), nullptr);
  const AgentEntry* ngo = Lookup("human rights body");
  ASSERT_NE(ngo, nullptr);
  EXPECT_TRUE(ngo->prefix);
  EXPECT_EQ(AgentDictionary::Combine("USA", *ngo), "NGOUSA");
  EXPECT_EQ(AgentDictionary::Combine("JPN", *Lookup("foreign minister")), "JPNGOV");
  EXPECT_EQ(AgentDictionary::Combine("JPNGOV", *Lookup("foreign minister")), "JPNGOV");
  EXPECT_EQ(Lookup("foreign minister")->where.ToString(), kDir + "agents_small.txt:4");
}

TEST(AgentErrorsTest, MissingCodeIsReported) {
  AgentDictionary::Builder strict(PhraseLoadOptions{StemMode::kExact, true});
  Status status = strict.AddFile(kDir + "agents_bad.txt");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message(), kDir + "agents_bad.txt:2: agent without a [code]");
}

// ------------------------------------------------------------------------------------------
// Discards and issues

TEST(DiscardsTest, SentenceAndStoryLevelWithStems) {
  Result<DiscardList> list = DiscardList::LoadFile(kDir + "discards_small.txt");
  ASSERT_TRUE(list.ok()) << list.status().message();
  EXPECT_EQ(list.value().size(), 4u);
  DiscardHit hit = list.value().Find(Norms("They watched the Academy Awards on TV."));
  ASSERT_TRUE(hit.found());
  EXPECT_TRUE(hit.entry->story_level);  // '+' and a stem ("AWARD" matches "AWARDS")
  EXPECT_EQ(hit.begin, 3u);
  EXPECT_EQ(hit.end, 5u);
  EXPECT_EQ(hit.entry->where.line, 2u);
  DiscardHit baseball = list.value().Find(Norms("Japan beat Korea at baseball"));
  ASSERT_TRUE(baseball.found());
  EXPECT_FALSE(baseball.entry->story_level);
  EXPECT_TRUE(list.value().Find(Norms("He was in group A yesterday")).found());
  EXPECT_FALSE(list.value().Find(Norms("He was in group Alpha")).found());  // "A_" is exact
  EXPECT_FALSE(list.value().Find(Norms("Japan rejects U.S. request")).found());
}

TEST(IssuesTest, ExpandsNounVerbAndHyphenMarkers) {
  Result<IssueList> list = IssueList::LoadFile(kDir + "issues_small.txt");
  ASSERT_TRUE(list.ok()) << list.status().message();
  auto codes = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const IssueHit& hit : list.value().FindAll(Norms(text)))
      out.push_back(hit.entry->exclusion ? "~" : hit.entry->code);
    return out;
  };
  EXPECT_EQ(codes("new schools opened"), std::vector<std::string>{"SCHOOLS"});
  EXPECT_EQ(codes("pre-schools and pre school"),
            (std::vector<std::string>{"EARLY_EDUCATION", "EARLY_EDUCATION"}));
  EXPECT_EQ(codes("she teaches and taught"), std::vector<std::string>{"TEACHING"});
  EXPECT_EQ(codes("they got a head start"), std::vector<std::string>{"~"});
  EXPECT_EQ(list.value().FindAll(Norms("schools"))[0].entry->category, "EDUCATION");
}

// ------------------------------------------------------------------------------------------
// Lexicon bundle

TEST(LexiconLoadTest, FromAPetrarchConfigDirectory) {
  LexiconConfig config;
  config.path = kDir + "config_dir";
  config.data_dir = DYADWATCH_SOURCE_DATA_DIR;
  config.strict = true;
  auto loaded = Lexicon::Load(config);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const Lexicon& lex = *loaded.value();
  EXPECT_EQ(lex.files().actors.size(), 2u);  // continuation line in actorfile_list
  EXPECT_NE(lex.actors().FindPhrase("STRIDER"), nullptr);
  EXPECT_EQ(lex.actors().FindPhrase("STRIDER")->codes[0].code, "RNG");
  EXPECT_NE(lex.agents().FindPhrase("FOREIGN_MINISTER"), nullptr);
  EXPECT_NE(lex.verbs().FindBlock("GRANT"), nullptr);
  EXPECT_EQ(lex.discards().size(), 4u);
  EXPECT_GT(lex.issues().size(), 0u);
  EXPECT_NE(lex.cameo().Find("070"), nullptr);
  EXPECT_TRUE(lex.warnings().empty());
}

TEST(LexiconLoadTest, MissingFileNamesTheConfigLine) {
  LexiconConfig config;
  config.path = kDir + "config_missing.ini";
  config.data_dir = DYADWATCH_SOURCE_DATA_DIR;
  auto loaded = Lexicon::Load(config);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().message(),
            kDir + "config_missing.ini:3: dictionary file 'no_such_file.txt' not found");
}

TEST(LexiconLoadTest, StrictModeFailsOnTheFirstBadLine) {
  auto verbs = VerbDictionary::LoadFile(kDir + "verbs_bad_code.txt", PhraseLoadOptions{StemMode::kExact, true});
  ASSERT_FALSE(verbs.ok());
  EXPECT_EQ(verbs.status().message(),
            kDir + "verbs_bad_code.txt:3: non-CAMEO code [07X] kept as written");
}

}  // namespace
}  // namespace dyadwatch::lexicon
