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
    case 6: case 7: case 8: return "121";  // material cooperation, aid, yield
    default: return "";
  }
}

struct Mood {
  bool negated = false;
  bool hypothetical = false;
  bool future = false;
  bool reported = false;
};

Mood MoodOf(const SentenceView& v, const lexicon::VerbDictionary& verbs, int g) {
  const auto& groups = *v.groups;
  const VerbGroup& group = groups[g];
  Mood m;
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

// Roots whose events a compound subject can have with itself: "China and the US held talks".
bool IsReciprocalRoot(const std::string& code) {
  std::string root = lexicon::CameoTable::RootOf(code);
  return root == "03" || root == "04" || root == "05" || root == "06";
}

std::string Quote(const SentenceView& v, uint32_t b, uint32_t e) {
  std::string s;
  for (uint32_t k = b; k < e && k < v.tokens().size(); ++k) {
    if (!s.empty()) s += ' ';
    s += v.tokens()[k].norm;
  }
  return s;
}

}  // namespace

std::vector<ProtoEvent> CodeSentence(const SentenceView& v, const lexicon::Lexicon& lexicon,
                                     std::vector<std::string>* explain) {
  const auto& verbs = lexicon.verbs();
  const auto& groups = *v.groups;
  const auto& units = *v.units;
  std::vector<ProtoEvent> events;
  std::vector<bool> coded(groups.size(), false);
  auto note = [&](const std::string& s) {
    if (explain) explain->push_back(s);
  };

  for (size_t gi = 0; gi < groups.size(); ++gi) {
    int g = static_cast<int>(gi);
    const VerbGroup& group = groups[g];
    if (!group.match.found()) continue;
    // A governor that was coded already covers the infinitives it governs.
    if (group.governor >= 0 && coded[group.governor]) continue;
    const lexicon::VerbEntry& entry = verbs.EntryOf(*group.match.form);
    const lexicon::VerbBlock& block = verbs.BlockOf(*group.match.form);
    std::string verb_text = Quote(v, group.begin, group.end);

    Region region = ObjectRegion(v, g);
    uint32_t clause_start = ClauseStart(v, g);
    PatternMatch pm = BestPattern(v, g, verbs, block, region, clause_start);
    lexicon::VerbCode code = pm.pattern ? pm.pattern->code : entry.code;
    std::string rule = pm.pattern ? pm.pattern->where.ToString() : entry.where.ToString();
    if (code.is_null()) {
      note("'" + verb_text + "' (" + block.name + "): " +
           (pm.pattern ? "pattern " + rule + " says no event" : "no pattern matched and the verb alone codes nothing (" + rule + ")"));
      continue;
    }

    std::string why;
    std::vector<int> sources;
    std::vector<int> targets;
    if (pm.source_unit >= 0) sources = WithCompound(v, pm.source_unit);
    if (group.passive) {
      // "X was attacked by Y": Y is the source, X the target.
      int agent = PassiveAgent(v, region);
      if (agent >= 0 && sources.empty()) sources = WithCompound(v, agent);
      std::vector<int> patient = SubjectUnits(v, g, &why);
      if (pm.target_unit >= 0) patient = WithCompound(v, pm.target_unit);
      targets = patient;
    } else {
      if (sources.empty()) sources = SubjectUnits(v, g, &why);
      if (pm.target_unit >= 0) {
        targets = WithCompound(v, pm.target_unit);
      } else {
        std::vector<int> cands = TargetCandidates(v, region);
        for (int c : cands) {
          // Skip candidates that belong to the subject itself ("China and the US ... with
          // China" is rare; the subject group is never its own target).
          if (std::find(sources.begin(), sources.end(), c) != sources.end()) continue;
          targets = WithCompound(v, c);
          break;
        }
      }
    }
    if (sources.empty()) {
      note("'" + verb_text + "' (" + rule + "): no source actor: " + (why.empty() ? "none found" : why));
      continue;
    }

    Mood mood = MoodOf(v, verbs, g);
    std::string forward = code.forward;
    std::string reverse = code.reverse;
    std::string rule_text = rule;
    if (mood.negated) {
      std::string neg = NegatedCode(forward.empty() ? reverse : forward);
      if (neg.empty()) {
        note("'" + verb_text + "' (" + rule + "): negated, and a negated " +
             (forward.empty() ? reverse : forward) + " is no event");
        continue;
      }
      rule_text += " negated:" + (forward.empty() ? reverse : forward) + "->" + neg;
      forward = neg;
      reverse.clear();
    }
    std::string mood_name = MoodName(mood);

    auto emit = [&](int s, int t, const std::string& c) {
      if (c.empty() || s < 0 || t < 0) return;
      if (units[s].code == units[t].code) return;
      for (const ProtoEvent& e : events) {
        if (e.source_unit == s && e.target_unit == t && e.code == c) return;
      }
      if (events.size() >= kMaxEventsPerSentence) {
        note("'" + verb_text + "': event cap of " + std::to_string(kMaxEventsPerSentence) +
             " per sentence reached; further pairs dropped");
        return;
      }
      events.push_back(ProtoEvent{s, t, c, mood_name, g, rule_text});
      coded[g] = true;
    };

    if (targets.empty()) {
      // A compound subject acting together: "China and the United States held talks".
      bool reciprocal = !code.reverse.empty() || IsReciprocalRoot(forward);
      if (sources.size() >= 2 && reciprocal && !mood.negated) {
        for (int a : sources) {
          for (int b : sources) {
            if (a == b) continue;
            emit(a, b, forward.empty() ? reverse : forward);
          }
        }
      } else {
        note("'" + verb_text + "' (" + rule + "): source " + units[sources.front()].code +
             " but no target actor");
      }
      continue;
    }
    for (int s : sources) {
      for (int t : targets) {
        emit(s, t, forward);
        if (!reverse.empty()) emit(t, s, reverse);
      }
    }
  }
  return events;
}

}  // namespace dyadwatch::coder
