#include "coder/pattern_matcher.h"

#include <algorithm>
#include <span>
#include <string>
#include <vector>

namespace dyadwatch::coder {
namespace {

using lexicon::PatternElement;
using lexicon::PatternElementKind;

bool WordsAt(const std::vector<text::Token>& tokens, size_t pos, size_t limit,
             const std::vector<std::string>& words) {
  if (words.empty() || pos + words.size() > limit) return false;
  for (size_t k = 0; k < words.size(); ++k) {
    if (tokens[pos + k].norm != words[k]) return false;
  }
  return true;
}

// Length of the element's words at `pos`, or 0 when it does not match there.
size_t LiteralAt(const SentenceView& v, const lexicon::VerbDictionary& verbs,
                 const PatternElement& e, size_t pos, size_t limit) {
  const auto& tokens = v.tokens();
  if (e.kind == PatternElementKind::kWord) {
    return WordsAt(tokens, pos, limit, e.words) ? e.words.size() : 0;
  }
  if (e.kind == PatternElementKind::kSynset && e.synset != lexicon::kNoValue) {
    size_t best = 0;
    for (const auto& member : verbs.synsets()[e.synset].members) {
      if (member.words.size() > best && WordsAt(tokens, pos, limit, member.words)) {
        best = member.words.size();
      }
    }
    return best;
  }
  return 0;
}

bool IsLiteral(const PatternElement& e) {
  return e.kind == PatternElementKind::kWord || e.kind == PatternElementKind::kSynset;
}

// Unit starting at or after `pos` (before `limit`), returning its index; -1 when none.
int UnitFrom(const SentenceView& v, size_t pos, size_t limit) {
  for (size_t i = pos; i < limit; ++i) {
    int u = v.unit_at[i];
    if (u >= 0 && !(*v.units)[u].code.empty()) return u;
  }
  return -1;
}

// Forward match of `elements` from `pos` to `limit`.
bool MatchForward(const SentenceView& v, const lexicon::VerbDictionary& verbs,
                  const std::vector<PatternElement>& elements, size_t pos, size_t limit,
                  PatternMatch* m) {
  for (const PatternElement& e : elements) {
    if (IsLiteral(e)) {
      size_t found = 0;
      size_t at = pos;
      for (; at < limit; ++at) {
        found = LiteralAt(v, verbs, e, at, limit);
        if (found) break;
      }
      if (!found) return false;
      pos = at + found;
      m->score += static_cast<int>(found);
    } else if (e.kind == PatternElementKind::kTarget || e.kind == PatternElementKind::kSource) {
      int u = UnitFrom(v, pos, limit);
      if (u < 0) return false;
      (e.kind == PatternElementKind::kTarget ? m->target_unit : m->source_unit) = u;
      pos = (*v.units)[u].end;
      m->score += 1;
    }
    // '^', '%', brackets: structure markers; the linear match ignores them.
  }
  m->last_token = static_cast<uint32_t>(pos);
  return true;
}

// Backward match of `elements` (in text order) ending before `pos`, not before `limit`.
bool MatchBackward(const SentenceView& v, const lexicon::VerbDictionary& verbs,
                   const std::vector<PatternElement>& elements, size_t pos, size_t limit,
                   PatternMatch* m) {
  for (auto it = elements.rbegin(); it != elements.rend(); ++it) {
    const PatternElement& e = *it;
    if (IsLiteral(e)) {
      bool ok = false;
      while (pos > limit) {
        --pos;
        size_t found = LiteralAt(v, verbs, e, pos, v.tokens().size());
        if (found) { ok = true; m->score += static_cast<int>(found); break; }
      }
      if (!ok) return false;
    } else if (e.kind == PatternElementKind::kTarget || e.kind == PatternElementKind::kSource) {
      int u = -1;
      while (pos > limit) {
        --pos;
        int x = v.unit_at[pos];
        if (x >= 0 && !(*v.units)[x].code.empty()) { u = x; pos = (*v.units)[x].begin; break; }
      }
      if (u < 0) return false;
      (e.kind == PatternElementKind::kTarget ? m->target_unit : m->source_unit) = u;
      m->score += 1;
    }
  }
  return true;
}

// False when a literal word of the pattern occurs nowhere in the sentence: most patterns of a
// block fail this way, before any positional matching.
bool WordsPresent(const SentenceView& v, const std::vector<PatternElement>& elements) {
  for (const PatternElement& e : elements) {
    if (e.kind != PatternElementKind::kWord || e.words.empty()) continue;
    if (!std::binary_search(v.sorted_norms.begin(), v.sorted_norms.end(),
                            std::string_view(e.words.front()))) {
      return false;
    }
  }
  return true;
}

}  // namespace

PatternMatch BestPattern(const SentenceView& v, int g, const lexicon::VerbDictionary& verbs,
                         const lexicon::VerbBlock& block, Region after, uint32_t clause_start) {
  const VerbGroup& group = (*v.groups)[g];
  PatternMatch best;
  for (uint32_t p : block.patterns) {
    const lexicon::VerbPattern& pattern = verbs.patterns()[p];
    if (!WordsPresent(v, pattern.after) || !WordsPresent(v, pattern.before)) continue;
    PatternMatch m;
    m.pattern = &pattern;
    if (!MatchForward(v, verbs, pattern.after, after.begin, after.end, &m)) continue;
    if (!MatchBackward(v, verbs, pattern.before, group.begin, clause_start, &m)) continue;
    if (m.score > best.score) best = m;
  }
  return best;
}

}  // namespace dyadwatch::coder
