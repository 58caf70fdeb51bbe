#include "coder/sentence_filters.h"

#include <algorithm>
#include <map>

namespace dyadwatch::coder {

int CountWords(const text::Sentence& sentence) {
  int n = 0;
  for (const text::Token& t : sentence.tokens) {
    if (t.kind != text::TokenKind::kWord && t.kind != text::TokenKind::kNumber) continue;
    if (t.norm == "'S" || t.norm == "'") continue;
    ++n;
  }
  return n;
}

std::vector<uint32_t> ClauseConjunctions(const text::Sentence& sentence,
                                         const std::vector<parse::PosTag>& tags,
                                         const std::vector<ActorUnit>& units) {
  const auto& tokens = sentence.tokens;
  std::vector<bool> in_actor(tokens.size(), false);
  for (const ActorUnit& u : units) {
    if (u.code.empty() && !u.from_locus) continue;
    for (uint32_t k = u.begin; k < u.end && k < tokens.size(); ++k) in_actor[k] = true;
  }
  std::vector<uint32_t> out;
  for (uint32_t k = 0; k < tokens.size(); ++k) {
    const std::string& w = tokens[k].norm;
    if (w != "AND" && w != "OR" && w != "BUT" && w != "NOR") continue;
    size_t next = k + 1;
    if (next < tokens.size() && next < tags.size() && tags[next] == parse::PosTag::kDT) ++next;
    bool joins_actors = k > 0 && in_actor[k - 1] && next < tokens.size() && in_actor[next];
    if (!joins_actors) out.push_back(k);
  }
  return out;
}

Complexity MeasureComplexity(const text::Sentence& sentence,
                             const std::vector<parse::PosTag>& tags,
                             const std::vector<ActorUnit>& units,
                             const std::vector<VerbGroup>& groups) {
  Complexity c;
  for (const VerbGroup& g : groups) c.verbs += g.match.found() ? 1 : 0;
  c.conjunctions = static_cast<int>(ClauseConjunctions(sentence, tags, units).size());
  return c;
}

size_t KeepFirstCodedVerb(const std::vector<VerbGroup>& groups,
                          const std::vector<uint32_t>& conjunctions, bool per_clause,
                          std::vector<ProtoEvent>* events) {
  // The clause of a group: how many clause conjunctions come before its head.
  auto clause_of = [&](int g) -> size_t {
    if (!per_clause) return 0;
    uint32_t head = groups[g].head;
    return static_cast<size_t>(
        std::lower_bound(conjunctions.begin(), conjunctions.end(), head) - conjunctions.begin());
  };
  std::map<size_t, uint32_t> first_head;  // clause -> head of its first coded verb
  for (const ProtoEvent& e : *events) {
    if (e.group < 0) continue;
    uint32_t head = groups[e.group].head;
    auto [it, added] = first_head.emplace(clause_of(e.group), head);
    if (!added) it->second = std::min(it->second, head);
  }
  size_t before = events->size();
  std::erase_if(*events, [&](const ProtoEvent& e) {
    return e.group >= 0 && groups[e.group].head != first_head[clause_of(e.group)];
  });
  return before - events->size();
}

std::string TooComplex(const Complexity& c, int max_verbs, int max_conjunctions) {
  if (max_verbs > 0 && c.verbs >= max_verbs) {
    return std::to_string(c.verbs) + " dictionary verbs (limit " + std::to_string(max_verbs) + ")";
  }
  if (max_conjunctions > 0 && c.conjunctions >= max_conjunctions) {
    return std::to_string(c.conjunctions) + " clause conjunctions (limit " +
           std::to_string(max_conjunctions) + ")";
  }
  return "";
}

}  // namespace dyadwatch::coder
