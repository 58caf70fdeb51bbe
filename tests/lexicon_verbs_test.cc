// Verb dictionary reader (PETRARCH2 CAMEO.2.0.txt format) on tests/data/lexicon/verbs_*.txt.
#include "lexicon/verbs.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/tokenizer.h"

namespace dyadwatch::lexicon {
namespace {

const std::string kDir = std::string(DYADWATCH_TEST_DATA_DIR) + "/lexicon/";

class VerbFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = VerbDictionary::LoadFile(kDir + "verbs_small.txt", PhraseLoadOptions{StemMode::kExact, true});
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    verbs_ = std::move(loaded).value();
  }
  VerbDictionary verbs_;
};

TEST_F(VerbFileTest, BlocksEntriesAndCodes) {
  ASSERT_EQ(verbs_.blocks().size(), 2u);
  const VerbBlock* grant = verbs_.FindBlock("GRANT");
  ASSERT_NE(grant, nullptr);
  EXPECT_EQ(grant->code.forward, "070");
  EXPECT_EQ(grant->entries.size(), 3u);
  EXPECT_EQ(grant->patterns.size(), 5u);
  const VerbBlock* crack = verbs_.FindBlock("crack");
  ASSERT_NE(crack, nullptr);
  EXPECT_TRUE(crack->code.is_null());

  const VerbForm* donated = verbs_.FindForm("DONATED");
  ASSERT_NE(donated, nullptr);
  EXPECT_EQ(verbs_.EntryOf(*donated).code.forward, "071");  // the verb line's own code
  EXPECT_TRUE(verbs_.EntryOf(*donated).has_own_code);
  EXPECT_EQ(verbs_.BlockOf(*donated).name, "GRANT");
  const VerbForm* granted = verbs_.FindForm("GRANTED");
  ASSERT_NE(granted, nullptr);
  EXPECT_EQ(verbs_.EntryOf(*granted).code.forward, "070");  // inherited from the block
  EXPECT_FALSE(verbs_.EntryOf(*granted).has_own_code);
  EXPECT_EQ(verbs_.EntryOf(*granted).where.ToString(), kDir + "verbs_small.txt:16");
}

TEST_F(VerbFileTest, RegularFormsFollowPetrarchSpelling) {
  struct Case { const char* form; VerbFormKind kind; const char* verb; };
  for (const Case& c : {Case{"GRANT", VerbFormKind::kBase, "GRANT"},
                        Case{"GRANTS", VerbFormKind::kThirdPerson, "GRANT"},
                        Case{"GRANTED", VerbFormKind::kPast, "GRANT"},
                        Case{"GRANTING", VerbFormKind::kGerund, "GRANT"},
                        Case{"DONATES", VerbFormKind::kThirdPerson, "DONATE"},
                        Case{"DONATED", VerbFormKind::kPast, "DONATE"},
                        Case{"DONATING", VerbFormKind::kGerund, "DONATE"},
                        Case{"REACHES", VerbFormKind::kThirdPerson, "REACH"},
                        Case{"REACHS", VerbFormKind::kThirdPerson, "REACH"},    // PETRARCH2's form
                        Case{"CARRIES", VerbFormKind::kThirdPerson, "CARRY"},
                        Case{"CARRIED", VerbFormKind::kPast, "CARRY"},
                        Case{"GAVE", VerbFormKind::kIrregular, "GIVE"},
                        Case{"GIVEN", VerbFormKind::kIrregular, "GIVE"},
                        Case{"GIVING", VerbFormKind::kGerund, "GIVE"},
                        Case{"GIVES", VerbFormKind::kThirdPerson, "GIVE"}}) {
    const VerbForm* form = verbs_.FindForm(c.form);
    ASSERT_NE(form, nullptr) << c.form;
    EXPECT_EQ(form->kind, c.kind) << c.form;
    EXPECT_EQ(verbs_.EntryOf(*form).verb_word, c.verb) << c.form;
  }
  // With {...} only the listed forms exist.
  EXPECT_EQ(verbs_.FindForm("GIVED"), nullptr);
}

TEST_F(VerbFileTest, MultiWordVerbs) {
  const VerbForm* cracked = verbs_.FindForm("+CRACKED_DOWN");
  ASSERT_NE(cracked, nullptr);
  EXPECT_EQ(cracked->words, (std::vector<std::string>{"CRACKED", "DOWN"}));
  EXPECT_EQ(cracked->verb_offset, 0u);
  EXPECT_EQ(cracked->kind, VerbFormKind::kPast);
  const VerbEntry& crack = verbs_.EntryOf(*cracked);
  EXPECT_EQ(crack.verb_word, "CRACK");
  EXPECT_EQ(crack.after, std::vector<std::string>{"DOWN"});
  EXPECT_EQ(crack.code.forward, "172");
  EXPECT_NE(verbs_.FindForm("CRACK_DOWN"), nullptr);  // the base is a form too

  // Verb word last: RE_+ARREST, regular forms on ARREST.
  const VerbForm* rearrested = verbs_.FindForm("RE_ARRESTED");
  ASSERT_NE(rearrested, nullptr);
  EXPECT_EQ(rearrested->verb_offset, 1u);
  EXPECT_EQ(verbs_.EntryOf(*rearrested).before, std::vector<std::string>{"RE"});
  // Generated forms for +BEEF_UP.
  EXPECT_NE(verbs_.FindForm("BEEFED_UP"), nullptr);
  // Hyphenated verb: RE - ADMIT, the verb word is the last part.
  const VerbForm* readmits = verbs_.FindForm("RE-ADMITS");
  ASSERT_NE(readmits, nullptr);
  EXPECT_EQ(readmits->words, (std::vector<std::string>{"RE", "-", "ADMITS"}));
  EXPECT_EQ(readmits->verb_offset, 2u);
  EXPECT_EQ(verbs_.max_verb_offset(), 2u);
}

TEST_F(VerbFileTest, LookupInRunningText) {
  std::vector<text::Token> tokens = text::Tokenize("Police cracked down on peaceful protesters");
  VerbMatch at = verbs_.MatchAt(tokens, 1);
  ASSERT_TRUE(at.found());
  EXPECT_EQ(at.end - at.begin, 2u);
  VerbMatch around = verbs_.MatchVerbWord(tokens, 1);
  ASSERT_TRUE(around.found());
  EXPECT_EQ(around.form, at.form);
  EXPECT_FALSE(verbs_.MatchVerbWord(tokens, 2).found());  // DOWN is not a verb word

  std::vector<text::Token> re = text::Tokenize("They re arrested him");
  VerbMatch arrest = verbs_.MatchVerbWord(re, 2);
  ASSERT_TRUE(arrest.found());
  EXPECT_EQ(arrest.begin, 1u);
  EXPECT_EQ(arrest.end, 3u);
  // A single word that is not in the dictionary.
  EXPECT_FALSE(verbs_.MatchVerbWord(re, 3).found());
}

TEST_F(VerbFileTest, SynsetsWithPlurals) {
  const Synset* currency = verbs_.FindSynset("&CURRENCY");
  ASSERT_NE(currency, nullptr);
  std::vector<std::string> members;
  for (const Synset::Member& m : currency->members) {
    std::string joined;
    for (const std::string& w : m.words) joined += (joined.empty() ? "" : " ") + w;
    members.push_back(joined);
  }
  EXPECT_EQ(members, (std::vector<std::string>{"DOLLAR", "DOLLARS", "EURO", "EUROS", "CASH",
                                               "SWISS FRANC", "SWISS FRANCS"}));
  const Synset* aux = verbs_.FindSynset("&AUXVERB_");
  ASSERT_NE(aux, nullptr);
  EXPECT_TRUE(aux->no_plurals);
  EXPECT_EQ(aux->members.size(), 2u);
}

TEST_F(VerbFileTest, PatternsKeepElementKinds) {
  const VerbBlock& grant = *verbs_.FindBlock("GRANT");
  const auto& patterns = verbs_.patterns();
  // - * &CURRENCY [903] # -PAS 12.01.12
  const VerbPattern& p0 = patterns[grant.patterns[0]];
  EXPECT_TRUE(p0.before.empty());
  ASSERT_EQ(p0.after.size(), 1u);
  EXPECT_EQ(p0.after[0].kind, PatternElementKind::kSynset);
  EXPECT_EQ(verbs_.synsets()[p0.after[0].synset].name, "&CURRENCY");
  EXPECT_EQ(p0.code.forward, "903");
  EXPECT_EQ(p0.comment, "-PAS 12.01.12");
  EXPECT_EQ(p0.where.ToString(), kDir + "verbs_small.txt:19");

  // - * {ARMS SHIPMENT} (TO +) [072]
  const VerbPattern& p1 = patterns[grant.patterns[1]];
  std::vector<PatternElementKind> kinds;
  for (const PatternElement& e : p1.after) kinds.push_back(e.kind);
  using K = PatternElementKind;
  EXPECT_EQ(kinds, (std::vector<K>{K::kNounOpen, K::kWord, K::kWord, K::kNounClose, K::kPrepOpen,
                                   K::kWord, K::kTarget, K::kPrepClose}));
  EXPECT_EQ(p1.after[1].words, std::vector<std::string>{"ARMS"});

  // - $ * (TO BORDER) [042:043]
  const VerbPattern& p2 = patterns[grant.patterns[2]];
  ASSERT_EQ(p2.before.size(), 1u);
  EXPECT_EQ(p2.before[0].kind, K::kSource);
  EXPECT_EQ(p2.code.forward, "042");
  EXPECT_EQ(p2.code.reverse, "043");

  // - &AUXVERB * ^ AID [:071]
  const VerbPattern& p3 = patterns[grant.patterns[3]];
  EXPECT_EQ(p3.before[0].kind, K::kSynset);
  EXPECT_EQ(p3.after[0].kind, K::kSkip);
  EXPECT_EQ(p3.code.forward, "");
  EXPECT_EQ(p3.code.reverse, "071");

  // - * % WEAPONS [---]
  const VerbPattern& p4 = patterns[grant.patterns[4]];
  EXPECT_EQ(p4.after[0].kind, K::kCompound);
  EXPECT_TRUE(p4.code.is_null());
  EXPECT_EQ(p4.code.raw, "---");
}

TEST_F(VerbFileTest, Transformations) {
  ASSERT_EQ(verbs_.transformations().size(), 1u);
  const Transformation& t = verbs_.transformations()[0];
  EXPECT_EQ(t.lhs, (std::vector<std::string>{"A", "(", "A", "B", "ATTACK", ")", "SAY"}));
  EXPECT_EQ(t.rhs, (std::vector<std::string>{"A", "B", "015"}));
}

TEST(VerbCodeTest, ParsesSingleNullAndPairedCodes) {
  VerbCode code;
  ASSERT_TRUE(VerbCode::Parse("0331", &code));
  EXPECT_EQ(code.forward, "0331");
  ASSERT_TRUE(VerbCode::Parse("---", &code));
  EXPECT_TRUE(code.is_null());
  ASSERT_TRUE(VerbCode::Parse("175:140", &code));
  EXPECT_EQ(code.reverse, "140");
  EXPECT_TRUE(code.is_cameo());
  // Codes outside CAMEO are kept (PETRARCH2's validation suite expects "174K") but flagged.
  ASSERT_TRUE(VerbCode::Parse("174K", &code));
  EXPECT_EQ(code.forward, "174K");
  EXPECT_FALSE(code.is_cameo());
  EXPECT_FALSE(VerbCode::Parse("12 3", &code));
}

TEST(VerbLegacyTest, TabariConstructionsAreReadWithWarnings) {
  auto loaded = VerbDictionary::LoadFile(kDir + "verbs_legacy.txt");
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const VerbDictionary& verbs = loaded.value();
  // "LASH OUT" without '+': the first word is the verb.
  const VerbForm* lashed = verbs.FindForm("LASHED_OUT");
  ASSERT_NE(lashed, nullptr);
  EXPECT_EQ(verbs.EntryOf(*lashed).text, "+LASH_OUT");
  EXPECT_EQ(verbs.EntryOf(*lashed).code.forward, "122");
  // "NEW_&TIETYPES_RELATIONS" -> NEW, &TIETYPES, RELATIONS.
  const VerbPattern& glued = verbs.patterns()[0];
  ASSERT_EQ(glued.after.size(), 3u);
  EXPECT_EQ(glued.after[0].text, "NEW");
  EXPECT_EQ(glued.after[1].kind, PatternElementKind::kSynset);
  EXPECT_EQ(glued.after[1].text, "&TIETYPES");
  EXPECT_EQ(glued.after[2].words, std::vector<std::string>{"RELATIONS"});
  // The '_' keeps them next to each other ("new economic relations", not "new global ...").
  EXPECT_FALSE(glued.after[0].glued);
  EXPECT_TRUE(glued.after[1].glued);
  EXPECT_TRUE(glued.after[2].glued);
  // A synset listed inside another synset contributes its members.
  const Synset* all = verbs.FindSynset("&ALLTIES");
  ASSERT_NE(all, nullptr);
  std::vector<std::string> firsts;
  for (const Synset::Member& m : all->members) firsts.push_back(m.words[0]);
  EXPECT_EQ(firsts, (std::vector<std::string>{"DIPLOMATIC", "DIPLOMATICS", "TRADE", "TRADES",
                                              "MILITARY"}));
  EXPECT_EQ(verbs.patterns()[2].code.forward, "174K");
  EXPECT_EQ(verbs.warnings().size(), 2u);  // the '+'-less verb and the non-CAMEO code
}

TEST(VerbErrorsTest, NonCameoCodesAreKeptWithAWarning) {
  auto lenient = VerbDictionary::LoadFile(kDir + "verbs_bad_code.txt");
  ASSERT_TRUE(lenient.ok());
  ASSERT_EQ(lenient.value().patterns().size(), 1u);
  EXPECT_EQ(lenient.value().patterns()[0].code.forward, "07X");
  ASSERT_EQ(lenient.value().warnings().size(), 1u);
  EXPECT_EQ(lenient.value().warnings()[0],
            kDir + "verbs_bad_code.txt:3: non-CAMEO code [07X] kept as written");
}

TEST(VerbErrorsTest, ReportedWithFileAndLine) {
  PhraseLoadOptions strict{StemMode::kExact, true};
  auto synset = VerbDictionary::LoadFile(kDir + "verbs_bad_synset.txt", strict);
  ASSERT_FALSE(synset.ok());
  EXPECT_EQ(synset.status().message(),
            kDir + "verbs_bad_synset.txt:3: undefined synset &NOSUCHSET; pattern skipped");
  auto no_block = VerbDictionary::LoadFile(kDir + "verbs_no_block.txt", strict);
  ASSERT_FALSE(no_block.ok());
  EXPECT_EQ(no_block.status().message().rfind(kDir + "verbs_no_block.txt:1: ", 0), 0u);
  // Lenient: the bad pattern is dropped, the rest loads.
  auto lenient = VerbDictionary::LoadFile(kDir + "verbs_bad_synset.txt");
  ASSERT_TRUE(lenient.ok());
  EXPECT_TRUE(lenient.value().patterns().empty());
  EXPECT_EQ(lenient.value().warnings().size(), 1u);
  EXPECT_NE(lenient.value().FindForm("GRANTS"), nullptr);
}

}  // namespace
}  // namespace dyadwatch::lexicon
