// `dyadwatch train-tagger`: retrains the part-of-speech tagger model from UD CoNLL-U files.
// `dyadwatch train-parser`: retrains the dependency parser model (registered by the same call, so
// that main.cc needs one line for the parse stage's training commands).
#ifndef DYADWATCH_CLI_TRAIN_TAGGER_COMMAND_H_
#define DYADWATCH_CLI_TRAIN_TAGGER_COMMAND_H_

#include <CLI/CLI.hpp>

namespace dyadwatch::cli {

// Adds the train-tagger and train-parser subcommands.
void RegisterTrainTaggerCommand(CLI::App& app);

}  // namespace dyadwatch::cli

// main.cc may call it qualified or not.
using dyadwatch::cli::RegisterTrainTaggerCommand;

#endif  // DYADWATCH_CLI_TRAIN_TAGGER_COMMAND_H_
