// Splits a byte stream into lines with bounded memory: a line longer than the limit is skipped
// as it streams past (only its length is kept), so a 50 MB line costs no more than a short one.
#ifndef DYADWATCH_INGEST_LINE_READER_H_
#define DYADWATCH_INGEST_LINE_READER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/byte_source.h"

namespace dyadwatch::ingest {

class LineReader {
 public:
  enum class Kind {
    kLine,       // line() holds the next line, without its '\n'
    kOversized,  // a line of oversized_bytes() bytes was skipped
    kError,      // the stream failed (error()); lines before it were all delivered; then kEnd
    kEnd,
  };

  LineReader(std::unique_ptr<ByteSource> source, size_t max_line_bytes);

  Kind Next();

  // The current line. Its buffer has kPadding readable bytes after the end (for simdjson).
  std::string_view line() const { return {line_.data(), line_size_}; }
  char* mutable_line_data() { return line_.data(); }
  size_t line_capacity() const { return line_.size(); }
  size_t line_number() const { return line_number_; }   // 1-based, of the last item returned
  uint64_t oversized_bytes() const { return oversized_bytes_; }
  const std::string& error() const { return error_; }
  uint64_t bytes_read() const { return bytes_read_; }   // decompressed bytes so far

  static constexpr size_t kPadding = 64;

 private:
  bool Fill();  // false at the end of the stream or on error (then error_ is set)
  void Append(const char* data, size_t n);

  std::unique_ptr<ByteSource> source_;
  size_t max_line_bytes_;
  std::vector<char> chunk_;
  size_t chunk_pos_ = 0;
  size_t chunk_end_ = 0;
  std::vector<char> line_;   // line bytes then padding; grows up to max_line_bytes + kPadding
  size_t line_size_ = 0;
  size_t next_line_number_ = 1;
  size_t line_number_ = 0;
  uint64_t oversized_bytes_ = 0;
  uint64_t bytes_read_ = 0;
  std::string error_;
  bool finished_ = false;
  bool error_reported_ = false;
};

}  // namespace dyadwatch::ingest

#endif  // DYADWATCH_INGEST_LINE_READER_H_
