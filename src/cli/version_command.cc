#include <cstdio>

#include "cli/commands.h"

namespace dyadwatch::cli {

void RegisterVersionCommand(CLI::App& app) {
  auto* version = app.add_subcommand("version", "print the version");
  version->callback([] { std::printf("dyadwatch %s\n", DYADWATCH_VERSION); });
}

}  // namespace dyadwatch::cli
