// dyadwatch command-line interface: one subcommand per file, registered here. Exceptions stop
// in this folder: CLI11 reports usage errors, and callbacks throw CLI::RuntimeError(status).
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/train_tagger_command.h"

int main(int argc, char** argv) {
  CLI::App app{"dyadwatch: political event coding (CAMEO) and relations"};
  app.require_subcommand(1);
  app.set_version_flag("--version", DYADWATCH_VERSION);
  dyadwatch::cli::RegisterVersionCommand(app);
  dyadwatch::cli::RegisterCodeCommand(app);
  dyadwatch::cli::RegisterEvalCommand(app);
  dyadwatch::cli::RegisterValidateCommand(app);
  dyadwatch::cli::RegisterIngestCommand(app);
  dyadwatch::cli::RegisterQueryCommand(app);
  dyadwatch::cli::RegisterExportCommand(app);
  dyadwatch::cli::RegisterActorsCommand(app);
  dyadwatch::cli::RegisterTrainTaggerCommand(app);
  CLI11_PARSE(app, argc, argv);
  return 0;
}
