// Unit tests of the coder's stages on the bundled dictionaries and tagger: actor units, compound
// groups, verb groups (negation, voice, modality, infinitive governors) and subjects.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "coder/actor_recognizer.h"
#include "coder/clause_roles.h"
#include "coder/verb_groups.h"
#include "dyadwatch/coder.h"
#include "lexicon/lexicon.h"
#include "parse/tagger.h"
#include "text/sentence_splitter.h"

namespace dyadwatch::coder {
namespace {

class CoderStagesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string data = FindDataDir();
    ASSERT_FALSE(data.empty());
    lexicon::LexiconConfig config;
    config.data_dir = data;
    auto lex = lexicon::Lexicon::Load(config);
    ASSERT_TRUE(lex.ok()) << lex.status().message();
    lexicon_ = new std::shared_ptr<const lexicon::Lexicon>(lex.value());
    auto tagger = parse::Tagger::Load(data + "/models/pos_tagger.dwm");
    ASSERT_TRUE(tagger.ok()) << tagger.status().message();
    tagger_ = new std::shared_ptr<const parse::Tagger>(tagger.value());
  }
  static void TearDownTestSuite() {
    delete lexicon_;
    delete tagger_;
  }

  struct Analysis {
    std::string text;
    text::Sentence sentence;
    std::vector<parse::PosTag> tags;
    std::vector<ActorUnit> units;
    std::vector<VerbGroup> groups;
  };

  static std::unique_ptr<Analysis> Analyse(const std::string& text, int date = 20200820) {
    auto a = std::make_unique<Analysis>();
    a->text = text;
    auto sentences = text::SplitSentences(a->text);
    EXPECT_EQ(sentences.size(), 1u);
    a->sentence = sentences.front();
    a->tags = (*tagger_)->Tag(a->sentence);
    ActorRecognizer actors(**lexicon_);
    auto mentions = actors.FindMentions(a->sentence, date);
    a->units = actors.BuildUnits(a->sentence, mentions, a->tags);
    a->groups = FindVerbGroups(a->sentence, a->tags, (*lexicon_)->verbs());
    return a;
  }

  static const VerbGroup* GroupAt(const Analysis& a, const std::string& head_norm) {
    for (const auto& g : a.groups) {
      if (a.sentence.tokens[g.head].norm == head_norm) return &g;
    }
    return nullptr;
  }

  static std::shared_ptr<const lexicon::Lexicon>* lexicon_;
  static std::shared_ptr<const parse::Tagger>* tagger_;
};

std::shared_ptr<const lexicon::Lexicon>* CoderStagesTest::lexicon_ = nullptr;
std::shared_ptr<const parse::Tagger>* CoderStagesTest::tagger_ = nullptr;

TEST_F(CoderStagesTest, PossessiveAndTitleMakeOneUnit) {
  auto a = Analyse("Japan's Foreign Minister Shigeru Toshimitsu met Pompeo.");
  ASSERT_GE(a->units.size(), 1u);
  EXPECT_EQ(a->units[0].code, "JPNGOV");
  // The unit runs over the names the dictionary does not know.
  EXPECT_EQ(a->sentence.tokens[a->units[0].end - 1].norm, "TOSHIMITSU");
}

TEST_F(CoderStagesTest, AgentAdjectiveBeforeAnotherModifierNamesNoOne) {
  // With the document about Japan, "the official" is its government; "official" before
  // "foreign visit" only qualifies the visit.
  auto locus_code = [](const std::string& text, const std::string& agent_norm) {
    auto a = Analyse(text);
    ActorRecognizer actors(**lexicon_);
    auto units = actors.BuildUnits(a->sentence, actors.FindMentions(a->sentence, 20200820),
                                   a->tags, "JPN");
    for (const auto& u : units) {
      if (a->sentence.tokens[u.begin].norm == agent_norm) return u.code;
    }
    return std::string("(no unit)");
  };
  EXPECT_EQ(locus_code("He met the official on Monday.", "OFFICIAL"), "JPNGOV");
  EXPECT_EQ(locus_code("He praised the first official foreign visit.", "OFFICIAL"), "");
}

TEST_F(CoderStagesTest, CompoundNeedsAndButNotALoneComma) {
  auto a = Analyse("Japan and South Korea criticized China.");
  ASSERT_EQ(a->units.size(), 3u);
  EXPECT_EQ(a->units[0].group, a->units[1].group);
  EXPECT_NE(a->units[1].group, a->units[2].group);
  auto b = Analyse("Japan, a US ally, criticized China.");
  ASSERT_GE(b->units.size(), 2u);
  EXPECT_NE(b->units[0].group, b->units[1].group);
}

TEST_F(CoderStagesTest, VerbGroupNegationModalityVoice) {
  auto a = Analyse("Japan will not join the program.");
  const VerbGroup* join = GroupAt(*a, "JOIN");
  ASSERT_NE(join, nullptr);
  EXPECT_TRUE(join->negated);
  EXPECT_EQ(join->modality, Modality::kFuture);
  EXPECT_FALSE(join->passive);

  auto b = Analyse("Japan was criticized by Russia.");
  const VerbGroup* crit = GroupAt(*b, "CRITICIZED");
  ASSERT_NE(crit, nullptr);
  EXPECT_TRUE(crit->passive);
  EXPECT_FALSE(crit->negated);
}

TEST_F(CoderStagesTest, InfinitiveKnowsItsGovernor) {
  auto a = Analyse("Japan refused to join the program.");
  const VerbGroup* join = GroupAt(*a, "JOIN");
  ASSERT_NE(join, nullptr);
  EXPECT_TRUE(join->infinitival);
  ASSERT_GE(join->governor, 0);
  EXPECT_EQ(a->sentence.tokens[a->groups[join->governor].head].norm, "REFUSED");
}

TEST_F(CoderStagesTest, SubjectSkipsPrepositionalAndInfinitiveObjects) {
  auto a = Analyse(
      "Japan's attempt to strengthen its influence in Central Asia is spreading American "
      "ideology.");
  SentenceView view = MakeView(a->sentence, a->tags, a->units, a->groups);
  int g = -1;
  for (size_t i = 0; i < a->groups.size(); ++i) {
    if (a->sentence.tokens[a->groups[i].head].norm == "SPREADING") g = static_cast<int>(i);
  }
  ASSERT_GE(g, 0);
  std::string why;
  std::vector<int> subject = SubjectUnits(view, g, &why);
  ASSERT_EQ(subject.size(), 1u) << why;
  EXPECT_EQ(a->units[subject[0]].code, "JPN");
}

TEST_F(CoderStagesTest, ObjectControlGivesTheInfinitiveItsSubject) {
  auto a = Analyse("The United States asked other countries not to allow Huawei equipment.");
  SentenceView view = MakeView(a->sentence, a->tags, a->units, a->groups);
  int g = -1;
  for (size_t i = 0; i < a->groups.size(); ++i) {
    if (a->sentence.tokens[a->groups[i].head].norm == "ALLOW") g = static_cast<int>(i);
  }
  ASSERT_GE(g, 0);
  std::string why;
  EXPECT_TRUE(SubjectUnits(view, g, &why).empty()) << "other countries is not an actor";
}

TEST_F(CoderStagesTest, ParticiplesAndGerundsThatModifyNouns) {
  // A past participle between a preposition and a noun, and a gerund inside a noun phrase
  // ("mushroom hunting trip"), are modifiers, not verbs.
  auto a = Analyse("Russia launched an offensive against besieged Ukraine.");
  EXPECT_EQ(GroupAt(*a, "BESIEGED"), nullptr);
  ASSERT_NE(GroupAt(*a, "LAUNCHED"), nullptr);
  auto b = Analyse("Putin postponed his annual mushroom hunting trip to France.");
  EXPECT_EQ(GroupAt(*b, "HUNTING"), nullptr);
}

TEST_F(CoderStagesTest, ReducedRelativeWithAnActorObjectStaysInTheObject) {
  auto region_of = [](const Analysis& a, const std::string& head) {
    SentenceView view = MakeView(a.sentence, a.tags, a.units, a.groups);
    for (size_t i = 0; i < a.groups.size(); ++i) {
      if (a.sentence.tokens[a.groups[i].head].norm == head) {
        Region r = ObjectRegion(view, static_cast<int>(i));
        return std::string(a.text, a.sentence.tokens[r.begin].begin,
                           a.sentence.tokens[r.end - 1].end - a.sentence.tokens[r.begin].begin);
      }
    }
    return std::string("(no group)");
  };
  auto a = Analyse("Iran launched missiles targeting US troops.");
  EXPECT_EQ(region_of(*a, "LAUNCHED"), "missiles targeting US troops");
  // Its object is no actor: the gerund starts its own clause.
  auto b = Analyse("Pompeo held a conference discussing concerns about Russian meddling.");
  EXPECT_EQ(region_of(*b, "HELD"), "a conference");
}

TEST_F(CoderStagesTest, AgentOfAParticipleIsATargetOfLastResort) {
  auto first_target = [](const Analysis& a, const std::string& head) {
    SentenceView view = MakeView(a.sentence, a.tags, a.units, a.groups);
    for (size_t i = 0; i < a.groups.size(); ++i) {
      if (a.sentence.tokens[a.groups[i].head].norm != head) continue;
      std::vector<int> c = TargetCandidates(view, ObjectRegion(view, static_cast<int>(i)));
      return c.empty() ? std::string("(none)") : a.units[c.front()].code;
    }
    return std::string("(no group)");
  };
  auto a = Analyse("Japan welcomed the proposals sent by Russia.");
  EXPECT_EQ(first_target(*a, "WELCOMED"), "RUS");
  auto b = Analyse("Japan welcomed the proposals sent by Russia to Germany.");
  EXPECT_EQ(first_target(*b, "WELCOMED"), "DEU");
}

}  // namespace
}  // namespace dyadwatch::coder
