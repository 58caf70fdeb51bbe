// `dyadwatch eval GOLD.jsonl [FILE...] [--events EVENTS.jsonl]`: document-level P/R/F1 on
// (source country, target country, root). The events scored come from one of three places:
// --events (an existing `dyadwatch code` output), the FILEs (coded now, matched to gold by id), or
// else the gold documents' own text (coded now).
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/output.h"
#include "common/event_json.h"
#include "dyadwatch/coder.h"
#include "ingest/eval.h"
#include "ingest/line_reader.h"

namespace dyadwatch::cli {
namespace {

struct EvalArgs {
  std::string gold;
  std::vector<std::string> files;
  std::string events;
  CodingFlags flags;
  bool verbose = false;
};

using Predictions = std::map<std::string, std::vector<ingest::DyadRoot>>;

// Gold sets of this field code dyads only. Unless the gold file itself lists events with an empty
// target, one-sided events (known source, unknown target) are not scored but counted apart, so
// that a gold file's silence about them is not read as "wrong".
struct OneSided {
  bool scored = false;
  size_t skipped = 0;
  bool Keep(const Event& e) {
    if (scored || !e.target.empty()) return true;
    ++skipped;
    return false;
  }
};

// Reads an events JSONL file; every gold document counts as found (no line = no events).
void ReadEventsFile(const std::string& path, size_t max_record_bytes,
                    const std::vector<ingest::GoldDocument>& gold, OneSided* one_sided,
                    Predictions* predictions) {
  for (const auto& g : gold) (*predictions)[g.id];
  Result<std::unique_ptr<ingest::ByteSource>> source = ingest::OpenByteSource(path);
  if (!source.ok()) {
    std::fprintf(stderr, "%s: %s\n", path.c_str(), source.status().message().c_str());
    throw CLI::RuntimeError(kExitCannotStart);
  }
  ingest::LineReader lines(std::move(source).value(), max_record_bytes);
  Event event;
  for (;;) {
    ingest::LineReader::Kind kind = lines.Next();
    if (kind == ingest::LineReader::Kind::kEnd) break;
    const std::string where = path + ":" + std::to_string(lines.line_number());
    if (kind == ingest::LineReader::Kind::kError) {
      std::fprintf(stderr, "%s: %s\n", where.c_str(), lines.error().c_str());
      break;
    }
    if (kind == ingest::LineReader::Kind::kOversized) {
      std::fprintf(stderr, "%s: event line over the size limit; skipped\n", where.c_str());
      continue;
    }
    if (lines.line().find_first_not_of(" \t\r") == std::string_view::npos) continue;
    if (Status s = ParseEventJson(lines.line(), &event); !s.ok()) {
      std::fprintf(stderr, "%s: %s\n", where.c_str(), s.message().c_str());
      continue;
    }
    auto it = predictions->find(event.doc_id);
    if (it != predictions->end() && one_sided->Keep(event)) {
      it->second.push_back(ingest::EventDyadRoot(event));
    }
  }
}

void CodeInputs(const EvalArgs& args, const std::vector<ingest::GoldDocument>& gold,
                OneSided* one_sided, Predictions* predictions) {
  ingest::PipelineOptions options = args.flags.ToPipelineOptions();
  options.inputs = args.files.empty() ? std::vector<std::string>{args.gold} : args.files;
  CoderOptions coder_options;
  coder_options.dict_path = args.flags.dict;
  coder_options.require_dyad = args.flags.require_dyad;
  Result<std::shared_ptr<const Coder>> coder = Coder::Open(coder_options);
  if (!coder.ok()) {
    std::fprintf(stderr, "dyadwatch eval: cannot load the coder: %s\n",
                 coder.status().message().c_str());
    throw CLI::RuntimeError(kExitCannotStart);
  }
  std::set<std::string> wanted;
  for (const auto& g : gold) wanted.insert(g.id);
  ingest::PipelineSinks sinks;
  sinks.on_message = PrintMessage;
  sinks.on_coded = [&](const Document& document, const CodeResult& result) {
    if (!wanted.count(document.id)) return;
    auto& triples = (*predictions)[document.id];
    for (const Event& e : result.events) {
      if (one_sided->Keep(e)) triples.push_back(ingest::EventDyadRoot(e));
    }
  };
  const Coder& shared_coder = *coder.value();
  ingest::PipelineStats stats = ingest::RunPipeline(
      [&shared_coder](const Document& d) { return shared_coder.Code(d); }, options, sinks);
  if (stats.inputs_opened == 0) throw CLI::RuntimeError(kExitCannotStart);
}

void RunEval(const EvalArgs& args) {
  std::vector<std::string> problems;
  Result<std::vector<ingest::GoldDocument>> gold =
      ingest::ReadGoldFile(args.gold, args.flags.max_record_bytes, &problems);
  for (const std::string& p : problems) std::fprintf(stderr, "%s\n", p.c_str());
  if (!gold.ok()) {
    std::fprintf(stderr, "%s: %s\n", args.gold.c_str(), gold.status().message().c_str());
    throw CLI::RuntimeError(kExitCannotStart);
  }
  Predictions predictions;
  OneSided one_sided;
  for (const ingest::GoldDocument& d : gold.value()) {
    for (const ingest::GoldEvent& e : d.events) one_sided.scored |= e.target.empty();
  }
  if (!args.events.empty()) {
    ReadEventsFile(args.events, args.flags.max_record_bytes, gold.value(), &one_sided,
                   &predictions);
  } else {
    CodeInputs(args, gold.value(), &one_sided, &predictions);
  }
  ingest::EvalScore score = ingest::ScoreAll(gold.value(), predictions);
  if (args.verbose) {
    for (const ingest::DocumentScore& d : score.per_document) {
      if (!d.found) {
        std::printf("%s: not found in the input (%zu gold events missed)\n", d.id.c_str(), d.gold);
        continue;
      }
      for (const std::string& m : d.missed) std::printf("%s: missed %s\n", d.id.c_str(), m.c_str());
      for (const std::string& s : d.spurious) {
        std::printf("%s: spurious %s\n", d.id.c_str(), s.c_str());
      }
    }
  }
  std::printf("documents: %zu gold", score.documents);
  if (score.not_found > 0) std::printf(", %zu not found in the input", score.not_found);
  std::printf("\nevents: gold %zu, predicted %zu, matched %zu\n", score.gold, score.predicted,
              score.matched);
  if (one_sided.skipped > 0) {
    std::printf("one-sided events (no target; the gold file codes none): %zu, not scored\n",
                one_sided.skipped);
  }
  std::printf("events: P=%.3f R=%.3f F1=%.3f\n", score.precision(), score.recall(), score.f1());
}

}  // namespace

void RegisterEvalCommand(CLI::App& app) {
  auto args = std::make_shared<EvalArgs>();
  auto* command = app.add_subcommand(
      "eval", "score coded events against gold documents: P/R/F1 on (source country, target "
              "country, root)");
  command->add_option("gold", args->gold, "gold JSON Lines: documents with \"events\"")->required();
  command->add_option("files", args->files,
                      "documents to code instead of the gold texts (matched to gold by id)");
  command->add_option("--events", args->events,
                      "score this `dyadwatch code` output instead of coding anything");
  args->flags.AddTo(command);
  command->add_flag("-v,--verbose", args->verbose, "list missed and spurious events per document");
  command->callback([args] { RunEval(*args); });
}

}  // namespace dyadwatch::cli
