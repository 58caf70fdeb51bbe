// Chunker on news sentences (tagged by the shipped model): noun phrases, verb groups with voice,
// negation, modality and tense, infinitive complements, clauses, and the coder's questions
// SubjectOf / ObjectsOf / AgentOf.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/chunker.h"
#include "parse/tagger.h"
#include "text/sentence_splitter.h"

namespace dyadwatch::parse {
namespace {

std::shared_ptr<const Tagger> ShippedTagger() {
  static auto loaded = Tagger::Load(DefaultTaggerModelPath());
  return loaded.ok() ? loaded.value() : nullptr;
}

// One tagged and chunked sentence with lookups by word.
class Parsed {
 public:
  explicit Parsed(std::string text) : text_(std::move(text)) {
    auto sentences = text::SplitSentences(text_);
    if (sentences.empty() || ShippedTagger() == nullptr) return;
    sentence_ = sentences[0];
    tags_ = ShippedTagger()->Tag(sentence_);
    ChunkSentence(sentence_, tags_, &chunks_);
  }

  const SentenceChunks& chunks() const { return chunks_; }
  std::string Word(int i) const {
    const auto& t = sentence_.tokens[i];
    return text_.substr(t.begin, t.end - t.begin);
  }
  std::string Span(int begin, int end) const {
    std::string out;
    for (int i = begin; i < end; ++i) out += (i > begin ? " " : "") + Word(i);
    return out;
  }
  std::string Np(int np) const {
    if (np < 0) return "<none>";
    return Span(chunks_.noun_phrases[np].begin, chunks_.noun_phrases[np].end);
  }
  std::string NpHead(int np) const {
    return np < 0 ? "<none>" : Word(chunks_.noun_phrases[np].head);
  }
  // Verb group whose head is `word` (first match), or -1.
  int Verb(const std::string& word) const {
    for (int v = 0; v < static_cast<int>(chunks_.verb_groups.size()); ++v) {
      if (Word(chunks_.verb_groups[v].head) == word) return v;
    }
    return -1;
  }
  const VerbGroup& Group(int v) const { return chunks_.verb_groups[v]; }
  std::string SubjectHead(int v) const { return NpHead(SubjectOf(chunks_, v)); }
  std::vector<std::string> ObjectHeads(int v) const {
    std::vector<std::string> out;
    for (int np : ObjectsOf(chunks_, v).objects) out.push_back(NpHead(np));
    return out;
  }
  // "in Thailand" style strings of the verb's PPs.
  std::vector<std::string> PrepPhrases(int v) const {
    std::vector<std::string> out;
    for (int k : ObjectsOf(chunks_, v).prep_phrases) {
      const PrepPhrase& pp = chunks_.prep_phrases[k];
      out.push_back(Word(pp.prep) + " " + Np(pp.object));
    }
    return out;
  }

 private:
  std::string text_;
  text::Sentence sentence_;
  std::vector<PosTag> tags_;
  SentenceChunks chunks_;
};

class ChunkerTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(ShippedTagger(), nullptr) << DefaultTaggerModelPath(); }
};

TEST_F(ChunkerTest, Headline) {
  Parsed p("Japan rejects U.S. request");
  int v = p.Verb("rejects");
  ASSERT_GE(v, 0);
  EXPECT_EQ(p.SubjectHead(v), "Japan");
  EXPECT_EQ(p.ObjectHeads(v), std::vector<std::string>{"request"});
  EXPECT_EQ(p.Group(v).tense, Tense::kPresent);
  EXPECT_EQ(p.Group(v).voice, Voice::kActive);
  EXPECT_FALSE(p.Group(v).negated);
}

TEST_F(ChunkerTest, TitleCaseHeadline) {
  Parsed p("China Bans Japanese Seafood Imports");
  int v = p.Verb("Bans");
  ASSERT_GE(v, 0);
  EXPECT_EQ(p.SubjectHead(v), "China");
  EXPECT_EQ(p.ObjectHeads(v), std::vector<std::string>{"Imports"});
}

TEST_F(ChunkerTest, NegatedFuture) {
  Parsed p("Japan will not join in.");
  int v = p.Verb("join");
  ASSERT_GE(v, 0);
  EXPECT_EQ(p.Span(p.Group(v).begin, p.Group(v).end), "will not join");
  EXPECT_TRUE(p.Group(v).negated);
  EXPECT_EQ(p.Group(v).modality, Modality::kFuture);
  EXPECT_EQ(p.Group(v).tense, Tense::kFuture);
  EXPECT_EQ(p.SubjectHead(v), "Japan");
}

TEST_F(ChunkerTest, OtherNegations) {
  Parsed no_longer("Japan no longer supports the plan.");
  int supports = no_longer.Verb("supports");
  ASSERT_GE(supports, 0);
  EXPECT_TRUE(no_longer.Group(supports).negated);
  EXPECT_EQ(no_longer.SubjectHead(supports), "Japan");

  Parsed cannot("The South Korean government cannot interfere.");
  int interfere = cannot.Verb("interfere");
  ASSERT_GE(interfere, 0);
  EXPECT_TRUE(cannot.Group(interfere).negated);
  EXPECT_EQ(cannot.Group(interfere).modality, Modality::kModal);
  EXPECT_EQ(cannot.SubjectHead(interfere), "government");

  Parsed never("China never recognised the vote.");
  int recognised = never.Verb("recognised");
  ASSERT_GE(recognised, 0);
  EXPECT_TRUE(never.Group(recognised).negated);
  EXPECT_EQ(never.Group(recognised).tense, Tense::kPast);

  Parsed didnt("Pompeo's plan didn't work.");
  int work = didnt.Verb("work");
  ASSERT_GE(work, 0);
  EXPECT_TRUE(didnt.Group(work).negated);
  EXPECT_EQ(didnt.Group(work).tense, Tense::kPast);
  EXPECT_EQ(didnt.SubjectHead(work), "plan");
}

TEST_F(ChunkerTest, ObjectWithOfPhrase) {
  Parsed p("China banned the import of Japanese seafood.");
  int v = p.Verb("banned");
  ASSERT_GE(v, 0);
  EXPECT_EQ(p.Group(v).tense, Tense::kPast);
  EXPECT_EQ(p.SubjectHead(v), "China");
  EXPECT_EQ(p.ObjectHeads(v), std::vector<std::string>{"import"});
  // "of Japanese seafood" modifies the object, not the verb.
  EXPECT_TRUE(p.PrepPhrases(v).empty());
  ASSERT_EQ(p.chunks().prep_phrases.size(), 1u);
  EXPECT_TRUE(p.chunks().prep_phrases[0].noun_attached);
  EXPECT_EQ(p.NpHead(p.chunks().prep_phrases[0].after_np), "import");
}

TEST_F(ChunkerTest, CoordinatedSubjectsAndPrepositionalPhrases) {
  Parsed p("Chinese Foreign Minister Wang Yi and US adviser Jake Sullivan held talks in Thailand "
           "for two days.");
  int v = p.Verb("held");
  ASSERT_GE(v, 0);
  int subject = SubjectOf(p.chunks(), v);
  EXPECT_EQ(p.Np(subject), "Chinese Foreign Minister Wang Yi");
  std::vector<std::string> conjuncts;
  for (int np : ConjunctsOf(p.chunks(), subject)) conjuncts.push_back(p.NpHead(np));
  EXPECT_EQ(conjuncts, (std::vector<std::string>{"Yi", "Sullivan"}));
  EXPECT_EQ(p.ObjectHeads(v), std::vector<std::string>{"talks"});
  EXPECT_EQ(p.PrepPhrases(v), (std::vector<std::string>{"in Thailand", "for two days"}));
}

TEST_F(ChunkerTest, ReportedSpeechWithThat) {
  Parsed p("Russian Foreign Ministry spokesperson Zakharova explicitly stated that Japan's attempt "
           "to strengthen its political influence in Central Asia is essentially spreading "
           "American ideology.");
  int stated = p.Verb("stated");
  ASSERT_GE(stated, 0);
  EXPECT_TRUE(p.Group(stated).reporting);
  EXPECT_EQ(p.SubjectHead(stated), "Zakharova");
  int clause = ObjectsOf(p.chunks(), stated).complement_clause;
  ASSERT_GE(clause, 0);
  EXPECT_EQ(p.chunks().clauses[clause].kind, ClauseKind::kComplement);
  EXPECT_TRUE(p.chunks().clauses[clause].reported);
  EXPECT_EQ(p.chunks().clauses[clause].governor, stated);
  int spreading = p.Verb("spreading");
  ASSERT_GE(spreading, 0);
  EXPECT_EQ(p.Group(spreading).clause, clause);
  EXPECT_TRUE(p.Group(spreading).progressive);
  int subject = SubjectOf(p.chunks(), spreading);
  EXPECT_EQ(p.NpHead(subject), "attempt");
  EXPECT_EQ(p.NpHead(p.chunks().noun_phrases[subject].possessor), "Japan");
  EXPECT_EQ(p.ObjectHeads(spreading), std::vector<std::string>{"ideology"});
}

TEST_F(ChunkerTest, ReportedSpeechWithoutThat) {
  Parsed p("US Secretary of State Mike Pompeo said he would expand the Clean Internet Program.");
  int said = p.Verb("said");
  int expand = p.Verb("expand");
  ASSERT_GE(said, 0);
  ASSERT_GE(expand, 0);
  int clause = ObjectsOf(p.chunks(), said).complement_clause;
  ASSERT_GE(clause, 0);
  EXPECT_TRUE(p.chunks().clauses[clause].reported);
  EXPECT_EQ(p.Group(expand).clause, clause);
  EXPECT_EQ(p.SubjectHead(expand), "he");
  EXPECT_EQ(p.Group(expand).modality, Modality::kModal);
}

TEST_F(ChunkerTest, ObjectControlledNegatedInfinitive) {
  Parsed p("The United States has repeatedly asked other countries not to allow the use of "
           "Huawei's communications equipment.");
  int asked = p.Verb("asked");
  int allow = p.Verb("allow");
  ASSERT_GE(asked, 0);
  ASSERT_GE(allow, 0);
  EXPECT_TRUE(p.Group(asked).perfect);
  EXPECT_FALSE(p.Group(asked).negated);
  EXPECT_EQ(p.SubjectHead(asked), "States");
  EXPECT_EQ(p.ObjectHeads(asked), std::vector<std::string>{"countries"});
  EXPECT_EQ(ObjectsOf(p.chunks(), asked).complements, std::vector<int>{allow});
  EXPECT_TRUE(p.Group(allow).infinitive);
  EXPECT_TRUE(p.Group(allow).negated);
  EXPECT_EQ(p.Group(allow).governor, asked);
  EXPECT_EQ(p.SubjectHead(allow), "countries");
  EXPECT_EQ(p.ObjectHeads(allow), std::vector<std::string>{"use"});
}

TEST_F(ChunkerTest, SubjectControlledInfinitive) {
  Parsed p("Japan refused to join the plan.");
  int refused = p.Verb("refused");
  int join = p.Verb("join");
  ASSERT_GE(refused, 0);
  ASSERT_GE(join, 0);
  EXPECT_EQ(p.Group(join).governor, refused);
  EXPECT_EQ(p.SubjectHead(join), "Japan");
  EXPECT_EQ(p.ObjectHeads(join), std::vector<std::string>{"plan"});
  EXPECT_FALSE(p.Group(refused).negated);  // refusal is lexical, not grammatical negation
}

TEST_F(ChunkerTest, Passives) {
  Parsed p("Gondor was attacked by Arnor.");
  int v = p.Verb("attacked");
  ASSERT_GE(v, 0);
  EXPECT_EQ(p.Group(v).voice, Voice::kPassive);
  EXPECT_EQ(p.Group(v).tense, Tense::kPast);
  EXPECT_EQ(p.SubjectHead(v), "Gondor");
  EXPECT_EQ(p.NpHead(AgentOf(p.chunks(), v)), "Arnor");

  Parsed perfect("Japanese seafood has been banned by China since August.");
  int banned = perfect.Verb("banned");
  ASSERT_GE(banned, 0);
  EXPECT_EQ(perfect.Group(banned).voice, Voice::kPassive);
  EXPECT_TRUE(perfect.Group(banned).perfect);
  EXPECT_EQ(perfect.SubjectHead(banned), "seafood");
  EXPECT_EQ(perfect.NpHead(AgentOf(perfect.chunks(), banned)), "China");

  Parsed active("China has banned Japanese seafood.");
  int active_banned = active.Verb("banned");
  ASSERT_GE(active_banned, 0);
  EXPECT_EQ(active.Group(active_banned).voice, Voice::kActive);
  EXPECT_EQ(AgentOf(active.chunks(), active_banned), -1);
}

TEST_F(ChunkerTest, GoingToIsFuture) {
  Parsed p("Japan is going to impose new sanctions on Russia.");
  int v = p.Verb("impose");
  ASSERT_GE(v, 0);
  EXPECT_EQ(p.Group(v).modality, Modality::kFuture);
  EXPECT_EQ(p.SubjectHead(v), "Japan");
  EXPECT_EQ(p.ObjectHeads(v), std::vector<std::string>{"sanctions"});
  EXPECT_EQ(p.PrepPhrases(v), std::vector<std::string>{"on Russia"});
}

TEST_F(ChunkerTest, RelativeClauseIsSkippedAndHasItsAntecedent) {
  Parsed p("The minister, who visited Beijing last week, criticised Japan.");
  int visited = p.Verb("visited");
  int criticised = p.Verb("criticised");
  ASSERT_GE(visited, 0);
  ASSERT_GE(criticised, 0);
  EXPECT_EQ(p.chunks().clauses[p.Group(visited).clause].kind, ClauseKind::kRelative);
  EXPECT_EQ(p.SubjectHead(visited), "minister");
  EXPECT_EQ(p.SubjectHead(criticised), "minister");
  EXPECT_EQ(p.ObjectHeads(criticised), std::vector<std::string>{"Japan"});
}

TEST_F(ChunkerTest, SubordinateClauseBeforeMainClause) {
  Parsed p("If Biden fails to visit China this year, Japan will strengthen ties with Beijing.");
  int fails = p.Verb("fails");
  int strengthen = p.Verb("strengthen");
  ASSERT_GE(fails, 0);
  ASSERT_GE(strengthen, 0);
  EXPECT_EQ(p.chunks().clauses[p.Group(fails).clause].kind, ClauseKind::kSubordinate);
  EXPECT_EQ(p.SubjectHead(fails), "Biden");
  EXPECT_EQ(p.SubjectHead(p.Verb("visit")), "Biden");
  EXPECT_EQ(p.SubjectHead(strengthen), "Japan");
  EXPECT_NE(p.Group(strengthen).clause, p.Group(fails).clause);
}

TEST_F(ChunkerTest, CoordinateClauseSharesTheSubject) {
  Parsed p("China banned the import of Japanese seafood, and triggered a civil boycott of "
           "Japan's tourism industry.");
  int triggered = p.Verb("triggered");
  ASSERT_GE(triggered, 0);
  EXPECT_EQ(p.chunks().clauses[p.Group(triggered).clause].kind, ClauseKind::kCoordinate);
  EXPECT_EQ(p.SubjectHead(triggered), "China");
  EXPECT_EQ(p.ObjectHeads(triggered), std::vector<std::string>{"boycott"});
}

TEST_F(ChunkerTest, ClauseCoordinationIsNotNounCoordination) {
  Parsed p("Japan rejected the request and China welcomed the decision.");
  int welcomed = p.Verb("welcomed");
  ASSERT_GE(welcomed, 0);
  EXPECT_EQ(p.SubjectHead(welcomed), "China");
  EXPECT_EQ(p.ObjectHeads(p.Verb("rejected")), std::vector<std::string>{"request"});
  for (const auto& np : p.chunks().noun_phrases) EXPECT_EQ(np.coordination, -1);
}

TEST_F(ChunkerTest, AppositiveIsNotTheSubject) {
  Parsed p("Zakharova, the spokesperson of the Russian Foreign Ministry, criticised Japan.");
  int v = p.Verb("criticised");
  ASSERT_GE(v, 0);
  EXPECT_EQ(p.SubjectHead(v), "Zakharova");
}

TEST_F(ChunkerTest, ParentheticalReportingClause) {
  Parsed p("The attack, officials said, killed five soldiers.");
  int killed = p.Verb("killed");
  int said = p.Verb("said");
  ASSERT_GE(killed, 0);
  ASSERT_GE(said, 0);
  EXPECT_EQ(p.SubjectHead(killed), "attack");
  EXPECT_EQ(p.ObjectHeads(killed), std::vector<std::string>{"soldiers"});
  EXPECT_EQ(p.SubjectHead(said), "officials");
  EXPECT_EQ(p.chunks().clauses[p.Group(said).clause].kind, ClauseKind::kParenthetical);
}

TEST_F(ChunkerTest, ChunksAreReusedAcrossSentences) {
  Parsed long_one("Chinese Foreign Minister Wang Yi and US adviser Jake Sullivan held talks.");
  SentenceChunks chunks = long_one.chunks();
  auto short_one = text::SplitSentences("Japan objected.");
  ASSERT_EQ(short_one.size(), 1u);
  auto tags = ShippedTagger()->Tag(short_one[0]);
  ChunkSentence(short_one[0], tags, &chunks);
  EXPECT_EQ(chunks.noun_phrases.size(), 1u);
  EXPECT_EQ(chunks.verb_groups.size(), 1u);
  EXPECT_EQ(chunks.np_of_token.size(), 3u);
  EXPECT_EQ(SubjectOf(chunks, 0), 0);
}

}  // namespace
}  // namespace dyadwatch::parse
