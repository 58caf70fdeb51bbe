// Name matching that tolerates variants (name_variants.h, name_fold.h): diacritics, spacing and
// hyphenation, East Asian name order, titles before a family name, names shared by several people.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon/actor_lookup.h"
#include "lexicon/actors.h"
#include "lexicon/name_fold.h"
#include "lexicon/name_variants.h"
#include "text/tokenizer.h"

namespace dyadwatch::lexicon {
namespace {

Words W(std::string_view phrase) { return text::TokenizePhrase(phrase); }

TEST(NameFoldTest, FoldsLatinDiacriticsOnly) {
  std::string out;
  ASSERT_TRUE(FoldDiacritics("ERDOĞAN", &out));
  EXPECT_EQ(out, "ERDOGAN");
  ASSERT_TRUE(FoldDiacritics("NGUYỄN", &out));
  EXPECT_EQ(out, "NGUYEN");
  ASSERT_TRUE(FoldDiacritics("ŁUKASZ", &out));
  EXPECT_EQ(out, "LUKASZ");
  ASSERT_TRUE(FoldDiacritics("STRAẞE", &out) || true);  // capital sharp s: no crash either way
  out = "unchanged";
  EXPECT_FALSE(FoldDiacritics("ERDOGAN", &out));
  EXPECT_FALSE(FoldDiacritics("ПУТИН", &out));  // Cyrillic is not Latin with a diacritic
  EXPECT_EQ(out, "unchanged");
  EXPECT_EQ(PhraseIndex::HashWord("ZÜRICH"), PhraseIndex::HashWord("ZURICH"));
  EXPECT_NE(PhraseIndex::HashWord("ZURICH"), PhraseIndex::HashWord("ZURIC"));
}

TEST(NameVariantsTest, PersonalNames) {
  EXPECT_TRUE(IsPersonalName(W("KIM JONG-UN")));
  EXPECT_TRUE(IsPersonalName(W("URSULA VON DER LEYEN")));
  EXPECT_FALSE(IsPersonalName(W("TRUMP")));
  EXPECT_FALSE(IsPersonalName(W("PRESIDENT TRUMP")));
  EXPECT_FALSE(IsPersonalName(W("BIDEN ADMINISTRATION")));
}

TEST(NameVariantsTest, FamilyNames) {
  EXPECT_EQ(FamilyNames(W("FUMIO KISHIDA"), "JPN"), std::vector<Words>{W("KISHIDA")});
  EXPECT_EQ(FamilyNames(W("XI JINPING"), "CHN"), std::vector<Words>{W("XI")});
  EXPECT_EQ(FamilyNames(W("KIM JONG-UN"), "PRK"), std::vector<Words>{W("KIM")});
  EXPECT_EQ(FamilyNames(W("URSULA VON DER LEYEN"), "IGO"), std::vector<Words>{W("VON DER LEYEN")});
  EXPECT_EQ(FamilyNames(W("MOHAMMED SHIA AL-SUDANI"), "IRQ"), std::vector<Words>{W("AL-SUDANI")});
  std::vector<Words> amlo = FamilyNames(W("ANDRES MANUEL LOPEZ OBRADOR"), "MEX");
  ASSERT_EQ(amlo.size(), 2u);
  EXPECT_EQ(amlo[1], W("LOPEZ OBRADOR"));
  EXPECT_TRUE(FamilyNames(W("MADONNA"), "USA").empty());
}

TEST(NameVariantsTest, SpellingAndOrder) {
  auto has = [](const std::vector<NameVariant>& list, std::string_view phrase, bool reordered) {
    for (const NameVariant& v : list)
      if (v.words == W(phrase) && v.reordered == reordered) return true;
    return false;
  };
  std::vector<NameVariant> kim = SpellingVariants(W("KIM JONG-UN"), "PRK");
  EXPECT_TRUE(has(kim, "KIM JONG UN", false));
  EXPECT_TRUE(has(kim, "KIM JONGUN", false));
  EXPECT_TRUE(has(kim, "JONG-UN KIM", true));
  EXPECT_TRUE(has(kim, "JONG UN KIM", true));
  std::vector<NameVariant> kim_spaced = SpellingVariants(W("KIM JONG UN"), "PRK");
  EXPECT_TRUE(has(kim_spaced, "KIM JONG-UN", false));
  EXPECT_TRUE(has(SpellingVariants(W("FUMIO KISHIDA"), "JPN"), "KISHIDA FUMIO", true));
  EXPECT_TRUE(has(SpellingVariants(W("XI JINPING"), "CHN"), "JINPING XI", true));
  // Western names keep their order; a hyphenated part is respelled.
  EXPECT_TRUE(SpellingVariants(W("EMMANUEL MACRON"), "FRA").empty());
  EXPECT_TRUE(has(SpellingVariants(W("MOHAMMED SHIA AL-SUDANI"), "IRQ"),
                  "MOHAMMED SHIA AL SUDANI", false));
}

// A small dictionary: two Lees in office at once, one Kishida, a written phrase that must win.
ActorDictionary SmallDictionary() {
  ActorDictionary::Builder builder;
  EXPECT_TRUE(builder
                  .AddText("FUMIO_KISHIDA_\n\t[JPNGOV 20211004-20241001]\n\t[JPNELI]\n"
                           "LEE_MYUNG-BAK_\n\t[KORGOV 20080225-20130225]\n\t[KORELI]\n"
                           "LEE_HSIEN_LOONG_\n\t[SGPGOV 20040812-20240515]\n\t[SGPELI]\n"
                           "PRESIDENT_KISHIDA_ [---]\n"
                           "ERDOĞAN_ [TUR]\n",
                           "small.txt")
                  .ok());
  builder.AddNameVariants();
  return std::move(builder).Build();
}

std::string CodeOf(const ActorDictionary& dictionary, std::string_view text, int date) {
  std::vector<text::Token> tokens = text::Tokenize(text);
  PhraseMatch match = dictionary.Match(tokens, 0);
  if (!match.found() || match.length != tokens.size()) return "(no match)";
  const ActorCode* code = dictionary.entry(match.value).CodeOn(date);
  return code == nullptr ? "(none)" : code->code;
}

TEST(NameVariantsTest, GeneratedVariantsResolveOnTheDate) {
  ActorDictionary d = SmallDictionary();
  EXPECT_EQ(CodeOf(d, "PM Kishida", 20220101), "JPNGOV");
  EXPECT_EQ(CodeOf(d, "Mr. Kishida", 20250101), "---");  // out of office: anyone's name
  EXPECT_EQ(CodeOf(d, "Kishida Fumio", 20250101), "JPNELI");  // a full name keeps the fallback
  EXPECT_EQ(CodeOf(d, "Kishida Fumio", 20220101), "JPNGOV");
  EXPECT_EQ(CodeOf(d, "Lee Myung-bak", 20100101), "KORGOV");
  EXPECT_EQ(CodeOf(d, "Lee Myung Bak", 20100101), "KORGOV");
  EXPECT_EQ(CodeOf(d, "Myung-bak Lee", 20100101), "KORGOV");
  EXPECT_EQ(CodeOf(d, "Erdogan", 20100101), "TUR");  // diacritics folded, text side
  EXPECT_EQ(CodeOf(d, "President Kishida", 20220101), "---");  // the file's phrase wins
  // Two Lees held office 2008-2013: "President Lee" is unresolved then, Lee Hsien Loong after.
  EXPECT_EQ(CodeOf(d, "President Lee", 20100101), "---");
  EXPECT_EQ(CodeOf(d, "President Lee", 20150101), "SGPGOV");
  EXPECT_EQ(CodeOf(d, "President Lee", 20050101), "SGPGOV");
  EXPECT_EQ(CodeOf(d, "Lee", 20150101), "(no match)");  // family names alone: the coder's job
  EXPECT_EQ(CodeOf(d, "Kishida", 20220101), "(no match)");
}

TEST(NameVariantsTest, OriginsAreReported) {
  ActorDictionary d = SmallDictionary();
  EXPECT_EQ(d.OriginOf(W("FUMIO KISHIDA")), ActorDictionary::PhraseOrigin::kWritten);
  EXPECT_EQ(d.OriginOf(W("KISHIDA FUMIO")), ActorDictionary::PhraseOrigin::kNameOrder);
  EXPECT_EQ(d.OriginOf(W("LEE MYUNG BAK")), ActorDictionary::PhraseOrigin::kSpacing);
  EXPECT_EQ(d.OriginOf(W("PM KISHIDA")), ActorDictionary::PhraseOrigin::kTitle);
  EXPECT_EQ(d.OriginOf(W("NOBODY")), ActorDictionary::PhraseOrigin::kAbsent);
}

}  // namespace
}  // namespace dyadwatch::lexicon
