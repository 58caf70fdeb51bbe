// `dyadwatch code [OPTIONS] [FILE...]`: code documents into events (JSONL or TSV), in input order.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/output.h"
#include "common/event_json.h"
#include "common/event_tsv.h"
#include "common/relations_summary.h"
#include "dyadwatch/coder.h"

namespace dyadwatch::cli {
namespace {

struct CodeArgs {
  std::vector<std::string> files;
  std::string output;
  std::string format = "jsonl";
  CodingFlags flags;
  bool strict = false;
  bool explain = false;
  bool summary = false;
};

void RunCode(const CodeArgs& args) {
  ingest::PipelineOptions options = args.flags.ToPipelineOptions();
  options.inputs = args.files;
  options.strict = args.strict;

  CoderOptions coder_options;
  coder_options.dict_path = args.flags.dict;
  coder_options.require_dyad = args.flags.require_dyad;
  coder_options.explain = args.explain;
  Result<std::shared_ptr<const Coder>> coder = Coder::Open(coder_options);
  if (!coder.ok()) {
    std::fprintf(stderr, "dyadwatch code: cannot load the coder: %s\n",
                 coder.status().message().c_str());
    throw CLI::RuntimeError(kExitCannotStart);
  }

  const bool reads_stdin =
      args.files.empty() || std::find(args.files.begin(), args.files.end(), "-") != args.files.end();
  if (reads_stdin && isatty(STDIN_FILENO)) {
    std::fprintf(stderr, "dyadwatch code: reading JSON Lines documents from the terminal "
                         "(end with Ctrl-D; see --help)\n");
  }

  OutputSink out;
  if (Status s = out.Open(args.output); !s.ok()) {
    std::fprintf(stderr, "dyadwatch code: %s\n", s.message().c_str());
    throw CLI::RuntimeError(kExitCannotStart);
  }
  const bool tsv = args.format == "tsv";
  if (tsv) out.buffer().append(kEventTsvHeader).push_back('\n');

  RelationsSummary summary;
  ingest::PipelineSinks sinks;
  sinks.on_message = PrintMessage;
  sinks.on_coded = [&](const Document& document, const CodeResult& result) {
    for (const std::string& line : result.explain) {
      std::fprintf(stderr, "%s: %s\n", document.id.c_str(), line.c_str());
    }
    for (const Event& event : result.events) {
      if (tsv) {
        AppendEventTsv(event, &out.buffer());
      } else {
        AppendEventJson(event, &out.buffer());
        out.buffer().push_back('\n');
      }
      if (args.summary) summary.Add(event);
    }
    out.MaybeFlush();
  };
  const Coder& shared_coder = *coder.value();
  ingest::PipelineStats stats = ingest::RunPipeline(
      [&shared_coder](const Document& d) { return shared_coder.Code(d); }, options, sinks);
  Status closed = out.Close();

  if (args.summary) {
    std::string root_names_path = FindDataDir() + "/cameo/CAMEO.eventcodes.txt";
    std::fputs(summary.Format(15, LoadCameoRootNames(root_names_path)).c_str(), stderr);
  }
  const double mb = static_cast<double>(stats.read.bytes) / 1e6;
  std::fprintf(stderr,
               "documents: read %llu, coded %llu, rejected %llu; sentences %llu; events %llu; "
               "MB %.2f in %.2f s (%.2f MB/s)\n",
               static_cast<unsigned long long>(stats.read.records),
               static_cast<unsigned long long>(stats.coded),
               static_cast<unsigned long long>(stats.read.rejected),
               static_cast<unsigned long long>(stats.sentences),
               static_cast<unsigned long long>(stats.events), mb, stats.seconds,
               stats.seconds > 0 ? mb / stats.seconds : 0.0);
  if (!closed.ok()) {
    std::fprintf(stderr, "dyadwatch code: %s\n", closed.message().c_str());
    throw CLI::RuntimeError(kExitBadInput);
  }
  if (stats.stopped_by_strict) {
    std::fprintf(stderr, "dyadwatch code: stopped at the first bad record (--strict)\n");
    throw CLI::RuntimeError(kExitBadInput);
  }
  if (stats.inputs_opened == 0) throw CLI::RuntimeError(kExitCannotStart);
}

}  // namespace

void RegisterCodeCommand(CLI::App& app) {
  auto args = std::make_shared<CodeArgs>();
  auto* command = app.add_subcommand(
      "code", "code news documents (JSON Lines, .gz/.zst, or .txt) into CAMEO events");
  command->add_option("files", args->files, "input files; none or '-' = stdin");
  command->add_option("-o,--output", args->output, "write events here instead of stdout");
  command
      ->add_option("--format", args->format,
                   "jsonl (default), or tsv: a header line, then doc_id sentence date source target "
                   "code root quad_class goldstein source_country target_country mood source_text "
                   "target_text rule (TAB, LF, CR and backslash escaped as \\t \\n \\r \\\\)")
      ->check(CLI::IsMember({"jsonl", "tsv"}));
  args->flags.AddTo(command);
  command->add_flag("--strict", args->strict, "stop with status 1 at the first bad record");
  command->add_flag("--explain", args->explain,
                    "print the coder's reasons on stderr, prefixed by the document id");
  command->add_flag("--summary", args->summary,
                    "print a relations summary (top dyads, events per root) on stderr");
  command->callback([args] { RunCode(*args); });
}

}  // namespace dyadwatch::cli
