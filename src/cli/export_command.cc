// `dyadwatch export --format gdelt|phoenix|plover|csv|graphml|gexf`: the stored events (or the
// relations network) in formats other tools read. See query/export_formats.h for the columns.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/store_flags.h"
#include "dyadwatch/coder.h"
#include "query/export_formats.h"
#include "query/network.h"
#include "query/plover.h"

namespace dyadwatch::cli {
namespace {

struct ExportArgs {
  StoreFlags store;
  std::string format;
  std::string output;
  std::string source, target, root;
  bool header = false;
  bool full = false;
  bool international = false;
};

void RunExport(const ExportArgs& args) {
  auto db = args.store.Open("export");
  OutputSink out;
  if (Status s = out.Open(args.output); !s.ok()) {
    std::fprintf(stderr, "dyadwatch export: %s\n", s.message().c_str());
    throw CLI::RuntimeError(kExitCannotStart);
  }
  const store::DayRange range = args.store.Range();
  uint64_t written = 0, skipped = 0;

  if (args.format == "graphml" || args.format == "gexf") {
    store::TopDyadsQuery q;
    q.days = range;
    q.full_codes = args.full;
    q.include_domestic = !args.international;
    q.limit = 0;
    Result<std::vector<store::DyadRow>> dyads = db->TopDyads(q);
    if (!dyads.ok()) {
      std::fprintf(stderr, "dyadwatch export: %s\n", dyads.status().message().c_str());
      throw CLI::RuntimeError(kExitBadInput);
    }
    out.buffer() += args.format == "graphml" ? query::NetworkGraphml(dyads.value()) : query::NetworkGexf(dyads.value());
    written = dyads.value().size();
  } else {
    query::PloverCrosswalk plover;
    if (args.format == "plover") {
      const std::string path = FindDataDir() + "/cameo/CAMEO2PLOVER-2021.txt";
      Result<query::PloverCrosswalk> loaded = query::PloverCrosswalk::Load(path);
      if (!loaded.ok()) {
        std::fprintf(stderr, "dyadwatch export: %s\n", loaded.status().message().c_str());
        throw CLI::RuntimeError(kExitCannotStart);
      }
      plover = std::move(loaded.value());
    }
    if (args.format == "phoenix") out.buffer().append(query::kPhoenixHeader).push_back('\n');
    if (args.format == "csv") out.buffer().append(query::kEventCsvHeader).append("\r\n");
    if (args.format == "gdelt" && args.header) {
      for (int i = 0; i < query::kGdeltEventColumns; ++i) {
        out.buffer().append(i ? "\t" : "").append(query::kGdeltEventColumnNames[i]);
      }
      out.buffer().push_back('\n');
    }
    store::EventFilter filter;
    filter.source = args.source;
    filter.target = args.target;
    filter.root = args.root;
    filter.days = range;
    filter.limit = 0;
    Status s = db->ScanEvents(filter, [&](const store::StoredEvent& e) {
      if (args.format == "gdelt") {
        query::AppendGdeltEvent(e, &out.buffer());
      } else if (args.format == "phoenix") {
        query::AppendPhoenixEvent(e, &out.buffer());
      } else if (args.format == "plover") {
        if (!query::AppendPloverEvent(e, plover, &out.buffer())) {
          ++skipped;
          return true;
        }
      } else {
        query::AppendEventCsv(e, &out.buffer());
      }
      ++written;
      out.MaybeFlush();
      return true;
    });
    if (!s.ok()) {
      std::fprintf(stderr, "dyadwatch export: %s\n", s.message().c_str());
      throw CLI::RuntimeError(kExitBadInput);
    }
  }
  if (Status s = out.Close(); !s.ok()) {
    std::fprintf(stderr, "dyadwatch export: %s\n", s.message().c_str());
    throw CLI::RuntimeError(kExitBadInput);
  }
  const bool network = args.format == "graphml" || args.format == "gexf";
  std::fprintf(stderr, "export: %llu %s", static_cast<unsigned long long>(written), network ? "dyads" : "events");
  if (skipped) std::fprintf(stderr, "; %llu events without a PLOVER type (CAMEO roots 01-02) left out",
                            static_cast<unsigned long long>(skipped));
  std::fprintf(stderr, "\n");
}

}  // namespace

void RegisterExportCommand(CLI::App& app) {
  auto args = std::make_shared<ExportArgs>();
  auto* command = app.add_subcommand("export", "write the stored events or the relations network for other tools");
  args->store.AddTo(command);
  command
      ->add_option("--format", args->format,
                   "gdelt (GDELT 2.0 event table, 61 TAB columns), phoenix (Phoenix TSV), plover "
                   "(PLOVER JSON Lines), csv, graphml or gexf (the dyad network)")
      ->required()
      ->check(CLI::IsMember({"gdelt", "phoenix", "plover", "csv", "graphml", "gexf"}));
  command->add_option("-o,--output", args->output, "write here instead of stdout");
  command->add_option("--source", args->source, "only events of this source actor");
  command->add_option("--target", args->target, "only events of this target actor");
  command->add_option("--root", args->root, "only events of this CAMEO root");
  command->add_flag("--header", args->header, "gdelt: a header line of GDELT's column names (GDELT has none)");
  command->add_flag("--full", args->full, "graphml/gexf: full actor codes as nodes (default country level)");
  command->add_flag("--international", args->international, "graphml/gexf: leave out dyads within one country");
  command->callback([args] { RunExport(*args); });
}

}  // namespace dyadwatch::cli
