#include "cli/actors_link_eval.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/commands.h"
#include "lexicon/actor_lookup.h"
#include "lexicon/dates.h"

namespace dyadwatch::cli {
namespace {

struct GoldPage {
  std::string country;
  std::string kind;  // "country" or "office"
};

struct LinkEvalArgs {
  std::string corpus;
  std::string gold;
  std::string dict;
  bool verbose = false;
};

struct Tally {
  size_t right = 0, wrong = 0, unresolved = 0;
  std::map<std::string, size_t> misses;  // "page <- span => got" -> count, for -v
  size_t total() const { return right + wrong + unresolved; }
};

std::unordered_map<std::string, GoldPage> ReadGold(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "dyadwatch: cannot read %s\n", path.c_str());
    throw CLI::RuntimeError(kExitCannotStart);
  }
  std::unordered_map<std::string, GoldPage> gold;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t a = line.find('\t');
    size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
    if (b == std::string::npos) continue;
    size_t c = line.find('\t', b + 1);
    gold[line.substr(0, a)] = GoldPage{line.substr(a + 1, b - a - 1),
                                       line.substr(b + 1, c == std::string::npos ? c : c - b - 1)};
  }
  return gold;
}

// The country the scan gives the span [begin, end): the actor match overlapping it most.
std::string CountryAt(const lexicon::ActorLookup& lookup, size_t begin, size_t end) {
  const lexicon::ActorLookupMatch* best = nullptr;
  size_t best_overlap = 0;
  for (const lexicon::ActorLookupMatch& m : lookup.matches) {
    if (m.is_agent || m.code.size() < 3) continue;
    size_t lo = std::max<size_t>(begin, m.byte_begin), hi = std::min<size_t>(end, m.byte_end);
    if (hi > lo && hi - lo > best_overlap) {
      best = &m;
      best_overlap = hi - lo;
    }
  }
  return best == nullptr ? "" : best->code.substr(0, 3);
}

void Print(const char* label, const Tally& t, bool verbose) {
  double share = t.total() == 0 ? 0.0 : 100.0 * t.right / t.total();
  std::printf("%-8s mentions %6zu  right %6zu (%.1f%%)  wrong country %5zu  unresolved %5zu\n",
              label, t.total(), t.right, share, t.wrong, t.unresolved);
  if (!verbose) return;
  std::vector<std::pair<size_t, std::string>> misses;
  for (const auto& [what, count] : t.misses) misses.emplace_back(count, what);
  std::sort(misses.rbegin(), misses.rend());
  for (size_t i = 0; i < misses.size() && i < 60; ++i)
    std::printf("    %4zu  %s\n", misses[i].first, misses[i].second.c_str());
}

void RunLinkEval(const LinkEvalArgs& args) {
  std::unordered_map<std::string, GoldPage> gold = ReadGold(args.gold);
  lexicon::LexiconConfig config;
  config.path = args.dict;
  auto loaded = lexicon::Lexicon::Load(config);
  if (!loaded.ok()) {
    std::fprintf(stderr, "dyadwatch: %s\n", loaded.status().message().c_str());
    throw CLI::RuntimeError(kExitCannotStart);
  }
  const lexicon::Lexicon& lexicon = *loaded.value();
  std::ifstream in(args.corpus);
  if (!in) {
    std::fprintf(stderr, "dyadwatch: cannot read %s\n", args.corpus.c_str());
    throw CLI::RuntimeError(kExitCannotStart);
  }
  simdjson::dom::parser parser;
  Tally countries, people;
  size_t documents = 0, unfound_spans = 0;
  std::string line;
  while (std::getline(in, line)) {
    simdjson::dom::element doc;
    if (parser.parse(line).get(doc) != simdjson::SUCCESS) continue;
    std::string_view text, date_text;
    if (doc["text"].get(text) != simdjson::SUCCESS) continue;
    if (doc["date"].get(date_text) != simdjson::SUCCESS) date_text = "";
    simdjson::dom::array entities;
    if (doc["entities"].get(entities) != simdjson::SUCCESS) continue;
    ++documents;
    const int date = lexicon::ParseIsoDate(date_text);
    const std::string body(text);
    lexicon::ActorLookup lookup = lexicon::LookUpActor(lexicon, body, date);
    size_t cursor = 0;
    for (simdjson::dom::element entity : entities) {
      std::string_view span, page;
      if (entity["text"].get(span) != simdjson::SUCCESS ||
          entity["wiki"].get(page) != simdjson::SUCCESS)
        continue;
      size_t at = body.find(span, cursor);
      if (at == std::string::npos) at = body.find(span);
      if (at != std::string::npos) cursor = at + span.size();
      auto g = gold.find(std::string(page));
      if (g == gold.end()) continue;
      Tally& tally = g->second.kind == "country" ? countries : people;
      if (at == std::string::npos) {
        ++unfound_spans;
        ++tally.unresolved;
        continue;
      }
      std::string got = CountryAt(lookup, at, at + span.size());
      if (got == g->second.country) {
        ++tally.right;
        continue;
      }
      ++(got.empty() ? tally.unresolved : tally.wrong);
      ++tally.misses[std::string(page) + " <- \"" + std::string(span) + "\" => " +
                     (got.empty() ? "none" : got)];
    }
  }
  std::printf("documents %zu, gold pages %zu, spans not found in text %zu\n", documents,
              gold.size(), unfound_spans);
  Print("country", countries, args.verbose);
  Print("office", people, args.verbose);
}

}  // namespace

void RegisterLinkEvalCommand(CLI::App& actors) {
  auto args = std::make_shared<LinkEvalArgs>();
  CLI::App* eval = actors.add_subcommand(
      "link-eval", "Share of gold-linked country and office-holder mentions resolved right");
  eval->add_option("corpus", args->corpus, "JSONL with text, date, entities (WCEP)")->required();
  eval->add_option("--gold", args->gold, "page<TAB>ISO3<TAB>country|office")->required();
  eval->add_option("--dict", args->dict, "Dictionary manifest or PETR_config.ini");
  eval->add_flag("-v,--verbose", args->verbose, "List the most frequent misses");
  eval->callback([args] { RunLinkEval(*args); });
}

}  // namespace dyadwatch::cli
