// TABARI dictionaries (.project, .actors, .agents, .verbs) converted to the PETRARCH readers'
// syntax and loaded with TABARI stems. Small inline examples in TABARI's own syntax (the GPL
// TABARI files themselves are read only by tests/validate_suites_test.cc).
#include "lexicon/tabari_dictionaries.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "lexicon/actors.h"
#include "lexicon/agents.h"
#include "lexicon/cameo.h"
#include "lexicon/verbs.h"
#include "text/tokenizer.h"

namespace dyadwatch::lexicon {
namespace {

size_t CountLines(const std::string& text) { return std::count(text.begin(), text.end(), '\n'); }

std::vector<std::string> Norms(const std::string& text) {
  std::vector<std::string> out;
  for (const text::Token& t : text::Tokenize(text)) out.push_back(t.norm);
  return out;
}

TEST(TabariProjectTest, NamesFilesRelativeToTheProject) {
  auto project = ParseTabariProject(
      "Validation file for TABARI\n<actorsfile> \tDemo.actors\n<verbsfile>  Demo.verbs\n"
      "<optionsfile> V.options\n<agentsfile>  V.agents\n<textfile> V.text\n"
      "<session 1> <coder ***> <date Fri 31 Mar 2000>\n",
      "/suite", "V.project");
  ASSERT_TRUE(project.ok()) << project.status().message();
  ASSERT_EQ(project.value().actors.size(), 1u);
  EXPECT_EQ(project.value().actors[0], "/suite/Demo.actors");
  EXPECT_EQ(project.value().verbs, "/suite/Demo.verbs");
  EXPECT_EQ(project.value().agents, "/suite/V.agents");
  EXPECT_EQ(project.value().options, "/suite/V.options");
  EXPECT_EQ(project.value().text, "/suite/V.text");
  EXPECT_FALSE(ParseTabariProject("<actorsfile> a\n", "", "x.project").ok());  // no verbs
  EXPECT_TRUE(IsTabariProjectPath("/a/Validate.project"));
  EXPECT_FALSE(IsTabariProjectPath("/a/PETR_config.ini"));
}

TEST(TabariActorsTest, DatesBlanksCommentsAndWordListsConvert) {
  const std::string tabari =
      "<NOUN>\nBEES   ;pas 26 Feb 2002\n</NOUN>\n"
      "ARNOR  [ARN]\n"
      "ARGENTIN  [ARG]\n"
      "AXNOR  [AR1 <911226] [AR2]\n"
      "MOUSE= [MUS]\n"
      "GOLLUM  ; pas 27 Apr 03\n+SMEAGOL\n"
      "\t[HOB < 950601]\n\t[HOBGOV 950601 - 990815]\n\t[HOBREB > 990816]\n"
      "ENT  [### <890101] [ENT]\n"
      "PRINCE DOL_AMROTH  [--- <950630] [DOL]\n"
      "LIBYA_  [LBY]\n"
      "~~FINISH 16:47 CDT Thu 05 May 2005\n";
  std::string converted = TabariActorsToPetrarch(tabari);
  EXPECT_EQ(CountLines(converted), CountLines(tabari));  // rules keep the TABARI line numbers
  ActorDictionary::Builder builder(PhraseLoadOptions{StemMode::kTabari, true});
  ASSERT_TRUE(builder.AddText(converted, "demo.actors").ok());
  ActorDictionary dict = std::move(builder).Build();
  auto code_on = [&](const std::string& text, int date) -> std::string {
    std::vector<std::string> words = Norms(text);
    PhraseMatch m = dict.Match(words, 0);
    if (!m.found() || m.length != words.size()) return "(no actor)";
    const ActorCode* code = dict.entry(m.value).CodeOn(date);
    return code == nullptr ? "(none)" : code->code;
  };
  EXPECT_EQ(code_on("Arnor", 19950101), "ARN");
  EXPECT_EQ(code_on("Argentina", 19950101), "ARG");  // TABARI stem
  EXPECT_EQ(code_on("Axnor", 19910101), "AR1");
  EXPECT_EQ(code_on("Axnor", 19950101), "AR2");
  EXPECT_EQ(code_on("Mouse", 19950101), "MUS");
  EXPECT_EQ(code_on("Smeagol", 19940101), "HOB");
  EXPECT_EQ(code_on("Gollum", 19970101), "HOBGOV");
  EXPECT_EQ(code_on("Gollum", 20000101), "HOBREB");
  EXPECT_EQ(code_on("Bees", 19950101), "(no actor)");  // parser vocabulary, not an actor
  EXPECT_EQ(code_on("Ent", 19880101), "DISCARD");  // TABARI's [###]
  EXPECT_EQ(code_on("Ent", 19950101), "ENT");
  EXPECT_EQ(code_on("Prince Dol Amroth", 19940101), "---");
  EXPECT_EQ(code_on("Prince Dol Amroth", 19960101), "DOL");
  EXPECT_EQ(code_on("Libya", 19950101), "LBY");
  EXPECT_EQ(code_on("Libyas", 19950101), "LBY");  // '_': the word and its noun endings
  EXPECT_EQ(code_on("Libyan", 19950101), "(no actor)");
  EXPECT_EQ(dict.entry(dict.Match(Norms("Gollum"), 0).value).where.line, 8u);
}

TEST(TabariActorsTest, SpaceLetsWordsComeBetweenUnderscoreDoesNot) {
  ActorDictionary::Builder builder(PhraseLoadOptions{StemMode::kTabari, true});
  ASSERT_TRUE(builder
                  .AddText(TabariActorsToPetrarch("AL_GORE  [AGR]\nAL GORE  [TEN]\n"
                                                  "PRINCE DOL_AMROTH  [DOL]\n"
                                                  "ITHILEN TELEVISION  [ITHTV]\n"),
                           "gaps.actors")
                  .ok());
  ActorDictionary dict = std::move(builder).Build();
  // Code and tokens spanned of the actor at the first token.
  auto match = [&](const std::string& text) -> std::string {
    std::vector<text::Token> tokens = text::Tokenize(text);
    PhraseMatch m = dict.Match(tokens, 0);
    if (!m.found()) return "(no actor)";
    return dict.entry(m.value).codes.front().code + "/" + std::to_string(m.length);
  };
  EXPECT_EQ(match("Al Gore said"), "AGR/2");  // the all-'_' phrase keeps consecutive words
  EXPECT_EQ(match("Al \"The Weasel\" Gore said"), "TEN/6");
  EXPECT_EQ(match("Prince of Dol Amroth"), "DOL/4");
  EXPECT_EQ(match("Prince of the Dol Amroth"), "DOL/5");
  EXPECT_EQ(match("Prince of Dol the Amroth"), "(no actor)");  // '_': consecutive
  EXPECT_EQ(match("Ithilen state-run television"), "ITHTV/5");
  EXPECT_EQ(match("Ithilen and Gondor television"), "(no actor)");  // no conjunction in a gap
  EXPECT_EQ(match("Ithilen, the state television"), "(no actor)");  // nor a comma
  EXPECT_EQ(match("Ithilen has a very big new television"), "(no actor)");  // at most 4 words

  // PETRARCH2 reads the space as a consecutive word break.
  ActorDictionary::Builder petrarch;
  ASSERT_TRUE(petrarch.AddText("PRINCE DOL_AMROTH  [DOL]\n", "p.actors").ok());
  ActorDictionary exact = std::move(petrarch).Build();
  EXPECT_FALSE(exact.Match(text::Tokenize("Prince of Dol Amroth"), 0).found());
  EXPECT_EQ(exact.Match(text::Tokenize("Prince Dol Amroth"), 0).length, 3u);
}

TEST(TabariAgentsTest, BlanksInsideCodesAreDropped) {
  std::string converted = TabariActorsToPetrarch(
      "AMBASSADOR_  [ ~GOV] ;LRP 02 Jun 2004\nHUMAN_RIGHTS_BODY_   [  NGO~] ;BNL\n"
      "POLICE_   [  ~COP] ;JON 2/8/95\n");
  AgentDictionary::Builder builder(PhraseLoadOptions{StemMode::kTabari, true});
  ASSERT_TRUE(builder.AddText(converted, "v.agents").ok());
  AgentDictionary agents = std::move(builder).Build();
  const AgentEntry* ambassador = agents.FindPhrase("AMBASSADOR");
  ASSERT_NE(ambassador, nullptr);
  EXPECT_EQ(ambassador->code, "GOV");
  const AgentEntry* body = agents.FindPhrase("HUMAN_RIGHTS_BODY");
  ASSERT_NE(body, nullptr);
  EXPECT_TRUE(body->prefix);
}

class TabariVerbsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string tabari =
        "<SYNSETS>\n&TIETYPES\n+MILITARY\n+ECONOMIC\n"
        "&TIEPHRASE\n+&TIETYPES_MEMOS\n+MEMOS_ON_&TIETYPES\n</SYNSETS>\n"
        "<TIME>\nTOMORROW [+1]\n</TIME>\n"
        "RESTOR  [064] ;pas 18 Jun 2007\n"
        "- * &TIETYPES TIES [902]; -PAS 12.01.12\n"
        "- * FOR { SANCTIONS | BOYCOTT | EMBARGO }  [172] ;pas\n"
        "ACT_ [100]\n"
        "{ ACTING_ ACTXD_ }\n"
        "- SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS  [111]\n"
        "CALLED_ON  [094] ;jw   10/8/91\n"
        "BURN DOWN  [222]\n"
        "BAN= [191] ;tony  4/23/91\n"
        "- RECENT~_*  [025] ;CONNECT-23\n"
        "- * THE_NEAT~_PLACE  [027]\n"
        "BREAK_ [1717]\n"
        "{ BROKE_ BROKEN_DOWN_ }\n"
        "DAVIS_CUP  [###] ;JW   10/17/91\n"
        "~~FINISH 15:23 CST Tue 30 Dec 2008\n";
    converted_ = TabariVerbsToPetrarch(tabari);
    ASSERT_EQ(CountLines(converted_), CountLines(tabari));
    auto loaded = VerbDictionary::LoadText(converted_, "demo.verbs",
                                           PhraseLoadOptions{StemMode::kTabari, false});
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    verbs_ = std::move(loaded).value();
  }
  const VerbForm* At(const std::string& text) {
    std::vector<std::string> words = Norms(text);
    VerbMatch m = verbs_.MatchVerbWord(std::span<const std::string>(words), 0);
    return m.found() ? m.form : nullptr;
  }
  std::string converted_;
  VerbDictionary verbs_;
};

TEST_F(TabariVerbsTest, EachVerbIsItsOwnBlockWithItsPatterns) {
  ASSERT_EQ(verbs_.blocks().size(), 7u);
  const VerbBlock* restore = verbs_.FindBlock("RESTOR");
  ASSERT_NE(restore, nullptr);
  EXPECT_EQ(restore->code.forward, "064");
  EXPECT_EQ(restore->patterns.size(), 4u);  // one, and three alternatives
  EXPECT_EQ(restore->where.line, 12u);
  std::vector<std::string> objects;
  for (uint32_t p : restore->patterns)
    if (verbs_.patterns()[p].code.forward == "172")
      objects.push_back(verbs_.patterns()[p].after.back().text);
  EXPECT_EQ(objects, (std::vector<std::string>{"SANCTIONS", "BOYCOTT", "EMBARGO"}));
  ASSERT_EQ(verbs_.warnings().size(), 1u);  // only for the non-CAMEO code of [###]
  EXPECT_EQ(verbs_.warnings()[0], "demo.verbs:25: non-CAMEO code [DISCARD] kept as written");
}

TEST_F(TabariVerbsTest, StemsAndExactWords) {
  for (const char* form : {"restore", "restored", "restoring", "RESTORES"}) {
    const VerbForm* f = At(form);
    ASSERT_NE(f, nullptr) << form;
    EXPECT_EQ(verbs_.BlockOf(*f).name, "RESTOR") << form;
  }
  ASSERT_NE(At("act"), nullptr);
  EXPECT_EQ(At("acts"), nullptr);  // ACT_ is exact, and {ACTING_ ACTXD_} are its only forms
  ASSERT_NE(At("acting"), nullptr);
  ASSERT_NE(At("ban"), nullptr);  // "BAN=": exactly BAN, no regular endings
  EXPECT_EQ(At("baning"), nullptr);
  EXPECT_EQ(At("baned"), nullptr);
  const VerbForm* called = At("called on");
  ASSERT_NE(called, nullptr);
  EXPECT_EQ(called->words.size(), 2u);
  const VerbForm* burned = At("burned down");
  ASSERT_NE(burned, nullptr);
  EXPECT_EQ(verbs_.BlockOf(*burned).code.forward, "222");
}

TEST_F(TabariVerbsTest, SynsetsInsideSynsetsIrregularPhrasesAndDiscards) {
  const Synset* phrase = verbs_.FindSynset("&TIEPHRASE");
  ASSERT_NE(phrase, nullptr);
  std::vector<std::vector<std::string>> members;
  for (const Synset::Member& m : phrase->members) members.push_back(m.words);
  EXPECT_EQ(members, (std::vector<std::vector<std::string>>{{"MILITARY", "MEMOS"},
                                                            {"MILITARIES", "MEMOS"},
                                                            {"ECONOMIC", "MEMOS"},
                                                            {"ECONOMICS", "MEMOS"},
                                                            {"MEMOS", "ON", "MILITARY"},
                                                            {"MEMOS", "ON", "MILITARIES"},
                                                            {"MEMOS", "ON", "ECONOMIC"},
                                                            {"MEMOS", "ON", "ECONOMICS"}}));
  const VerbForm* broken = At("broken down");
  ASSERT_NE(broken, nullptr);
  EXPECT_EQ(verbs_.BlockOf(*broken).name, "BREAK_");
  const VerbForm* cup = At("Davis Cup");
  ASSERT_NE(cup, nullptr);
  EXPECT_EQ(verbs_.BlockOf(*cup).code.forward, "DISCARD");  // TABARI's [###]
}

TEST_F(TabariVerbsTest, GlueJoinsWordsSlotsAndAlternatives) {
  const VerbBlock* act = verbs_.FindBlock("ACT_");
  ASSERT_NE(act, nullptr);
  ASSERT_EQ(act->patterns.size(), 2u);
  const VerbPattern& geneva = verbs_.patterns()[act->patterns[0]];
  ASSERT_EQ(geneva.before.size(), 2u);
  EXPECT_EQ(geneva.before[0].text, "SUGGESTED");
  EXPECT_FALSE(geneva.before[0].glued);
  EXPECT_EQ(geneva.before[1].kind, PatternElementKind::kTarget);
  EXPECT_TRUE(geneva.before[1].glued);  // "SUGGESTED_+": the actor right after SUGGESTED
  // "DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS": each alternative glued on both sides.
  ASSERT_EQ(geneva.after.size(), 1u);
  EXPECT_EQ(geneva.after[0].words, (std::vector<std::string>{"DEMAND", "GENEVA", "CONVENTIONS"}));
  EXPECT_FALSE(geneva.after[0].stem(0));
  EXPECT_FALSE(geneva.after[0].stem(1));
  EXPECT_TRUE(geneva.after[0].stem(2));  // CONVENTIONS is a stem
  const VerbPattern& international = verbs_.patterns()[act->patterns[1]];
  ASSERT_EQ(international.after.size(), 1u);
  EXPECT_EQ(international.after[0].words,
            (std::vector<std::string>{"DEMAND", "INTERNATIONAL", "CONVENTIONS"}));
  const VerbBlock* ban = verbs_.FindBlock("BAN");
  ASSERT_NE(ban, nullptr);
  ASSERT_EQ(ban->patterns.size(), 2u);
  const VerbPattern& recent = verbs_.patterns()[ban->patterns[0]];
  EXPECT_EQ(recent.before[0].words, std::vector<std::string>{"RECENT"});
  EXPECT_TRUE(recent.before[0].stem(0));  // '~': RECENT matches "recently" though glued
  EXPECT_TRUE(recent.before_glued);       // "RECENT~_*": RECENT right before the verb
  EXPECT_FALSE(recent.after_glued);
  EXPECT_FALSE(geneva.before_glued);  // "SUGGESTED_+ *": the slot, not the verb, is glued
  const VerbPattern& neat = verbs_.patterns()[ban->patterns[1]];
  ASSERT_EQ(neat.after.size(), 1u);
  EXPECT_EQ(neat.after[0].words, (std::vector<std::string>{"THE", "NEAT", "PLACE"}));
  EXPECT_EQ(neat.after[0].stem_mask, 0b110u);  // NEAT~ and the final PLACE; THE is exact
}

// TABARI's "DEPART_": the word and its regular endings, nothing else (Validate.text VERBEND).
TEST(TabariVerbEndingsTest, TrailingUnderscoreTakesRegularEndingsOnly) {
  auto loaded = VerbDictionary::LoadText(TabariVerbsToPetrarch("DEPART_ [032]\nDEPLORE_ [122]\n"),
                                         "endings.verbs", PhraseLoadOptions{StemMode::kTabari, true});
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const VerbDictionary& verbs = loaded.value();
  auto found = [&](const char* word) {
    std::vector<std::string> words = Norms(word);
    return verbs.MatchVerbWord(std::span<const std::string>(words), 0).found();
  };
  for (const char* w : {"depart", "departs", "departes", "departed", "departen", "departing",
                        "deplore", "deplores", "deplored", "deploring"}) {
    EXPECT_TRUE(found(w)) << w;
  }
  for (const char* w : {"departx", "departink", "deplorez", "deplorex", "departure"}) {
    EXPECT_FALSE(found(w)) << w;
  }
}

TEST(CameoTableTest, UnlistedCodesGetARootAndNoGoldstein) {
  CameoTable table;
  EXPECT_TRUE(table.AddUnlisted("174K"));
  EXPECT_FALSE(table.AddUnlisted("174K"));
  const EventCodeInfo* info = table.Find("174K");
  ASSERT_NE(info, nullptr);
  EXPECT_EQ(info->root, "17");
  EXPECT_EQ(info->quad_class, 4);
  EXPECT_DOUBLE_EQ(info->goldstein, 0.0);
  EXPECT_TRUE(table.AddUnlisted("###"));
  EXPECT_EQ(table.Find("###")->quad_class, 0);
}

}  // namespace
}  // namespace dyadwatch::lexicon
