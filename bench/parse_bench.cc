// Parse stage throughput: model load, tagging and chunking (single thread) over news-like text.
// Uses the Wikinews corpus from ../shared when present, else a built-in paragraph.
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <vector>

#include "parse/chunker.h"
#include "parse/dependency_parser.h"
#include "parse/tagger.h"
#include "text/sentence_splitter.h"

namespace {

using namespace dyadwatch;

constexpr char kFallbackText[] =
    "Recently, Chinese Foreign Minister Wang Yi and US adviser Jake Sullivan held talks in "
    "Thailand for two days. After the talks, the US side continued to convey its strong "
    "willingness to dialogue and communicate with China. Russian Foreign Ministry spokesperson "
    "Zakharova explicitly stated that Japan's attempt to strengthen its political influence in "
    "Central Asia is essentially spreading American ideology. The United States has repeatedly "
    "asked other countries not to allow the use of Huawei's communications equipment. ";

// Sentences of about 2 MB of text (the corpus's "text" fields, or the fallback repeated).
struct Corpus {
  std::string text;
  std::vector<text::Sentence> sentences;
  size_t tokens = 0;
};

const Corpus& GetCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    std::ifstream in(std::string(DYADWATCH_SOURCE_DATA_DIR) +
                     "/../../shared/corpus/wikinews-2019-2020.jsonl");
    std::string line;
    // Crude field extraction is enough for a benchmark: the text between "text": " and the next
    // unescaped quote, with escapes left in (they only add a few odd tokens).
    while (c.text.size() < 2'000'000 && std::getline(in, line)) {
      size_t start = line.find("\"text\": \"");
      if (start == std::string::npos) continue;
      start += 9;
      size_t end = start;
      while (end < line.size() && !(line[end] == '"' && line[end - 1] != '\\')) ++end;
      c.text.append(line, start, end - start);
      c.text += "\n\n";
    }
    while (c.text.size() < 2'000'000) c.text += kFallbackText;
    c.sentences = text::SplitSentences(c.text);
    for (const auto& s : c.sentences) c.tokens += s.tokens.size();
    return c;
  }();
  return corpus;
}

std::shared_ptr<const parse::Tagger> GetTagger() {
  static auto tagger = parse::Tagger::Load(parse::DefaultTaggerModelPath());
  return tagger.ok() ? tagger.value() : nullptr;
}

void BM_LoadModel(benchmark::State& state) {
  for (auto _ : state) {
    auto tagger = parse::Tagger::Load(parse::DefaultTaggerModelPath());
    if (!tagger.ok()) state.SkipWithError(tagger.status().message().c_str());
    benchmark::DoNotOptimize(tagger);
  }
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond);

void BM_Tag(benchmark::State& state) {
  auto tagger = GetTagger();
  if (!tagger) return state.SkipWithError("no tagger model");
  const Corpus& corpus = GetCorpus();
  parse::TaggerScratch scratch;
  std::vector<parse::PosTag> tags;
  for (auto _ : state) {
    for (const auto& s : corpus.sentences) {
      tagger->Tag(s, &scratch, &tags);
      benchmark::DoNotOptimize(tags.data());
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(corpus.tokens * state.iterations()), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(corpus.text.size() * state.iterations()));
}
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);

void BM_TagAndChunk(benchmark::State& state) {
  auto tagger = GetTagger();
  if (!tagger) return state.SkipWithError("no tagger model");
  const Corpus& corpus = GetCorpus();
  parse::TaggerScratch scratch;
  std::vector<parse::PosTag> tags;
  parse::SentenceChunks chunks;
  size_t subjects = 0;
  for (auto _ : state) {
    for (const auto& s : corpus.sentences) {
      tagger->Tag(s, &scratch, &tags);
      parse::ChunkSentence(s, tags, &chunks);
      for (int v = 0; v < static_cast<int>(chunks.verb_groups.size()); ++v) {
        subjects += parse::SubjectOf(chunks, v) >= 0;
        benchmark::DoNotOptimize(parse::ObjectsOf(chunks, v));
      }
    }
  }
  benchmark::DoNotOptimize(subjects);
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(corpus.tokens * state.iterations()), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(corpus.text.size() * state.iterations()));
}
BENCHMARK(BM_TagAndChunk)->Unit(benchmark::kMillisecond);

void BM_TagAndParse(benchmark::State& state) {
  auto tagger = GetTagger();
  auto parser = parse::DependencyParser::Load(parse::DefaultParserModelPath());
  if (!tagger || !parser.ok()) return state.SkipWithError("no tagger or parser model");
  const Corpus& corpus = GetCorpus();
  parse::TaggerScratch tag_scratch;
  parse::ParserScratch parse_scratch;
  std::vector<parse::PosTag> tags;
  std::vector<int> heads, labels;
  for (auto _ : state) {
    for (const auto& s : corpus.sentences) {
      tagger->Tag(s, &tag_scratch, &tags);
      parser.value()->Parse(s, tags, &parse_scratch, &heads, &labels);
      benchmark::DoNotOptimize(heads.data());
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(corpus.tokens * state.iterations()), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(corpus.text.size() * state.iterations()));
}
BENCHMARK(BM_TagAndParse)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
