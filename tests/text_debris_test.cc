#include "text/debris.h"

#include <string>

#include <gtest/gtest.h>

namespace dyadwatch::text {
namespace {

// Blanks and checks the length invariant and that only spaces were introduced.
std::string Clean(std::string_view text) {
  std::string out = BlankDebris(text);
  EXPECT_EQ(out.size(), text.size());
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] != text[i]) {
      EXPECT_EQ(out[i], ' ') << "at " << i;
      EXPECT_NE(text[i], '\n') << "newline removed at " << i;
    }
  }
  return out;
}

bool IsBlankText(std::string_view text) {
  return text.find_first_not_of(" \n") == std::string_view::npos;
}

TEST(BlankDebrisTest, EmptyAndUntouched) {
  EXPECT_EQ(Clean(""), "");
  const std::string news =
      "Japan rejects U.S. request\n\nRecently, US Secretary of State Mike Pompeo said he would "
      "expand the Clean Internet Program.\nHe spoke English, French and German at the meeting.\n"
      "We subscribe to the principles of the Charter.\nSources said the talks failed.\n"
      "Tweeted messages were deleted.\nZelensky (\xD0\x97\xD0\xB5\xD0\xBB\xD0\xB5\xD0\xBD\xD1\x81"
      "\xD1\x8C\xD0\xBA\xD0\xB8\xD0\xB9) met Xi Jinping (\xE4\xB9\xA0\xE8\xBF\x91\xE5\xB9\xB3) "
      "in \xED\x95\x9C\xEA\xB5\xAD.\nMcDonald's, YouTube and iPhone sales rose.\n";
  EXPECT_EQ(Clean(news), news);
}

TEST(BlankDebrisTest, MaskAsterisks) {
  EXPECT_EQ(Clean("Japan's Fumio Kishida** also felt uneasy"),
            "Japan's Fumio Kishida   also felt uneasy");
  EXPECT_EQ(Clean("a country with ** as its pillar"), "a country with    as its pillar");
  EXPECT_EQ(Clean("x\xEF\xBC\x8Ay"), "x   y");  // fullwidth asterisk
}

TEST(BlankDebrisTest, ReaderCallLines) {
  const std::string text =
      "Your attention is my motivation, and your support is the direction we are heading. "
      "Follow me and you can see my latest articles.\n"
      "Recently, Chinese Foreign Minister Wang Yi and US adviser Jake Sullivan held talks.\n"
      "Follow me to get the latest and hottest information, so that you can keep up with the "
      "pace of the times and understand the latest trends! Every bit of yours, I will remember "
      "in my heart; I appreciate your words and deeds.";
  const std::string out = Clean(text);
  const size_t first_end = text.find('\n');
  const size_t second_end = text.find('\n', first_end + 1);
  EXPECT_TRUE(IsBlankText(std::string_view(out).substr(0, first_end)));
  EXPECT_EQ(out.substr(first_end, second_end - first_end),
            text.substr(first_end, second_end - first_end));
  EXPECT_TRUE(IsBlankText(std::string_view(out).substr(second_end)));
  EXPECT_TRUE(IsBlankText(Clean("Like and share if you agree!\n")));
  EXPECT_TRUE(IsBlankText(Clean("Please leave a comment below.")));
  EXPECT_TRUE(IsBlankText(Clean("Thank you for reading.")));
}

TEST(BlankDebrisTest, ReaderCallInLongLineBlanksOnlyItsSentence) {
  std::string paragraph;
  while (paragraph.size() < 500) paragraph += "The two sides held talks on trade and security. ";
  const std::string text = paragraph + "Follow me for more news. The end came quickly.";
  const std::string out = Clean(text);
  EXPECT_EQ(out.substr(0, paragraph.size()), paragraph);
  EXPECT_EQ(out.find("Follow"), std::string::npos);
  EXPECT_NE(out.find("The end came quickly."), std::string::npos);
  // "follow me" that is not a call to the reader survives.
  const std::string speech = paragraph + "I thank the speakers who follow me today.";
  EXPECT_EQ(Clean(speech), speech);
}

TEST(BlankDebrisTest, LanguageMenus) {
  const std::string seed_menu =
      "\xED\x95\x9C\xEC\x96\xB4\xD0\xA0\xD1\x83\xD1\x81\xD1\x81\xD0\xBA\xD0\xB8\xD0\xB9 "
      "\xD1\x8F\xD0\xB7\xD1\x8B\xD0\xBA" "EnglishFran\xC3\xA7" "aisIndonesianSanskrit"
      "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E" "DeutschPortugu\xC3\xAAs"
      "\xCE\x95\xCE\xBB\xCE\xBB\xCE\xB7\xCE\xBD\xCE\xB9\xCE\xBA\xCE\xAC"
      "espa\xC3\xB1olItalianoSuomalainenLatina";
  const std::string text = "Headline without period\n\n\n" + seed_menu + "\n\nBody text.";
  const std::string out = Clean(text);
  EXPECT_EQ(out, "Headline without period\n\n\n" + std::string(seed_menu.size(), ' ') +
                     "\n\nBody text.");
  // A different menu: Latin-script names glued together.
  EXPECT_TRUE(IsBlankText(Clean("EnglishFran\xC3\xA7" "aisDeutschEspa\xC3\xB1olItaliano")));
  // Scripts glued without known names.
  EXPECT_TRUE(IsBlankText(Clean(
      "\xD0\x91\xD1\x8A\xD0\xBB\xD0\xB3\xD0\xB0\xD1\x80\xD1\x81\xD0\xBA\xD0\xB8"  // Български
      "\xE4\xB8\xAD\xE6\x96\x87\xE7\xAE\x80\xE4\xBD\x93"                          // 中文简体
      "Hrvatski\xE1\x83\xA5\xE1\x83\x90\xE1\x83\xA0\xE1\x83\x97\xE1\x83\xA3\xE1\x83\x9A\xE1\x83\x98"
      "Magyar")));
}

TEST(BlankDebrisTest, BoilerplateLines) {
  EXPECT_TRUE(IsBlankText(Clean("Share this:")));
  EXPECT_TRUE(IsBlankText(Clean("Copyright \xC2\xA9 2024 Foo Media. All rights reserved.")));
  EXPECT_TRUE(IsBlankText(Clean("Facebook Twitter WhatsApp Email")));
  EXPECT_TRUE(IsBlankText(Clean("Share | Tweet | Print")));
  EXPECT_TRUE(IsBlankText(Clean("Related articles")));
  EXPECT_TRUE(IsBlankText(Clean("Source: Global Times")));
  EXPECT_TRUE(IsBlankText(Clean("  Editor: Zhang San  ")));
  EXPECT_TRUE(IsBlankText(Clean("-END-")));
  EXPECT_TRUE(IsBlankText(Clean("\xE2\x80\x94 The End \xE2\x80\x94")));
  EXPECT_TRUE(IsBlankText(Clean("Text | Xiao Ming  Editor | Li Hua")));
  EXPECT_TRUE(IsBlankText(Clean("Editor in charge: Wang Fang")));
  EXPECT_TRUE(IsBlankText(Clean(
      "The pictures in this article come from the Internet. In case of infringement, please "
      "contact us to delete.")));
  EXPECT_TRUE(IsBlankText(Clean("This article is original, reproduction without permission is "
                                "prohibited.")));
  EXPECT_FALSE(IsBlankText(Clean("The end of the war came in 1945.")));
  const std::string text = "Body one.\r\nRead more: http://example.com\r\nBody two.";
  const std::string out = Clean(text);
  EXPECT_NE(out.find("Body one."), std::string::npos);
  EXPECT_NE(out.find("Body two."), std::string::npos);
  EXPECT_EQ(out.find("Read more"), std::string::npos);
}

// Phrases from UN General Debate speeches (hard-wrapped, formal) that look like debris.
TEST(BlankDebrisTest, SpeechesSurvive) {
  const std::string speech =
      "We owe it to our generation and to those who\n"
      "follow us to move our vision for a world free from\n"
      "nuclear weapons. Countries which\n"
      "share this vision and long for reunification and for a\n"
      "peaceful future will find it hard to subscribe to our views on it.\n"
      "(c) The resources of the fund would consist of contributions in cash.\n"
      "This is the image: our image. And today, please pay attention to it.\n"
      "That principle is one to which we fully subscribe now.\n"
      "written by ministers and officials determined to end the war\n"
      "which we must bring to an\nend.\n";
  EXPECT_EQ(Clean(speech), speech);
}

TEST(BlankDebrisTest, PictureCredits) {
  EXPECT_EQ(Clean("The Senate. Image: U.S. Senate.\nNext."),
            "The Senate.                    \nNext.");
  EXPECT_EQ(Clean("to 10.  (Image: Patrick  Gillett)\n"), "to 10.  (                       )\n");
  const std::string credit = "Image: Genium.";
  EXPECT_EQ(Clean("The procession at the Rue du Roi. " + credit + "\nNext line."),
            "The procession at the Rue du Roi. " + std::string(credit.size(), ' ') +
                "\nNext line.");
  const std::string glued = "Image: Jo Jorgensen for President.";
  EXPECT_EQ(Clean("Jo Jorgensen" + glued), "Jo Jorgensen" + std::string(glued.size(), ' '));
  // Without a period close by, nothing is blanked.
  std::string long_caption = "Image: ";
  while (long_caption.size() < 300) long_caption += "a long caption without a period ";
  EXPECT_EQ(Clean(long_caption), long_caption);
}

}  // namespace
}  // namespace dyadwatch::text
