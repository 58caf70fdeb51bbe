// `dyadwatch validate --petrarch2 FILE.xml [--dict DIR]` | `--tabari FILE.project` [--explain]: runs a
// peer's validation suite with its own dictionaries (src/validate/) and prints the report of
// CONTRACT.md. Exit status 0 when the suite ran, whatever it scored; 2 when it could not be read
// or its dictionaries could not be loaded.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "validate/petrarch2_suite.h"
#include "validate/runner.h"
#include "validate/tabari_suite.h"

namespace dyadwatch::cli {
namespace {

struct ValidateArgs {
  std::string petrarch2;
  std::string tabari;
  std::string dict;
  bool explain = false;
};

void RunValidate(const ValidateArgs& args) {
  if (args.petrarch2.empty() == args.tabari.empty()) {
    std::fprintf(stderr, "validate: give exactly one of --petrarch2 FILE.xml, --tabari FILE.project\n");
    throw CLI::RuntimeError(kExitCannotStart);
  }
  if (!args.dict.empty() && args.petrarch2.empty()) {
    std::fprintf(stderr, "validate: --dict applies to --petrarch2 (a TABARI project names its files)\n");
    throw CLI::RuntimeError(kExitCannotStart);
  }
  Result<validate::Suite> suite = args.petrarch2.empty()
                                      ? validate::ReadTabariSuite(args.tabari)
                                      : validate::ReadPetrarch2Suite(args.petrarch2, args.dict);
  if (!suite.ok()) {
    std::fprintf(stderr, "%s\n", suite.status().message().c_str());
    throw CLI::RuntimeError(kExitCannotStart);
  }
  for (const std::string& warning : suite.value().warnings)
    std::fprintf(stderr, "%s\n", warning.c_str());
  CoderOptions options;
  options.explain = args.explain;
  Result<validate::SuiteReport> report = validate::RunSuite(suite.value(), options);
  if (!report.ok()) {
    std::fprintf(stderr, "%s\n", report.status().message().c_str());
    throw CLI::RuntimeError(kExitCannotStart);
  }
  std::string text = validate::FormatReport(suite.value(), report.value());
  std::fwrite(text.data(), 1, text.size(), stdout);
}

}  // namespace

void RegisterValidateCommand(CLI::App& app) {
  auto args = std::make_shared<ValidateArgs>();
  auto* command = app.add_subcommand(
      "validate", "run PETRARCH2's or TABARI's validation suite from raw text, with the suite's "
                  "own dictionaries; report failing records, per-category and total scores");
  command->add_option("--petrarch2", args->petrarch2,
                      "PETRARCH2 unit-test records (PETR.UnitTest.records.xml)");
  command->add_option("--tabari", args->tabari, "TABARI project file (Validate.project)");
  command->add_option("--dict", args->dict,
                      "directory of the PETR.Validate.* dictionaries (default: beside the XML)");
  command->add_flag("--explain", args->explain,
                   "under each failing record, the coder's reasons (as `code --explain`)");
  command->callback([args] { RunValidate(*args); });
}

}  // namespace dyadwatch::cli
