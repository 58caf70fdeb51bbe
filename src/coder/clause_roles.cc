#include "coder/clause_roles.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "coder/verb_groups.h"
#include "lexicon/phrase_index.h"

namespace dyadwatch::coder {
namespace {

using parse::PosTag;

bool IsHardBoundary(std::string_view w) {
  return w == ";" || w == ":" || w == "." || w == "?" || w == "!" || w == "(" || w == ")" ||
         w == "\"";
}

// Prepositions whose object is a place or time, not a target: "talks in Thailand".
bool IsLocative(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kLocative = {
      "IN", "AT", "NEAR", "INSIDE", "ACROSS", "THROUGHOUT", "AROUND", "WITHIN", "DURING",
      "OUTSIDE", "ALONG", "VIA"};
  return std::find(kLocative.begin(), kLocative.end(), w) != kLocative.end();
}

bool IsPreposition(const SentenceView& v, size_t i) {
  PosTag t = v.tag(i);
  std::string_view w = v.tokens()[i].norm;
  if (IsClauseOpener(w)) return false;
  return t == PosTag::kIN || (t == PosTag::kTO);
}

// Tokens that can belong to a noun phrase (scanning it right to left).
bool IsNounPhraseToken(const SentenceView& v, size_t i) {
  if (v.unit_at[i] >= 0) return true;
  PosTag t = v.tag(i);
  return parse::IsNoun(t) || parse::IsAdjective(t) || t == PosTag::kDT || t == PosTag::kPDT ||
         t == PosTag::kPOS || t == PosTag::kPRPS || t == PosTag::kCD || t == PosTag::kHYPH ||
         t == PosTag::kPRP;
}

bool IsCoordinator(std::string_view w) { return w == "AND" || w == "OR" || w == "BUT"; }

int GroupEndingAt(const SentenceView& v, size_t token) {
  const auto& groups = *v.groups;
  for (size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].head == token || (token >= groups[g].begin && token < groups[g].end)) {
      return static_cast<int>(g);
    }
  }
  return -1;
}

// The noun phrase ending at token `last` (inclusive): its first token.
size_t NounPhraseStart(const SentenceView& v, size_t last) {
  size_t s = last;
  while (s > 0) {
    size_t k = s - 1;
    // "Secretary of State", "the development of Chinese companies": "of" stays inside the
    // noun phrase.
    if (v.tokens()[k].norm == "OF" && k > 0 && IsNounPhraseToken(v, k - 1) &&
        v.tag(k - 1) != PosTag::kPRP) {
      s = k;
      continue;
    }
    if (!IsNounPhraseToken(v, k)) {
      // A compound "Japan and South Korea" or "China, Japan and Korea" is one phrase.
      std::string_view w = v.tokens()[k].norm;
      // ... unless the left part is a verb's object: "defeated ISIS and Turkey would be
      // moving" coordinates clauses, not actors.
      // The left part ends right before the conjunction, or before a serial comma (", and").
      size_t left = k > 0 ? k - 1 : 0;
      if (w != "," && left > 0 && v.tokens()[left].norm == ",") --left;
      bool left_is_object = false;
      if (k > 0 && v.unit_at[left] >= 0) {
        uint32_t lb = (*v.units)[v.unit_at[left]].begin;
        while (lb > 0 && v.tag(lb - 1) == PosTag::kDT) --lb;
        left_is_object = lb > 0 && parse::IsVerb(v.tag(lb - 1));
      }
      // After "and"/"or" the right part may open with a determiner, possessive or adjective:
      // "X and his Greek counterpart", "Fornost and the evil Gondor", "Mordor, the awful Fornost,
      // and good Gondor" (the compound groups come from ActorRecognizer::BuildUnits).
      // After a comma only when the list does not start inside a prepositional phrase ("Like
      // the UAE, the nations of Bahrain and Kosovo recognized Israel").
      bool skip_ok = w != ",";
      if (w == "," && k > 0 && v.unit_at[k - 1] >= 0) {
        uint32_t lb = (*v.units)[v.unit_at[k - 1]].begin;
        while (lb > 0 && (v.tag(lb - 1) == PosTag::kDT || parse::IsAdjective(v.tag(lb - 1)))) --lb;
        skip_ok = !(lb > 0 && IsPreposition(v, lb - 1));
      }
      size_t r = s;
      while (skip_ok && r < last && v.unit_at[r] < 0 &&
             (v.tag(r) == PosTag::kDT || v.tag(r) == PosTag::kPRPS || parse::IsAdjective(v.tag(r)))) {
        ++r;
      }
      if ((w == "AND" || w == "OR" || w == ",") && k > 0 && v.unit_at[left] >= 0 &&
          v.unit_at[r] >= 0 && !left_is_object &&
          (*v.units)[v.unit_at[left]].group == (*v.units)[v.unit_at[r]].group) {
        if (left != k - 1) --k;  // take the serial comma too
        s = k;
        continue;
      }
      break;
    }
    // PRP only as a phrase on its own.
    if (v.tag(k) == PosTag::kPRP) break;
    s = k;
  }
  return s;
}

// The actor units inside token range [b, e], with their compound groups.
std::vector<int> UnitsIn(const SentenceView& v, size_t b, size_t e) {
  std::vector<int> out;
  for (size_t i = b; i <= e && i < v.unit_at.size(); ++i) {
    int u = v.unit_at[i];
    // A stance ("anti-Gondor protesters") is never who acts.
    if (u < 0 || (*v.units)[u].code.empty() || (*v.units)[u].stance) continue;
    if (std::find(out.begin(), out.end(), u) == out.end()) out.push_back(u);
  }
  // Units sharing one span ("the two sides" resolved to two states) are found together.
  const auto& units = *v.units;
  for (size_t n = 0, count = out.size(); n < count; ++n) {
    const ActorUnit& found = units[out[n]];
    for (size_t u = 0; u < units.size(); ++u) {
      if (static_cast<int>(u) != out[n] && !units[u].code.empty() &&
          units[u].begin == found.begin && units[u].end == found.end &&
          std::find(out.begin(), out.end(), static_cast<int>(u)) == out.end()) {
        out.push_back(static_cast<int>(u));
      }
    }
  }
  // Only the units inside the phrase: a compound group reaching outside it is not this
  // phrase's ("defeated ISIS and Turkey would be moving": the subject is Turkey alone).
  return out;
}

}  // namespace

namespace {

bool IsQuoteMark(std::string_view norm) { return norm == "\"" || norm == "``" || norm == "''"; }

// Verbs that attribute a quotation, as written ("said", "told", "wrote").
bool IsAttributionVerb(std::string_view norm) {
  return IsReportingVerb(norm) || norm == "WROTE" || norm == "TWEETED" || norm == "ASKED" ||
         norm == "INSISTED" || norm == "DECLARED" || norm == "SAYING";
}

// The known actor unit that is the subject of an attribution verb at `verb` ("Pelosi said"):
// the unit ending right before it, skipping an adverb ("Pelosi also said").
int SpeakerBefore(const SentenceView& v, size_t verb) {
  size_t k = verb;
  while (k > 0 && parse::IsAdverb(v.tag(k - 1))) --k;
  if (k == 0) return -1;
  int u = v.unit_at[k - 1];
  return u >= 0 && !(*v.units)[u].code.empty() ? u : -1;
}

// Fills quote_begin/quote_end/quote_speaker when the sentence holds one quotation with its
// speaker named next to it:
//   " ... , " Pelosi said .      " ... , " said Pelosi .      Pompeo said : " ... "
// Anything else (two quotations, a speaker who is no known actor) leaves the speaker unknown.
void FindQuoteSpeaker(SentenceView* view) {
  SentenceView& v = *view;
  const auto& tokens = v.tokens();
  std::vector<size_t> marks;
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (IsQuoteMark(tokens[k].norm)) marks.push_back(k);
  }
  if (marks.empty() || marks.size() > 2) return;
  size_t open = marks[0];
  size_t close = marks.size() == 2 ? marks[1] : tokens.size();
  // After the quotation: ["," | ":"] then "X said" or "said X".
  if (close < tokens.size()) {
    size_t k = close + 1;
    if (k < tokens.size() && (tokens[k].norm == "," )) ++k;
    if (k < tokens.size()) {
      int u = v.unit_at[k];
      if (u >= 0 && !(*v.units)[u].code.empty()) {
        size_t after = (*v.units)[u].end;
        while (after < tokens.size() && parse::IsAdverb(v.tag(after))) ++after;
        if (after < tokens.size() && IsAttributionVerb(tokens[after].norm)) {
          v.quote_begin = static_cast<uint32_t>(open);
          v.quote_end = static_cast<uint32_t>(close);
          v.quote_speaker = u;
          return;
        }
      } else if (IsAttributionVerb(tokens[k].norm) && k + 1 < tokens.size()) {
        int s = v.unit_at[k + 1];
        if (s >= 0 && !(*v.units)[s].code.empty()) {
          v.quote_begin = static_cast<uint32_t>(open);
          v.quote_end = static_cast<uint32_t>(close);
          v.quote_speaker = s;
          return;
        }
      }
    }
  }
  // Before the quotation: "X said , "  /  "X said : "  /  "X told reporters , ".
  if (open >= 2 && (tokens[open - 1].norm == "," || tokens[open - 1].norm == ":")) {
    for (size_t k = open - 1; k > 0 && k + 4 > open; --k) {
      if (IsAttributionVerb(tokens[k - 1].norm)) {
        int u = SpeakerBefore(v, k - 1);
        if (u >= 0) {
          v.quote_begin = static_cast<uint32_t>(open);
          v.quote_end = static_cast<uint32_t>(close);
          v.quote_speaker = u;
        }
        return;
      }
    }
  }
}

}  // namespace

SentenceView MakeView(const text::Sentence& sentence, const std::vector<parse::PosTag>& tags,
                      const std::vector<ActorUnit>& units, const std::vector<VerbGroup>& groups) {
  SentenceView v;
  v.sentence = &sentence;
  v.tags = &tags;
  v.units = &units;
  v.groups = &groups;
  v.unit_at.assign(sentence.tokens.size(), -1);
  v.sorted_hashes.reserve(sentence.tokens.size());
  for (const auto& t : sentence.tokens) v.sorted_hashes.push_back(lexicon::PhraseIndex::HashWord(t.norm));
  std::sort(v.sorted_hashes.begin(), v.sorted_hashes.end());
  // Resolved pronouns stand on their token like names; default actors (begin == end == the
  // sentence's length) stand on none.
  for (size_t u = 0; u < units.size(); ++u) {
    for (uint32_t i = units[u].begin; i < units[u].end && i < v.unit_at.size(); ++i) {
      v.unit_at[i] = static_cast<int>(u);
    }
  }
  FindQuoteSpeaker(&v);
  return v;
}

std::vector<int> WithCompound(const SentenceView& view, int unit) {
  std::vector<int> out;
  const auto& units = *view.units;
  int group = units[unit].group;
  for (size_t u = 0; u < units.size(); ++u) {
    if (static_cast<int>(u) == unit ||
        (group >= 0 && units[u].group == group)) {
      if (!units[u].code.empty()) out.push_back(static_cast<int>(u));
    }
  }
  return out;
}

std::vector<int> SubjectUnits(const SentenceView& v, int g, std::string* why) {
  const auto& groups = *v.groups;
  const VerbGroup& group = groups[g];
  const auto& tokens = v.tokens();

  // Infinitive: object control ("asked other countries not to allow") or subject control
  // ("Japan refused to join").
  if (group.infinitival && group.governor >= 0) {
    const VerbGroup& gov = groups[group.governor];
    // A direct object right after the governor (not a prepositional phrase: "gathered in
    // Cairo to discuss" has none).
    bool has_object = false;
    uint32_t first = gov.end;
    while (first < group.begin &&
           (v.tag(first) == PosTag::kDT || parse::IsAdjective(v.tag(first)) ||
            parse::IsAdverb(v.tag(first)))) {
      ++first;
    }
    if (first < group.begin) {
      PosTag t = v.tag(first);
      if (v.unit_at[first] >= 0 || parse::IsNoun(t) || t == PosTag::kPRP) has_object = true;
    }
    if (has_object) {
      std::vector<int> units = UnitsIn(v, gov.end, group.begin - 1);
      if (units.empty() && why) *why = "subject of the infinitive is a non-actor object";
      return units;
    }
    return SubjectUnits(v, group.governor, why);
  }

  // A TABARI verb found by its word ("has recently raised its voice", "show it has no new
  // sign"): its source is the nearest actor before it in the clause, TABARI's own rule.
  if (group.lexical) {
    uint32_t start = ClauseStart(v, g);
    for (uint32_t k = start; k < group.begin; ++k) {
      std::vector<int> units = UnitsIn(v, k, k);
      if (!units.empty()) return WithCompound(v, units.front());
    }
    if (why) *why = "no actor before the verb in its clause";
    return {};
  }

  // A gerund after a preposition ("with the aim of undermining") has no subject of its own.
  if (v.tag(group.head) == PosTag::kVBG && group.begin == group.head && group.begin > 0 &&
      v.tag(group.begin - 1) == PosTag::kIN && !IsClauseOpener(tokens[group.begin - 1].norm)) {
    if (why) *why = "gerund after a preposition has no subject";
    return {};
  }

  // Coordinated verb phrase: "... will not give up and will still put pressure on ...".
  if (group.begin > 0) {
    size_t k = group.begin - 1;
    if (IsCoordinator(tokens[k].norm)) {
      size_t before = (k > 0 && tokens[k - 1].norm == ",") ? k - 1 : k;
      if (before > 0) {
        int prev = GroupEndingAt(v, before - 1);
        if (prev < 0) {
          // The previous group may end a few tokens earlier ("gave up the plan and ...").
          for (int p = g - 1; p >= 0; --p) {
            if (groups[p].end <= before) { prev = p; break; }
          }
          if (prev >= 0) {
            for (uint32_t t = groups[prev].end; t < before; ++t) {
              if (IsHardBoundary(tokens[t].norm) || IsClauseOpener(tokens[t].norm)) prev = -1;
            }
          }
        }
        if (prev >= 0 && groups[prev].finite) return SubjectUnits(v, prev, why);
      }
    }
  }

  // Walk left for the nearest noun phrase that is not a prepositional object.
  size_t i = group.begin;
  while (i > 0) {
    size_t k = i - 1;
    std::string_view w = tokens[k].norm;
    // A parenthesis before the verb is an aside: "the Federal Security Service (FSB) said".
    if (w == ")") {
      size_t open = k;
      while (open > 0 && tokens[open].norm != "(") --open;
      if (tokens[open].norm == "(" && open > 0) { i = open; continue; }
    }
    if (IsHardBoundary(w)) break;
    // A relative clause between commas: "a German government source, whom they did not name,
    // said" -> skip back over it to the phrase it describes.
    if (w == "," && k > 1) {
      size_t c = k - 1;
      size_t limit = k > 20 ? k - 20 : 0;
      while (c > limit && tokens[c].norm != "," && !IsHardBoundary(tokens[c].norm)) --c;
      size_t first = tokens[c].norm == "," ? c + 1 : c;
      std::string_view r = tokens[first].norm;
      if (tokens[c].norm == "," && (r == "WHO" || r == "WHOM" || r == "WHICH" || r == "WHOSE")) {
        i = c;
        continue;
      }
    }
    if (IsClauseOpener(w)) {
      // Relative clause: "Zakharova, who said ..." -> the antecedent.
      if ((w == "WHO" || w == "WHICH" || w == "THAT") && k > 0) {
        size_t a = k - 1;
        if (tokens[a].norm == "," && a > 0) --a;
        if (v.unit_at[a] >= 0 && w != "THAT") return UnitsIn(v, a, a);
      }
      break;
    }
    if (w == "I" || w == "WE") {
      // First person inside a quotation is its speaker: '"We will not give in," Lam said'.
      if (v.quote_speaker >= 0 && k > v.quote_begin && k < v.quote_end) {
        return WithCompound(v, v.quote_speaker);
      }
      if (why) *why = "subject '" + std::string(w) + "' is not a known actor";
      return {};
    }
    // Pronouns carry the units ResolvePronouns (pronouns.h) gave them, if any.
    if (w == "HE" || w == "SHE" || (w == "IT" && v.tag(k) == PosTag::kPRP) || w == "THEY") {
      if (v.unit_at[k] >= 0) return UnitsIn(v, k, k);
      if (why) *why = "pronoun subject without an antecedent";
      return {};
    }
    // Skip an infinitive and everything it governs ("attempt to strengthen its influence").
    int vg = GroupEndingAt(v, k);
    if (vg >= 0 && vg != g) {
      if (groups[vg].infinitival) { i = groups[vg].begin; continue; }
      if (parse::IsVerb(v.tag(k)) && v.tag(k) != PosTag::kVBG && v.tag(k) != PosTag::kVBN) {
        // A complement clause whose subject "he"/"it" was left out ("Gollum noted would now
        // boycott"): a modal right after a reporting verb, the reporter acts.
        bool adverbs_only = true;
        for (uint32_t t = groups[vg].end; t < group.begin; ++t) {
          adverbs_only &= parse::IsAdverb(v.tag(t));
        }
        if (adverbs_only && v.tag(group.begin) == PosTag::kMD &&
            IsReportingVerb(tokens[groups[vg].head].norm)) {
          return SubjectUnits(v, vg, why);
        }
        if (why) *why = "no subject before the previous verb";
        return {};
      }
    }
    if (IsNounPhraseToken(v, k)) {
      size_t s = NounPhraseStart(v, k);
      bool in_pp = s > 0 && IsPreposition(v, s - 1);
      if (in_pp) { i = s - 1; continue; }
      // The object of an infinitive ("attempt to strengthen its influence"): skip the whole
      // infinitive phrase.
      if (s > 0) {
        int before = GroupEndingAt(v, s - 1);
        if (before >= 0 && before != g && groups[before].infinitival) {
          i = groups[before].begin;
          continue;
        }
      }
      std::vector<int> units = UnitsIn(v, s, k);
      if (units.empty()) {
        if (why) *why = "subject '" + tokens[k].norm + "' is not a known actor";
        return {};
      }
      // Appositive: "Japan, a close US ally, rejected ..." -> the phrase before the commas.
      // The phrase between the commas describes the subject before it; that one counts.
      if (s >= 2 && tokens[s - 1].norm == "," && k + 1 < tokens.size() &&
          tokens[k + 1].norm == ",") {
        std::vector<int> earlier =
            v.unit_at[s - 2] >= 0 ? UnitsIn(v, s - 2, s - 2) : std::vector<int>{};
        if (!earlier.empty() && (*v.units)[earlier.front()].group != (*v.units)[units.front()].group)
          return earlier;
        if (earlier.empty() && IsNounPhraseToken(v, s - 2)) {
          if (why) *why = "subject is described by an appositive but is not a known actor";
          return {};
        }
      }
      return units;
    }
    if (parse::IsAdverb(v.tag(k)) || w == "," || v.tag(k) == PosTag::kMD) { i = k; continue; }
    if (v.tag(k) == PosTag::kIN || v.tag(k) == PosTag::kTO) { i = k; continue; }
    i = k;
  }
  if (why && why->empty()) *why = "no subject found";
  return {};
}

uint32_t ClauseStart(const SentenceView& v, int g) {
  const auto& tokens = v.tokens();
  size_t i = (*v.groups)[g].begin;
  while (i > 0) {
    std::string_view w = tokens[i - 1].norm;
    if (IsHardBoundary(w) || IsClauseOpener(w)) break;
    --i;
  }
  return static_cast<uint32_t>(i);
}

Region ObjectRegion(const SentenceView& v, int g) {
  const auto& groups = *v.groups;
  const auto& tokens = v.tokens();
  Region r;
  r.begin = groups[g].end;
  size_t i = r.begin;
  while (i < tokens.size()) {
    std::string_view w = tokens[i].norm;
    if (IsHardBoundary(w) || IsClauseOpener(w)) break;
    // Another verb group: an infinitive governed by this one (or by one of its infinitives)
    // continues the region; anything else starts a new clause.
    int vg = -1;
    for (size_t x = g + 1; x < groups.size(); ++x) {
      if (groups[x].begin == i) { vg = static_cast<int>(x); break; }
    }
    // A gerund right after a noun, with no auxiliary of its own, whose object is an actor (at
    // once or after one preposition) is a reduced relative that belongs to the object: "cordoned
    // off the roads leading into Mordor", "missiles targeting US troops". Not "a conference
    // discussing concerns about Iranian interference": its object is no actor.
    if (vg >= 0 && v.tag(groups[vg].head) == PosTag::kVBG && groups[vg].begin == groups[vg].head &&
        i > r.begin && parse::IsNoun(v.tag(i - 1))) {
      size_t j = groups[vg].end;
      if (j < tokens.size() && (v.tag(j) == PosTag::kIN || v.tag(j) == PosTag::kTO) &&
          !IsClauseOpener(tokens[j].norm)) {
        ++j;
      }
      while (j < tokens.size() && v.tag(j) == PosTag::kDT) ++j;
      if (j < tokens.size() && v.unit_at[j] >= 0 && !(*v.units)[v.unit_at[j]].code.empty()) {
        i = groups[vg].end;
        continue;
      }
    }
    if (vg >= 0) {
      int gov = groups[vg].governor;
      bool governed = false;
      while (gov >= 0) {
        if (gov == g) { governed = true; break; }
        gov = groups[gov].governor;
      }
      if (!governed) break;
      i = groups[vg].end;
      continue;
    }
    // ", and" / "and" followed by a finite verb: the next coordinated predicate.
    if (w == "AND" || w == "BUT") {
      size_t j = i + 1;
      while (j < tokens.size() && (parse::IsAdverb(v.tag(j)) || v.tag(j) == PosTag::kMD)) ++j;
      if (j < tokens.size() && parse::IsVerb(v.tag(j))) break;
    }
    ++i;
  }
  r.end = static_cast<uint32_t>(i);
  return r;
}

bool StartsEmbeddedClause(const SentenceView& v, int unit) {
  const auto& units = *v.units;
  uint32_t after = units[unit].end;
  while (after < v.tokens().size() && parse::IsAdverb(v.tag(after))) ++after;
  // The group may begin at the unit ("Biden just lost": "just" is part of the group) or after
  // adverbs that stand outside it.
  for (const VerbGroup& g : *v.groups) {
    if (g.finite && g.begin >= units[unit].end && g.begin <= after) return true;
  }
  return false;
}

// Compass words between a preposition and a place: "in south Ithilen", "in northern Syria".
bool IsCompassWord(std::string_view w) {
  static constexpr std::array<std::string_view, 16> kCompass = {
      "NORTH", "SOUTH", "EAST", "WEST", "NORTHERN", "SOUTHERN", "EASTERN", "WESTERN",
      "NORTHEAST", "NORTHWEST", "SOUTHEAST", "SOUTHWEST", "NORTHEASTERN", "NORTHWESTERN",
      "SOUTHEASTERN", "SOUTHWESTERN"};
  return std::find(kCompass.begin(), kCompass.end(), w) != kCompass.end();
}

std::vector<int> TargetCandidates(const SentenceView& v, Region region, bool allow_locatives) {
  std::vector<int> out;
  const auto& tokens = v.tokens();
  const auto& units = *v.units;
  std::vector<int> skipped_groups;  // compound groups whose first member was excluded
  std::vector<int> agents_of_participles;  // candidates of last resort, see below
  for (uint32_t i = region.begin; i < region.end; ++i) {
    int u = v.unit_at[i];
    if (u < 0 || units[u].begin != i || units[u].code.empty()) continue;
    if (std::find(skipped_groups.begin(), skipped_groups.end(), units[u].group) !=
        skipped_groups.end()) {
      continue;
    }
    // The word governing the unit, skipping determiners and adjectives.
    size_t k = i;
    while (k > region.begin && (v.tag(k - 1) == PosTag::kDT || parse::IsAdjective(v.tag(k - 1)) ||
                                IsCompassWord(tokens[k - 1].norm))) {
      --k;
    }
    bool excluded = false;
    if (k > 0) {
      std::string_view gov = tokens[k - 1].norm;
      // Places ("talks in Thailand") and sources of information ("according to X") are not
      // targets. "by" right after the verb or after a participle names a passive agent ("a
      // lawsuit filed by the Senate against X" is about X); after a noun it names the doer of
      // what the verb is about: "condemned an attack by Osgiliath soldiers".
      if (IsLocative(gov) && !allow_locatives) excluded = true;
      if (gov == "BY" && region.begin + 1 >= k) excluded = true;
      // The agent of a participle inside the object ("welcomed the memos sent by Bree") did
      // what the verb is about: a target, but only when nothing else in the object is ("a
      // lawsuit filed by the Senate against X" is about X).
      if (gov == "BY" && region.begin + 1 < k && v.tag(k - 2) == PosTag::kVBN &&
          !StartsEmbeddedClause(v, u)) {
        agents_of_participles.push_back(u);
        continue;
      }
      // After a comma: an apposition or the rest of a place ("at her home in Carmel Valley,
      // California"), not an object.
      if (gov == ",") excluded = true;
      // A prison, a police station: places where the police stand for a building.
      if (units[u].from_locus && units[u].code.size() >= 6 &&
          units[u].code.compare(3, 3, "COP") == 0) {
        excluded = true;
      }
      if (gov == "TO" && k >= 2 && tokens[k - 2].norm == "ACCORDING") excluded = true;
    }
    // The subject of an embedded clause is not an object: "announced Benin was to join",
    // "pledged funds and Syria is taxing".
    if (StartsEmbeddedClause(v, u)) excluded = true;
    if (excluded) {
      skipped_groups.push_back(units[u].group);
      continue;
    }
    out.push_back(u);
  }
  out.insert(out.end(), agents_of_participles.begin(), agents_of_participles.end());
  return out;
}

std::vector<int> TargetsWithCompound(const SentenceView& v, int unit) {
  std::vector<int> out;
  for (int u : WithCompound(v, unit)) {
    if (u != unit && StartsEmbeddedClause(v, u)) continue;
    out.push_back(u);
  }
  return out;
}

int PassiveAgent(const SentenceView& v, Region region) {
  const auto& tokens = v.tokens();
  for (uint32_t i = region.begin; i + 1 < region.end; ++i) {
    if (tokens[i].norm != "BY") continue;
    for (uint32_t j = i + 1; j < region.end && j <= i + 3; ++j) {
      int u = v.unit_at[j];
      if (u >= 0 && !(*v.units)[u].code.empty() && !(*v.units)[u].stance) return u;
    }
  }
  return -1;
}

}  // namespace dyadwatch::coder
