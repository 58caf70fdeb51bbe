// The subcommands of the dyadwatch CLI; main.cc registers each one. Every Register function adds
// its subcommand with options and a callback; a callback reports failure by throwing
// CLI::RuntimeError(exit_status) after printing its own message (CLI11 then prints nothing).
#ifndef DYADWATCH_CLI_COMMANDS_H_
#define DYADWATCH_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace dyadwatch::cli {

void RegisterVersionCommand(CLI::App& app);
void RegisterCodeCommand(CLI::App& app);   // dyadwatch code [OPTIONS] [FILE...]
void RegisterEvalCommand(CLI::App& app);   // dyadwatch eval GOLD.jsonl [FILE...]
void RegisterValidateCommand(CLI::App& app);  // dyadwatch validate --petrarch2 X | --tabari Y
void RegisterIngestCommand(CLI::App& app);  // dyadwatch ingest [FILE...] [--db PATH]
void RegisterQueryCommand(CLI::App& app);   // dyadwatch query dyad|top|actor|events
void RegisterExportCommand(CLI::App& app);  // dyadwatch export --format gdelt|phoenix|plover|csv|graphml|gexf
void RegisterActorsCommand(CLI::App& app);  // dyadwatch actors lookup|check|link-eval

// Exit statuses shared by the subcommands.
inline constexpr int kExitBadInput = 1;     // --strict stopped at a bad record; write error
inline constexpr int kExitCannotStart = 2;  // no input could be opened; dictionaries not loadable

}  // namespace dyadwatch::cli

#endif  // DYADWATCH_CLI_COMMANDS_H_
