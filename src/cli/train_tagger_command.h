// `dyadwatch train-tagger`: retrains the part-of-speech tagger model from UD CoNLL-U files.
#ifndef DYADWATCH_CLI_TRAIN_TAGGER_COMMAND_H_
#define DYADWATCH_CLI_TRAIN_TAGGER_COMMAND_H_

#include <CLI/CLI.hpp>

namespace dyadwatch::cli {

void RegisterTrainTaggerCommand(CLI::App& app);

}  // namespace dyadwatch::cli

// main.cc may call it qualified or not.
using dyadwatch::cli::RegisterTrainTaggerCommand;

#endif  // DYADWATCH_CLI_TRAIN_TAGGER_COMMAND_H_
