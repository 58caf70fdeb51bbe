// The coding pipeline: input order is kept whatever the thread count and however long each
// document takes; in-flight documents stay bounded; --strict stops at the first bad record.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "ingest/pipeline.h"

namespace dyadwatch::ingest {
namespace {

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = ::testing::TempDir() + "dyadwatch_pipeline_XXXXXX";
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { std::system(("rm -rf '" + dir_ + "'").c_str()); }
  std::string Write(const std::string& name, const std::string& content) {
    std::string path = dir_ + "/" + name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
  std::string dir_;
};

std::string Records(int first, int count) {
  std::string out;
  for (int i = first; i < first + count; ++i) {
    out += "{\"id\": \"d" + std::to_string(i) + "\", \"date\": \"2020-01-01\", \"text\": \"text " +
           std::to_string(i) + "\"}\n";
  }
  return out;
}

// A stand-in coder: one event per document naming it, after a delay that varies by document so
// that later documents often finish first.
CodeResult SlowCode(const Document& d) {
  const int n = std::stoi(d.id.substr(1));
  std::this_thread::sleep_for(std::chrono::microseconds((n * 7919) % 13 * 150));
  CodeResult result;
  result.sentences = 1 + n % 3;
  Event e;
  e.doc_id = d.id;
  result.events.push_back(e);
  return result;
}

TEST_F(PipelineTest, OutputOrderIsInputOrderForAnyThreadCount) {
  PipelineOptions options;
  options.inputs = {Write("a.jsonl", Records(0, 120)), Write("b.jsonl", Records(120, 80))};
  std::vector<std::string> expected;
  for (int i = 0; i < 200; ++i) expected.push_back("d" + std::to_string(i));
  for (int threads : {1, 2, 4}) {
    options.threads = threads;
    std::vector<std::string> seen;
    PipelineSinks sinks;
    sinks.on_coded = [&](const Document& d, const CodeResult& r) {
      ASSERT_EQ(r.events.size(), 1u);
      EXPECT_EQ(r.events[0].doc_id, d.id);
      seen.push_back(d.id);
    };
    PipelineStats stats = RunPipeline(SlowCode, options, sinks);
    EXPECT_EQ(seen, expected) << threads << " threads";
    EXPECT_EQ(stats.coded, 200u);
    EXPECT_EQ(stats.events, 200u);
    EXPECT_EQ(stats.read.records, 200u);
    EXPECT_EQ(stats.threads, threads);
    EXPECT_EQ(stats.inputs_opened, 2);
  }
}

TEST(DefaultThreadCountTest, IsBetweenOneAndTheMachinesCores) {
  const int n = DefaultThreadCount();
  EXPECT_GE(n, 1);
  const unsigned cores = std::thread::hardware_concurrency();
  if (cores > 0) EXPECT_LE(n, static_cast<int>(cores));
}

TEST_F(PipelineTest, DocumentsInFlightAreBounded) {
  PipelineOptions options;
  options.inputs = {Write("a.jsonl", Records(0, 300))};
  options.threads = 3;
  options.max_in_flight = 5;
  std::atomic<int> started{0};
  std::atomic<int> delivered{0};
  std::atomic<int> worst{0};
  PipelineSinks sinks;
  sinks.on_coded = [&](const Document&, const CodeResult&) { ++delivered; };
  RunPipeline(
      [&](const Document& d) {
        int outstanding = ++started - delivered.load();  // `delivered` only grows: an over-estimate
        int seen = worst.load();
        while (outstanding > seen && !worst.compare_exchange_weak(seen, outstanding)) {
        }
        return SlowCode(d);
      },
      options, sinks);
  EXPECT_EQ(delivered.load(), 300);
  EXPECT_LE(worst.load(), 5 + 1);
}

TEST_F(PipelineTest, StrictStopsAtFirstBadRecordAfterDeliveringEarlierOnes) {
  PipelineOptions options;
  options.inputs = {Write("s.jsonl", Records(0, 10) + "{oops\n" + Records(10, 10)),
                    Write("t.jsonl", Records(20, 5))};
  options.threads = 2;
  options.strict = true;
  std::vector<std::string> seen, messages;
  PipelineSinks sinks;
  sinks.on_coded = [&](const Document& d, const CodeResult&) { seen.push_back(d.id); };
  sinks.on_message = [&](ReadKind, const std::string& m) { messages.push_back(m); };
  PipelineStats stats = RunPipeline(SlowCode, options, sinks);
  EXPECT_TRUE(stats.stopped_by_strict);
  ASSERT_EQ(seen.size(), 10u);
  EXPECT_EQ(seen.back(), "d9");
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].rfind(options.inputs[0] + ":11: broken JSON", 0), 0u) << messages[0];
  EXPECT_EQ(stats.inputs_opened, 1);

  options.strict = false;
  seen.clear();
  messages.clear();
  stats = RunPipeline(SlowCode, options, sinks);
  EXPECT_FALSE(stats.stopped_by_strict);
  EXPECT_EQ(seen.size(), 25u);
  EXPECT_EQ(stats.read.records, 26u);
  EXPECT_EQ(stats.read.rejected, 1u);
}

TEST_F(PipelineTest, UnopenableInputIsReportedAndOthersStillRead) {
  PipelineOptions options;
  options.inputs = {dir_ + "/missing.jsonl", Write("ok.jsonl", Records(0, 3))};
  options.threads = 2;
  std::vector<std::string> messages;
  int coded = 0;
  PipelineSinks sinks;
  sinks.on_coded = [&](const Document&, const CodeResult&) { ++coded; };
  sinks.on_message = [&](ReadKind kind, const std::string& m) {
    EXPECT_EQ(kind, ReadKind::kRejected);
    messages.push_back(m);
  };
  PipelineStats stats = RunPipeline(SlowCode, options, sinks);
  EXPECT_EQ(coded, 3);
  EXPECT_EQ(stats.inputs_failed, 1);
  EXPECT_EQ(stats.inputs_opened, 1);
  EXPECT_EQ(messages, (std::vector<std::string>{dir_ + "/missing.jsonl: cannot open: No such file or directory"}));
}

}  // namespace
}  // namespace dyadwatch::ingest
