// The questions the event coder asks of a chunked sentence: who is the subject of a verb group,
// what are its objects, who is the agent of a passive.
#include "parse/chunker.h"

namespace dyadwatch::parse {
namespace {

// Is clause `c` nested (at any depth) inside clause `outer`?
bool IsInside(const SentenceChunks& chunks, int c, int outer) {
  for (; c >= 0; c = chunks.clauses[c].parent) {
    if (c == outer) return true;
  }
  return false;
}

int FirstConjunct(const SentenceChunks& chunks, int np) {
  int id = chunks.noun_phrases[np].coordination;
  if (id < 0) return np;
  for (int k = 0; k < np; ++k) {
    if (chunks.noun_phrases[k].coordination == id) return k;
  }
  return np;
}

int FirstFiniteVerbGroupOf(const SentenceChunks& chunks, int clause, int before_vg) {
  for (int v = 0; v < before_vg; ++v) {
    if (chunks.verb_groups[v].clause == clause && chunks.verb_groups[v].finite) return v;
  }
  return -1;
}

// A verb group without tense whose object or PP object `np` is ("Japan 's attempt [to strengthen
// its influence] is ..."): walks back from the NP over NPs, prepositions and adverbs.
int NonFiniteGovernorOf(const SentenceChunks& chunks, int np) {
  for (int j = chunks.noun_phrases[np].begin - 1; j >= 0; --j) {
    int u = chunks.verb_group_of_token[j];
    if (u >= 0) return chunks.verb_groups[u].finite ? -1 : u;
    int other = chunks.np_of_token[j];
    if (other >= 0) continue;
    // A preposition token belongs to no phrase; anything else (punctuation, a conjunction)
    // ends the walk. Prepositions are recognised by being right before a PP object NP.
    int next = chunks.np_of_token[j + 1];
    bool preposition = next >= 0 && chunks.noun_phrases[next].prep == j;
    if (!preposition) return -1;
  }
  return -1;
}

int SubjectOfDepth(const SentenceChunks& chunks, int v, int depth) {
  if (v < 0 || depth > 8) return -1;
  const VerbGroup& vg = chunks.verb_groups[v];
  if (vg.infinitive) {
    if (vg.governor < 0) return -1;
    // Object control ("asked other countries not to allow"): the governor's object is the
    // subject of the infinitive; otherwise ("refused to join") the governor's subject.
    const VerbGroup& gov = chunks.verb_groups[vg.governor];
    for (int j = gov.end; gov.object_control && j < vg.begin; ++j) {
      int np = chunks.np_of_token[j];
      if (np >= 0 && chunks.noun_phrases[np].prep < 0 && !chunks.noun_phrases[np].is_possessor) {
        return FirstConjunct(chunks, np);
      }
    }
    return SubjectOfDepth(chunks, vg.governor, depth + 1);
  }
  const int clause = vg.clause;
  const Clause& c = chunks.clauses[clause];
  for (int j = vg.begin - 1; j >= c.begin; --j) {
    if (chunks.clause_of_token[j] != clause) continue;  // nested relative clause, aside, quote
    int u = chunks.verb_group_of_token[j];
    if (u >= 0 && u != v && chunks.verb_groups[u].finite) {
      // Another finite verb first: both share its subject ("Japan has made ..., will not join").
      return SubjectOfDepth(chunks, u, depth + 1);
    }
    int np = chunks.np_of_token[j];
    if (np < 0) continue;
    const NounPhrase& p = chunks.noun_phrases[np];
    if (p.prep >= 0 || p.is_possessor || p.appositive_of >= 0) continue;
    int nonfinite = NonFiniteGovernorOf(chunks, np);
    if (nonfinite >= 0) {  // object of an infinitive or participle: look before that verb
      j = chunks.verb_groups[nonfinite].begin;
      continue;
    }
    return FirstConjunct(chunks, np);
  }
  if (c.antecedent >= 0 &&
      (c.kind == ClauseKind::kRelative ||
       (c.kind == ClauseKind::kCoordinate && c.previous >= 0 &&
        chunks.clauses[c.previous].kind == ClauseKind::kRelative))) {
    return FirstConjunct(chunks, c.antecedent);
  }
  if (c.kind == ClauseKind::kCoordinate && c.previous >= 0) {
    return SubjectOfDepth(chunks, FirstFiniteVerbGroupOf(chunks, c.previous, v), depth + 1);
  }
  return -1;
}

}  // namespace

int SubjectOf(const SentenceChunks& chunks, int v) { return SubjectOfDepth(chunks, v, 0); }

VerbArguments ObjectsOf(const SentenceChunks& chunks, int v) {
  VerbArguments args;
  const VerbGroup& vg = chunks.verb_groups[v];
  const int n = static_cast<int>(chunks.clause_of_token.size());
  bool seen_prep = false;
  int last_object_coordination = -2;
  for (int j = vg.end; j < n; ++j) {
    int clause = chunks.clause_of_token[j];
    if (clause != vg.clause) {
      const Clause& c = chunks.clauses[clause];
      if (c.governor == v && c.kind == ClauseKind::kComplement && args.complement_clause < 0) {
        args.complement_clause = clause;
        break;
      }
      if (IsInside(chunks, clause, vg.clause)) continue;  // a relative clause inside the object
      break;
    }
    int u = chunks.verb_group_of_token[j];
    if (u >= 0) {
      if (chunks.verb_groups[u].governor == v) args.complements.push_back(u);
      break;  // what follows belongs to the next verb
    }
    int np = chunks.np_of_token[j];
    if (np < 0 || chunks.noun_phrases[np].begin != j) continue;
    const NounPhrase& p = chunks.noun_phrases[np];
    if (p.prep >= 0) {
      seen_prep = true;
      for (int k = 0; k < static_cast<int>(chunks.prep_phrases.size()); ++k) {
        const PrepPhrase& pp = chunks.prep_phrases[k];
        if (pp.object == np && !pp.noun_attached) args.prep_phrases.push_back(k);
      }
      continue;
    }
    if (seen_prep || p.is_possessor || p.appositive_of >= 0) continue;
    if (p.coordination >= 0 && p.coordination == last_object_coordination) continue;
    args.objects.push_back(np);
    last_object_coordination = p.coordination;
  }
  return args;
}

int AgentOf(const SentenceChunks& chunks, int v) {
  if (chunks.verb_groups[v].voice != Voice::kPassive) return -1;
  VerbArguments args = ObjectsOf(chunks, v);
  for (int k : args.prep_phrases) {
    if (chunks.prep_phrases[k].is_by) return chunks.prep_phrases[k].object;
  }
  return -1;
}

std::vector<int> ConjunctsOf(const SentenceChunks& chunks, int np) {
  std::vector<int> out;
  int id = chunks.noun_phrases[np].coordination;
  if (id < 0) return {np};
  for (int k = 0; k < static_cast<int>(chunks.noun_phrases.size()); ++k) {
    if (chunks.noun_phrases[k].coordination == id) out.push_back(k);
  }
  return out;
}

}  // namespace dyadwatch::parse
