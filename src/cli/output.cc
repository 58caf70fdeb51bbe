#include "cli/output.h"

#include <cerrno>
#include <cstring>

#include "ingest/date.h"

namespace dyadwatch::cli {

OutputSink::~OutputSink() { Close(); }

Status OutputSink::Open(const std::string& path) {
  path_ = path.empty() || path == "-" ? "stdout" : path;
  if (path.empty() || path == "-") {
    file_ = stdout;
    return Status::OK();
  }
  file_ = std::fopen(path.c_str(), "wb");
  if (file_ == nullptr) return Status::Error(path + ": cannot write: " + std::strerror(errno));
  owned_ = true;
  return Status::OK();
}

void OutputSink::Flush() {
  if (file_ != nullptr && !buffer_.empty() && error_ == 0 &&
      std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
    error_ = errno ? errno : EIO;
  }
  buffer_.clear();
}

Status OutputSink::Close() {
  if (file_ == nullptr) return Status::OK();
  Flush();
  if (std::fflush(file_) != 0 && error_ == 0) error_ = errno ? errno : EIO;
  if (owned_ && std::fclose(file_) != 0 && error_ == 0) error_ = errno ? errno : EIO;
  file_ = nullptr;
  if (error_ != 0) return Status::Error(path_ + ": write error: " + std::strerror(error_));
  return Status::OK();
}

void CodingFlags::AddTo(CLI::App* command) {
  command->add_option("--dict", dict, "dictionary set: a directory or a config file (default: bundled)");
  command->add_option("--threads", threads, "coding threads (default: all cores)")
      ->check(CLI::Range(1, 1024));
  command
      ->add_option("--max-record-bytes", max_record_bytes,
                   "longest accepted record, e.g. 8MiB (default); longer ones are reported and skipped")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(size_t{1}, size_t{1} << 32));
  command->add_option("--date", date, "date of .txt documents, YYYY-MM-DD");
  command->add_flag("--require-dyad", require_dyad,
                    "code only events with a known source and a known target (default: an act "
                    "whose target is unknown is kept with an empty target, as in GDELT)");
}

ingest::PipelineOptions CodingFlags::ToPipelineOptions() const {
  ingest::PipelineOptions options;
  options.threads = threads;
  options.reader.max_record_bytes = max_record_bytes;
  if (!date.empty() && !ingest::NormalizeDate(date, &options.reader.text_file_date)) {
    throw CLI::ValidationError("--date", "'" + date + "' is not a date (YYYY-MM-DD)");
  }
  return options;
}

void PrintMessage(ingest::ReadKind kind, const std::string& message) {
  std::fprintf(stderr, "%s\n", message.c_str());
}

}  // namespace dyadwatch::cli
