// The coding pipeline: read documents from the inputs in order, code them on a pool of worker
// threads, and hand the results back in input order, whatever the number of threads.
#ifndef DYADWATCH_INGEST_PIPELINE_H_
#define DYADWATCH_INGEST_PIPELINE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "dyadwatch/coder.h"
#include "dyadwatch/document.h"
#include "ingest/record_reader.h"

namespace dyadwatch::ingest {

// Codes one document; must be safe to call from several threads at once (Coder::Code is).
using CodeFunction = std::function<CodeResult(const Document&)>;

struct PipelineOptions {
  std::vector<std::string> inputs;  // paths, "-" = stdin; empty = stdin
  ReaderOptions reader;
  int threads = 0;                  // 0 = DefaultThreadCount()
  size_t max_in_flight = 0;         // documents read but not yet handed back; 0 = 4 per thread
  bool strict = false;              // stop at the first rejected record or unopenable input
};

struct PipelineStats {
  ReadStats read;                // summed over all inputs
  uint64_t coded = 0;            // documents coded and handed back
  uint64_t sentences = 0;
  uint64_t events = 0;
  int inputs_opened = 0;
  int inputs_failed = 0;         // inputs that could not be opened at all
  bool stopped_by_strict = false;
  int threads = 1;               // threads actually used for coding
  double seconds = 0;            // wall time of the whole run
};

struct PipelineSinks {
  // Every coded document with its result, on the calling thread, in input order.
  std::function<void(const Document&, const CodeResult&)> on_coded;
  // Rejections (kRejected, also used for inputs that cannot be opened) and warnings (kWarning),
  // already formatted "file:line: reason", on the calling thread as soon as they are found.
  std::function<void(ReadKind kind, const std::string& message)> on_message;
};

// Runs the whole pipeline. With one thread the documents are coded on the calling thread (no
// hand-off cost); with N > 1, N workers code while the calling thread reads and delivers.
PipelineStats RunPipeline(const CodeFunction& code, const PipelineOptions& options,
                          const PipelineSinks& sinks);

// The default for PipelineOptions::threads == 0: std::thread::hardware_concurrency(), lowered to
// the CPU affinity mask and the cgroup CPU quota when those allow fewer cores.
int DefaultThreadCount();

}  // namespace dyadwatch::ingest

#endif  // DYADWATCH_INGEST_PIPELINE_H_
