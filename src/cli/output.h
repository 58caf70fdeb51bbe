// Shared pieces of the coding subcommands: the buffered output sink, the reading/threading options
// both `code` and `eval` take, and the stderr message printer.
#ifndef DYADWATCH_CLI_OUTPUT_H_
#define DYADWATCH_CLI_OUTPUT_H_

#include <CLI/CLI.hpp>

#include <cstdio>
#include <string>

#include "ingest/pipeline.h"

namespace dyadwatch::cli {

// Writes to stdout ("" or "-") or a file through a large buffer; remembers the first error.
class OutputSink {
 public:
  OutputSink() = default;
  ~OutputSink();
  OutputSink(const OutputSink&) = delete;
  OutputSink& operator=(const OutputSink&) = delete;

  Status Open(const std::string& path);
  std::string& buffer() { return buffer_; }  // append here, then call MaybeFlush()
  void MaybeFlush() {
    if (buffer_.size() >= kFlushBytes) Flush();
  }
  Status Close();  // flushes and closes; the first write error, if any

 private:
  static constexpr size_t kFlushBytes = 1 << 20;
  void Flush();
  FILE* file_ = nullptr;
  bool owned_ = false;
  std::string buffer_;
  std::string path_;
  int error_ = 0;
};

// Options shared by `code` and `eval`, added to `command` and read back after parsing.
struct CodingFlags {
  std::string dict;
  int threads = 0;
  size_t max_record_bytes = size_t{8} << 20;
  std::string date;
  bool require_dyad = false;  // CoderOptions::require_dyad
  void AddTo(CLI::App* command);
  // Fills the reader/pipeline options; throws CLI::ValidationError on a bad --date.
  ingest::PipelineOptions ToPipelineOptions() const;
};

// Prints a pipeline message on stderr.
void PrintMessage(ingest::ReadKind kind, const std::string& message);

}  // namespace dyadwatch::cli

#endif  // DYADWATCH_CLI_OUTPUT_H_
