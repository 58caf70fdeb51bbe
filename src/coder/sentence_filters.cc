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

namespace {

int WordsIn(const std::vector<text::Token>& tokens, size_t b, size_t e) {
  int n = 0;
  for (size_t k = b; k < e && k < tokens.size(); ++k) {
    const text::Token& t = tokens[k];
    if (t.kind != text::TokenKind::kWord && t.kind != text::TokenKind::kNumber) continue;
    if (t.norm == "'S" || t.norm == "'") continue;
    ++n;
  }
  return n;
}

bool Within(int n, int lo, int hi) { return hi > 0 && n >= lo && n <= hi; }

}  // namespace

size_t DropCommaClauses(int min, int max, int bmin, int bmax, int emin, int emax,
                        const std::vector<bool>& starts_mention, text::Sentence* sentence) {
  std::vector<text::Token>& tokens = sentence->tokens;
  std::vector<size_t> commas;
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (tokens[k].norm == ",") commas.push_back(k);
  }
  if (commas.empty()) return 0;
  std::vector<bool> drop(tokens.size(), false);
  // Internal clauses first, between two commas: the clause and both commas go ("Gollum, centre
  // of a row between Radagast and Saruman, called" -> "Gollum called"). A list's members are no
  // clauses: one that starts with "and"/"or" or is followed by them ("Gondor, the Shire, and
  // Osgiliath") stays.
  auto is_and_or = [&](size_t k) {
    return k < tokens.size() && (tokens[k].norm == "AND" || tokens[k].norm == "OR");
  };
  std::vector<size_t> left;  // the commas that remain
  for (size_t c = 0; c < commas.size(); ++c) {
    if (c + 1 < commas.size() && !drop[commas[c]] && !is_and_or(commas[c] + 1) &&
        !is_and_or(commas[c + 1] + 1) &&
        Within(WordsIn(tokens, commas[c] + 1, commas[c + 1]), min, max)) {
      // The closing comma stays when an actor or agent follows it, which would otherwise run
      // into the phrase before the clause ("with Dagolath, its biggest partner, officials
      // said").
      const bool keep_closing = commas[c + 1] + 1 < starts_mention.size() &&
                                starts_mention[commas[c + 1] + 1];
      for (size_t k = commas[c]; k < commas[c + 1] + (keep_closing ? 0 : 1); ++k) drop[k] = true;
    }
    if (!drop[commas[c]]) left.push_back(commas[c]);
  }
  // Then the initial and terminal clauses, at the commas left. The terminal clause ends before
  // the sentence's final punctuation.
  size_t end = tokens.size();
  while (end > 0 && tokens[end - 1].kind == text::TokenKind::kPunct &&
         tokens[end - 1].norm != ",") {
    --end;
  }
  if (!left.empty() && Within(WordsIn(tokens, 0, left.front()), bmin, bmax)) {
    for (size_t k = 0; k <= left.front(); ++k) drop[k] = true;
  }
  if (!left.empty() && left.back() < end &&
      Within(WordsIn(tokens, left.back() + 1, end), emin, emax)) {
    for (size_t k = left.back(); k < end; ++k) drop[k] = true;
  }
  size_t removed = 0, out = 0;
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (drop[k]) { ++removed; continue; }
    if (out != k) tokens[out] = std::move(tokens[k]);  // never a self-move
    ++out;
  }
  tokens.resize(out);
  return removed;
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
