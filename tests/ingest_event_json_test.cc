// Event output: JSON with every contract field (escaped, spans as [b,e] or null), the JSON reader
// that `eval --events` uses, the TSV writer, and the relations summary.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>

#include "common/event_json.h"
#include "common/event_tsv.h"
#include "common/json_escape.h"
#include "common/relations_summary.h"

namespace dyadwatch {
namespace {

Event SampleEvent() {
  Event e;
  e.doc_id = "doc \"7\"";
  e.sentence = 2;
  e.date = "2019-01-04";
  e.source = "JPNGOV";
  e.target = "USA";
  e.source_country = "JPN";
  e.target_country = "USA";
  e.source_text = "Japan's\tgovernment";
  e.target_text = "Washington";
  e.code = "0231";
  e.root = "02";
  e.quad_class = 1;
  e.goldstein = 3.4;
  e.mood = "reported";
  e.sentence_text = "Japan's government \\ asked\nWashington \xE2\x80\x94 for aid.\x01";
  e.sentence_span = {100, 160};
  e.source_span = {100, 118};
  e.verb_span = {121, 126};
  e.rule = "CAMEO.2.0.txt:1234";
  return e;
}

TEST(JsonEscapeTest, EscapesQuotesBackslashesAndControls) {
  std::string out;
  AppendJsonString("a\"b\\c\nd\te\x01\x1f \xC3\xA9", &out);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\te\\u0001\\u001f \xC3\xA9\"");
}

TEST(EventJsonTest, HasEveryContractFieldAndParsesAsJson) {
  const std::string json = EventToJson(SampleEvent());
  EXPECT_EQ(json.find('\n'), std::string::npos);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(json).get(root), simdjson::SUCCESS) << json;
  for (const char* key : {"doc_id", "sentence", "date", "source", "target", "source_country",
                          "target_country", "source_text", "target_text", "code", "root",
                          "quad_class", "goldstein", "mood", "evidence", "rule"}) {
    EXPECT_EQ(root[key].error(), simdjson::SUCCESS) << key;
  }
  for (const char* key : {"sentence_text", "sentence_span", "source_span", "verb_span", "target_span"}) {
    EXPECT_EQ(root["evidence"][key].error(), simdjson::SUCCESS) << key;
  }
  EXPECT_EQ(std::string_view(root["doc_id"]), "doc \"7\"");
  EXPECT_EQ(std::string_view(root["code"]), "0231");
  EXPECT_EQ(double(root["goldstein"]), 3.4);
  EXPECT_EQ(int64_t(root["sentence"]), 2);
  EXPECT_EQ(std::string_view(root["evidence"]["sentence_text"]), SampleEvent().sentence_text);
  EXPECT_TRUE(root["evidence"]["target_span"].is_null());
  EXPECT_EQ(uint64_t(root["evidence"]["verb_span"].at(1)), 126u);
  EXPECT_NE(json.find("\"source_span\":[100,118]"), std::string::npos) << json;
}

TEST(EventJsonTest, EmptyEventStillHasEveryField) {
  const std::string json = EventToJson(Event{});
  EXPECT_EQ(json,
            "{\"doc_id\":\"\",\"sentence\":0,\"date\":\"\",\"source\":\"\",\"target\":\"\","
            "\"source_country\":\"\",\"target_country\":\"\",\"source_text\":\"\",\"target_text\":\"\","
            "\"code\":\"\",\"root\":\"\",\"quad_class\":0,\"goldstein\":0,\"mood\":\"asserted\","
            "\"evidence\":{\"sentence_text\":\"\",\"sentence_span\":null,\"source_span\":null,"
            "\"verb_span\":null,\"target_span\":null},\"rule\":\"\"}");
}

TEST(EventJsonTest, RoundTripsThroughTheReader) {
  const Event e = SampleEvent();
  Event back;
  ASSERT_TRUE(ParseEventJson(EventToJson(e), &back).ok());
  EXPECT_EQ(EventToJson(back), EventToJson(e));
  EXPECT_EQ(back.source_text, e.source_text);
  EXPECT_TRUE(back.target_span.empty());
  EXPECT_EQ(back.verb_span.begin, 121u);

  Status bad = ParseEventJson("{\"doc_id\": 3", &back);
  EXPECT_FALSE(bad.ok());
  EXPECT_FALSE(ParseEventJson("{\"evidence\": {\"source_span\": [5, 1]}}", &back).ok());
  ASSERT_TRUE(ParseEventJson("{\"doc_id\": \"x\", \"root\": \"14\", \"extra\": [1]}", &back).ok());
  EXPECT_EQ(back.root, "14");
}

TEST(EventTsvTest, HeaderAndEscapedFifteenColumnLines) {
  EXPECT_EQ(std::string(kEventTsvHeader),
            "doc_id\tsentence\tdate\tsource\ttarget\tcode\troot\tquad_class\tgoldstein\t"
            "source_country\ttarget_country\tmood\tsource_text\ttarget_text\trule");
  std::string line;
  AppendEventTsv(SampleEvent(), &line);
  EXPECT_EQ(line,
            "doc \"7\"\t2\t2019-01-04\tJPNGOV\tUSA\t0231\t02\t1\t3.4\tJPN\tUSA\treported\t"
            "Japan's\\tgovernment\tWashington\tCAMEO.2.0.txt:1234\n");
  Event tricky;
  tricky.source_text = "a\\b\nc\rd";
  tricky.goldstein = -10;
  line.clear();
  AppendEventTsv(tricky, &line);
  EXPECT_NE(line.find("\t-10\t"), std::string::npos) << line;
  EXPECT_NE(line.find("\ta\\\\b\\nc\\rd\t"), std::string::npos) << line;
  EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 14);
}

TEST(RelationsSummaryTest, RanksDyadsAndCountsRoots) {
  RelationsSummary summary;
  auto add = [&](const char* s, const char* t, const char* root, double g) {
    Event e;
    e.source_country = s;
    e.target_country = t;
    e.root = root;
    e.goldstein = g;
    summary.Add(e);
  };
  add("USA", "CHN", "11", -2);
  add("USA", "CHN", "04", 1);
  add("USA", "CHN", "11", -2);
  add("JPN", "KOR", "04", 1);
  add("", "RUS", "19", -10);
  const std::string text = summary.Format(15, {{"04", "CONSULT"}, {"11", "DISAPPROVE"}});
  EXPECT_NE(text.find("relations: 5 events, 2 country dyads (1 events lack a source or target country)"),
            std::string::npos) << text;
  const size_t usa = text.find("USA      CHN            3           -1.00");
  const size_t jpn = text.find("JPN      KOR            1            1.00");
  ASSERT_NE(usa, std::string::npos) << text;
  ASSERT_NE(jpn, std::string::npos) << text;
  EXPECT_LT(usa, jpn);
  EXPECT_NE(text.find("04  CONSULT"), std::string::npos) << text;
  EXPECT_NE(text.find("19 "), std::string::npos) << text;
}

TEST(RelationsSummaryTest, ReadsRootNamesFromTheCameoTable) {
  auto names = LoadCameoRootNames(std::string(DYADWATCH_SOURCE_DATA_DIR) + "/cameo/CAMEO.eventcodes.txt");
  if (names.empty()) GTEST_SKIP() << "no bundled CAMEO table";
  EXPECT_EQ(names.size(), 20u);
  EXPECT_EQ(names["14"], "PROTEST");
  EXPECT_TRUE(LoadCameoRootNames("/nonexistent").empty());
}

}  // namespace
}  // namespace dyadwatch
