// dyadwatch command-line interface: one subcommand per job. Exceptions stop here.
#include <CLI/CLI.hpp>
#include <cstdio>

int main(int argc, char** argv) {
  CLI::App app{"dyadwatch: political event coding (CAMEO) and relations"};
  app.require_subcommand(1);
  app.set_version_flag("--version", DYADWATCH_VERSION);
  auto* version = app.add_subcommand("version", "print the version");
  version->callback([] { std::printf("dyadwatch %s\n", DYADWATCH_VERSION); });
  CLI11_PARSE(app, argc, argv);
  return 0;
}
