// Loads the bundled production dictionary set (data/dictionaries/dyadwatch.dict) and checks that
// well-known entries resolve as the dictionaries say they should.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "text/tokenizer.h"

namespace dyadwatch::lexicon {
namespace {

class ProductionLexiconTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    LexiconConfig config;
    config.data_dir = DYADWATCH_SOURCE_DATA_DIR;
    auto loaded = Lexicon::Load(config);
    if (!loaded.ok()) {
      load_error_ = new std::string(loaded.status().message());
      return;
    }
    lexicon_ = new std::shared_ptr<const Lexicon>(loaded.value());
  }
  static void TearDownTestSuite() {
    delete lexicon_;
    delete load_error_;
    lexicon_ = nullptr;
    load_error_ = nullptr;
  }
  void SetUp() override {
    if (!std::filesystem::exists(std::string(DYADWATCH_SOURCE_DATA_DIR) +
                                 "/dictionaries/dyadwatch.dict"))
      GTEST_SKIP() << "bundled dictionaries not present";
    ASSERT_EQ(load_error_, nullptr) << *load_error_;
  }
  const Lexicon& lex() const { return **lexicon_; }

  // Longest actor match at the start of a text, resolved on a date; "" if none.
  std::string ActorCodeOf(const std::string& text, int date) const {
    std::vector<text::Token> tokens = text::Tokenize(text);
    PhraseMatch match = lex().actors().Match(tokens, 0);
    if (!match.found() || match.length != tokens.size()) return "";
    const ActorCode* code = lex().actors().entry(match.value).CodeOn(date);
    return code == nullptr ? "(none)" : code->code;
  }
  const AgentEntry* AgentOf(const std::string& text) const {
    std::vector<text::Token> tokens = text::Tokenize(text);
    PhraseMatch match = lex().agents().Match(tokens, 0);
    if (!match.found() || match.length != tokens.size()) return nullptr;
    return &lex().agents().entry(match.value);
  }

  static std::shared_ptr<const Lexicon>* lexicon_;
  static std::string* load_error_;
};

std::shared_ptr<const Lexicon>* ProductionLexiconTest::lexicon_ = nullptr;
std::string* ProductionLexiconTest::load_error_ = nullptr;

TEST_F(ProductionLexiconTest, LoadsEverything) {
  EXPECT_GT(lex().actors().entry_count(), 20000u);
  EXPECT_GT(lex().actors().phrase_count(), 30000u);
  EXPECT_GT(lex().agents().entry_count(), 2000u);
  EXPECT_GT(lex().verbs().blocks().size(), 300u);
  EXPECT_GT(lex().verbs().patterns().size(), 4000u);
  EXPECT_GT(lex().verbs().synsets().size(), 30u);
  EXPECT_GT(lex().discards().size(), 400u);
  EXPECT_GT(lex().issues().size(), 2000u);
  EXPECT_EQ(lex().cameo().size(), 311u);
  // The Phoenix files have a handful of known defects (e.g. undefined synsets); every skipped
  // line is reported as file:line.
  EXPECT_LT(lex().warnings().size(), 50u);
  for (const std::string& warning : lex().warnings())
    EXPECT_NE(warning.find(".txt:"), std::string::npos) << warning;
}

TEST_F(ProductionLexiconTest, CountryNamesAndAdjectives) {
  EXPECT_EQ(ActorCodeOf("Japan", 20200820), "JPN");
  EXPECT_EQ(ActorCodeOf("Japanese", 20200820), "JPN");
  EXPECT_EQ(ActorCodeOf("South Korea", 20200820), "KOR");
  EXPECT_EQ(ActorCodeOf("South Korean", 20200820), "KOR");
  EXPECT_EQ(ActorCodeOf("United States", 20200820), "USA");
  EXPECT_EQ(ActorCodeOf("U.S.", 20200820), "USA");
  EXPECT_EQ(ActorCodeOf("US", 20200820), "USA");
  EXPECT_EQ(ActorCodeOf("China", 20200820), "CHN");
  EXPECT_EQ(ActorCodeOf("Chinese", 20200820), "CHN");
}

TEST_F(ProductionLexiconTest, PhoenixDatedCodesAtRangeBoundaries) {
  // GEORGE_W._BUSH_: [USAELI 640101-010120] [USAGOV 010120-090120] [USAELI] (end exclusive).
  EXPECT_EQ(ActorCodeOf("George W. Bush", 20010119), "USAELI");
  EXPECT_EQ(ActorCodeOf("George W. Bush", 20010120), "USAGOV");
  EXPECT_EQ(ActorCodeOf("George W. Bush", 20090119), "USAGOV");
  EXPECT_EQ(ActorCodeOf("George W. Bush", 20090120), "USAELI");
  EXPECT_EQ(ActorCodeOf("George W. Bush", kUnknownDate), "USAELI");  // undated fallback
  // BILL_CLINTON_: [USAELI 640101-930120] [USAGOV 930120-010120] [USAELI]
  EXPECT_EQ(ActorCodeOf("Bill Clinton", 19930120), "USAGOV");
  EXPECT_EQ(ActorCodeOf("Bill Clinton", 20010120), "USAELI");
}

TEST_F(ProductionLexiconTest, ObamaIsOverriddenByOurAdditions) {
  // Phoenix: [USAELI 780101-000101] [USAGOV >090120] (open-ended); dyadwatch.actors.txt ends the
  // presidency on 2017-01-20 and falls back to USAELI.
  EXPECT_EQ(ActorCodeOf("Barack Obama", 20090119), "USAELI");
  EXPECT_EQ(ActorCodeOf("Barack Obama", 20090120), "USAGOV");
  EXPECT_EQ(ActorCodeOf("Mr. Obama", 20170119), "USAGOV");
  EXPECT_EQ(ActorCodeOf("President Obama", 20170120), "USAELI");
  const ActorEntry* obama = lex().actors().FindPhrase("BARACK_OBAMA");
  ASSERT_NE(obama, nullptr);
  EXPECT_NE(obama->where.file.find("dyadwatch.actors.txt"), std::string_view::npos);
  EXPECT_FALSE(obama->comment.empty());  // every added entry names its source
}

TEST_F(ProductionLexiconTest, CurrentLeadersFromOurAdditions) {
  EXPECT_EQ(ActorCodeOf("Donald Trump", 20161231), "USAELI");
  EXPECT_EQ(ActorCodeOf("Trump", 20200820), "USAGOV");
  EXPECT_EQ(ActorCodeOf("Trump", 20210119), "USAGOV");
  EXPECT_EQ(ActorCodeOf("Trump", 20210120), "USAELI");
  EXPECT_EQ(ActorCodeOf("Trump", 20250120), "USAGOV");
  EXPECT_EQ(ActorCodeOf("Biden", 20210120), "USAGOV");
  EXPECT_EQ(ActorCodeOf("Biden", 20240201), "USAGOV");
  EXPECT_EQ(ActorCodeOf("Biden", 20250120), "USAELI");
  EXPECT_EQ(ActorCodeOf("Pompeo", 20200820), "USAGOV");
  EXPECT_EQ(ActorCodeOf("Mike Pompeo", 20220101), "USAELI");
  EXPECT_EQ(ActorCodeOf("Antony Blinken", 20240201), "USAGOV");
  EXPECT_EQ(ActorCodeOf("Jake Sullivan", 20240201), "USAGOV");
  EXPECT_EQ(ActorCodeOf("Jake Sullivan", 20250301), "USAELI");
  EXPECT_EQ(ActorCodeOf("William Barr", 20200820), "USAGOV");
  EXPECT_EQ(ActorCodeOf("Fumio Kishida", 20240201), "JPNGOV");
  EXPECT_EQ(ActorCodeOf("Kishida", 20250101), "JPNELI");
  EXPECT_EQ(ActorCodeOf("Shinzo Abe", 20200820), "JPNGOV");
  EXPECT_EQ(ActorCodeOf("Abe Shinzo", 20200917), "JPNELI");
  EXPECT_EQ(ActorCodeOf("Toshimitsu Motegi", 20200820), "JPNGOV");
  EXPECT_EQ(ActorCodeOf("Motegi Toshimitsu", 20230101), "JPNELI");
  EXPECT_EQ(ActorCodeOf("Motegi", 20251021), "JPNGOV");
  EXPECT_EQ(ActorCodeOf("Wang Yi", 20240201), "CHNGOV");
  EXPECT_EQ(ActorCodeOf("Xi Jinping", 20240201), "CHNGOV");
  EXPECT_EQ(ActorCodeOf("Putin", 20240710), "RUSGOV");
  EXPECT_EQ(ActorCodeOf("Zakharova", 20240710), "RUSGOV");
  EXPECT_EQ(ActorCodeOf("Kim Jong Un", 20200101), "PRKGOV");
  EXPECT_EQ(ActorCodeOf("Kim Jong-un", 20200101), "PRKGOV");
  EXPECT_EQ(ActorCodeOf("Moon Jae-in", 20200101), "KORGOV");
  EXPECT_EQ(ActorCodeOf("Yoon Suk Yeol", 20250405), "KORELI");
  EXPECT_EQ(ActorCodeOf("Zelensky", 20240101), "UKRGOV");
  EXPECT_EQ(ActorCodeOf("Erdogan", 20240101), "TURGOV");
  EXPECT_EQ(ActorCodeOf("Netanyahu", 20220101), "ISRELI");
  EXPECT_EQ(ActorCodeOf("Netanyahu", 20240101), "ISRGOV");
  EXPECT_EQ(ActorCodeOf("Huawei", 20200820), "CHNBUS");
  EXPECT_EQ(ActorCodeOf("ZTE", 20200820), "CHNBUS");
  EXPECT_EQ(ActorCodeOf("Antonio Guterres", 20200101), "IGOUNO");
  // The garbled name in a seed article is deliberately not an alias.
  EXPECT_EQ(ActorCodeOf("Shigeru Toshimitsu", 20200820), "");
}

TEST_F(ProductionLexiconTest, AdditionsFileIsWellFormed) {
  // Every entry of dyadwatch.actors.txt has a source comment and at least one code.
  size_t added = 0;
  for (size_t i = 0; i < lex().actors().entry_count(); ++i) {
    const ActorEntry& entry = lex().actors().entry(static_cast<uint32_t>(i));
    if (entry.where.file.find("dyadwatch.actors.txt") == std::string_view::npos) continue;
    ++added;
    EXPECT_FALSE(entry.comment.empty()) << entry.where.ToString();
    EXPECT_FALSE(entry.codes.empty()) << entry.where.ToString();
  }
  EXPECT_GE(added, 150u);
  for (const std::string& warning : lex().warnings())
    EXPECT_EQ(warning.find("dyadwatch.actors.txt"), std::string::npos) << warning;
}

TEST_F(ProductionLexiconTest, AgentsWithPluralsAndSubstitutions) {
  const AgentEntry* minister = AgentOf("foreign minister");
  ASSERT_NE(minister, nullptr);
  EXPECT_EQ(minister->primary, "GOV");
  const AgentEntry* ministers = AgentOf("foreign ministers");
  ASSERT_NE(ministers, nullptr);
  EXPECT_EQ(ministers->primary, "GOV");
  const AgentEntry* farmers = AgentOf("farmers");
  ASSERT_NE(farmers, nullptr);
  EXPECT_EQ(farmers->code, "AGR");
  EXPECT_TRUE(farmers->generated_plural);
  const AgentEntry* cattlemen = AgentOf("cattlemen");  // CATTLE!PERSON!
  ASSERT_NE(cattlemen, nullptr);
  EXPECT_EQ(cattlemen->code, "AGR");
  ASSERT_NE(AgentOf("government"), nullptr);
  EXPECT_EQ(AgentOf("government")->primary, "GOV");
  EXPECT_EQ(AgentDictionary::Combine("JPN", *minister), "JPN" + minister->code);
}

TEST_F(ProductionLexiconTest, RejectVerbForms) {
  // CAMEO.2.0.txt puts REJECT in "--- REFUSE [---] ---": the bare verb codes nothing, its
  // patterns code 12x ("- * PROPOSAL [1231]" ...), DECLINE [120] has its own code.
  const VerbDictionary& verbs = lex().verbs();
  for (const char* word : {"REJECT", "REJECTS", "REJECTED", "REJECTING"}) {
    const VerbForm* form = verbs.FindForm(word);
    ASSERT_NE(form, nullptr) << word;
    const VerbEntry& entry = verbs.EntryOf(*form);
    EXPECT_EQ(entry.verb_word, "REJECT") << word;
    EXPECT_EQ(verbs.BlockOf(*form).name, "REFUSE") << word;
    EXPECT_TRUE(entry.code.is_null()) << word << " code " << entry.code.raw;
    EXPECT_FALSE(entry.has_own_code);
  }
  const VerbBlock& refuse = verbs.BlockOf(*verbs.FindForm("REJECTED"));
  int rejection_patterns = 0;
  for (uint32_t index : refuse.patterns)
    rejection_patterns += verbs.patterns()[index].code.forward.starts_with("12");
  EXPECT_GT(rejection_patterns, 10);
  const VerbForm* declined = verbs.FindForm("DECLINED");
  ASSERT_NE(declined, nullptr);
  EXPECT_EQ(verbs.EntryOf(*declined).code.forward, "120");
  EXPECT_TRUE(verbs.EntryOf(*declined).has_own_code);
  EXPECT_EQ(verbs.FindForm("REJECTS")->kind, VerbFormKind::kThirdPerson);
  EXPECT_EQ(verbs.FindForm("REJECTED")->kind, VerbFormKind::kPast);
  EXPECT_EQ(verbs.FindForm("REJECTING")->kind, VerbFormKind::kGerund);
  // Irregular forms given in {...}.
  const VerbForm* gave = verbs.FindForm("GAVE");
  ASSERT_NE(gave, nullptr);
  EXPECT_EQ(gave->kind, VerbFormKind::kIrregular);
  EXPECT_EQ(verbs.EntryOf(*gave).verb_word, "GIVE");
}

TEST_F(ProductionLexiconTest, MultiWordVerbsMatchAroundTheVerbWord) {
  const VerbDictionary& verbs = lex().verbs();
  std::vector<text::Token> tokens = text::Tokenize("Police cracked down on protesters");
  VerbMatch match = verbs.MatchVerbWord(tokens, 1);
  ASSERT_TRUE(match.found());
  EXPECT_EQ(match.begin, 1u);
  EXPECT_EQ(match.end, 3u);
  EXPECT_EQ(verbs.EntryOf(*match.form).text, "+CRACK_DOWN");
  EXPECT_EQ(match.form->verb_offset, 0u);
  // Verb at the end of the phrase: RE_+ARREST style entries.
  std::vector<text::Token> beef = text::Tokenize("they beefed up security");
  VerbMatch beefed = verbs.MatchVerbWord(beef, 1);
  ASSERT_TRUE(beefed.found());
  EXPECT_EQ(beefed.end - beefed.begin, 2u);
}

TEST_F(ProductionLexiconTest, PatternsKeepTheirElements) {
  const VerbDictionary& verbs = lex().verbs();
  const VerbBlock* accelerate = verbs.FindBlock("ACCELERATE");
  ASSERT_NE(accelerate, nullptr);
  ASSERT_FALSE(accelerate->patterns.empty());
  const VerbPattern& first = verbs.patterns()[accelerate->patterns[0]];  // - * (TO) [042:043]
  EXPECT_EQ(first.code.forward, "042");
  EXPECT_EQ(first.code.reverse, "043");
  ASSERT_EQ(first.after.size(), 3u);
  EXPECT_EQ(first.after[0].kind, PatternElementKind::kPrepOpen);
  EXPECT_EQ(first.after[1].text, "TO");
  EXPECT_EQ(first.after[2].kind, PatternElementKind::kPrepClose);
  EXPECT_NE(first.where.ToString().find("CAMEO.2.0.txt:"), std::string::npos);
  // Synset references are resolved.
  bool saw_synset = false;
  for (uint32_t index : accelerate->patterns)
    for (const PatternElement& element : verbs.patterns()[index].after)
      if (element.kind == PatternElementKind::kSynset) {
        saw_synset = true;
        ASSERT_NE(element.synset, kNoValue);
        EXPECT_EQ(verbs.synsets()[element.synset].name, element.text);
      }
  EXPECT_TRUE(saw_synset);
}

TEST_F(ProductionLexiconTest, SharedWordHashesGiveTheSameMatches) {
  std::vector<text::Token> tokens = text::Tokenize(
      "Japan's Foreign Minister Toshimitsu Motegi and U.S. Secretary of State Mike Pompeo met in "
      "Tokyo; South Korean government officials cracked down on protesters, and the Chinese "
      "foreign ministry rejected the request of the United States.");
  std::vector<uint64_t> hashes = PhraseIndex::HashWords(tokens);
  int matched = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    PhraseMatch a = lex().actors().Match(tokens, i), ah = lex().actors().Match(tokens, hashes, i);
    EXPECT_EQ(a.value, ah.value) << i;
    EXPECT_EQ(a.length, ah.length) << i;
    PhraseMatch g = lex().agents().Match(tokens, i), gh = lex().agents().Match(tokens, hashes, i);
    EXPECT_EQ(g.value, gh.value) << i;
    VerbMatch v = lex().verbs().MatchVerbWord(tokens, i);
    VerbMatch vh = lex().verbs().MatchVerbWord(tokens, hashes, i);
    EXPECT_EQ(v.form, vh.form) << i;
    EXPECT_EQ(v.begin, vh.begin) << i;
    matched += a.found() + g.found() + v.found();
  }
  EXPECT_GT(matched, 10);
}

TEST_F(ProductionLexiconTest, CameoTables) {
  const EventCodeInfo* reject = lex().cameo().Find("120");
  ASSERT_NE(reject, nullptr);
  EXPECT_EQ(reject->quad_class, 3);
  EXPECT_EQ(reject->root, "12");
  EXPECT_TRUE(reject->has_goldstein);
  const EventCodeInfo* appeal = lex().cameo().Find("0211");
  ASSERT_NE(appeal, nullptr);
  EXPECT_DOUBLE_EQ(appeal->goldstein, 3.4);
  EXPECT_EQ(appeal->quad_class, 1);
  EXPECT_EQ(lex().cameo().Find("190")->quad_class, 4);
  EXPECT_EQ(lex().cameo().Find("070")->quad_class, 2);
}

TEST_F(ProductionLexiconTest, DiscardsFindSportsSentences) {
  std::vector<text::Token> tokens = text::Tokenize("He won the Australian Open on Sunday.");
  DiscardHit hit = lex().discards().Find(tokens);
  ASSERT_TRUE(hit.found());
  EXPECT_EQ(hit.entry->phrase, "AUSTRALIAN OPEN");
  std::vector<text::Token> plain = text::Tokenize("Japan rejects U.S. request");
  EXPECT_FALSE(lex().discards().Find(plain).found());
}

}  // namespace
}  // namespace dyadwatch::lexicon
