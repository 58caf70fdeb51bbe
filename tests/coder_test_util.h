// Helpers shared by the coder tests that open a Coder per case with their own options.
#ifndef DYADWATCH_TESTS_CODER_TEST_UTIL_H_
#define DYADWATCH_TESTS_CODER_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyadwatch/coder.h"

namespace dyadwatch::testing_util {

// Opens a coder with `options` and codes `text` as one document dated 2020-08-20.
inline std::vector<Event> CodeWith(const CoderOptions& options, const std::string& text) {
  auto coder = Coder::Open(options);
  EXPECT_TRUE(coder.ok()) << coder.status().message();
  if (!coder.ok()) return {};
  Document doc;
  doc.id = "t";
  doc.date = "2020-08-20";
  doc.text = text;
  return coder.value()->Code(doc).events;
}

// "SOURCE CODE TARGET" per event, for failure messages.
inline std::string Dump(const std::vector<Event>& events) {
  std::string s;
  for (const Event& e : events) s += e.source + " " + e.code + " " + e.target + "\n";
  return s.empty() ? "(no events)\n" : s;
}

}  // namespace dyadwatch::testing_util

#endif  // DYADWATCH_TESTS_CODER_TEST_UTIL_H_
