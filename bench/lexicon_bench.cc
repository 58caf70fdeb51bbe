// Lexicon benchmarks: load time of the bundled production set, its memory, and phrase lookups per
// second over real news text (Wikinews corpus from ../shared when present, else the seed articles,
// else a synthetic text).
//
//   build-*/lexicon_bench [--benchmark_filter=...]
#include <benchmark/benchmark.h>

#include <simdjson.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "text/tokenizer.h"

namespace {

using dyadwatch::lexicon::Lexicon;
using dyadwatch::lexicon::LexiconConfig;

#ifndef DYADWATCH_TEST_SHARED_DIR
#define DYADWATCH_TEST_SHARED_DIR DYADWATCH_SOURCE_DATA_DIR "/../../shared"
#endif

long ResidentKilobytes() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return 0;
}

std::shared_ptr<const Lexicon> LoadOrDie() {
  LexiconConfig config;
  config.data_dir = DYADWATCH_SOURCE_DATA_DIR;
  auto loaded = Lexicon::Load(config);
  if (!loaded.ok()) {
    std::fprintf(stderr, "load failed: %s\n", loaded.status().message().c_str());
    std::exit(1);
  }
  return loaded.value();
}

const std::shared_ptr<const Lexicon>& SharedLexicon() {
  static std::shared_ptr<const Lexicon> lexicon = LoadOrDie();
  return lexicon;
}

// News text for the lookup benchmarks.
const std::string& NewsText() {
  static const std::string text = [] {
    std::string all;
    for (const char* name : {"/corpus/wikinews-2019-2020.jsonl", "/seeds/seeds.jsonl"}) {
      std::ifstream in(std::string(DYADWATCH_TEST_SHARED_DIR) + name);
      if (!in) continue;
      simdjson::ondemand::parser parser;
      std::string line;
      while (std::getline(in, line)) {
        simdjson::padded_string padded(line);
        simdjson::ondemand::document doc;
        if (parser.iterate(padded).get(doc)) continue;
        std::string_view body;
        if (doc["text"].get_string().get(body)) continue;
        all.append(body);
        all.push_back('\n');
      }
      if (!all.empty()) break;
    }
    if (all.empty())
      for (int i = 0; i < 2000; ++i)
        all += "Japan's Foreign Minister Toshimitsu Motegi met U.S. Secretary of State Mike Pompeo "
               "in Tokyo, and the two rejected China's request. ";
    return all;
  }();
  return text;
}

const std::vector<dyadwatch::text::Token>& NewsTokens() {
  static const std::vector<dyadwatch::text::Token> tokens = dyadwatch::text::Tokenize(NewsText());
  return tokens;
}

void BM_LoadProductionSet(benchmark::State& state) {
  long before = ResidentKilobytes();
  size_t bytes = 0;
  long rss_growth = 0;
  for (auto _ : state) {
    LexiconConfig config;
    config.data_dir = DYADWATCH_SOURCE_DATA_DIR;
    auto loaded = Lexicon::Load(config);
    if (!loaded.ok()) {
      state.SkipWithError(loaded.status().message().c_str());
      return;
    }
    bytes = loaded.value()->memory_bytes();
    rss_growth = ResidentKilobytes() - before;
    benchmark::DoNotOptimize(loaded);
  }
  state.counters["index_MB"] = static_cast<double>(bytes) / 1e6;
  state.counters["rss_growth_MB"] = static_cast<double>(rss_growth) / 1e3;
}
BENCHMARK(BM_LoadProductionSet)->Unit(benchmark::kMillisecond)->Iterations(5);

// One longest-match actor lookup at every token position, as an actor recogniser does.
void BM_ActorLookupEveryToken(benchmark::State& state) {
  const auto& lexicon = SharedLexicon();
  const auto& tokens = NewsTokens();
  size_t found = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < tokens.size(); ++i) found += lexicon->actors().Match(tokens, i).found();
    benchmark::DoNotOptimize(found);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * NewsText().size()));
  state.counters["tokens"] = static_cast<double>(tokens.size());
}
BENCHMARK(BM_ActorLookupEveryToken)->Unit(benchmark::kMillisecond);

// Actor + agent + verb + discard lookups at every position: the lexicon's share of coding.
void BM_AllDictionariesEveryToken(benchmark::State& state) {
  const auto& lexicon = SharedLexicon();
  const auto& tokens = NewsTokens();
  size_t found = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < tokens.size(); ++i) {
      found += lexicon->actors().Match(tokens, i).found();
      found += lexicon->agents().Match(tokens, i).found();
      found += lexicon->verbs().MatchVerbWord(tokens, i).found();
    }
    found += lexicon->discards().Find(tokens).found();
    benchmark::DoNotOptimize(found);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * NewsText().size()));
}
BENCHMARK(BM_AllDictionariesEveryToken)->Unit(benchmark::kMillisecond);

// The same with word hashes computed once per token and shared by the three dictionaries.
void BM_AllDictionariesSharedHashes(benchmark::State& state) {
  const auto& lexicon = SharedLexicon();
  const auto& tokens = NewsTokens();
  size_t found = 0;
  for (auto _ : state) {
    std::vector<uint64_t> hashes = dyadwatch::lexicon::PhraseIndex::HashWords(tokens);
    for (size_t i = 0; i < tokens.size(); ++i) {
      found += lexicon->actors().Match(tokens, hashes, i).found();
      found += lexicon->agents().Match(tokens, hashes, i).found();
      found += lexicon->verbs().MatchVerbWord(tokens, hashes, i).found();
    }
    found += lexicon->discards().Find(tokens).found();
    benchmark::DoNotOptimize(found);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * NewsText().size()));
}
BENCHMARK(BM_AllDictionariesSharedHashes)->Unit(benchmark::kMillisecond);

// The same actor lookups in TABARI stem mode (every phrase without a trailing '_' is a stem).
void BM_ActorLookupTabariStems(benchmark::State& state) {
  static std::shared_ptr<const Lexicon> stems = [] {
    LexiconConfig config;
    config.data_dir = DYADWATCH_SOURCE_DATA_DIR;
    config.stems = dyadwatch::lexicon::StemMode::kTabari;
    auto loaded = Lexicon::Load(config);
    return loaded.ok() ? loaded.value() : nullptr;
  }();
  if (!stems) {
    state.SkipWithError("load failed");
    return;
  }
  const auto& tokens = NewsTokens();
  size_t found = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < tokens.size(); ++i) found += stems->actors().Match(tokens, i).found();
    benchmark::DoNotOptimize(found);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * NewsText().size()));
}
BENCHMARK(BM_ActorLookupTabariStems)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
