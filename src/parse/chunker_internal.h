// Shared by the chunker's passes (chunker.cc: phrases, chunker_clauses.cc: clauses). Not an API.
#ifndef DYADWATCH_PARSE_CHUNKER_INTERNAL_H_
#define DYADWATCH_PARSE_CHUNKER_INTERNAL_H_

#include <span>
#include <string_view>
#include <vector>

#include "parse/chunker.h"

namespace dyadwatch::parse::chunker_internal {

struct Input {
  const std::vector<text::Token>& tokens;
  std::span<const PosTag> tags;
  int size() const { return static_cast<int>(tags.size()); }
  // Out-of-range positions read as "no tag" / "" so rules can look around freely.
  PosTag tag(int i) const { return i >= 0 && i < size() ? tags[i] : PosTag::kXX; }
  std::string_view norm(int i) const {
    return i >= 0 && i < size() ? std::string_view(tokens[i].norm) : std::string_view();
  }
};

// Is NP k directly followed (adverbs aside) by a finite verb group?
bool FollowedByFiniteVerb(const Input& in, const SentenceChunks& c, int k);

// Segments the sentence into clauses (fills clauses, clause_of_token and the clause fields of
// phrases), then links infinitives to their governing verb groups and marks appositives.
void FindClauses(const Input& in, SentenceChunks* out);

}  // namespace dyadwatch::parse::chunker_internal

#endif  // DYADWATCH_PARSE_CHUNKER_INTERNAL_H_
