// Plain, gzip and zstd byte sources. Decompression is streamed in fixed-size chunks so memory stays
// bounded whatever the input size; truncation is detected at the end of the compressed input.
#include "ingest/byte_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>
#include <utility>
#include <vector>

namespace dyadwatch::ingest {
namespace {

constexpr size_t kCompressedChunk = 256 * 1024;

// Reads a descriptor; bytes already peeked for format detection are served first.
class FdSource final : public ByteSource {
 public:
  FdSource(int fd, bool owned) : fd_(fd), owned_(owned) {}
  ~FdSource() override {
    if (owned_) ::close(fd_);
  }

  // Reads up to 4 bytes ahead without consuming them, for magic-number detection.
  Status Peek(std::string* head) {
    while (prefix_.size() < 4) {
      char c[4];
      ssize_t got = ::read(fd_, c, 4 - prefix_.size());
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) return Status::Error(std::string("read error: ") + std::strerror(errno));
      if (got == 0) break;
      prefix_.append(c, static_cast<size_t>(got));
    }
    *head = prefix_;
    return Status::OK();
  }

  Result<size_t> Read(char* buffer, size_t capacity) override {
    if (prefix_pos_ < prefix_.size()) {
      size_t n = std::min(capacity, prefix_.size() - prefix_pos_);
      std::memcpy(buffer, prefix_.data() + prefix_pos_, n);
      prefix_pos_ += n;
      return n;
    }
    for (;;) {
      ssize_t got = ::read(fd_, buffer, capacity);
      if (got >= 0) return static_cast<size_t>(got);
      if (errno == EINTR) continue;
      return Status::Error(std::string("read error: ") + std::strerror(errno));
    }
  }

 private:
  int fd_;
  bool owned_;
  std::string prefix_;
  size_t prefix_pos_ = 0;
};

// gzip (and zlib) with concatenated members, as written by `gzip` on appended files or pigz.
class GzipSource final : public ByteSource {
 public:
  explicit GzipSource(std::unique_ptr<ByteSource> input) : input_(std::move(input)), in_(kCompressedChunk) {
    std::memset(&z_, 0, sizeof z_);
    inflateInit2(&z_, 15 + 32);  // 32: accept both gzip and zlib headers
  }
  ~GzipSource() override { inflateEnd(&z_); }

  Result<size_t> Read(char* buffer, size_t capacity) override {
    if (!pending_error_.empty()) return Fail(std::exchange(pending_error_, std::string()));
    if (done_) return size_t{0};
    z_.next_out = reinterpret_cast<Bytef*>(buffer);
    z_.avail_out = static_cast<uInt>(capacity);
    while (z_.avail_out == capacity) {
      if (z_.avail_in == 0 && !eof_) {
        Result<size_t> got = input_->Read(in_.data(), in_.size());
        if (!got.ok()) return Fail(got.status().message());
        if (got.value() == 0) eof_ = true;
        z_.next_in = reinterpret_cast<Bytef*>(in_.data());
        z_.avail_in = static_cast<uInt>(got.value());
      }
      if (z_.avail_in == 0 && eof_) {
        if (member_open_) return Fail("truncated gzip stream");
        done_ = true;
        break;
      }
      member_open_ = true;
      int ret = inflate(&z_, Z_NO_FLUSH);
      if (ret == Z_STREAM_END) {
        member_open_ = false;  // another member may follow
        inflateReset(&z_);
      } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
        std::string error =
            std::string("corrupt gzip stream (") + (z_.msg ? z_.msg : "zlib error") + ")";
        // Bytes inflated before the damage are good: deliver them, report on the next call.
        if (z_.avail_out != capacity) {
          pending_error_ = std::move(error);
          break;
        }
        return Fail(std::move(error));
      }
    }
    return capacity - z_.avail_out;
  }

 private:
  Result<size_t> Fail(std::string message) {
    done_ = true;
    return Status::Error(std::move(message));
  }

  std::unique_ptr<ByteSource> input_;
  std::vector<char> in_;
  std::string pending_error_;
  z_stream z_;
  bool eof_ = false;
  bool done_ = false;
  bool member_open_ = false;
};

// zstd with any number of frames.
class ZstdSource final : public ByteSource {
 public:
  explicit ZstdSource(std::unique_ptr<ByteSource> input)
      : input_(std::move(input)), in_(ZSTD_DStreamInSize()), dctx_(ZSTD_createDCtx()) {}
  ~ZstdSource() override { ZSTD_freeDCtx(dctx_); }

  Result<size_t> Read(char* buffer, size_t capacity) override {
    if (!pending_error_.empty()) return Fail(std::exchange(pending_error_, std::string()));
    if (done_) return size_t{0};
    ZSTD_outBuffer out{buffer, capacity, 0};
    for (;;) {
      if (in_buf_.pos == in_buf_.size && !eof_) {
        Result<size_t> got = input_->Read(in_.data(), in_.size());
        if (!got.ok()) return Fail(got.status().message());
        if (got.value() == 0) eof_ = true;
        in_buf_ = ZSTD_inBuffer{in_.data(), got.value(), 0};
      }
      const size_t consumed_before = in_buf_.pos;
      size_t ret = ZSTD_decompressStream(dctx_, &out, &in_buf_);
      if (ZSTD_isError(ret)) {
        std::string error = std::string("corrupt zstd stream (") + ZSTD_getErrorName(ret) + ")";
        if (out.pos > 0) {  // deliver what was decoded before the damage first
          pending_error_ = std::move(error);
          return out.pos;
        }
        return Fail(std::move(error));
      }
      // 0 means the current frame is complete and flushed. A call that moved nothing (empty input
      // at the end) answers for a frame not yet begun, so it must not change the verdict.
      if (in_buf_.pos != consumed_before || out.pos > 0) frame_pending_ = ret != 0;
      if (out.pos > 0) return out.pos;
      if (in_buf_.pos == in_buf_.size && eof_) {
        if (frame_pending_) return Fail("truncated zstd stream");
        done_ = true;
        return size_t{0};
      }
    }
  }

 private:
  Result<size_t> Fail(std::string message) {
    done_ = true;
    return Status::Error(std::move(message));
  }

  std::unique_ptr<ByteSource> input_;
  std::vector<char> in_;
  ZSTD_inBuffer in_buf_{nullptr, 0, 0};
  std::string pending_error_;
  ZSTD_DCtx* dctx_;
  bool eof_ = false;
  bool done_ = false;
  bool frame_pending_ = false;
};

}  // namespace

const char* CompressionName(Compression compression) {
  switch (compression) {
    case Compression::kGzip: return "gzip";
    case Compression::kZstd: return "zstd";
    case Compression::kNone: break;
  }
  return "plain";
}

Result<std::unique_ptr<ByteSource>> OpenByteSourceFd(int fd, bool owned, Compression* detected) {
  auto raw = std::make_unique<FdSource>(fd, owned);
  std::string head;
  if (Status s = raw->Peek(&head); !s.ok()) return s;
  const auto* h = reinterpret_cast<const unsigned char*>(head.data());
  Compression kind = Compression::kNone;
  if (head.size() >= 2 && h[0] == 0x1f && h[1] == 0x8b) {
    kind = Compression::kGzip;
  } else if (head.size() >= 4 && h[0] == 0x28 && h[1] == 0xb5 && h[2] == 0x2f && h[3] == 0xfd) {
    kind = Compression::kZstd;
  }
  if (detected) *detected = kind;
  switch (kind) {
    case Compression::kGzip: return std::unique_ptr<ByteSource>(new GzipSource(std::move(raw)));
    case Compression::kZstd: return std::unique_ptr<ByteSource>(new ZstdSource(std::move(raw)));
    case Compression::kNone: break;
  }
  return std::unique_ptr<ByteSource>(std::move(raw));
}

Result<std::unique_ptr<ByteSource>> OpenByteSource(const std::string& path, Compression* detected) {
  if (path == "-") return OpenByteSourceFd(0, /*owned=*/false, detected);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::Error(std::string("cannot open: ") + std::strerror(errno));
  struct stat info;
  if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    ::close(fd);
    return Status::Error("cannot open: is a directory");
  }
  return OpenByteSourceFd(fd, /*owned=*/true, detected);
}

}  // namespace dyadwatch::ingest
