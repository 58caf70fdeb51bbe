#include "coder/pattern_matcher.h"

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dyadwatch::coder {
namespace {

using lexicon::PatternElement;
using lexicon::PatternElementKind;

// Bit k of `stems` set: words[k] matches any token starting with it (TABARI's pattern stems:
// "- * CONVENTION" matches "conventions", "REAL~_PLEASANT" matches "really pleasant").
bool WordsAt(const std::vector<text::Token>& tokens, size_t pos, size_t limit,
             const std::vector<std::string>& words, uint32_t stems = 0) {
  if (words.empty() || pos + words.size() > limit) return false;
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string& norm = tokens[pos + k].norm;
    bool stem = k < 32 && ((stems >> k) & 1u) != 0;
    if (stem ? !norm.starts_with(words[k]) : norm != words[k]) return false;
  }
  return true;
}

// Length of the element's words at `pos`, or 0 when it does not match there.
size_t LiteralAt(const SentenceView& v, const lexicon::VerbDictionary& verbs,
                 const PatternElement& e, size_t pos, size_t limit) {
  const auto& tokens = v.tokens();
  if (e.kind == PatternElementKind::kWord) {
    // Stems only in TABARI dictionaries; PETRARCH2's pattern words are whole words.
    uint32_t stems = verbs.lexical_verbs() ? e.stem_mask : 0;
    return WordsAt(tokens, pos, limit, e.words, stems) ? e.words.size() : 0;
  }
  if (e.kind == PatternElementKind::kSynset && e.synset != lexicon::kNoValue) {
    size_t best = 0;
    for (const auto& member : verbs.synsets()[e.synset].members) {
      uint32_t stems = member.stem_last && verbs.lexical_verbs() && member.words.size() <= 32
                           ? 1u << (member.words.size() - 1)
                           : 0;
      if (member.open && verbs.lexical_verbs() && member.words.size() > 1) {
        // Words in order from `pos`, others allowed between them: the span they cover.
        if (!WordsAt(tokens, pos, limit, {member.words.front()})) continue;
        size_t at = pos + 1;
        for (size_t k = 1; k < member.words.size() && at != 0; ++k) {
          uint32_t stem = k + 1 == member.words.size() ? (stems >> k) & 1u : 0;
          while (at < limit && !WordsAt(tokens, at, limit, {member.words[k]}, stem)) ++at;
          at = at < limit ? at + 1 : 0;
        }
        if (at != 0 && at - pos > best) best = at - pos;
        continue;
      }
      if (member.words.size() > best && WordsAt(tokens, pos, limit, member.words, stems)) {
        best = member.words.size();
      }
    }
    return best;
  }
  return 0;
}

bool IsNegation(std::string_view w) {
  return w == "NOT" || w == "N'T" || w == "NEVER" || w == "NO";
}

bool IsLiteral(const PatternElement& e) {
  return e.kind == PatternElementKind::kWord || e.kind == PatternElementKind::kSynset;
}

// Whether unit `u` can fill a pattern's slot: a stance ("anti-Gondor") is only ever a target;
// '%' needs a compound of at least two actors.
// With `stance_sources` (PatternOptions) a stance may fill '$' too.
bool FillsSlot(const SentenceView& v, int u, PatternElementKind slot, bool stance_sources) {
  if (u < 0 || (*v.units)[u].code.empty()) return false;
  if (slot == PatternElementKind::kCompound) return WithCompound(v, u).size() >= 2;
  if (slot == PatternElementKind::kSource && stance_sources) return true;
  return slot == PatternElementKind::kTarget || !(*v.units)[u].stance;
}

bool IsSlot(const PatternElement& e) {
  return e.kind == PatternElementKind::kTarget || e.kind == PatternElementKind::kSource ||
         e.kind == PatternElementKind::kCompound;
}

int& SlotOf(PatternMatch* m, PatternElementKind kind) {
  if (kind == PatternElementKind::kTarget) return m->target_unit;
  if (kind == PatternElementKind::kSource) return m->source_unit;
  return m->compound_unit;
}

// Unit starting at or after `pos` (before `limit`) that can fill `slot`; -1 when none.
int UnitFrom(const SentenceView& v, size_t pos, size_t limit, PatternElementKind slot,
             bool stance_sources) {
  for (size_t i = pos; i < limit; ++i) {
    int u = v.unit_at[i];
    if (FillsSlot(v, u, slot, stance_sources)) return u;
  }
  return -1;
}

// Forward match of `elements` from `pos` to `limit`. With `glued`, the first element must
// start at `pos` itself.
bool MatchForward(const SentenceView& v, const lexicon::VerbDictionary& verbs,
                  const std::vector<PatternElement>& elements, size_t pos, size_t limit,
                  const PatternOptions& options, PatternMatch* m, bool glued = false) {
  bool first = true;
  for (const PatternElement& e : elements) {
    // Glued to the verb (first element) or to the element before it: no gap allowed.
    const bool touch = first ? glued : e.glued;
    if (IsLiteral(e)) {
      size_t found = 0;
      size_t at = pos;
      size_t last_start = touch ? std::min(pos + 1, limit) : limit;
      for (; at < last_start; ++at) {
        found = LiteralAt(v, verbs, e, at, limit);
        if (found) break;
      }
      first = false;
      if (!found) return false;
      pos = at + found;
      m->score += static_cast<int>(found);
      if (e.kind == PatternElementKind::kSynset) ++m->synsets;
    } else if (IsSlot(e)) {
      first = false;
      int u = UnitFrom(v, pos, touch ? std::min(pos + 1, limit) : limit, e.kind,
                       options.stance_sources);
      if (u < 0) return false;
      SlotOf(m, e.kind) = u;
      pos = (*v.units)[u].end;
      // A compound slot consumes the whole compound ("with Gondor and Osgiliath").
      if (e.kind == PatternElementKind::kCompound) {
        for (int member : WithCompound(v, u)) pos = std::max<size_t>(pos, (*v.units)[member].end);
      }
      m->score += 1;
    }
    // '^' and brackets: structure markers; the linear match ignores them.
  }
  m->last_token = static_cast<uint32_t>(pos);
  return true;
}

// Backward match of `elements` (in text order) ending before `pos`, not before `limit`. With
// `glued`, the last element must end right at `pos`.
bool MatchBackward(const SentenceView& v, const lexicon::VerbDictionary& verbs,
                   const std::vector<PatternElement>& elements, size_t pos, size_t limit,
                   const PatternOptions& options, PatternMatch* m, bool glued = false) {
  bool right_glued = glued;  // the element to the right (or the verb) is glued to this one
  for (auto it = elements.rbegin(); it != elements.rend(); ++it) {
    const PatternElement& e = *it;
    const bool must_touch = right_glued;
    right_glued = e.glued;
    if (IsLiteral(e)) {
      bool ok = false;
      const size_t end = pos;
      while (pos > limit) {
        --pos;
        size_t found = LiteralAt(v, verbs, e, pos, v.tokens().size());
        if (found && must_touch && pos + found != end) found = 0;
        if (!found && must_touch && end - pos > 4) break;  // no literal ends at the verb
        if (found) {
          ok = true;
          m->score += static_cast<int>(found);
          if (e.kind == PatternElementKind::kSynset) ++m->synsets;
          for (size_t k = pos; k < pos + found; ++k) {
            if (IsNegation(v.tokens()[k].norm)) m->consumed_negation = true;
          }
          break;
        }
      }
      if (!ok) return false;
    } else if (IsSlot(e)) {
      int u = -1;
      const size_t end = pos;
      while (pos > limit) {
        --pos;
        int x = v.unit_at[pos];
        if (FillsSlot(v, x, e.kind, options.stance_sources)) {
          u = x;
          pos = (*v.units)[x].begin;
          break;
        }
        if (must_touch) break;  // "SUGGESTED_+ *": the actor must end right there
      }
      if (u >= 0 && must_touch && (*v.units)[u].end != end) u = -1;
      if (u < 0) return false;
      if (e.kind == PatternElementKind::kCompound) {
        for (int member : WithCompound(v, u)) {
          pos = std::min<size_t>(pos, std::max<uint32_t>((*v.units)[member].begin, limit));
        }
      }
      SlotOf(m, e.kind) = u;
      m->score += 1;
    }
  }
  return true;
}

}  // namespace

PatternAnchors::PatternAnchors(const lexicon::VerbDictionary& verbs) {
  for (const lexicon::Synset& synset : verbs.synsets()) {
    std::vector<uint64_t> first;
    bool stem_start = false;
    for (const auto& m : synset.members) {
      if (!m.words.empty()) first.push_back(lexicon::PhraseIndex::HashWord(m.words.front()));
      if (m.words.size() == 1 && m.stem_last && verbs.lexical_verbs()) stem_start = true;
    }
    synset_stem_start_.push_back(stem_start);
    std::sort(first.begin(), first.end());
    first.erase(std::unique(first.begin(), first.end()), first.end());
    synset_first_words_.push_back(std::move(first));
  }
  offsets_.reserve(verbs.patterns().size() + 1);
  for (const lexicon::VerbPattern& pattern : verbs.patterns()) {
    offsets_.push_back(static_cast<uint32_t>(hashes_.size()));
    synset_offsets_.push_back(static_cast<uint32_t>(synsets_.size()));
    for (const auto* side : {&pattern.before, &pattern.after}) {
      for (const PatternElement& e : *side) {
        // A TABARI stem ("CONVENTION" for "conventions") is no exact anchor.
        bool stem_first = e.stem(0) && verbs.lexical_verbs();
        if (e.kind == PatternElementKind::kWord && !e.words.empty() && !stem_first) {
          hashes_.push_back(lexicon::PhraseIndex::HashWord(e.words.front()));
        } else if (e.kind == PatternElementKind::kSynset && e.synset != lexicon::kNoValue) {
          synsets_.push_back(e.synset);
        }
      }
    }
  }
  offsets_.push_back(static_cast<uint32_t>(hashes_.size()));
  synset_offsets_.push_back(static_cast<uint32_t>(synsets_.size()));
}

bool PatternAnchors::Present(uint32_t p, const SentenceView& view) const {
  const std::vector<uint64_t>& sorted_hashes = view.sorted_hashes;
  for (uint32_t k = offsets_[p]; k < offsets_[p + 1]; ++k) {
    if (!std::binary_search(sorted_hashes.begin(), sorted_hashes.end(), hashes_[k])) return false;
  }
  std::vector<int8_t>& known = view.synset_present;
  for (uint32_t k = synset_offsets_[p]; k < synset_offsets_[p + 1]; ++k) {
    if (known.empty()) known.assign(synset_first_words_.size(), -1);
    int8_t& present = known[synsets_[k]];
    if (present < 0) {
      present = 0;
      for (uint64_t h : sorted_hashes) {
        if (SynsetMayStartWith(synsets_[k], h)) { present = 1; break; }
      }
    }
    if (present == 0) return false;
  }
  return true;
}

PatternMatch BestPattern(const SentenceView& v, int g, const lexicon::VerbDictionary& verbs,
                         const PatternAnchors& anchors, const lexicon::VerbBlock& block,
                         Region after, uint32_t clause_start, const PatternOptions& options) {
  const VerbGroup& group = (*v.groups)[g];
  const auto& tokens = v.tokens();
  Region complement = after;
  if (options.match_that_complement && after.end < tokens.size() && tokens[after.end].norm == "THAT") {
    complement.end = after.end + 1;
    while (complement.end < tokens.size()) {
      std::string_view w = tokens[complement.end].norm;
      if (w == ";" || w == ":" || w == "." || w == "?" || w == "!") break;
      ++complement.end;
    }
  }
  PatternMatch best;
  for (Region region : {after, complement}) {
    for (uint32_t p : block.patterns) {
      const lexicon::VerbPattern& pattern = verbs.patterns()[p];
      if (!anchors.Present(p, v)) continue;
      PatternMatch m;
      m.pattern = &pattern;
      if (!MatchForward(v, verbs, pattern.after, region.begin, region.end, options, &m,
                        pattern.after_glued)) {
        continue;
      }
      uint32_t verb_start = group.match.found() ? group.match.begin : group.head;
      if (!MatchBackward(v, verbs, pattern.before, verb_start, clause_start, options, &m,
                         pattern.before_glued)) {
        continue;
      }
      // TABARI: on equal scores a literal word beats a synset ("- * DOLLAR" over "- * &CURRENCY"
      // for "dollars"); PETRARCH2 keeps the earlier line.
      if (m.score > best.score ||
          (verbs.lexical_verbs() && m.score == best.score && best.pattern != nullptr &&
           m.synsets < best.synsets)) {
        best = m;
      }
    }
    if (best.pattern != nullptr || complement.end == after.end) break;
  }
  return best;
}

}  // namespace dyadwatch::coder
