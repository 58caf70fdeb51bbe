#include "coder/sentence_coder.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "coder/pattern_matcher.h"
#include "coder/verb_groups.h"
#include "lexicon/cameo.h"

namespace dyadwatch::coder {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& set, std::string_view w) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// Governing verbs (as dictionary verb words) that negate the infinitive they govern:
// "failed to visit", "refused to join" (when no pattern of the governor codes it).
constexpr std::array<std::string_view, 5> kNegatingGovernors = {"REFUSE", "DECLINE", "FAIL",
                                                                "REJECT", "AVOID"};
// Governors that make the infinitive an intention: "plans to visit", "wants to join".
constexpr std::array<std::string_view, 16> kIntentGovernors = {
    "PLAN", "INTEND", "HOPE", "WANT", "AIM", "SEEK", "EXPECT", "PROMISE", "PLEDGE", "VOW",
    "PREPARE", "TRY", "ATTEMPT", "WISH", "GO", "THREATEN"};

// The verb word of a token: REFUSED -> REFUSE via the dictionary form, else the norm with a
// regular ending stripped (enough to compare with the lists above).
std::string VerbWord(const SentenceView& v, const lexicon::VerbDictionary& verbs, int g) {
  const VerbGroup& group = (*v.groups)[g];
  if (group.match.found()) return verbs.EntryOf(*group.match.form).verb_word;
  std::string w = v.tokens()[group.head].norm;
  for (std::string_view suffix : {"ING", "ED", "S"}) {
    if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) {
      w.resize(w.size() - suffix.size());
      if (suffix == "ED" && w.ends_with("I")) w.back() = 'Y';
      break;
    }
  }
  return w;
}

bool IsBeAbout(const SentenceView& v, const VerbGroup& gov, const VerbGroup& inf) {
  // "is about to V", "are going to V"
  if (!IsBeForm(v.tokens()[gov.head].norm) && v.tokens()[gov.head].norm != "GOING") return false;
  for (uint32_t k = gov.head; k < inf.begin; ++k) {
    std::string_view w = v.tokens()[k].norm;
    if (w == "ABOUT" || w == "GOING") return true;
  }
  return false;
}

// CAMEO has no negated events: "will not join" is a refusal. Negated cooperation (roots 03-08)
// becomes the matching Reject code; other negated verbs yield no event.
std::string NegatedCode(const std::string& code) {
  int root = std::atoi(lexicon::CameoTable::RootOf(code).c_str());
  switch (root) {
    case 3: case 5: return "120";   // intent to cooperate / diplomatic cooperation
    case 4: return "125";           // consult, meet -> reject proposal to meet or negotiate
    case 6: case 7: return "121";   // material cooperation, aid
    case 8: return "124";           // yield (ease sanctions, lift a ban) -> refuse to yield
    default: return "";
  }
}

struct Mood {
  bool negated = false;
  bool hypothetical = false;
  bool future = false;
  bool reported = false;
};

// Governors after which the infinitive did happen: "began to restrict", "managed to reach".
constexpr std::array<std::string_view, 6> kFactiveGovernors = {"BEGIN", "START", "CONTINUE",
                                                               "MANAGE", "USE", "HELP"};

Mood MoodOf(const SentenceView& v, const lexicon::VerbDictionary& verbs, int g) {
  const auto& groups = *v.groups;
  const VerbGroup& group = groups[g];
  Mood m;
  // An infinitive states a purpose or an intention, not a deed ("paid bounties to kill
  // soldiers", "came to fight ISIS"), unless its governor says it happened.
  if (group.infinitival &&
      (group.governor < 0 || !In(kFactiveGovernors, VerbWord(v, verbs, group.governor)))) {
    m.future = true;
  }
  m.negated = group.negated;
  if (group.modality == Modality::kFuture) m.future = true;
  if (group.modality == Modality::kHypothetical) m.hypothetical = true;
  int gov = group.governor;
  int child = g;
  while (gov >= 0) {
    const VerbGroup& gg = groups[gov];
    std::string word = VerbWord(v, verbs, gov);
    if (gg.negated) m.negated = !m.negated ? true : m.negated;
    if (In(kNegatingGovernors, word)) m.negated = true;
    if (In(kIntentGovernors, word) || IsBeAbout(v, gg, groups[child])) m.future = true;
    if (gg.modality == Modality::kFuture) m.future = true;
    if (gg.modality == Modality::kHypothetical) m.hypothetical = true;
    child = gov;
    gov = gg.governor;
  }
  // The clause the chain starts in: conditional ("if"), or a reported complement ("said that").
  const auto& tokens = v.tokens();
  uint32_t start = ClauseStart(v, child);
  if (start > 0) {
    std::string_view opener = tokens[start - 1].norm;
    if (IsConditional(opener)) m.hypothetical = true;
    if (opener == "THAT" && start >= 2) {
      for (int p = child - 1; p >= 0; --p) {
        if (groups[p].end <= start - 1) {
          if (groups[p].end >= start - 3 && IsReportingVerb(tokens[groups[p].head].norm)) {
            m.reported = true;
          }
          break;
        }
      }
    }
  }
  for (size_t k = 0; k + 1 < tokens.size(); ++k) {
    if (tokens[k].norm == "ACCORDING" && tokens[k + 1].norm == "TO") m.reported = true;
  }
  return m;
}

std::string MoodName(const Mood& m) {
  if (m.negated) return "negated";
  if (m.hypothetical) return "hypothetical";
  if (m.future) return "future";
  if (m.reported) return "reported";
  return "asserted";
}

// Whether a pattern names the thing acted on or with ("- * LAWSUIT", "- * &WEAPON",
// "- * (WITH MURDER)") rather than only a preposition or the actor slots ("- * (TO)", "- $ *").
bool NamesObject(const lexicon::VerbPattern& pattern) {
  static constexpr std::array<std::string_view, 22> kFunctionWords = {
      "TO",   "FOR",  "WITH", "BETWEEN", "AGAINST", "FROM", "ON",  "IN",   "BY",   "ABOUT", "OF",
      "AT",   "INTO", "OVER", "UPON",    "THAT",    "AS",   "THE", "A",    "AN",   "UP",    "OUT"};
  for (const auto* side : {&pattern.before, &pattern.after}) {
    for (const lexicon::PatternElement& e : *side) {
      if (e.kind == lexicon::PatternElementKind::kSynset) return true;
      if (e.kind != lexicon::PatternElementKind::kWord) continue;
      for (const std::string& w : e.words) {
        if (!In(kFunctionWords, w)) return true;
      }
    }
  }
  return false;
}

// Codes whose events a compound subject has with itself: "China and the US held talks",
// "Turkey and Libya signed an agreement", "... agreed to cooperate". Not "pledged funds".
bool IsReciprocalRoot(const std::string& code) {
  std::string root = lexicon::CameoTable::RootOf(code);
  // Root 06 (material cooperation: "Cyprus and Egypt signed a deal to export gas") is mutual.
  return root == "04" || root == "06" || code == "057" || code == "050" || code == "036";
}

bool IsIntentGovernor(const std::string& word) { return In(kIntentGovernors, word); }

// Verbs whose plural subject does the act with each other: "the Philippines and France agree
// that ...", "Armenia and Azerbaijan clashed" (not "pledged", "condemned").
bool IsSymmetricVerb(const std::string& word) {
  static constexpr std::array<std::string_view, 16> kSymmetric = {
      "AGREE", "MEET", "TALK", "NEGOTIATE", "CONSULT", "CLASH", "FIGHT", "COOPERATE",
      "RECONCILE", "DISCUSS", "COLLABORATE", "QUARREL", "FEUD", "SPAR", "ALLY", "CONFER"};
  return In(kSymmetric, word);
}

// "Gondor and Osgiliath have delayed their meeting": the object is the subjects' own joint
// activity, so what is done to it each does to the other.
bool ObjectIsTheirJointAct(const SentenceView& v, Region region) {
  static constexpr std::array<std::string_view, 16> kJoint = {
      "MEETING", "MEETINGS", "TALKS", "NEGOTIATIONS", "SUMMIT", "RELATIONS", "TIES",
      "COOPERATION", "DIALOGUE", "AGREEMENT", "DEAL", "PARTNERSHIP", "ALLIANCE", "TREATY",
      "EXCHANGES", "TRADE"};
  const auto& tokens = v.tokens();
  uint32_t i = region.begin;
  while (i < region.end && parse::IsAdverb(v.tag(i))) ++i;
  if (i >= region.end || tokens[i].norm != "THEIR") return false;
  for (uint32_t k = i + 1; k < region.end && k <= i + 4; ++k) {
    if (In(kJoint, tokens[k].norm)) return true;
    if (!parse::IsNoun(v.tag(k)) && !parse::IsAdjective(v.tag(k))) break;
  }
  return false;
}

bool IsNamingVerb(const std::string& word) {
  static constexpr std::array<std::string_view, 6> kNaming = {"CALL", "LABEL", "DUB", "BRAND",
                                                              "TERM", "NAME"};
  return In(kNaming, word);
}

std::string Quote(const SentenceView& v, uint32_t b, uint32_t e) {
  std::string s;
  for (uint32_t k = b; k < e && k < v.tokens().size(); ++k) {
    if (!s.empty()) s += ' ';
    s += v.tokens()[k].norm;
  }
  return s;
}

// What coding one verb group found, kept so that later rules (deferred governors, accusations)
// can look back at it.
struct GroupOutcome {
  bool has_code = false;      // the dictionary gave a non-null code (even if no event came out)
  std::string code;           // forward code after patterns, before negation
  bool negated = false;
  std::vector<int> sources;
  std::string rule;
};

class SentenceCoder {
 public:
  SentenceCoder(const SentenceView& v, const lexicon::Lexicon& lexicon,
                const PatternAnchors& anchors, const SentenceCoderOptions& options,
                std::vector<std::string>* explain)
      : v_(v), lexicon_(lexicon), verbs_(lexicon.verbs()), anchors_(anchors), options_(options),
        explain_(explain),
        outcomes_(v.groups->size()), coded_(v.groups->size(), false) {}

  std::vector<ProtoEvent> Run() {
    const auto& groups = *v_.groups;
    std::vector<int> deferred;
    for (size_t gi = 0; gi < groups.size(); ++gi) {
      int g = static_cast<int>(gi);
      if (!groups[g].match.found()) continue;
      // A governor that was coded already covers the infinitives it governs.
      if (groups[g].governor >= 0 && coded_[groups[g].governor]) continue;
      // A TABARI verb found by its word after a null-coded verb: only if that verb coded nothing.
      if (groups[g].fallback_for >= 0 && outcomes_[groups[g].fallback_for].has_code) continue;
      // "wants to join", "plans to visit": the infinitive is the event; the intent verb is
      // coded only if its infinitive has no code of its own.
      if (IsIntentGovernor(VerbWord(v_, verbs_, g)) && GovernsInfinitive(g)) {
        deferred.push_back(g);
        continue;
      }
      CodeGroup(g);
    }
    for (int g : deferred) {
      bool handled = false;
      for (size_t x = 0; x < groups.size(); ++x) {
        if (groups[x].governor == g && outcomes_[x].has_code) handled = true;
      }
      if (!handled) CodeGroup(g);
    }
    Accusations();
    return std::move(events_);
  }

 private:
  void Note(const std::string& s) {
    if (explain_) explain_->push_back(s);
  }

  // An act without a known target is still an event of its source ("the Taliban claimed
  // responsibility", "police detained him", "Turkey began a military offensive"), but only when
  // a dictionary pattern named what was done: a verb's default code, or a pattern that is only a
  // preposition waiting for its target ("- * TO"), was written for a dyad and alone is too often
  // wrong (measured on Wikinews: about 3 in 10 right). Stated acts only: an intention, a
  // condition or a refusal with no one on the other side is not an event, nor is a question.
  bool OneSidedAllowed(const std::string& code, const lexicon::VerbPattern* pattern,
                       const lexicon::VerbBlock& block, uint32_t head, const Mood& mood) const {
    if (options_.require_dyad) return false;
    if (options_.one_sided_any_code) return true;
    if (code == "010" || pattern == nullptr) return false;
    // A reporting verb's pattern ("reported an attack" 190, "said the attack ...") codes what
    // the report is about; without a target it mostly turns the reporter (Reuters, state
    // media) into the actor. Other statement verbs keep theirs ("declared a state of
    // emergency", "expressed its support").
    if (lexicon::CameoTable::RootOf(block.code.forward) == "01" &&
        lexicon::CameoTable::RootOf(code) != "01" && IsReportingVerb(v_.tokens()[head].norm)) {
      return false;
    }
    if (mood.negated || mood.future || mood.hypothetical) return false;
    const auto& tokens = v_.tokens();
    if (!tokens.empty() && tokens.back().norm == "?") return false;
    return NamesObject(*pattern);
  }

  // TABARI's source rule: the nearest actor before the verb, whatever stands between.
  std::vector<int> NearestActorBefore(int g) const {
    const VerbGroup& group = (*v_.groups)[g];
    for (uint32_t k = group.begin; k > 0; --k) {
      std::string_view w = v_.tokens()[k - 1].norm;
      if (w == ";" || w == "." || w == ":") break;
      int u = v_.unit_at[k - 1];
      if (u >= 0 && !(*v_.units)[u].code.empty() && !(*v_.units)[u].stance) return WithCompound(v_, u);
    }
    return {};
  }

  bool GovernsInfinitive(int g) const {
    for (const VerbGroup& x : *v_.groups) {
      if (x.governor == g) return true;
    }
    return false;
  }

  void Emit(int s, int t, const std::string& c, const std::string& mood, int g,
            const std::string& rule, const std::string& verb_text) {
    const auto& units = *v_.units;
    if (c.empty() || s < 0) return;
    if (t >= 0) {
      if (units[s].code == units[t].code) return;
      // "the government ... the country" of one state is no dyad: a domestic event needs two
      // distinct, specific actors (USAGOV -> USAOPP), not a state and itself.
      if (!units[s].country.empty() && units[s].country == units[t].country &&
          (units[s].code == units[s].country || units[t].code == units[t].country)) {
        return;
      }
    }
    for (const ProtoEvent& e : events_) {
      if (e.source_unit == s && e.target_unit == t && e.code == c) return;
    }
    if (events_.size() >= kMaxEventsPerSentence) {
      Note("'" + verb_text + "': event cap of " + std::to_string(kMaxEventsPerSentence) +
           " per sentence reached; further pairs dropped");
      return;
    }
    events_.push_back(ProtoEvent{s, t, c, mood, g, rule});
    coded_[g] = true;
  }

  void CodeGroup(int g) {
    const auto& groups = *v_.groups;
    const auto& units = *v_.units;
    const VerbGroup& group = groups[g];
    const lexicon::VerbEntry& entry = verbs_.EntryOf(*group.match.form);
    const lexicon::VerbBlock& block = verbs_.BlockOf(*group.match.form);
    std::string verb_text = Quote(v_, group.begin, group.end);

    Region region = ObjectRegion(v_, g);
    uint32_t clause_start = ClauseStart(v_, g);
    PatternOptions pattern_options;
    pattern_options.match_that_complement = options_.peer_targets;
    pattern_options.stance_sources = options_.peer_targets;
    PatternMatch pm = BestPattern(v_, g, verbs_, anchors_, block, region, clause_start,
                                  pattern_options);
    lexicon::VerbCode code = pm.pattern ? pm.pattern->code : entry.code;
    std::string rule = pm.pattern ? pm.pattern->where.ToString() : entry.where.ToString();
    GroupOutcome& out = outcomes_[g];
    out.rule = rule;
    if (code.is_null()) {
      Note("'" + verb_text + "' (" + block.name + "): " +
           (pm.pattern ? "pattern " + rule + " says no event"
                       : "no pattern matched and the verb alone codes nothing (" + rule + ")"));
      return;
    }
    out.has_code = true;
    out.code = code.forward.empty() ? code.reverse : code.forward;

    std::string why;
    std::vector<int> sources;
    std::vector<int> targets;
    // '%' before the verb: the compound subject acts with itself; after it, PETRARCH2 makes the
    // compound the verb's target, each member in turn ("Eriador agrees with the Philippines
    // and France": ERI->PHL, ERI->FRA), while TABARI keeps it acting with itself ("exchanged
    // prisoners with Gondor and Osgiliath": GON<->OSG).
    int compound_target = -1;
    if (pm.compound_unit >= 0) {
      if (units[pm.compound_unit].begin < group.head || verbs_.lexical_verbs()) {
        CodeCompound(g, pm, code, rule, verb_text);
        return;
      }
      compound_target = pm.compound_unit;
    }
    if (pm.source_unit >= 0) sources = WithCompound(v_, pm.source_unit);
    if (group.passive) {
      // "X was attacked by Y": Y is the source, X the target.
      int agent = PassiveAgent(v_, region);
      if (agent >= 0 && sources.empty()) sources = WithCompound(v_, agent);
      targets = pm.target_unit >= 0 ? WithCompound(v_, pm.target_unit) : SubjectUnits(v_, g, &why);
    } else {
      if (sources.empty()) sources = SubjectUnits(v_, g, &why);
      if (sources.empty() && verbs_.lexical_verbs()) sources = NearestActorBefore(g);
      if (pm.target_unit >= 0) {
        targets = TargetsWithCompound(v_, pm.target_unit);
      } else if (compound_target >= 0) {
        targets = WithCompound(v_, compound_target);
      } else {
        // Without a pattern naming the target, objects stop where a governed infinitive starts:
        // "asked other countries not to allow the use of Huawei's equipment" has no actor
        // object; Huawei belongs to "allow".
        Region direct = region;
        if (pm.pattern == nullptr) {
          for (size_t x = g + 1; x < groups.size(); ++x) {
            if (groups[x].governor == g && groups[x].infinitival &&
                groups[x].begin >= region.begin && groups[x].begin < direct.end) {
              direct.end = groups[x].begin;
              break;
            }
          }
        }
        auto first_target = [&](Region r, bool allow_locatives) {
          for (int c : TargetCandidates(v_, r, allow_locatives)) {
            if (std::find(sources.begin(), sources.end(), c) != sources.end()) continue;
            return TargetsWithCompound(v_, c);
          }
          return std::vector<int>{};
        };
        targets = first_target(direct, false);
        // Peer semantics (peer_targets): a verb's "that"-complement is its object, and the
        // complement's first actor, usually its subject, what the verb is about ("allowed that
        // Mordor isn't a really pleasant place").
        const auto& toks = v_.tokens();
        if (targets.empty() && options_.peer_targets && region.end < toks.size() &&
            toks[region.end].norm == "THAT") {
          uint32_t end = region.end + 1;
          while (end < toks.size() && toks[end].norm != "." && toks[end].norm != ";") ++end;
          for (uint32_t k = region.end + 1; k < end && targets.empty(); ++k) {
            int u = v_.unit_at[k];
            if (u < 0 || units[u].code.empty() ||
                std::find(sources.begin(), sources.end(), u) != sources.end()) {
              continue;
            }
            targets = WithCompound(v_, u);
          }
        }
        // Peer semantics (CoderOptions::peer_targets): a place is the target of an act when
        // nothing else is ("fired shells at Seoul", "criticized the closure of guest houses in
        // Bree", even "renewing his license in Michel Delving"). On news this was wrong more
        // often than right ("died at home in Paris", "resides in Iraq", "met in Geneva"),
        // hence off by default.
        if (targets.empty() && options_.peer_targets) {
          targets = first_target(region, true);
        }
      }
    }
    // TABARI's DEFAULT option: a missing side takes the default actor, for the sentence's
    // first coded verb only (TABARI codes one verb per clause; "..., a senior official said"
    // would otherwise become DEFSRC -> DEFTAR).
    if (!defaults_used_) {
      if (sources.empty() && v_.default_source_unit >= 0) sources = {v_.default_source_unit};
      if (targets.empty() && v_.default_target_unit >= 0 &&
          std::find(sources.begin(), sources.end(), v_.default_target_unit) == sources.end()) {
        targets = {v_.default_target_unit};
      }
      defaults_used_ = v_.default_source_unit >= 0 || v_.default_target_unit >= 0;
    }
    out.sources = sources;
    Mood mood = MoodOf(v_, verbs_, g);
    if (pm.pattern != nullptr && pm.consumed_negation && group.negated) mood.negated = false;
    out.negated = mood.negated;
    if (sources.empty()) {
      Note("'" + verb_text + "' (" + rule + "): no source actor: " +
           (why.empty() ? "none found" : why));
      return;
    }

    std::string forward = code.forward;
    std::string reverse = code.reverse;
    std::string rule_text = rule;
    if (mood.negated) {
      std::string original = forward.empty() ? reverse : forward;
      std::string neg = mood.hypothetical ? "" : NegatedCode(original);
      if (neg.empty()) {
        Note("'" + verb_text + "' (" + rule + "): negated " + original +
             (mood.hypothetical ? " in a hypothetical clause" : "") + " is no event");
        return;
      }
      rule_text += " negated:" + original + "->" + neg;
      forward = neg;
      reverse.clear();
    }
    std::string mood_name = MoodName(mood);

    if (targets.empty()) {
      // A compound subject acting together: "China and the United States held talks".
      bool reciprocal = !code.reverse.empty() || IsReciprocalRoot(forward) ||
                        IsSymmetricVerb(VerbWord(v_, verbs_, g)) ||
                        ObjectIsTheirJointAct(v_, region);
      if (sources.size() >= 2 && reciprocal && !mood.negated && !group.passive) {
        for (int a : sources) {
          for (int b : sources) {
            if (a != b) Emit(a, b, forward.empty() ? reverse : forward, mood_name, g, rule_text, verb_text);
          }
        }
      } else if (OneSidedAllowed(forward.empty() ? reverse : forward, pm.pattern, block, group.head,
                                 mood)) {
        for (int a : sources) {
          Emit(a, -1, forward.empty() ? reverse : forward, mood_name, g, rule_text + " one-sided",
               verb_text);
        }
      } else {
        Note("'" + verb_text + "' (" + rule + "): source " + units[sources.front()].code +
             " but no target actor");
      }
      return;
    }
    // "called Trump a clown", "labelled China an adversary": naming someone is a comment whose
    // tone the verb does not give; code nothing rather than "phoned".
    if (pm.pattern == nullptr && IsNamingVerb(VerbWord(v_, verbs_, g))) {
      uint32_t after_target = units[targets.front()].end;
      const auto& toks = v_.tokens();
      if (after_target < toks.size() &&
          (toks[after_target].norm == "A" || toks[after_target].norm == "AN" ||
           toks[after_target].norm == "AS" || toks[after_target].kind == text::TokenKind::kPunct)) {
        Note("'" + verb_text + "': naming construction, tone unknown; not coded");
        return;
      }
    }
    for (int s : sources) {
      for (int t : targets) {
        Emit(s, t, forward, mood_name, g, rule_text, verb_text);
        if (!reverse.empty()) Emit(t, s, reverse, mood_name, g, rule_text, verb_text);
      }
    }
  }

  // A '%' pattern: the members of one compound act on each other ("The Philippines and France
  // agree" with "- % * [030:030]"): every ordered pair gets the forward code, or forward one
  // way and reverse the other when the pattern pairs two codes.
  void CodeCompound(int g, const PatternMatch& pm, const lexicon::VerbCode& code,
                    const std::string& rule, const std::string& verb_text) {
    Mood mood = MoodOf(v_, verbs_, g);
    if (pm.consumed_negation && (*v_.groups)[g].negated) mood.negated = false;
    if (mood.negated) {
      Note("'" + verb_text + "' (" + rule + "): negated compound pattern is no event");
      return;
    }
    std::vector<int> members = WithCompound(v_, pm.compound_unit);
    const std::string& forward = code.forward.empty() ? code.reverse : code.forward;
    const std::string& reverse = code.reverse.empty() ? forward : code.reverse;
    for (size_t a = 0; a < members.size(); ++a) {
      for (size_t b = a + 1; b < members.size(); ++b) {
        Emit(members[a], members[b], forward, MoodName(mood), g, rule + " compound", verb_text);
        Emit(members[b], members[a], reverse, MoodName(mood), g, rule + " compound", verb_text);
      }
    }
  }

  // "Zakharova stated that Japan's attempt ... is undermining ...": a statement that another
  // actor commits a material hostility (quad class 4) is an accusation, CAMEO 112, from the
  // speaker to the actor the complement is about.
  void Accusations() {
    const auto& groups = *v_.groups;
    const auto& units = *v_.units;
    const auto& tokens = v_.tokens();
    for (size_t gi = 0; gi < groups.size(); ++gi) {
      const GroupOutcome& say = outcomes_[gi];
      if (!say.has_code || say.negated || say.sources.empty()) continue;
      if (lexicon::CameoTable::RootOf(say.code) != "01") continue;
      uint32_t k = groups[gi].end;
      if (k >= tokens.size() || tokens[k].norm != "THAT") continue;
      uint32_t end = k + 1;
      while (end < tokens.size() && tokens[end].norm != ";" && tokens[end].norm != ":" &&
             tokens[end].norm != ".") {
        ++end;
      }
      // The actor the complement is about: the first unit before the complement's first verb.
      int about = -1;
      uint32_t first_verb = end;
      for (size_t x = gi + 1; x < groups.size(); ++x) {
        if (groups[x].begin > k && groups[x].begin < end) { first_verb = groups[x].begin; break; }
      }
      for (uint32_t t = k + 1; t < first_verb; ++t) {
        int u = v_.unit_at[t];
        if (u >= 0 && !units[u].code.empty()) { about = u; break; }
      }
      if (about < 0) continue;
      const std::string& speaker_country = units[say.sources.front()].country;
      if (units[about].country.empty() || units[about].country == speaker_country) continue;
      for (size_t x = gi + 1; x < groups.size(); ++x) {
        if (groups[x].begin <= k || groups[x].begin >= end) continue;
        const GroupOutcome& inner = outcomes_[x];
        if (!inner.has_code || inner.negated) continue;
        const lexicon::EventCodeInfo* info = lexicon_.cameo().Find(inner.code);
        if (info == nullptr || info->quad_class != 4) continue;
        for (int s : say.sources) {
          Emit(s, about, "112", "asserted", static_cast<int>(gi),
               say.rule + " accusation:" + inner.code + "@" + inner.rule,
               Quote(v_, groups[gi].begin, groups[gi].end));
        }
        break;
      }
    }
  }

  const SentenceView& v_;
  const lexicon::Lexicon& lexicon_;
  const lexicon::VerbDictionary& verbs_;
  const PatternAnchors& anchors_;
  const SentenceCoderOptions& options_;
  std::vector<std::string>* explain_;
  std::vector<GroupOutcome> outcomes_;
  std::vector<bool> coded_;
  bool defaults_used_ = false;  // a coded verb has had its chance at the default actors
  std::vector<ProtoEvent> events_;
};

}  // namespace

std::vector<ProtoEvent> CodeSentence(const SentenceView& view, const lexicon::Lexicon& lexicon,
                                     const PatternAnchors& anchors,
                                     const SentenceCoderOptions& options,
                                     std::vector<std::string>* explain) {
  return SentenceCoder(view, lexicon, anchors, options, explain).Run();
}

}  // namespace dyadwatch::coder
