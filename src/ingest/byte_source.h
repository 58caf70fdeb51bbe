// Byte streams for the record reader: a file or stdin, transparently decompressed when the first
// bytes are a gzip/zlib or zstd header (the file name is not trusted).
#ifndef DYADWATCH_INGEST_BYTE_SOURCE_H_
#define DYADWATCH_INGEST_BYTE_SOURCE_H_

#include <cstddef>
#include <memory>
#include <string>

#include "dyadwatch/status.h"

namespace dyadwatch::ingest {

enum class Compression { kNone, kGzip, kZstd };

const char* CompressionName(Compression compression);  // "plain", "gzip", "zstd"

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `capacity` bytes into `buffer`. Returns the count (0 only at the clean end of the
  // stream) or an error such as "truncated gzip stream". After an error the source is finished.
  virtual Result<size_t> Read(char* buffer, size_t capacity) = 0;
};

// Opens `path` ("-" = stdin) and wraps it in the decompressor its magic bytes call for.
Result<std::unique_ptr<ByteSource>> OpenByteSource(const std::string& path,
                                                   Compression* detected = nullptr);

// Same for an already open descriptor (closed on destruction when `owned`).
Result<std::unique_ptr<ByteSource>> OpenByteSourceFd(int fd, bool owned,
                                                     Compression* detected = nullptr);

}  // namespace dyadwatch::ingest

#endif  // DYADWATCH_INGEST_BYTE_SOURCE_H_
