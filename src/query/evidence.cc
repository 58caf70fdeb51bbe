#include "query/evidence.h"

#include <algorithm>
#include <vector>

namespace dyadwatch::query {

std::string MarkEvidence(const store::Mention& m) {
  struct Mark {
    size_t at;
    int order;  // closing marks before opening marks at the same offset
    const char* text;
  };
  std::vector<Mark> marks;
  const size_t base = m.sentence_span.begin;
  const size_t size = m.sentence_text.size();
  auto add = [&](const Span& span, const char* open, const char* close) {
    if (span.empty() || span.begin < base || span.end - base > size || span.end < span.begin) return;
    marks.push_back({span.begin - base, 1, open});
    marks.push_back({span.end - base, 0, close});
  };
  add(m.source_span, "[[", "]]");
  add(m.verb_span, "{{", "}}");
  add(m.target_span, "<<", ">>");
  std::stable_sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
    return a.at != b.at ? a.at < b.at : a.order < b.order;
  });
  std::string out;
  size_t pos = 0;
  for (const Mark& mark : marks) {
    out.append(m.sentence_text, pos, mark.at - pos);
    out += mark.text;
    pos = mark.at;
  }
  out.append(m.sentence_text, pos, std::string::npos);
  return out;
}

}  // namespace dyadwatch::query
