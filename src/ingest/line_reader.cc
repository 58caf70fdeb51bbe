#include "ingest/line_reader.h"

#include <cstring>

namespace dyadwatch::ingest {

namespace {
constexpr size_t kChunkBytes = 1 << 20;
}

LineReader::LineReader(std::unique_ptr<ByteSource> source, size_t max_line_bytes)
    : source_(std::move(source)), max_line_bytes_(max_line_bytes), chunk_(kChunkBytes) {
  line_.resize(4096 + kPadding);
}

bool LineReader::Fill() {
  if (finished_) return false;
  Result<size_t> got = source_->Read(chunk_.data(), chunk_.size());
  if (!got.ok()) {
    error_ = got.status().message();
    finished_ = true;
    return false;
  }
  if (got.value() == 0) {
    finished_ = true;
    return false;
  }
  chunk_pos_ = 0;
  chunk_end_ = got.value();
  bytes_read_ += got.value();
  return true;
}

void LineReader::Append(const char* data, size_t n) {
  if (line_size_ + n + kPadding > line_.size()) {
    size_t want = std::max(line_.size() * 2, line_size_ + n + kPadding);
    line_.resize(std::min(want, max_line_bytes_ + kPadding + 1));
    if (line_.size() < line_size_ + n + kPadding) line_.resize(line_size_ + n + kPadding);
  }
  std::memcpy(line_.data() + line_size_, data, n);
  line_size_ += n;
}

LineReader::Kind LineReader::Next() {
  line_size_ = 0;
  bool skipping = false;  // this line went over the limit: count its bytes, keep none
  uint64_t skipped = 0;
  bool any_byte = false;  // the line has at least one byte (or its newline) in the stream
  for (;;) {
    if (chunk_pos_ == chunk_end_ && !Fill()) {
      line_number_ = next_line_number_;
      if (!error_.empty()) {
        if (error_reported_) return Kind::kEnd;  // the error is reported once, then the end
        error_reported_ = true;
        ++next_line_number_;
        return Kind::kError;
      }
      if (!any_byte) return Kind::kEnd;
      ++next_line_number_;  // last line without a trailing newline
      if (skipping) {
        oversized_bytes_ = skipped;
        return Kind::kOversized;
      }
      std::memset(line_.data() + line_size_, 0, kPadding);
      return Kind::kLine;
    }
    any_byte = true;
    const char* begin = chunk_.data() + chunk_pos_;
    const size_t available = chunk_end_ - chunk_pos_;
    const char* newline = static_cast<const char*>(std::memchr(begin, '\n', available));
    const size_t take = newline ? static_cast<size_t>(newline - begin) : available;
    chunk_pos_ += take + (newline ? 1 : 0);
    if (!skipping && line_size_ + take > max_line_bytes_) {
      skipping = true;  // drop what was buffered, keep counting
      skipped = line_size_;
      line_size_ = 0;
    }
    if (skipping) {
      skipped += take;
    } else {
      Append(begin, take);
    }
    if (newline) {
      line_number_ = next_line_number_++;
      if (skipping) {
        oversized_bytes_ = skipped;
        return Kind::kOversized;
      }
      std::memset(line_.data() + line_size_, 0, kPadding);
      return Kind::kLine;
    }
  }
}

}  // namespace dyadwatch::ingest
