#include "coder/pronouns.h"

#include <algorithm>
#include <array>

#include "coder/verb_groups.h"

namespace dyadwatch::coder {
namespace {

using parse::PosTag;

enum class Kind { kPerson, kThing, kGroup };

Kind KindOf(std::string_view norm) {
  if (norm == "IT") return Kind::kThing;
  if (norm == "THEY" || norm == "THEM") return Kind::kGroup;
  return Kind::kPerson;
}

const char* KindName(Kind kind) {
  switch (kind) {
    case Kind::kPerson: return "a person";
    case Kind::kThing: return "one state or organisation";
    case Kind::kGroup: return "a compound";
  }
  return "";
}

// Whether the antecedent (the units of one phrase) fits the pronoun.
bool Fits(const std::vector<const ActorUnit*>& antecedent, Kind kind, bool untyped) {
  if (antecedent.empty()) return false;
  for (const ActorUnit* u : antecedent) {
    if (u->code.empty() || u->stance) return false;
  }
  if (kind == Kind::kGroup) return antecedent.size() >= 2;
  if (antecedent.size() != 1) return false;
  if (untyped) return true;
  // ActorUnit::person marks any full dictionary code; organisations have them too
  // ("IGOEUREEC"), and he/she never name those.
  const std::string& code = antecedent.front()->code;
  const bool organisation = code.starts_with("IGO") || code.starts_with("NGO") ||
                            code.starts_with("MNC");
  const bool person = antecedent.front()->person && !organisation;
  return kind == Kind::kPerson ? person : !person;
}

// Whether a finite verb follows the token (adverbs between allowed: "it also said", "whatever it
// can"): the token is a subject.
bool BeforeFiniteVerb(const SentenceView& v, size_t k) {
  size_t after = k + 1;
  while (after < v.tokens().size() && parse::IsAdverb(v.tag(after))) ++after;
  if (after >= v.tokens().size()) return false;
  PosTag t = v.tag(after);
  return t == PosTag::kMD || t == PosTag::kVBD || t == PosTag::kVBZ || t == PosTag::kVBP;
}

// The verb group whose subject the token is: the first group starting right after it (adverbs
// between allowed); -1 when there is none.
int GroupAfter(const SentenceView& v, size_t k) {
  size_t after = k + 1;
  while (after < v.tokens().size() && parse::IsAdverb(v.tag(after))) ++after;
  const auto& groups = *v.groups;
  for (size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].begin >= k + 1 && groups[g].begin <= after && !groups[g].infinitival) {
      return static_cast<int>(g);
    }
  }
  return -1;
}

// The verb group before the token whose object it is: the last group ending at or before it.
int GroupBefore(const SentenceView& v, size_t k) {
  const auto& groups = *v.groups;
  int found = -1;
  for (size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].end <= k) found = static_cast<int>(g);
  }
  return found;
}

// "It is clear that", "it was agreed that", "it seems": the expletive "it".
bool IsExpletive(const SentenceView& v, int g) {
  const VerbGroup& group = (*v.groups)[g];
  std::string_view head = v.tokens()[group.head].norm;
  if (IsBeForm(head) || head == "SEEMS" || head == "SEEMED" || head == "APPEARS" ||
      head == "APPEARED" || head == "REMAINS" || head == "REMAINED" || head == "TAKES" ||
      head == "TOOK" || head == "MEANS") {
    return true;
  }
  return group.passive && group.end < v.tokens().size() &&
         (v.tokens()[group.end].norm == "THAT" || v.tokens()[group.end].norm == "TO");
}

// Nouns naming an office holder, not an institution: "minister", not "ministry".
bool IsPersonTitle(std::string_view w) {
  static constexpr std::array<std::string_view, 34> kTitles = {
      "MINISTER", "PRESIDENT", "PREMIER", "CHANCELLOR", "SPOKESMAN", "SPOKESWOMAN",
      "SPOKESPERSON", "SECRETARY", "LEADER", "OFFICIAL", "AMBASSADOR", "ENVOY", "GOVERNOR",
      "SENATOR", "CHIEF", "GENERAL", "COMMANDER", "KING", "QUEEN", "PRINCE", "MAYOR", "JUDGE",
      "DIPLOMAT", "ADVISER", "ADVISOR", "DIRECTOR", "CHAIRMAN", "CHAIRWOMAN", "REPRESENTATIVE",
      "LAWMAKER", "CANDIDATE", "PROSECUTOR", "OFFICER", "HEAD"};
  return std::find(kTitles.begin(), kTitles.end(), w) != kTitles.end();
}

// Where a stretch of the sentence ends, for "it": clause openers and punctuation, not "and"
// ("Japan and China ... it").
bool IsStretchBoundary(std::string_view w) {
  return IsClauseOpener(w) || w == "," || w == ";" || w == ":" || w == "\"" || w == "(" ||
         w == ")";
}

std::vector<const ActorUnit*> Pointers(const SentenceView& v, const std::vector<int>& ids) {
  std::vector<const ActorUnit*> out;
  for (int u : ids) out.push_back(&(*v.units)[u]);
  return out;
}

bool SameCodes(const std::vector<const ActorUnit*>& a, const std::vector<const ActorUnit*>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i]->code != b[i]->code) return false;
  }
  return true;
}

bool Shares(const std::vector<const ActorUnit*>& a, const std::vector<const ActorUnit*>& b) {
  for (const ActorUnit* x : a) {
    for (const ActorUnit* y : b) {
      if (x->code == y->code) return true;
    }
  }
  return false;
}

}  // namespace

bool MayBeActorPronoun(std::string_view norm) {
  return norm == "HE" || norm == "SHE" || norm == "HIM" || norm == "HER" || norm == "IT" ||
         norm == "THEY" || norm == "THEM";
}

bool IsActorPronoun(std::string_view norm, PosTag tag) {
  if (!MayBeActorPronoun(norm)) return false;
  return tag == PosTag::kPRP || (norm != "HER" && norm != "IT");
}

void ResolvePronouns(const PronounContext& context, SentenceView* view,
                     std::vector<ActorUnit>* units, std::vector<std::string>* notes) {
  SentenceView& v = *view;
  const auto& tokens = v.tokens();
  auto note = [&](size_t k, const std::string& what) {
    if (notes) notes->push_back("pronoun '" + tokens[k].norm + "' unresolved: " + what);
  };
  int next_group = 0;
  for (const ActorUnit& u : *units) next_group = std::max(next_group, u.group + 1);

  std::vector<std::string_view> unresolved;  // pronoun words left unresolved so far
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (v.unit_at[k] >= 0 || !IsActorPronoun(tokens[k].norm, v.tag(k))) continue;
    const Kind kind = KindOf(tokens[k].norm);
    const int own = GroupAfter(v, k);
    // "he", "she", "they" are nominative: subjects even when the tagger missed their verb ("he
    // plans/NNS on leaving"); "him", "her", "them" never are; "it" is when a verb follows.
    const std::string_view w = tokens[k].norm;
    const bool subject = w == "HE" || w == "SHE" || w == "THEY" ||
                         (w == "IT" && (own >= 0 || BeforeFiniteVerb(v, k)));
    if (kind == Kind::kThing && subject && own >= 0 && IsExpletive(v, own)) {
      note(k, "expletive 'it' (\"it is\", \"it was agreed that\")");
      continue;
    }
    // The same word again names the same one: "While he believes Harris ..., he says" is not
    // Harris when the first "he" had no antecedent.
    // ("it" names things too often for that: each "it" stands alone.)
    if (kind != Kind::kThing &&
        std::find(unresolved.begin(), unresolved.end(), tokens[k].norm) != unresolved.end()) {
      note(k, "an earlier '" + tokens[k].norm + "' of the sentence was unresolved");
      continue;
    }
    unresolved.push_back(tokens[k].norm);  // until resolved below
    // With typed dictionaries only subject he/she/it resolve: "they"/"them" are mostly groups
    // the dictionaries do not hold ("protesters", "officials"), and an object pronoun too often
    // names someone unnamed or unknown ("George Floyd ... while a police officer restrained him").
    if (!context.untyped && (kind == Kind::kGroup || !subject)) {
      note(k, kind == Kind::kGroup ? "'they'/'them' resolve only with TABARI dictionaries"
                                   : "object pronouns resolve only with TABARI dictionaries");
      continue;
    }
    // An object pronoun is not its own clause's subject ("Gondor asked him": not Gondor).
    std::vector<const ActorUnit*> excluded;
    int object_of = subject ? -1 : GroupBefore(v, k);
    if (object_of >= 0) excluded = Pointers(v, SubjectUnits(v, object_of, nullptr));

    std::vector<const ActorUnit*> antecedent;
    bool forwarded = false;
    bool from_memory = false;
    // 1. The subject of the nearest earlier finite clause that fits. Not for "it" with typed
    // dictionaries: "it" follows the states of its sentence less closely than "he" follows its
    // subject ("Japan must strengthen exchanges with China, and ... it must also resolve"), so
    // two states before it stay ambiguous (step 2).
    const bool by_subject = kind != Kind::kThing || context.untyped;
    for (int g = static_cast<int>(v.groups->size()) - 1; by_subject && g >= 0 && antecedent.empty();
         --g) {
      const VerbGroup& group = (*v.groups)[g];
      // A passive's grammatical subject is what was done to, and its agent ("by Johnson") is
      // found elsewhere: neither counts here.
      if (group.head >= k || group.infinitival || !group.finite || group.passive ||
          g == object_of) {
        continue;
      }
      std::vector<const ActorUnit*> s = Pointers(v, SubjectUnits(v, g, nullptr));
      if (s.empty() || s.front()->begin >= k) continue;
      if (Fits(s, kind, context.untyped) && !Shares(s, excluded)) antecedent = s;
    }
    // 2. The one actor before the pronoun that fits. For "it", the nearest stretch between
    // clause boundaries that holds any: "assurances from the US that it would not allow" -> the
    // US, not the SDF that "said" them; two there ("Japan must strengthen exchanges with China,
    // and ... it") stay ambiguous.
    if (antecedent.empty()) {
      size_t from = 0;
      if (kind == Kind::kThing) {
        for (size_t end = k; end > 0;) {
          size_t begin = end;
          while (begin > 0 && !IsStretchBoundary(tokens[begin - 1].norm)) --begin;
          bool any = false;
          for (size_t i = begin; i < end && !any; ++i) {
            int u = v.unit_at[i];
            any = u >= 0 && Fits({&(*v.units)[u]}, kind, context.untyped);
          }
          if (any) { from = begin; break; }
          if (begin == 0) break;
          end = begin - 1;
        }
      }
      std::vector<std::vector<const ActorUnit*>> found;
      for (size_t i = from; i < k; ++i) {
        int u = v.unit_at[i];
        // A place ("talks in Thailand") is where, not who.
        if (u < 0 || (*v.units)[u].begin != i || (*v.units)[u].locative) continue;
        std::vector<int> phrase = kind == Kind::kGroup ? WithCompound(v, u) : std::vector<int>{u};
        std::vector<const ActorUnit*> p = Pointers(v, phrase);
        if (!Fits(p, kind, context.untyped) || Shares(p, excluded)) continue;
        if (std::none_of(found.begin(), found.end(),
                         [&](const auto& f) { return SameCodes(f, p); })) {
          found.push_back(p);
        }
      }
      if (found.size() > 1) {
        std::string names;
        for (const auto& f : found) names += (names.empty() ? "" : " or ") + f.front()->code;
        note(k, "ambiguous (" + names + ")");
        continue;
      }
      if (found.size() == 1) antecedent = found.front();
    }
    // 3. A subject pronoun carries over the previous sentence's subject (or, for he/she, the last
    // person named).
    if (antecedent.empty() && subject) {
      std::vector<const ActorUnit*> previous;
      for (const ActorUnit& u : context.previous_subject) previous.push_back(&u);
      // With typed dictionaries "he"/"she" take the last person named (within reach), and "it"
      // a state or organisation (FirstSubject marks "Foreign Minister X" a person), not into a
      // passive: a passive "it" is mostly a thing ("It has been recognized by UNESCO").
      const bool passive = own >= 0 && (*v.groups)[own].passive;
      // Only the sentence's first subject carries over: after a clause of its own ("Dorian was
      // northbound as it left the Bahamas") the pronoun is about that clause's subject.
      bool first_clause = true;
      for (const VerbGroup& group : *v.groups) first_clause &= !(group.finite && group.head < k);
      // A person carries over only when named: a "she" resolved from the last person named
      // must not stretch that person's reach sentence by sentence.
      const bool named = !previous.empty() && !previous.front()->from_memory;
      const bool carries =
          context.untyped ? Fits(previous, kind, true)
                          : kind != Kind::kGroup && Fits(previous, kind, false) && !passive &&
                                (kind == Kind::kThing || named);
      if (first_clause && carries) {
        antecedent = previous;
        forwarded = true;
      } else if (kind == Kind::kPerson && context.last_person != nullptr) {
        antecedent = {context.last_person};
        from_memory = true;
      }
    }
    if (antecedent.empty()) {
      note(k, std::string("no earlier actor that is ") + KindName(kind));
      continue;
    }
    const int group = antecedent.size() >= 2 ? next_group++ : -1;
    std::vector<ActorUnit> resolved;
    for (const ActorUnit* a : antecedent) {
      ActorUnit r = *a;
      r.begin = static_cast<uint32_t>(k);
      r.end = static_cast<uint32_t>(k + 1);
      r.from_pronoun = true;
      r.from_memory = from_memory || (forwarded && a->from_memory);
      r.locative = false;
      r.group = group;
      if (forwarded && context.untyped && r.code.size() > 3) {
        // TABARI's FORWARD carries the actor, not its agents.
        r.code = r.country.empty() ? r.code.substr(0, 3) : r.country;
      }
      r.rule = std::string(forwarded ? "previous sentence " : "") + "pronoun->" + r.code +
               (a->rule.empty() ? "" : " " + a->rule);
      resolved.push_back(std::move(r));
    }
    unresolved.pop_back();
    for (ActorUnit& r : resolved) units->push_back(std::move(r));
    v.unit_at[k] = static_cast<int>(units->size() - 1);
  }
}

std::vector<ActorUnit> FirstSubject(const SentenceView& v) {
  const auto& groups = *v.groups;
  const auto& tokens = v.tokens();
  for (size_t g = 0; g < groups.size(); ++g) {
    if (!groups[g].finite || groups[g].infinitival) continue;
    std::vector<int> s = SubjectUnits(v, static_cast<int>(g), nullptr);
    if (s.empty()) continue;
    std::vector<ActorUnit> out;
    for (int u : s) {
      ActorUnit unit = (*v.units)[u];
      // An agent unit that names an office holder is a person for the next sentence's pronouns:
      // it holds a title ("Iran's foreign minister", "Chinese Foreign Minister Zhang San", the
      // unit running over the unknown name) or a name follows it ("Greek Foreign Minister
      // George Katrougalos" when the name stands outside).
      if (unit.end > unit.begin && unit.end <= tokens.size() && !unit.from_pronoun) {
        bool title = false;
        for (uint32_t t = unit.begin; t < unit.end; ++t) title |= IsPersonTitle(tokens[t].norm);
        const bool named = unit.end < tokens.size() && tokens[unit.end].capitalized &&
                           tokens[unit.end].kind == text::TokenKind::kWord &&
                           v.unit_at[unit.end] < 0;
        if (title || named) unit.person = true;
      }
      out.push_back(std::move(unit));
    }
    return out;
  }
  return {};
}

}  // namespace dyadwatch::coder
