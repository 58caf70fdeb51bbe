// `dyadwatch actors lookup NAME [--date YYYY-MM-DD]`: the actor code a name gets on a date, and why.
// `dyadwatch actors check TABLE.tsv`: runs a check table (mention, date, expected code).
// `dyadwatch actors link-eval WCEP.jsonl --gold PAGES.tsv`: share of gold-linked entities resolved
// to the right country (actors_link_eval.cc).
#include <cstdio>
#include <memory>
#include <string>

#include "cli/actors_link_eval.h"
#include "cli/commands.h"
#include "lexicon/actor_check_table.h"
#include "lexicon/actor_lookup.h"
#include "lexicon/dates.h"

namespace dyadwatch::cli {
namespace {

std::shared_ptr<const lexicon::Lexicon> LoadLexicon(const std::string& dict) {
  lexicon::LexiconConfig config;
  config.path = dict;
  auto loaded = lexicon::Lexicon::Load(config);
  if (!loaded.ok()) {
    std::fprintf(stderr, "dyadwatch: %s\n", loaded.status().message().c_str());
    throw CLI::RuntimeError(kExitCannotStart);
  }
  return loaded.value();
}

int ParseDateOption(const std::string& text) {
  if (text.empty()) return lexicon::kUnknownDate;
  int date = lexicon::ParseIsoDate(text);
  if (date == 0) throw CLI::ValidationError("--date", "not a date (YYYY-MM-DD): " + text);
  return date;
}

struct LookupArgs {
  std::string name;
  std::string date;
  std::string dict;
};

struct CheckArgs {
  std::string table;
  std::string dict;
  bool verbose = false;
};

}  // namespace

void RegisterActorsCommand(CLI::App& app) {
  CLI::App* actors = app.add_subcommand("actors", "Actor dictionary tools: lookup, check, link-eval");
  actors->require_subcommand(1);

  auto lookup_args = std::make_shared<LookupArgs>();
  CLI::App* lookup =
      actors->add_subcommand("lookup", "Print the actor code of NAME on a date and why");
  lookup->add_option("name", lookup_args->name, "A name or short phrase, e.g. \"PM Kishida\"")
      ->required();
  lookup->add_option("--date", lookup_args->date,
                     "Date YYYY-MM-DD (default: unknown, only undated codes hold)");
  lookup->add_option("--dict", lookup_args->dict, "Dictionary manifest or PETR_config.ini");
  lookup->callback([lookup_args] {
    int date = ParseDateOption(lookup_args->date);
    auto lexicon = LoadLexicon(lookup_args->dict);
    lexicon::ActorLookup result = lexicon::LookUpActor(*lexicon, lookup_args->name, date);
    std::fputs(lexicon::DescribeLookup(*lexicon, result, date).c_str(), stdout);
  });

  auto check_args = std::make_shared<CheckArgs>();
  CLI::App* check = actors->add_subcommand(
      "check", "Run a check table (mention<TAB>date<TAB>expected code) against the dictionaries");
  check->add_option("table", check_args->table, "TSV file (tests/data/lexicon/actor_checks.tsv)")
      ->required();
  check->add_option("--dict", check_args->dict, "Dictionary manifest or PETR_config.ini");
  check->add_flag("-v,--verbose", check_args->verbose, "Explain every failing row");
  check->callback([check_args] {
    auto rows = lexicon::ReadActorCheckTable(check_args->table);
    if (!rows.ok()) {
      std::fprintf(stderr, "dyadwatch: %s\n", rows.status().message().c_str());
      throw CLI::RuntimeError(kExitCannotStart);
    }
    auto lexicon = LoadLexicon(check_args->dict);
    size_t passed = 0, failed = 0;
    for (const lexicon::ActorCheck& row : rows.value()) {
      lexicon::ActorLookup result = lexicon::LookUpActor(*lexicon, row.mention, row.date);
      if (lexicon::CheckPasses(row, result.code)) {
        ++passed;
        continue;
      }
      ++failed;
      std::printf("%s: \"%s\" on %d: expected %s, got %s\n", row.where.c_str(),
                  row.mention.c_str(), row.date, row.expected.c_str(),
                  result.code.empty() ? "-" : result.code.c_str());
      if (check_args->verbose)
        std::fputs(lexicon::DescribeLookup(*lexicon, result, row.date).c_str(), stdout);
    }
    std::printf("%zu passed, %zu failed\n", passed, failed);
    if (failed > 0) throw CLI::RuntimeError(kExitBadInput);
  });

  RegisterLinkEvalCommand(*actors);
}

}  // namespace dyadwatch::cli
