// Coder: the public entry point; wires text preparation, lexicon lookup, tagging and event coding.
#include "dyadwatch/coder.h"

#include <cstdlib>
#include <filesystem>

namespace dyadwatch {

struct Coder::Impl {
  CoderOptions options;
};

Coder::Coder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Coder::~Coder() = default;

Result<std::shared_ptr<const Coder>> Coder::Open(const CoderOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  return std::shared_ptr<const Coder>(new Coder(std::move(impl)));
}

CodeResult Coder::Code(const Document& document) const {
  // Placeholder while the coding stages are being assembled: codes nothing.
  return CodeResult{};
}

std::string FindDataDir(const std::string& hint) {
  namespace fs = std::filesystem;
  std::error_code ec;
  auto usable = [&](const fs::path& p) { return !p.empty() && fs::is_directory(p / "cameo", ec); };
  if (!hint.empty() && usable(hint)) return hint;
  if (const char* env = std::getenv("DYADWATCH_DATA"); env && usable(env)) return env;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (auto p : {exe.parent_path().parent_path() / "data",
                   exe.parent_path().parent_path() / "share" / "dyadwatch"}) {
      if (usable(p)) return p.string();
    }
  }
  if (usable(DYADWATCH_SOURCE_DATA_DIR)) return DYADWATCH_SOURCE_DATA_DIR;
  return "";
}

}  // namespace dyadwatch
