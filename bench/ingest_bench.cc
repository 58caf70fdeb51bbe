// Micro-benchmarks of the ingest stage alone (no coding): record reading from plain and zstd
// JSON Lines, UTF-8 repair, event serialisation, and the ordered worker pool's hand-off cost.
// The whole pipeline must do >= 5 MB/s per core, so each of these should be far above that.
#include <benchmark/benchmark.h>
#include <unistd.h>
#include <zstd.h>

#include <fstream>
#include <sstream>
#include <string>

#include "common/event_json.h"
#include "ingest/pipeline.h"
#include "ingest/record_reader.h"
#include "ingest/utf8.h"

namespace dyadwatch::ingest {
namespace {

const std::string kSample = std::string(DYADWATCH_SOURCE_DATA_DIR) + "/sample/wikinews-2019-2020.jsonl";

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The sample compressed with zstd into a temporary file, made once.
const std::string& ZstdSamplePath() {
  static const std::string path = [] {
    std::string plain = Slurp(kSample);
    std::string packed(ZSTD_compressBound(plain.size()), '\0');
    packed.resize(ZSTD_compress(packed.data(), packed.size(), plain.data(), plain.size(), 3));
    std::string p = "/tmp/dyadwatch_ingest_bench_" + std::to_string(getpid()) + ".jsonl.zst";
    std::ofstream(p, std::ios::binary) << packed;
    return p;
  }();
  return path;
}

void ReadAll(benchmark::State& state, const std::string& path) {
  uint64_t bytes = 0;
  for (auto _ : state) {
    auto reader = RecordReader::Open(path, ReaderOptions{});
    if (!reader.ok()) {
      state.SkipWithError("cannot open the sample");
      return;
    }
    Document doc;
    std::string message;
    while (reader.value()->Next(&doc, &message) != ReadKind::kEnd) benchmark::DoNotOptimize(doc);
    bytes += reader.value()->stats().bytes;
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

void BM_ReadJsonl(benchmark::State& state) { ReadAll(state, kSample); }
BENCHMARK(BM_ReadJsonl)->Unit(benchmark::kMillisecond);

void BM_ReadJsonlZstd(benchmark::State& state) { ReadAll(state, ZstdSamplePath()); }
BENCHMARK(BM_ReadJsonlZstd)->Unit(benchmark::kMillisecond);

void BM_RepairUtf8(benchmark::State& state) {
  std::string text = Slurp(kSample).substr(0, 1 << 20);
  if (state.range(0) == 1) {
    for (size_t i = 0; i < text.size(); i += 997) text[i] = '\xE9';  // Latin-1 accents sprinkled in
  }
  std::string out;
  for (auto _ : state) {
    Utf8Repair r = RepairUtf8(text, &out);
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_RepairUtf8)->Arg(0)->Arg(1);

void BM_EventToJson(benchmark::State& state) {
  Event e;
  e.doc_id = "wikinews-a652aad19b93";
  e.date = "2019-01-04";
  e.source = "JPNGOV";
  e.target = "USA";
  e.source_country = "JPN";
  e.target_country = "USA";
  e.source_text = "Japanese Prime Minister";
  e.target_text = "the United States";
  e.code = "0231";
  e.root = "02";
  e.quad_class = 1;
  e.goldstein = 3.4;
  e.sentence_text = "The Japanese Prime Minister asked the United States for \"economic aid\" on Monday.";
  e.sentence_span = {100, 181};
  e.source_span = {104, 127};
  e.verb_span = {128, 133};
  e.target_span = {134, 151};
  e.rule = "CAMEO.2.0.txt:1234";
  std::string out;
  for (auto _ : state) {
    out.clear();
    AppendEventJson(e, &out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EventToJson);

// Reading + pool hand-off with a coder that does nothing: the fixed cost per document.
void BM_PipelineNoCoding(benchmark::State& state) {
  PipelineOptions options;
  options.inputs = {kSample};
  options.threads = static_cast<int>(state.range(0));
  uint64_t docs = 0;
  for (auto _ : state) {
    PipelineStats stats = RunPipeline([](const Document&) { return CodeResult{}; }, options, {});
    docs += stats.coded;
  }
  state.SetItemsProcessed(static_cast<int64_t>(docs));
}
BENCHMARK(BM_PipelineNoCoding)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyadwatch::ingest

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  std::remove(dyadwatch::ingest::ZstdSamplePath().c_str());
  return 0;
}
