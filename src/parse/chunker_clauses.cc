// Clause segmentation: one left-to-right pass with a small stack of open clauses, each closed by
// its own rule (a comma, a second finite verb, a closing quote or bracket, or its parent's end).
#include <algorithm>
#include <array>

#include "parse/chunker_internal.h"
#include "parse/chunker_words.h"

namespace dyadwatch::parse::chunker_internal {
namespace {

enum EndRule : uint8_t {
  kEndWithParent = 0,
  kEndAtComma = 1,
  kEndAtSecondFinite = 2,  // a relative clause ends when a second finite verb shows up
  kEndAtQuote = 4,
  kEndAtBracket = 8,
};

struct OpenClause {
  int clause;
  uint8_t rules;
  bool has_finite;  // a finite verb group has been seen in it
};

class ClauseBuilder {
 public:
  ClauseBuilder(const Input& in, SentenceChunks* out) : in_(in), out_(out) {
    out_->clauses.push_back(Clause{});
    stack_[0] = {0, kEndWithParent, false};
    depth_ = 1;
  }

  void Run();

 private:
  OpenClause& Top() { return stack_[depth_ - 1]; }
  int TopClause() const { return stack_[depth_ - 1].clause; }

  int Push(ClauseKind kind, int marker, uint8_t rules) {
    Clause c;
    c.kind = kind;
    c.marker = marker;
    c.parent = TopClause();
    int index = static_cast<int>(out_->clauses.size());
    out_->clauses.push_back(c);
    // Deeper nesting than the stack holds is folded into the innermost clause (never seen in
    // real sentences; keeps the stack allocation-free).
    if (depth_ < static_cast<int>(stack_.size())) {
      stack_[depth_++] = {index, rules, false};
    } else {
      stack_[depth_ - 1] = {index, rules, false};
    }
    return index;
  }
  void Pop() {
    if (depth_ > 1) --depth_;
  }
  // Pops up to and including the innermost open clause with `rule`; false when none is open.
  bool PopThrough(uint8_t rule, int token) {
    for (int d = depth_ - 1; d >= 1; --d) {
      if (stack_[d].rules & rule) {
        out_->clause_of_token[token] = stack_[d].clause;
        depth_ = d;
        return true;
      }
    }
    return false;
  }

  // A sibling clause after ", and" / ";" / a comma splice. A clause that starts with its verb
  // shares the previous subject; after a comma that closes a that-clause it continues the clause
  // that governs it ("hinted that X would not gain ..., and hoped that ...", but "stated that
  // China is powerful and has become a leader").
  void StartCoordinate(int marker, bool shared_subject, bool after_comma) {
    if (shared_subject && after_comma) {
      while (depth_ > 1 && out_->clauses[TopClause()].kind == ClauseKind::kComplement) Pop();
    }
    OpenClause old = Top();
    const Clause& previous = out_->clauses[old.clause];
    Clause c;
    c.kind = ClauseKind::kCoordinate;
    c.marker = marker;
    c.parent = previous.parent;
    c.previous = old.clause;
    c.antecedent = previous.antecedent;
    c.governor = previous.governor;
    c.reported = previous.reported;
    int index = static_cast<int>(out_->clauses.size());
    out_->clauses.push_back(c);
    Top() = {index, old.rules, false};
  }

  int SkipAdverbs(int j) const {
    while (j < in_.size() && IsAdverb(in_.tag(j)) && out_->verb_group_of_token[j] < 0) ++j;
    return j;
  }
  int FiniteGroupAt(int j) const {
    int v = j < in_.size() ? out_->verb_group_of_token[j] : -1;
    return v >= 0 && out_->verb_groups[v].begin == j && out_->verb_groups[v].finite ? v : -1;
  }
  // Does a clause (NP subject + finite verb, or a finite verb alone) start at j? Sets
  // *shared_subject when it starts with the verb.
  bool StartsClause(int j, bool* shared_subject) const {
    j = SkipAdverbs(j);
    *shared_subject = false;
    if (FiniteGroupAt(j) >= 0) {
      *shared_subject = true;
      return true;
    }
    int np = j < in_.size() ? out_->np_of_token[j] : -1;
    if (np < 0 || out_->noun_phrases[np].begin != j) return false;
    // Use the last NP of "Japan and South Korea" / "Japan 's minister".
    const auto& nps = out_->noun_phrases;
    int last = np;
    for (int k = np + 1; k < static_cast<int>(nps.size()); ++k) {
      bool conjunct = nps[np].coordination >= 0 && nps[k].coordination == nps[np].coordination;
      bool possessed = nps[k].possessor == last;
      if (!conjunct && !possessed) break;
      last = k;
    }
    return FollowedByFiniteVerb(in_, *out_, last);
  }
  // Verb group ending right before token i in the current clause, or the last one in it.
  int LastVerbGroupBefore(int i) const {
    for (int j = i - 1; j >= 0; --j) {
      if (out_->clause_of_token[j] != TopClause()) continue;
      int v = out_->verb_group_of_token[j];
      if (v >= 0) return v;
    }
    return -1;
  }

  bool TryAppositive(int comma);
  bool TryParentheticalReport(int comma);
  void OpenClauseAt(int i);
  void Finish();

  const Input& in_;
  SentenceChunks* out_;
  std::array<OpenClause, 16> stack_;
  int depth_ = 0;
};

// "Zakharova, the ministry 's spokesperson, said": NP , NP (PP)* , verb.
bool ClauseBuilder::TryAppositive(int comma) {
  int before = out_->np_of_token[comma - 1 >= 0 ? comma - 1 : 0];
  int first = comma + 1 < in_.size() ? out_->np_of_token[comma + 1] : -1;
  if (comma == 0 || before < 0 || first < 0) return false;
  const auto& nps = out_->noun_phrases;
  if (nps[first].begin != comma + 1 || nps[first].coordination >= 0) return false;
  if (nps[before].coordination >= 0 && nps[before].coordination == nps[first].coordination) {
    return false;
  }
  // Walk over the appositive: NPs, prepositions, possessives, hyphens.
  int j = comma + 1;
  while (j < in_.size() && in_.tag(j) != PosTag::kComma) {
    bool ok = out_->np_of_token[j] >= 0 || in_.tag(j) == PosTag::kIN ||
              in_.tag(j) == PosTag::kHYPH || in_.tag(j) == PosTag::kPOS;
    if (!ok) return false;
    ++j;
  }
  if (j >= in_.size()) return false;
  // Any verb group after the second comma: taggers often read a past tense there as a
  // participle ("Zakharova, the spokesperson, criticised/VBN Japan").
  int after = SkipAdverbs(j + 1);
  int v = after < in_.size() ? out_->verb_group_of_token[after] : -1;
  if (v < 0 || out_->verb_groups[v].begin != after || out_->verb_groups[v].infinitive) return false;
  int clause = Push(ClauseKind::kParenthetical, comma, kEndAtComma);
  out_->clauses[clause].antecedent = before;
  out_->noun_phrases[first].appositive_of = before;
  return true;
}

// "The attack, officials said, killed five soldiers": NP + reporting verb between commas is an
// aside; the clause around it continues after the second comma.
bool ClauseBuilder::TryParentheticalReport(int comma) {
  int np = comma + 1 < in_.size() ? out_->np_of_token[comma + 1] : -1;
  if (np < 0 || out_->noun_phrases[np].begin != comma + 1) return false;
  int j = SkipAdverbs(out_->noun_phrases[np].end);
  int v = FiniteGroupAt(j);
  if (v < 0 || !out_->verb_groups[v].reporting) return false;
  if (in_.tag(out_->verb_groups[v].end) != PosTag::kComma) return false;
  Push(ClauseKind::kParenthetical, comma, kEndAtComma);
  return true;
}

void ClauseBuilder::OpenClauseAt(int i) {
  PosTag t = in_.tag(i);
  std::string_view w = in_.norm(i);
  bool shared = false;
  if (t == PosTag::kWDT || t == PosTag::kWP || t == PosTag::kWPS) {
    // Antecedent: the NP right before (", which" and "in which" look one token further back).
    int j = i - 1;
    if (in_.tag(j) == PosTag::kComma || in_.tag(j) == PosTag::kIN) --j;
    int antecedent = j >= 0 ? out_->np_of_token[j] : -1;
    if (antecedent >= 0) {
      int c = Push(ClauseKind::kRelative, i, kEndAtComma | kEndAtSecondFinite);
      out_->clauses[c].antecedent = antecedent;
    } else {
      // "see clearly what is mutually beneficial": a free relative completing the verb.
      int governor = LastVerbGroupBefore(i);
      int c = Push(ClauseKind::kComplement, i, kEndAtComma | kEndAtSecondFinite);
      out_->clauses[c].governor = governor;
    }
  } else if (t == PosTag::kIN && w == "THAT") {
    int governor = LastVerbGroupBefore(i);
    // After a noun ("the fact that ...", "a statement that ...") the clause may end before the
    // sentence's own verb: "The fact that China recovered speaks volumes".
    bool after_noun = i > 0 && out_->np_of_token[i - 1] >= 0;
    int c = Push(ClauseKind::kComplement, i, after_noun ? kEndAtSecondFinite : kEndWithParent);
    out_->clauses[c].governor = governor;
    out_->clauses[c].reported = governor >= 0 && out_->verb_groups[governor].reporting;
  } else if ((t == PosTag::kIN || t == PosTag::kCC) && w == "WHETHER") {
    int c = Push(ClauseKind::kComplement, i, kEndAtComma | kEndAtSecondFinite);
    out_->clauses[c].governor = LastVerbGroupBefore(i);
  } else if ((t == PosTag::kIN && IsSubordinator(w)) ||
             (t == PosTag::kIN && IsTemporalSubordinator(w) && StartsClause(i + 1, &shared))) {
    Push(ClauseKind::kSubordinate, i, kEndAtComma | kEndAtSecondFinite);
  } else if (t == PosTag::kWRB) {
    int v = i > 0 ? out_->verb_group_of_token[i - 1] : -1;
    if (v >= 0) {  // "know how important China is"
      int c = Push(ClauseKind::kComplement, i, kEndAtComma | kEndAtSecondFinite);
      out_->clauses[c].governor = v;
    } else {
      Push(ClauseKind::kSubordinate, i, kEndAtComma | kEndAtSecondFinite);
    }
  } else if (i > 0 && out_->verb_group_of_token[i - 1] >= 0 &&
             out_->verb_groups[out_->verb_group_of_token[i - 1]].reporting &&
             out_->verb_groups[out_->verb_group_of_token[i - 1]].end == i &&
             StartsClause(i, &shared) && !shared) {
    // "Pompeo said he would expand ...": reported speech without "that".
    int governor = out_->verb_group_of_token[i - 1];
    int c = Push(ClauseKind::kComplement, i, kEndWithParent);
    out_->clauses[c].governor = governor;
    out_->clauses[c].reported = true;
  } else if (t == PosTag::kCC && IsClauseConjunction(w) && Top().has_finite &&
             StartsClause(i + 1, &shared)) {
    StartCoordinate(i, shared, in_.tag(i - 1) == PosTag::kComma);
  }
}

void ClauseBuilder::Run() {
  const int n = in_.size();
  for (int i = 0; i < n; ++i) {
    PosTag t = in_.tag(i);
    if (t == PosTag::kCloseQuote && PopThrough(kEndAtQuote, i)) continue;
    if (t == PosTag::kRRB && PopThrough(kEndAtBracket, i)) continue;
    if (t == PosTag::kComma || t == PosTag::kColon) {
      out_->clause_of_token[i] = TopClause();
      bool shared = false;
      if (in_.norm(i) == ";") {
        while (depth_ > 1 && !(Top().rules & (kEndAtQuote | kEndAtBracket))) Pop();
        StartCoordinate(i, StartsClause(i + 1, &shared) && shared, true);
        continue;
      }
      if (t != PosTag::kComma) continue;
      if (Top().rules & kEndAtComma) Pop();
      if (TryParentheticalReport(i)) continue;
      int j = i + 1;
      if (in_.tag(j) == PosTag::kCC && IsClauseConjunction(in_.norm(j))) ++j;
      if (Top().has_finite && StartsClause(j, &shared)) {
        StartCoordinate(i + 1, shared, true);
        continue;
      }
      TryAppositive(i);
      continue;
    }
    if (t == PosTag::kOpenQuote) {
      Push(ClauseKind::kQuote, i, kEndAtQuote);
    } else if (t == PosTag::kLRB) {
      Push(ClauseKind::kParenthetical, i, kEndAtBracket);
    } else {
      OpenClauseAt(i);
    }
    int v = FiniteGroupAt(i);
    if (v >= 0) {
      while (depth_ > 1 && (Top().rules & kEndAtSecondFinite) && Top().has_finite) Pop();
      Top().has_finite = true;
    }
    out_->clause_of_token[i] = TopClause();
  }
  Finish();
}

void ClauseBuilder::Finish() {
  auto& clauses = out_->clauses;
  for (auto& c : clauses) {
    c.begin = static_cast<int>(out_->clause_of_token.size());
    c.end = 0;
  }
  for (int i = 0; i < static_cast<int>(out_->clause_of_token.size()); ++i) {
    for (int c = out_->clause_of_token[i]; c >= 0; c = clauses[c].parent) {
      clauses[c].begin = std::min(clauses[c].begin, i);
      clauses[c].end = std::max(clauses[c].end, i + 1);
    }
  }
  for (auto& c : clauses) {
    if (c.end == 0) c.begin = 0;
  }
  for (auto& np : out_->noun_phrases) np.clause = out_->clause_of_token[np.head];
  for (auto& vg : out_->verb_groups) vg.clause = out_->clause_of_token[vg.head];
}

// An infinitive complements the nearest earlier verb group of its clause when only an object NP
// and adverbs stand between them: "refused to join", "asked other countries not to allow".
void LinkInfinitives(const Input& in, SentenceChunks* out) {
  auto& vgs = out->verb_groups;
  for (int v = 1; v < static_cast<int>(vgs.size()); ++v) {
    if (!vgs[v].infinitive) continue;
    int u = v - 1;
    if (vgs[u].clause != vgs[v].clause) continue;
    bool only_objects = true;
    for (int j = vgs[u].end; j < vgs[v].begin && only_objects; ++j) {
      int np = out->np_of_token[j];
      bool object = np >= 0 && out->noun_phrases[np].prep < 0;
      only_objects = object || IsAdverb(in.tag(j)) || in.tag(j) == PosTag::kRP ||
                     (in.tag(j) == PosTag::kCC && np < 0 && j > vgs[u].end);
    }
    if (only_objects) vgs[v].governor = u;
  }
}

}  // namespace

void FindClauses(const Input& in, SentenceChunks* out) {
  ClauseBuilder builder(in, out);
  builder.Run();
  LinkInfinitives(in, out);
}

}  // namespace dyadwatch::parse::chunker_internal
