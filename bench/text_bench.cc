// Throughput of the text stage, SplitSentences(BlankDebris(text)), on real news and speeches:
//   the Wikinews corpus (1.3 MB) and the first 50 MB of the UN General Debate corpus.
// Reads ../shared (next to the source tree) or $DYADWATCH_SHARED; benchmarks whose data is
// missing report an error and are skipped.
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <simdjson.h>
#include <zstd.h>

#include "text/text.h"

namespace {

using dyadwatch::text::BlankDebris;
using dyadwatch::text::Sentence;
using dyadwatch::text::SplitSentences;

std::string SharedDir() {
  if (const char* env = std::getenv("DYADWATCH_SHARED")) return env;
  return std::string(DYADWATCH_SOURCE_DATA_DIR) + "/../../shared";
}

// The "text" field of every JSON line in `jsonl` (a partial last line is ignored).
std::vector<std::string> Texts(std::string_view jsonl) {
  std::vector<std::string> texts;
  simdjson::dom::parser parser;
  size_t start = 0;
  while (start < jsonl.size()) {
    const size_t end = jsonl.find('\n', start);
    if (end == std::string_view::npos) break;
    simdjson::dom::element record;
    std::string_view text;
    if (!parser.parse(jsonl.data() + start, end - start).get(record) &&
        !record["text"].get(text)) {
      texts.emplace_back(text);
    }
    start = end + 1;
  }
  return texts;
}

const std::vector<std::string>& WikinewsTexts() {
  static const std::vector<std::string> texts = [] {
    std::ifstream in(SharedDir() + "/corpus/wikinews-2019-2020.jsonl");
    std::stringstream buffer;
    buffer << in.rdbuf();
    return Texts(buffer.str());
  }();
  return texts;
}

// First `limit` bytes of the decompressed UN corpus, as documents.
const std::vector<std::string>& UnTexts() {
  static const std::vector<std::string> texts = [] {
    constexpr size_t kLimit = 50'000'000;
    std::ifstream in(SharedDir() + "/bench/ungdc-1946-2024.jsonl.zst", std::ios::binary);
    std::string jsonl;
    if (!in) return Texts(jsonl);
    ZSTD_DStream* stream = ZSTD_createDStream();
    ZSTD_initDStream(stream);
    std::vector<char> input(ZSTD_DStreamInSize());
    std::vector<char> output(ZSTD_DStreamOutSize());
    while (jsonl.size() < kLimit && in) {
      in.read(input.data(), static_cast<std::streamsize>(input.size()));
      ZSTD_inBuffer in_buffer{input.data(), static_cast<size_t>(in.gcount()), 0};
      while (in_buffer.pos < in_buffer.size && jsonl.size() < kLimit) {
        ZSTD_outBuffer out_buffer{output.data(), output.size(), 0};
        if (ZSTD_isError(ZSTD_decompressStream(stream, &out_buffer, &in_buffer))) break;
        jsonl.append(output.data(), out_buffer.pos);
      }
    }
    ZSTD_freeDStream(stream);
    if (jsonl.size() > kLimit) jsonl.resize(kLimit);
    return Texts(jsonl);
  }();
  return texts;
}

size_t TotalBytes(const std::vector<std::string>& texts) {
  size_t bytes = 0;
  for (const std::string& text : texts) bytes += text.size();
  return bytes;
}

template <typename Fn>
void RunOver(benchmark::State& state, const std::vector<std::string>& texts, Fn fn) {
  if (texts.empty()) {
    state.SkipWithError("corpus not found (set DYADWATCH_SHARED)");
    return;
  }
  size_t sentences = 0;
  for (auto _ : state) {
    for (const std::string& text : texts) sentences += fn(text);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(texts)));
  state.counters["sentences/iter"] =
      static_cast<double>(sentences) / static_cast<double>(state.iterations());
}

size_t FullStage(const std::string& text) {
  const std::vector<Sentence> sentences = SplitSentences(BlankDebris(text));
  benchmark::DoNotOptimize(sentences.data());
  return sentences.size();
}

size_t DebrisOnly(const std::string& text) {
  const std::string cleaned = BlankDebris(text);
  benchmark::DoNotOptimize(cleaned.data());
  return 0;
}

size_t SplitOnly(const std::string& text) {
  const std::vector<Sentence> sentences = SplitSentences(text);
  benchmark::DoNotOptimize(sentences.data());
  return sentences.size();
}

void BM_Wikinews_Stage(benchmark::State& state) { RunOver(state, WikinewsTexts(), FullStage); }
void BM_Wikinews_BlankDebris(benchmark::State& state) {
  RunOver(state, WikinewsTexts(), DebrisOnly);
}
void BM_Wikinews_SplitSentences(benchmark::State& state) {
  RunOver(state, WikinewsTexts(), SplitOnly);
}
void BM_Un50MB_Stage(benchmark::State& state) { RunOver(state, UnTexts(), FullStage); }
void BM_Un50MB_BlankDebris(benchmark::State& state) { RunOver(state, UnTexts(), DebrisOnly); }
void BM_Un50MB_SplitSentences(benchmark::State& state) { RunOver(state, UnTexts(), SplitOnly); }

BENCHMARK(BM_Wikinews_Stage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Wikinews_BlankDebris)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Wikinews_SplitSentences)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Un50MB_Stage)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Un50MB_BlankDebris)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Un50MB_SplitSentences)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
