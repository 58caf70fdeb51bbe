#include "validate/suite.h"

#include <cctype>

namespace dyadwatch::validate {

const char* ExpectationName(Expectation e) {
  switch (e) {
    case Expectation::kEvents: return "events";
    case Expectation::kNoEvents: return "no events";
    case Expectation::kError: return "error";
    case Expectation::kDiscard: return "discard";
    case Expectation::kComplex: return "complex";
  }
  return "?";
}

bool RequiresDyad(const SuiteRecord& record) {
  bool required = true;  // PETRARCH2's default; TABARI has no such option
  for (const std::string& option : record.options) {
    std::string lower;
    for (char c : option) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "require_dyad=false") required = false;
    if (lower == "require_dyad=true") required = true;
  }
  return required;
}

}  // namespace dyadwatch::validate
