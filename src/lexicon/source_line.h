// Where a dictionary entry came from: used in error messages and in an event's `rule` field.
#ifndef DYADWATCH_LEXICON_SOURCE_LINE_H_
#define DYADWATCH_LEXICON_SOURCE_LINE_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>

namespace dyadwatch::lexicon {

struct SourceLine {
  std::string_view file;  // path as given to the loader; owned by the dictionary (stable address)
  uint32_t line = 0;      // 1-based
  std::string ToString() const { return std::string(file) + ":" + std::to_string(line); }
};

// Owns file names so that SourceLine::file stays valid while the owning dictionary lives, even
// after the dictionary is moved (the deque sits behind a unique_ptr).
class FileNames {
 public:
  FileNames() : names_(std::make_unique<std::deque<std::string>>()) {}
  std::string_view Intern(std::string name) {
    for (const std::string& existing : *names_)
      if (existing == name) return existing;
    return names_->emplace_back(std::move(name));
  }

 private:
  std::unique_ptr<std::deque<std::string>> names_;
};

}  // namespace dyadwatch::lexicon

#endif  // DYADWATCH_LEXICON_SOURCE_LINE_H_
