// UTF-8 repair (maximal-subpart replacement), hopeless-record decisions, and date normalisation.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "ingest/date.h"
#include "ingest/utf8.h"

namespace dyadwatch::ingest {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

std::string Repaired(const std::string& in, Utf8Repair* repair = nullptr) {
  std::string out;
  Utf8Repair r = RepairUtf8(in, &out);
  if (repair) *repair = r;
  return out;
}

TEST(Utf8Test, ValidTextIsCopiedUnchanged) {
  const std::string text = "Kishida met Zelenskyy in Kyiv \xE2\x80\x94 \xF0\x9F\x87\xBA\xF0\x9F\x87\xA6 caf\xC3\xA9";
  Utf8Repair repair;
  EXPECT_EQ(Repaired(text, &repair), text);
  EXPECT_FALSE(repair.changed());
  EXPECT_TRUE(IsValidUtf8(text));
}

TEST(Utf8Test, StrayContinuationBytesBecomeOneReplacementEach) {
  Utf8Repair repair;
  EXPECT_EQ(Repaired("a\x80\x80z", &repair), "a" + kFffd + kFffd + "z");
  EXPECT_EQ(repair.replacements, 2u);
  EXPECT_EQ(repair.invalid_bytes, 2u);
}

TEST(Utf8Test, TruncatedSequenceIsOneReplacement) {
  Utf8Repair repair;
  EXPECT_EQ(Repaired("x\xE2\x82y", &repair), "x" + kFffd + "y");
  EXPECT_EQ(repair.replacements, 1u);
  EXPECT_EQ(repair.invalid_bytes, 2u);
  EXPECT_EQ(Repaired("end\xF0\x9F\x98"), "end" + kFffd);
}

TEST(Utf8Test, OverlongsAreRejectedBytewise) {
  EXPECT_EQ(Repaired("\xC0\xAF"), kFffd + kFffd);                 // overlong '/'
  EXPECT_EQ(Repaired("\xE0\x80\xAF"), kFffd + kFffd + kFffd);     // 3-byte overlong
  EXPECT_EQ(Repaired("\xF0\x80\x80\xAF"), kFffd + kFffd + kFffd + kFffd);
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));
}

TEST(Utf8Test, SurrogatesAndOutOfRangeAreRejected) {
  EXPECT_EQ(Repaired("\xED\xA0\x80"), kFffd + kFffd + kFffd);          // U+D800
  EXPECT_EQ(Repaired("\xF4\x90\x80\x80"), kFffd + kFffd + kFffd + kFffd);  // > U+10FFFF
  EXPECT_EQ(Repaired("\xF5\x80"), kFffd + kFffd);
  EXPECT_EQ(Repaired("\xED\x9F\xBF"), "\xED\x9F\xBF");  // U+D7FF is fine
  EXPECT_EQ(Repaired("\xF4\x8F\xBF\xBF"), "\xF4\x8F\xBF\xBF");  // U+10FFFF is fine
}

TEST(Utf8Test, RepairedOutputIsValid) {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::string junk(64, '\0');
    for (char& c : junk) c = static_cast<char>(rng());
    EXPECT_TRUE(IsValidUtf8(Repaired(junk)));
  }
}

TEST(Utf8Test, Latin1NewsIsRepairedNotRejected) {
  // A sentence of French news saved as Latin-1: four stray bytes in 88 (real text stays well
  // under the 10% junk threshold).
  const std::string latin1 =
      "Le pr\xE9sident a rencontr\xE9 son homologue au Caf\xE9 de la Paix pour parler de Gen\xE8ve.";
  Utf8Repair repair;
  std::string out = Repaired(latin1, &repair);
  EXPECT_EQ(repair.replacements, 4u);
  EXPECT_EQ(RejectionReason(repair, latin1.size()), "");
  EXPECT_NE(out.find("Caf" + kFffd), std::string::npos);
}

TEST(Utf8Test, NulBytesAreHopeless) {
  Utf8Repair repair;
  Repaired(std::string("ab\0cd", 5), &repair);
  EXPECT_EQ(repair.nul_bytes, 1u);
  EXPECT_EQ(RejectionReason(repair, 5), "contains NUL bytes (binary data?)");
}

TEST(Utf8Test, BinaryJunkIsHopeless) {
  std::mt19937 rng(1);
  std::string junk(4096, '\0');
  for (char& c : junk) c = static_cast<char>(0x80 | rng());  // high bytes: mostly invalid
  Utf8Repair repair;
  Repaired(junk, &repair);
  std::string reason = RejectionReason(repair, junk.size());
  EXPECT_NE(reason.find("looks like binary data"), std::string::npos) << reason;
}

TEST(Utf8Test, ControlBytesCountAsJunk) {
  std::string text = "ok text";
  text += std::string(5, '\x01');
  Utf8Repair repair = ScanControlBytes(text);
  EXPECT_EQ(repair.control_bytes, 5u);
  EXPECT_NE(RejectionReason(repair, text.size()), "");
  EXPECT_EQ(ScanControlBytes("tab\there\r\nnewline\f").control_bytes, 0u);
}

TEST(DateTest, AcceptsDaysAndDatetimes) {
  std::string day;
  EXPECT_TRUE(NormalizeDate("2019-01-04", &day));
  EXPECT_EQ(day, "2019-01-04");
  EXPECT_TRUE(NormalizeDate("2020-02-29T23:59:59Z", &day));
  EXPECT_EQ(day, "2020-02-29");
  EXPECT_TRUE(NormalizeDate("2021-07-01 08:00:00+02:00", &day));
  EXPECT_EQ(day, "2021-07-01");
}

TEST(DateTest, RefusesNonDates) {
  std::string day = "unchanged";
  EXPECT_FALSE(NormalizeDate("2019-02-29", &day));   // not a leap year
  EXPECT_FALSE(NormalizeDate("2019-13-01", &day));
  EXPECT_FALSE(NormalizeDate("2019-00-10", &day));
  EXPECT_FALSE(NormalizeDate("04/01/2019", &day));
  EXPECT_FALSE(NormalizeDate("2019-01-045", &day));
  EXPECT_FALSE(NormalizeDate("yesterday", &day));
  EXPECT_FALSE(NormalizeDate("", &day));
  EXPECT_EQ(day, "unchanged");
  EXPECT_TRUE(NormalizeDate("2000-02-29", &day));    // divisible by 400
  EXPECT_FALSE(NormalizeDate("1900-02-29", &day));   // divisible by 100
}

}  // namespace
}  // namespace dyadwatch::ingest
