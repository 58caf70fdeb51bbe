#include "text/normalize.h"

#include <gtest/gtest.h>

namespace dyadwatch::text {
namespace {

TEST(NormalizeWordTest, AsciiIsUpperCased) {
  EXPECT_EQ(NormalizeWord("Japan"), "JAPAN");
  EXPECT_EQ(NormalizeWord("U.S."), "U.S.");
  EXPECT_EQ(NormalizeWord("n't"), "N'T");
  EXPECT_EQ(NormalizeWord("5g"), "5G");
  EXPECT_EQ(NormalizeWord(""), "");
}

TEST(NormalizeWordTest, CurlyQuotesAndDashesFoldToAscii) {
  EXPECT_EQ(NormalizeWord("Japan\xE2\x80\x99s"), "JAPAN'S");      // ’
  EXPECT_EQ(NormalizeWord("\xE2\x80\x98s"), "'S");                // ‘
  EXPECT_EQ(NormalizeWord("\xE2\x80\x9C"), "\"");                 // “
  EXPECT_EQ(NormalizeWord("\xE2\x80\x9D"), "\"");                 // ”
  EXPECT_EQ(NormalizeWord("\xE2\x80\x94"), "-");                  // em dash
  EXPECT_EQ(NormalizeWord("\xE2\x80\x93"), "-");                  // en dash
  EXPECT_EQ(NormalizeWord("\xE2\x88\x92"), "-");                  // minus sign
  EXPECT_EQ(NormalizeWord("Kim\xE2\x80\x90Un"), "KIM-UN");        // U+2010 hyphen
}

TEST(NormalizeWordTest, NonAsciiGoesThroughNfkcAndUpperCase) {
  EXPECT_EQ(NormalizeWord("Z\xC3\xBCrich"), "Z\xC3\x9CRICH");      // Zürich -> ZÜRICH
  EXPECT_EQ(NormalizeWord("\xEF\xAC\x81nal"), "FINAL");           // ﬁnal (ligature)
  EXPECT_EQ(NormalizeWord("\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3"), "ABC");  // fullwidth ＡＢＣ
  EXPECT_EQ(NormalizeWord("Stra\xC3\x9F" "e"), "STRASSE");        // ß upper-cases to SS
  EXPECT_EQ(NormalizeWord("e\xCC\x81t\xC3\xA9"), "\xC3\x89T\xC3\x89");  // e+combining acute
  EXPECT_EQ(NormalizeWord("\xE2\x80\xA6"), "...");                // … -> ...
  EXPECT_EQ(NormalizeWord("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"),
            "\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90");  // Москва -> МОСКВА
  // Dotless/dotted i: root locale, not Turkish rules.
  EXPECT_EQ(NormalizeWord("istanbul"), "ISTANBUL");
}

TEST(NormalizeWordTest, InvisibleFormatCharactersAreDropped) {
  EXPECT_EQ(NormalizeWord("Israel\xE2\x80\x8E"), "ISRAEL");        // LRM
  EXPECT_EQ(NormalizeWord("inter\xC2\xADnational"), "INTERNATIONAL");  // soft hyphen
  EXPECT_EQ(NormalizeWord("\xEF\xBB\xBFJapan"), "JAPAN");           // BOM
  // ZWNJ is part of Persian/Indic spelling and stays.
  EXPECT_EQ(NormalizeWord("\xD9\x85\xDB\x8C\xE2\x80\x8C\xD8\xB1"),
            "\xD9\x85\xDB\x8C\xE2\x80\x8C\xD8\xB1");
}

TEST(NormalizeWordTest, UncasedScriptsPassThrough) {
  const std::string hindi = "\xE0\xA4\xA8\xE0\xA4\xAE\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x87";
  EXPECT_EQ(NormalizeWord(hindi), hindi);
  EXPECT_EQ(NormalizeWord("\xE6\x97\xA5\xE6\x9C\xAC"), "\xE6\x97\xA5\xE6\x9C\xAC");  // 日本
}

TEST(NormalizeWordTest, IntoReusesAndReplacesBuffer) {
  std::string norm = "SOMETHING LONG ALREADY HERE";
  NormalizeWordInto("abc", &norm);
  EXPECT_EQ(norm, "ABC");
  NormalizeWordInto("\xE2\x80\x99re", &norm);
  EXPECT_EQ(norm, "'RE");
}

}  // namespace
}  // namespace dyadwatch::text
