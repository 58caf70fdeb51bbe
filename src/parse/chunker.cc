#include "parse/chunker.h"

#include <algorithm>
#include <array>

#include "parse/chunker_internal.h"
#include "parse/chunker_words.h"

namespace dyadwatch::parse {
namespace chunker_internal {
namespace {

using text::Token;

bool IsNounLike(PosTag t) { return IsNoun(t) || t == PosTag::kCD || t == PosTag::kFW; }

bool IsFiniteStart(PosTag t) {
  return t == PosTag::kMD || t == PosTag::kVBD || t == PosTag::kVBZ || t == PosTag::kVBP;
}

// ---- verb groups -------------------------------------------------------------------------------

// A participle used as a noun modifier ("the established system", "its leading company").
bool IsPrenominalParticiple(const Input& in, int i) {
  PosTag t = in.tag(i);
  if (t != PosTag::kVBN && t != PosTag::kVBG) return false;
  PosTag prev = in.tag(i - 1);
  bool after_determiner = prev == PosTag::kDT || prev == PosTag::kPRPS || IsAdjective(prev) ||
                          prev == PosTag::kPOS || prev == PosTag::kCD || prev == PosTag::kPDT ||
                          prev == PosTag::kHYPH;
  PosTag next = in.tag(i + 1);
  return after_determiner && (IsNoun(next) || IsAdjective(next) || next == PosTag::kHYPH);
}

bool IsVerbTag(const Input& in, int i) {
  return IsVerb(in.tag(i)) && !IsPrenominalParticiple(in, i);
}

bool IsNegation(const Input& in, int i) {
  std::string_view w = in.norm(i);
  return w == "NOT" || w == "N'T" || w == "NEVER" || w == "CANNOT" ||
         (w == "NO" && in.norm(i + 1) == "LONGER");
}

// Adverbs that may sit inside a verb group: "has repeatedly asked", "will not join".
bool IsGroupAdverb(const Input& in, int i) {
  return IsAdverb(in.tag(i)) || IsNegation(in, i) || in.norm(i) == "LONGER";
}

// Skips adverbs from i; returns the first index that is not one.
int SkipAdverbs(const Input& in, int i) {
  while (i < in.size() && IsGroupAdverb(in, i)) ++i;
  return i;
}

bool IsAuxiliary(const Input& in, int i) {
  std::string_view w = in.norm(i);
  return in.tag(i) == PosTag::kMD || IsBeForm(w) || IsHaveForm(w) || IsDoForm(w) ||
         (IsGetForm(w) && in.tag(SkipAdverbs(in, i + 1)) == PosTag::kVBN);
}

// Extends a group whose last verb is at `last` over further auxiliaries/verbs; returns the new
// last verb index. Handles "be going to" / "be about to" as future markers.
int ExtendGroup(const Input& in, int last, int* future_marker) {
  while (IsAuxiliary(in, last)) {
    int next = SkipAdverbs(in, last + 1);
    if (IsBeForm(in.norm(last)) && (in.norm(next) == "GOING" || in.norm(next) == "ABOUT") &&
        in.tag(next + 1) == PosTag::kTO && IsVerb(in.tag(next + 2))) {
      *future_marker = next;
      last = next + 2;
      continue;
    }
    if (next < in.size() && (IsVerbTag(in, next) || in.tag(next) == PosTag::kMD)) {
      last = next;
      continue;
    }
    break;
  }
  return last;
}

void FillVerbGroupFeatures(const Input& in, VerbGroup* g, int future_marker) {
  int first_verb = -1;
  int previous_verb = -1;
  for (int i = g->begin; i < g->end; ++i) {
    if (IsNegation(in, i)) g->negated = true;
    if (in.tag(i) == PosTag::kMD || IsVerb(in.tag(i))) {
      if (first_verb < 0) first_verb = i;
      if (i < g->head) previous_verb = i;
    }
    if (in.tag(i) == PosTag::kMD) {
      g->modal = i;
      g->modality = IsFutureModal(in.norm(i)) ? Modality::kFuture : Modality::kModal;
      if (in.norm(i) == "CANNOT") g->negated = true;
    }
    if (IsHaveForm(in.norm(i)) && i < g->head && in.tag(g->head) == PosTag::kVBN) g->perfect = true;
  }
  if (future_marker >= 0) {
    g->modal = future_marker;
    g->modality = Modality::kFuture;
  }
  PosTag head_tag = in.tag(g->head);
  std::string_view aux = previous_verb >= 0 ? in.norm(previous_verb) : std::string_view();
  if (head_tag == PosTag::kVBN) {
    if (IsBeForm(aux) || IsGetForm(aux)) {
      g->voice = Voice::kPassive;
      // "has been banned": the be-form is "been", so perfect comes from "has" (set above).
    } else if (previous_verb < 0 && in.norm(g->end) == "BY") {
      g->voice = Voice::kPassive;  // reduced relative: "equipment used by companies"
    }
  }
  if (head_tag == PosTag::kVBG && IsBeForm(aux)) g->progressive = true;
  PosTag first = first_verb >= 0 ? in.tag(first_verb) : PosTag::kXX;
  g->finite = !g->infinitive && IsFiniteStart(first);
  if (g->modality == Modality::kFuture) {
    g->tense = Tense::kFuture;
  } else if (!g->finite || first == PosTag::kMD) {
    g->tense = Tense::kNone;
  } else if (first == PosTag::kVBD) {
    g->tense = Tense::kPast;
  } else {
    g->tense = Tense::kPresent;
  }
  g->reporting = IsReportingVerb(in.norm(g->head));
  g->object_control = IsObjectControlVerb(in.norm(g->head));
}

void FindVerbGroups(const Input& in, SentenceChunks* out) {
  const int n = in.size();
  int i = 0;
  while (i < n) {
    int start = -1, first_verb = -1;
    bool infinitive = false;
    // "not to allow", "never to return": negation before an infinitive belongs to it.
    int j = i;
    if (IsNegation(in, j) && in.tag(SkipAdverbs(in, j)) == PosTag::kTO) j = SkipAdverbs(in, j);
    if (in.tag(j) == PosTag::kTO && IsVerb(in.tag(SkipAdverbs(in, j + 1)))) {
      start = i;
      first_verb = SkipAdverbs(in, j + 1);
      infinitive = true;
    } else if (in.tag(i) == PosTag::kMD || IsVerbTag(in, i)) {
      start = first_verb = i;
    } else if (IsNegation(in, i)) {
      // "Japan never joined", "not only ...": a negation directly before a verb opens the group.
      int k = SkipAdverbs(in, i);
      if (k < n && (in.tag(k) == PosTag::kMD || IsVerbTag(in, k))) {
        start = i;
        first_verb = k;
      }
    }
    if (start < 0) {
      ++i;
      continue;
    }
    int future_marker = -1;
    int last = ExtendGroup(in, first_verb, &future_marker);
    VerbGroup g;
    g.begin = start;
    g.end = last + 1;
    g.head = last;
    g.infinitive = infinitive;
    FillVerbGroupFeatures(in, &g, future_marker);
    int index = static_cast<int>(out->verb_groups.size());
    for (int k = g.begin; k < g.end; ++k) out->verb_group_of_token[k] = index;
    out->verb_groups.push_back(g);
    i = g.end;
  }
}

// ---- noun phrases ------------------------------------------------------------------------------

bool CanContinueNp(const Input& in, int i) {
  PosTag t = in.tag(i);
  if (IsNounLike(t) || IsAdjective(t) || t == PosTag::kDollar || t == PosTag::kAFX) return true;
  if (t == PosTag::kHYPH) return IsNounLike(in.tag(i + 1)) || IsAdjective(in.tag(i + 1));
  if (t == PosTag::kVBN || t == PosTag::kVBG) return IsPrenominalParticiple(in, i);
  // "very cold attitude", "most important goal"
  if (IsAdverb(t)) return IsAdjective(in.tag(i + 1)) && !IsNegation(in, i);
  return false;
}

bool CanStartNp(const Input& in, int i) {
  PosTag t = in.tag(i);
  return t == PosTag::kDT || t == PosTag::kPDT || t == PosTag::kPRPS || t == PosTag::kWPS ||
         CanContinueNp(in, i);
}

void FindNounPhrases(const Input& in, SentenceChunks* out) {
  const int n = in.size();
  int i = 0;
  int possessor = -1;  // NP whose 's was just passed
  while (i < n) {
    if (out->verb_group_of_token[i] >= 0) {
      possessor = -1;
      ++i;
      continue;
    }
    NounPhrase np;
    np.begin = i;
    if (in.tag(i) == PosTag::kPRP) {
      np.end = i + 1;
      np.head = i;
      np.is_pronoun = true;
    } else if (CanStartNp(in, i)) {
      int j = i;
      if (in.tag(j) == PosTag::kPDT) ++j;
      if (in.tag(j) == PosTag::kDT || in.tag(j) == PosTag::kPRPS || in.tag(j) == PosTag::kWPS) ++j;
      while (j < n && out->verb_group_of_token[j] < 0 && CanContinueNp(in, j)) ++j;
      np.end = j;
      np.head = -1;
      for (int k = np.end - 1; k >= np.begin && np.head < 0; --k) {
        if (IsNoun(in.tag(k))) np.head = k;
      }
      for (int k = np.end - 1; k >= np.begin && np.head < 0; --k) {
        if (in.tag(k) == PosTag::kCD) np.head = k;
      }
      // A bare adjective ("is tense") is not a noun phrase; a bare determiner ("This shows")
      // or "the former" is, headed by its last word.
      if (np.head < 0) {
        bool determined = in.tag(np.begin) == PosTag::kDT || in.tag(np.begin) == PosTag::kPRPS ||
                          in.tag(np.begin) == PosTag::kPDT;
        if (!determined) {
          possessor = -1;
          i = std::max(i + 1, np.end);
          continue;
        }
        np.head = np.end - 1;
        np.is_pronoun = np.end - np.begin == 1;
      }
    } else {
      possessor = -1;
      ++i;
      continue;
    }
    np.possessor = possessor;
    possessor = -1;
    int index = static_cast<int>(out->noun_phrases.size());
    if (in.tag(np.end) == PosTag::kPOS) {
      np.is_possessor = true;
      out->np_of_token[np.end] = index;  // the 's belongs to the possessor
      possessor = index;
      i = np.end + 1;
    } else {
      i = np.end;
    }
    for (int k = np.begin; k < np.end; ++k) out->np_of_token[k] = index;
    out->noun_phrases.push_back(np);
  }
}

// ---- prepositional phrases and coordination ----------------------------------------------------

void FindPrepPhrases(const Input& in, SentenceChunks* out) {
  for (int k = 0; k < static_cast<int>(out->noun_phrases.size()); ++k) {
    NounPhrase& np = out->noun_phrases[k];
    if (np.possessor >= 0) continue;  // "in Japan 's capital": the possessor NP carries the PP
    int p = np.begin - 1;
    PosTag t = in.tag(p);
    if (t != PosTag::kIN && t != PosTag::kTO) continue;
    if (IsSubordinator(in.norm(p)) || in.norm(p) == "THAT") continue;
    np.prep = p;
    PrepPhrase pp;
    pp.prep = p;
    pp.object = k;
    pp.after_np = p > 0 ? out->np_of_token[p - 1] : -1;
    pp.noun_attached = in.norm(p) == "OF" && pp.after_np >= 0;
    pp.is_by = in.norm(p) == "BY";
    out->prep_phrases.push_back(pp);
  }
  // The possessed NP shares its possessor's preposition ("of [Japan 's] [tourism industry]").
  for (auto& np : out->noun_phrases) {
    if (np.possessor >= 0) np.prep = out->noun_phrases[np.possessor].prep;
  }
}

// Is there a finite verb group in [from, to) after the last clause-opening token?
bool FiniteVerbBetween(const Input& in, const SentenceChunks& c, int from, int to) {
  for (int i = to - 1; i >= from; --i) {
    if (in.tag(i) == PosTag::kComma || in.tag(i) == PosTag::kColon ||
        IsSubordinator(in.norm(i)) || in.tag(i) == PosTag::kWDT || in.tag(i) == PosTag::kWP ||
        (in.norm(i) == "THAT" && in.tag(i) == PosTag::kIN)) {
      return false;
    }
    int v = c.verb_group_of_token[i];
    if (v >= 0 && c.verb_groups[v].finite) return true;
  }
  return false;
}

}  // namespace

bool FollowedByFiniteVerb(const Input& in, const SentenceChunks& c, int k) {
  int j = c.noun_phrases[k].end;
  if (c.noun_phrases[k].is_possessor) return false;
  while (j < in.size() && IsAdverb(in.tag(j)) && c.verb_group_of_token[j] < 0) ++j;
  if (j >= in.size()) return false;
  int v = c.verb_group_of_token[j];
  return v >= 0 && c.verb_groups[v].finite;
}

namespace {

void FindCoordination(const Input& in, SentenceChunks* out) {
  auto& nps = out->noun_phrases;
  int next_id = 0;
  for (int k = 0; k + 1 < static_cast<int>(nps.size()); ++k) {
    if (nps[k].coordination >= 0 || nps[k].is_possessor) continue;
    // Collect NP (, NP)* ,? CC NP starting at k.
    std::vector<int> chain = {k};
    bool saw_conjunction = false;
    int cur = k;
    while (cur + 1 < static_cast<int>(nps.size())) {
      int j = nps[cur].end;
      bool comma = false, conj = false;
      if (in.tag(j) == PosTag::kComma) {
        comma = true;
        ++j;
      }
      if (in.tag(j) == PosTag::kCC && IsNpConjunction(in.norm(j))) {
        conj = true;
        ++j;
      }
      if (!comma && !conj) break;
      int next = out->np_of_token[j];
      if (j >= in.size() || next < 0 || nps[next].begin != j) break;
      // "Japan rejected the request and China welcomed it" joins clauses, not NPs; but "Japan
      // and South Korea do not want" joins subjects. Tell them apart by a finite verb before.
      // A reporting verb right before NP1 opens a clause: "have said Japan and South Korea do".
      int before = out->verb_group_of_token[nps[k].begin > 0 ? nps[k].begin - 1 : 0];
      bool reported = nps[k].begin > 0 && before >= 0 && out->verb_groups[before].reporting;
      if (FollowedByFiniteVerb(in, *out, next) && !reported &&
          FiniteVerbBetween(in, *out, 0, nps[k].begin)) {
        break;
      }
      // The possessed NP after a possessor is the conjunct ("Japan and China 's ...").
      chain.push_back(next);
      cur = next;
      if (conj) {
        saw_conjunction = true;
        break;
      }
    }
    if (!saw_conjunction || chain.size() < 2) continue;
    for (int m : chain) nps[m].coordination = next_id;
    // Conjuncts of a PP object are PP objects of the same preposition ("with China and the US").
    for (int m : chain) {
      if (nps[m].prep < 0) nps[m].prep = nps[k].prep;
    }
    ++next_id;
    k = chain.back();
  }
}

}  // namespace
}  // namespace chunker_internal

void ChunkSentence(const text::Sentence& sentence, std::span<const PosTag> tags,
                   SentenceChunks* out) {
  out->noun_phrases.clear();
  out->verb_groups.clear();
  out->prep_phrases.clear();
  out->clauses.clear();
  const size_t n = std::min(sentence.tokens.size(), tags.size());
  out->np_of_token.assign(n, -1);
  out->verb_group_of_token.assign(n, -1);
  out->clause_of_token.assign(n, 0);
  using namespace chunker_internal;
  Input in{sentence.tokens, tags.subspan(0, n)};
  FindVerbGroups(in, out);
  FindNounPhrases(in, out);
  FindPrepPhrases(in, out);
  FindCoordination(in, out);
  FindClauses(in, out);
}

}  // namespace dyadwatch::parse
