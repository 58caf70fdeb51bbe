// Record reading: bytes -> lines -> checks (size, NUL, UTF-8) -> simdjson -> Document.
// The checks run before the JSON parser because simdjson refuses invalid UTF-8 outright, and a
// repaired line is still a valid JSON line (U+FFFD is allowed anywhere a string byte is).
#include "ingest/record_reader.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>

#include "ingest/date.h"
#include "ingest/line_reader.h"
#include "ingest/utf8.h"

namespace dyadwatch::ingest {
namespace {

// Per-record warnings of one kind shown per input before only the end-of-file total is given.
constexpr uint64_t kMaxRecordWarnings = 10;

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
  });
}

constexpr char kUtf16Reason[] =
    "UTF-16 text (byte-order mark); the input must be UTF-8, e.g. iconv -f UTF-16 -t UTF-8 FILE; "
    "rest of the input skipped";

bool IsUtf16ByteOrderMark(std::string_view s) {
  return s.size() >= 2 && ((s[0] == '\xFF' && s[1] == '\xFE') || (s[0] == '\xFE' && s[1] == '\xFF'));
}

bool EndsWithIgnoreCase(const std::string& s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

const char* TypeName(simdjson::ondemand::json_type type) {
  using simdjson::ondemand::json_type;
  switch (type) {
    case json_type::array: return "an array";
    case json_type::object: return "an object";
    case json_type::number: return "a number";
    case json_type::string: return "a string";
    case json_type::boolean: return "a boolean";
    case json_type::null: return "null";
  }
  return "of unknown type";
}

std::string BrokenJson(simdjson::error_code error) {
  if (error == simdjson::TRAILING_CONTENT) return "broken JSON: content after the closing brace";
  return std::string("broken JSON: ") + simdjson::error_message(error);
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of a "\uXXXX" escape starting at s[i], or -1.
int EscapeUnit(std::string_view s, size_t i) {
  if (i + 6 > s.size() || s[i] != '\\' || s[i + 1] != 'u') return -1;
  int v = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    int h = HexValue(s[k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

// Copies a JSON line into *out fixing what strict parsers refuse inside strings: raw control
// characters become escapes, and "\uD8xx" escapes without their other half become "\ufffd".
// Returns the number of fixes (0: nothing to fix, *out is then unspecified).
size_t RepairJsonStrings(std::string_view line, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->clear();
  out->reserve(line.size() + 16);
  size_t fixes = 0;
  bool in_string = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (!in_string) {
      in_string = c == '"';
      out->push_back(c);
      continue;
    }
    if (c == '"') {
      in_string = false;
      out->push_back(c);
    } else if (static_cast<unsigned char>(c) < 0x20) {
      const char escaped[] = {'\\', 'u', '0', '0', kHex[(c >> 4) & 1], kHex[c & 15]};
      if (c == '\t') out->append("\\t");
      else if (c == '\n') out->append("\\n");
      else if (c == '\r') out->append("\\r");
      else out->append(escaped, sizeof escaped);
      ++fixes;
    } else if (c == '\\' && i + 1 < line.size()) {
      const int unit = EscapeUnit(line, i);
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        const int next = EscapeUnit(line, i + 6);
        if (next >= 0xDC00 && next <= 0xDFFF) {  // a proper pair: keep both escapes
          out->append(line.substr(i, 12));
          i += 11;
        } else {
          out->append("\\ufffd");
          i += 5;
          ++fixes;
        }
      } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
        out->append("\\ufffd");
        i += 5;
        ++fixes;
      } else {
        out->append(line.substr(i, 2));  // any other escape, including \\ and \"
        ++i;
      }
    } else {
      out->push_back(c);
    }
  }
  return fixes;
}

}  // namespace

void ReadStats::Add(const ReadStats& o) {
  bytes += o.bytes;
  records += o.records;
  documents += o.documents;
  rejected += o.rejected;
  missing_date += o.missing_date;
  bad_date += o.bad_date;
  repaired += o.repaired;
  replacements += o.replacements;
}

bool IsTextFilePath(const std::string& path) {
  std::string p = path;
  for (std::string_view ext : {".gz", ".zst", ".zstd"}) {
    if (EndsWithIgnoreCase(p, ext)) {
      p.resize(p.size() - ext.size());
      break;
    }
  }
  return EndsWithIgnoreCase(p, ".txt");
}

std::string FormatByteLimit(size_t bytes) {
  if (bytes >= (size_t{1} << 20) && bytes % (size_t{1} << 20) == 0) {
    return std::to_string(bytes >> 20) + " MiB";
  }
  if (bytes >= 1024 && bytes % 1024 == 0) return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + " bytes";
}

struct RecordReader::JsonState {
  simdjson::ondemand::parser parser;
  std::string repaired;          // UTF-8-repaired copy of the current line, padded
  std::string fixed;             // copy with JSON string content fixed (RepairJsonStrings)
  size_t replacements = 0;       // U+FFFD written by the UTF-8 repair of the current line
  size_t string_fixes = 0;       // fixes made by RepairJsonStrings to the current line
};

Result<std::unique_ptr<RecordReader>> RecordReader::Open(const std::string& path,
                                                         const ReaderOptions& options) {
  Result<std::unique_ptr<ByteSource>> source = OpenByteSource(path);
  if (!source.ok()) return source.status();
  const std::string name = path == "-" ? "stdin" : path;
  return std::make_unique<RecordReader>(std::move(source).value(), name,
                                        path != "-" && IsTextFilePath(path), options);
}

RecordReader::RecordReader(std::unique_ptr<ByteSource> source, std::string name, bool text_file,
                           const ReaderOptions& options)
    : name_(std::move(name)), text_file_(text_file), options_(options) {
  if (text_file_) {
    source_ = std::move(source);
  } else {
    lines_ = std::make_unique<LineReader>(std::move(source), options_.max_record_bytes);
    json_ = std::make_unique<JsonState>();
  }
}

RecordReader::~RecordReader() = default;

ReadKind RecordReader::Next(Document* document, std::string* message) {
  while (pending_.empty()) {
    if (finished_) return ReadKind::kEnd;
    if (text_file_) {
      ReadTextFile();
    } else {
      ReadNextLine();
    }
  }
  Item item = std::move(pending_.front());
  pending_.pop_front();
  if (item.kind == ReadKind::kDocument) {
    *document = std::move(item.document);
  } else {
    *message = std::move(item.message);
  }
  return item.kind;
}

std::string RecordReader::Where(size_t line_number) const {
  return name_ + ":" + std::to_string(line_number);
}

void RecordReader::Reject(size_t line_number, const std::string& reason) {
  ++stats_.rejected;
  pending_.push_back({ReadKind::kRejected, Where(line_number) + ": " + reason, {}});
}

void RecordReader::Warn(size_t line_number, const std::string& reason) {
  std::string where = line_number == 0 ? name_ : Where(line_number);
  pending_.push_back({ReadKind::kWarning, where + ": " + reason, {}});
}

void RecordReader::AddDocument(Document document) {
  ++stats_.documents;
  if (document.date.empty()) ++stats_.missing_date;
  pending_.push_back({ReadKind::kDocument, {}, std::move(document)});
}

void RecordReader::FinishFile() {
  finished_ = true;
  if (lines_) stats_.bytes = lines_->bytes_read();
  if (stats_.missing_date > 0) {
    Warn(0, std::to_string(stats_.missing_date) + " of " + std::to_string(stats_.documents) +
                " documents have no date; date-dependent actor codes stay unresolved");
  }
  if (stats_.repaired > kMaxRecordWarnings) {
    Warn(0, "text repaired in " + std::to_string(stats_.repaired) + " documents (" +
                std::to_string(stats_.replacements) + " sequences replaced by U+FFFD)");
  }
  if (stats_.bad_date > kMaxRecordWarnings) {
    Warn(0, std::to_string(stats_.bad_date) + " documents had an unrecognised date (left empty)");
  }
}

void RecordReader::ReadNextLine() {
  const LineReader::Kind kind = lines_->Next();
  const size_t line_number = lines_->line_number();
  stats_.bytes = lines_->bytes_read();
  switch (kind) {
    case LineReader::Kind::kEnd:
      FinishFile();
      return;
    case LineReader::Kind::kError:
      ++stats_.records;
      Reject(line_number, lines_->error());
      FinishFile();
      return;
    case LineReader::Kind::kOversized:
      ++stats_.records;
      Reject(line_number, "record of " + std::to_string(lines_->oversized_bytes()) +
                              " bytes exceeds the " + FormatByteLimit(options_.max_record_bytes) +
                              " limit");
      return;
    case LineReader::Kind::kLine:
      break;
  }
  std::string_view line = lines_->line();
  const char* data = line.data();
  size_t size = line.size();
  size_t capacity = lines_->line_capacity();
  if (IsBlank(line)) return;  // blank lines separate nothing and are not records
  ++stats_.records;
  if (line_number == 1 && IsUtf16ByteOrderMark({data, size})) {
    // Every line of a UTF-16 file would fail on its NUL bytes; one clear message is better.
    Reject(line_number, kUtf16Reason);
    FinishFile();
    return;
  }
  if (line_number == 1 && size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
    data += 3;  // a UTF-8 byte-order mark written by some Windows tools
    size -= 3;
    capacity -= 3;
  }
  if (std::memchr(data, 0, size) != nullptr) {
    Reject(line_number, "contains NUL bytes (binary data?)");
    return;
  }
  json_->replacements = 0;
  json_->string_fixes = 0;
  if (!IsValidUtf8({data, size})) {
    Utf8Repair repair = RepairUtf8({data, size}, &json_->repaired);
    if (std::string reason = RejectionReason(repair, size); !reason.empty()) {
      Reject(line_number, reason);
      return;
    }
    json_->replacements = repair.replacements;
    size = json_->repaired.size();
    json_->repaired.append(LineReader::kPadding, '\0');
    data = json_->repaired.data();
    capacity = json_->repaired.size();
  } else if (std::string reason = RejectionReason(ScanControlBytes({data, size}), size);
             !reason.empty()) {
    Reject(line_number, reason);
    return;
  }
  simdjson::error_code error = ParseJsonRecord(data, size, capacity, line_number);
  if (error == simdjson::STRING_ERROR || error == simdjson::UNESCAPED_CHARS) {
    // Sloppy exporters write raw tabs/newlines inside strings or cut emoji surrogate pairs in
    // half; such records are fixed (not dropped) and parsed once more.
    size_t fixes = RepairJsonStrings({data, size}, &json_->fixed);
    if (fixes > 0) {
      json_->string_fixes = fixes;
      size = json_->fixed.size();
      json_->fixed.append(LineReader::kPadding, '\0');
      error = ParseJsonRecord(json_->fixed.data(), size, json_->fixed.size(), line_number);
    }
  }
  if (error) Reject(line_number, BrokenJson(error));
}

simdjson::error_code RecordReader::ParseJsonRecord(const char* data, size_t size, size_t capacity,
                                                   size_t line_number) {
  using simdjson::ondemand::json_type;
  size_t first = 0;
  while (first < size && (data[first] == ' ' || data[first] == '\t' || data[first] == '\r')) ++first;
  if (data[first] != '{') {
    Reject(line_number, "not a JSON object (the record must be one {...} per line)");
    return simdjson::SUCCESS;
  }
  simdjson::ondemand::document doc;
  if (auto error = json_->parser.iterate(data, size, capacity).get(doc)) {
    return error;
  }
  simdjson::ondemand::object object;
  if (auto error = doc.get_object().get(object)) {
    return error;
  }
  Document document;
  bool have_text = false;
  std::string date_text;  // raw date as given (a JSON token when not a string)
  bool have_date = false;
  std::vector<std::string> warnings;
  for (auto field_result : object) {
    if (auto error = field_result.error()) {
      return error;
    }
    simdjson::ondemand::field field = std::move(field_result).value_unsafe();
    std::string_view key;
    if (auto error = field.unescaped_key().get(key)) {
      return error;
    }
    std::string* target = nullptr;
    if (key == "text") {
      target = &document.text;
    } else if (key == "id") {
      target = &document.id;
    } else if (key == "date") {
      target = &date_text;
    } else if (key == "title") {
      target = &document.title;
    } else if (key == "url") {
      target = &document.url;
    } else if (key == "source") {
      target = &document.source;
    } else if (key == "lang") {
      target = &document.lang;
    } else {
      continue;  // other fields (events, topics, ...) are skipped by the parser
    }
    simdjson::ondemand::value value = field.value();
    json_type type;
    if (auto error = value.type().get(type)) {
      return error;
    }
    if (type == json_type::string) {
      std::string_view s;
      if (auto error = value.get_string().get(s)) {
        return error;
      }
      target->assign(s);
      if (target == &document.text) have_text = true;
      if (target == &date_text) have_date = !s.empty();
      continue;
    }
    if (target == &document.text) {
      Reject(line_number, std::string("\"text\" is ") + TypeName(type) + ", not a string");
      return simdjson::SUCCESS;
    }
    if (type == json_type::null) continue;  // null = absent
    std::string_view raw;
    if (type != json_type::object && type != json_type::array) {
      // Objects and arrays are left unread: the parser skips them when moving to the next field.
      raw = value.raw_json_token();
      while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\r')) {
        raw.remove_suffix(1);
      }
    }
    if (target == &document.id && type == json_type::number) {
      document.id.assign(raw);  // numeric ids are common in exports; keep them as written
    } else if (target == &date_text) {
      date_text.assign(raw.empty() ? std::string_view(TypeName(type)) : raw);
      have_date = true;
    } else {
      warnings.push_back(std::string("field \"") + std::string(key) + "\" is " + TypeName(type) +
                         ", not a string; ignored");
    }
  }
  // current_location() fails with OUT_OF_BOUNDS exactly when nothing follows the object.
  if (!doc.current_location().error()) return simdjson::TRAILING_CONTENT;
  if (!have_text) {
    Reject(line_number, "missing \"text\" field");
    return simdjson::SUCCESS;
  }
  if (IsBlank(document.text)) {
    Reject(line_number, "empty text");
    return simdjson::SUCCESS;
  }
  if (document.text.find('\0') != std::string::npos) {
    Reject(line_number, "text contains NUL characters (\\u0000)");
    return simdjson::SUCCESS;
  }
  for (const std::string& w : warnings) Warn(line_number, w);
  if (have_date && !NormalizeDate(date_text, &document.date)) {
    document.date.clear();
    ++stats_.bad_date;
    if (++date_warnings_ <= kMaxRecordWarnings) {
      Warn(line_number, "unrecognised date \"" + date_text.substr(0, 40) +
                            "\" (expected YYYY-MM-DD or an ISO-8601 datetime); left empty");
    }
  }
  if (json_->replacements > 0 || json_->string_fixes > 0) {
    ++stats_.repaired;
    stats_.replacements += json_->replacements;
    if (++repair_warnings_ <= kMaxRecordWarnings) {
      if (json_->replacements > 0) {
        Warn(line_number, "invalid UTF-8 repaired (" + std::to_string(json_->replacements) +
                              " sequences replaced by U+FFFD)");
      }
      if (json_->string_fixes > 0) {
        Warn(line_number, "JSON strings repaired (" + std::to_string(json_->string_fixes) +
                              " raw control characters or unpaired surrogate escapes)");
      }
    }
  }
  document.origin = Where(line_number);
  if (document.id.empty()) document.id = document.origin;
  AddDocument(std::move(document));
  return simdjson::SUCCESS;
}

void RecordReader::ReadTextFile() {
  ++stats_.records;
  std::string raw;
  std::vector<char> chunk(1 << 16);
  uint64_t total = 0;
  for (;;) {
    Result<size_t> got = source_->Read(chunk.data(), chunk.size());
    if (!got.ok()) {
      stats_.bytes = total;
      Reject(1, got.status().message());
      FinishFile();
      return;
    }
    if (got.value() == 0) break;
    total += got.value();
    // Past the limit only the size is kept, like an over-long JSON line.
    if (raw.size() + got.value() <= options_.max_record_bytes) {
      raw.append(chunk.data(), got.value());
    } else {
      raw.clear();
      raw.shrink_to_fit();
    }
  }
  stats_.bytes = total;
  if (total > options_.max_record_bytes) {
    Reject(1, "record of " + std::to_string(total) + " bytes exceeds the " +
                  FormatByteLimit(options_.max_record_bytes) + " limit");
    FinishFile();
    return;
  }
  if (IsUtf16ByteOrderMark(raw)) {
    Reject(1, kUtf16Reason);
    FinishFile();
    return;
  }
  if (raw.size() >= 3 && std::memcmp(raw.data(), "\xEF\xBB\xBF", 3) == 0) raw.erase(0, 3);
  Document document;
  Utf8Repair repair = RepairUtf8(raw, &document.text);
  if (std::string reason = RejectionReason(repair, raw.size()); !reason.empty()) {
    Reject(1, reason);
  } else if (IsBlank(document.text)) {
    Reject(1, "empty text");
  } else {
    if (repair.changed()) {
      ++stats_.repaired;
      stats_.replacements += repair.replacements;
      Warn(1, "invalid UTF-8 repaired (" + std::to_string(repair.replacements) +
                  " sequences replaced by U+FFFD)");
    }
    document.id = name_;
    document.date = options_.text_file_date;
    document.origin = Where(1);
    AddDocument(std::move(document));
  }
  FinishFile();
}

}  // namespace dyadwatch::ingest
