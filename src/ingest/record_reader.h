// Reads news documents from one input (file or stdin): JSON Lines, optionally gzip/zstd, or a
// plain .txt file as a single document. Every record comes out either as a Document or as a
// rejection message "file:line: reason"; non-fatal findings come out as warnings.
#ifndef DYADWATCH_INGEST_RECORD_READER_H_
#define DYADWATCH_INGEST_RECORD_READER_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>

#include <simdjson.h>

#include "dyadwatch/document.h"
#include "dyadwatch/status.h"
#include "ingest/byte_source.h"

namespace dyadwatch::ingest {

struct ReaderOptions {
  size_t max_record_bytes = size_t{8} << 20;  // longer records are skipped unbuffered and reported
  std::string text_file_date;                 // date of .txt documents ("" = none), YYYY-MM-DD
};

struct ReadStats {
  uint64_t bytes = 0;         // decompressed input bytes read
  uint64_t records = 0;       // non-blank lines (and .txt files) seen
  uint64_t documents = 0;     // records turned into documents
  uint64_t rejected = 0;      // records reported and skipped; a broken stream counts as one
  uint64_t missing_date = 0;  // documents without a date (not a rejection)
  uint64_t bad_date = 0;      // documents whose date was unrecognised and left empty
  uint64_t repaired = 0;      // documents repaired: invalid UTF-8, or JSON strings with raw
                              // control characters / unpaired surrogate escapes
  uint64_t replacements = 0;  // U+FFFD characters written by those repairs

  void Add(const ReadStats& other);
};

enum class ReadKind {
  kDocument,  // *document is filled
  kRejected,  // *message is "file:line: reason"; the record was skipped
  kWarning,   // *message is "file:line: ..." or "file: ..."; nothing was skipped
  kEnd,       // the input is exhausted (Next keeps returning kEnd)
};

class RecordReader {
 public:
  // Opens `path` ("-" = stdin). Fails only when the input cannot be opened at all.
  static Result<std::unique_ptr<RecordReader>> Open(const std::string& path,
                                                    const ReaderOptions& options);

  // Reads from `source`; `name` appears in messages and default ids. `text_file`: the whole
  // stream is one plain-text document instead of JSON Lines.
  RecordReader(std::unique_ptr<ByteSource> source, std::string name, bool text_file,
               const ReaderOptions& options);
  ~RecordReader();

  ReadKind Next(Document* document, std::string* message);

  const ReadStats& stats() const { return stats_; }
  const std::string& name() const { return name_; }

 private:
  struct Item {
    ReadKind kind;
    std::string message;
    Document document;
  };
  struct JsonState;  // simdjson parser and scratch buffers

  void ReadNextLine();       // fills pending_ with the outcome of the next JSON line
  void ReadTextFile();       // fills pending_ with the outcome of a .txt input
  // Parses one JSON line into a document (or a rejection for missing text and the like). Returns
  // the parser's error when the line is not valid JSON, without reporting it.
  simdjson::error_code ParseJsonRecord(const char* data, size_t size, size_t capacity,
                                       size_t line_number);
  void Reject(size_t line_number, const std::string& reason);
  void Warn(size_t line_number, const std::string& reason);
  void AddDocument(Document document);
  void FinishFile();         // end-of-input notes (missing dates, repairs)
  std::string Where(size_t line_number) const;

  std::string name_;
  bool text_file_;
  ReaderOptions options_;
  std::unique_ptr<ByteSource> source_;  // used directly for .txt inputs
  std::unique_ptr<class LineReader> lines_;
  std::unique_ptr<JsonState> json_;
  std::deque<Item> pending_;
  ReadStats stats_;
  uint64_t repair_warnings_ = 0;
  uint64_t date_warnings_ = 0;
  bool finished_ = false;
};

// True when `path` names a plain-text input (".txt", also ".txt.gz"/".txt.zst"), case-insensitive.
bool IsTextFilePath(const std::string& path);

// "8 MiB", "512 KiB" or "1000 bytes": how limits are shown in messages.
std::string FormatByteLimit(size_t bytes);

}  // namespace dyadwatch::ingest

#endif  // DYADWATCH_INGEST_RECORD_READER_H_
