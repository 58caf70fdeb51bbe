#include "coder/actor_recognizer.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>

namespace dyadwatch::coder {
namespace {

using parse::PosTag;
using text::Token;

// Three-letter codes in the actor files that are not states: regions, IGOs and sector prefixes.
// (CAMEO puts these first in non-state codes such as IGOUNO or NGOHRI.)
constexpr std::array<std::string_view, 19> kNonStatePrefixes = {
    "IGO", "NGO", "NGM", "MNC", "UAF", "REB", "INS", "OPP", "SPY", "CRM",
    "UIS", "SEP", "MOD", "RAD", "IMG", "ELI", "MED", "MOS", "WEU"};

bool IsNonStatePrefix(std::string_view code) {
  return std::find(kNonStatePrefixes.begin(), kNonStatePrefixes.end(), code.substr(0, 3)) !=
         kNonStatePrefixes.end();
}

// Words that may sit between two mentions of one noun phrase ("Japan 's Foreign Minister",
// "Secretary of State", "the"); anything else (verbs, "and", commas) ends the unit.
bool IsLinkWord(std::string_view norm) {
  return norm == "'S" || norm == "'" || norm == "OF" || norm == "THE" || norm == "FOR";
}

bool IsNominalTag(PosTag t) {
  return parse::IsNoun(t) || parse::IsAdjective(t) || t == PosTag::kVBG || t == PosTag::kCD;
}

// A capitalised word that is part of a name between mentions ("Mike" in "... State Mike Pompeo").
bool IsNameLike(const Token& tok) { return tok.kind == text::TokenKind::kWord && tok.capitalized; }

// Agents that, named without a country in a story about one country, belong to it: the state's
// institutions ("the government", "police", "the army") and organised domestic challengers
// ("protesters", "rebels", "gunmen"). Generic groups ("women", "employees", "people"), businesses
// and media are not resolved this way: measured on Wikinews, they gave more wrong events than
// right ones.
bool IsLocusAgent(std::string_view code) {
  static constexpr std::array<std::string_view, 11> kLocus = {
      "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY", "OPP", "REB", "INS", "CRM"};
  return std::find(kLocus.begin(), kLocus.end(), code.substr(0, 3)) != kLocus.end();
}

bool IsCalendarWord(std::string_view norm) {
  static constexpr std::array<std::string_view, 19> kCalendar = {
      "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "JANUARY",
      "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
      "NOVEMBER", "DECEMBER"};
  return std::find(kCalendar.begin(), kCalendar.end(), norm) != kCalendar.end();
}

bool IsGeographicFeature(std::string_view norm) {
  static constexpr std::array<std::string_view, 14> kFeatures = {
      "GULF", "SEA", "STRAIT", "STRAITS", "BAY", "OCEAN", "RIVER", "LAKE", "ISLAND", "ISLANDS",
      "COAST", "PENINSULA", "CHANNEL", "GULFS"};
  return std::find(kFeatures.begin(), kFeatures.end(), norm) != kFeatures.end();
}

}  // namespace

ActorRecognizer::ActorRecognizer(const lexicon::Lexicon& lexicon, bool null_actors,
                                 bool convert_agents)
    : lexicon_(lexicon), null_actors_(null_actors), convert_agents_(convert_agents) {
  const auto& actors = lexicon.actors();
  for (size_t i = 0; i < actors.entry_count(); ++i) {
    for (const auto& c : actors.entry(static_cast<uint32_t>(i)).codes) {
      if (c.code.size() == 3 && !c.dated && !IsNonStatePrefix(c.code)) countries_.insert(c.code);
    }
  }
}

std::string ActorRecognizer::CountryOf(const std::string& code) const {
  if (code.size() < 3) return "";
  std::string prefix = code.substr(0, 3);
  return countries_.count(prefix) ? prefix : "";
}

std::vector<ActorMention> ActorRecognizer::FindMentions(const text::Sentence& sentence,
                                                       int date) const {
  std::vector<ActorMention> mentions;
  const auto& tokens = sentence.tokens;
  std::span<const Token> span(tokens);
  // Hash every word once; both dictionaries probe with the same hashes.
  const std::vector<uint64_t> hashes = lexicon::PhraseIndex::HashWords(span);
  size_t i = 0;
  while (i < tokens.size()) {
    const Token& tok = tokens[i];
    if (tok.kind != text::TokenKind::kWord) { ++i; continue; }
    lexicon::PhraseMatch actor = lexicon_.actors().Match(span, hashes, i);
    lexicon::PhraseMatch agent = lexicon_.agents().Match(span, hashes, i);
    // Proper names must be written as names: "us" is a pronoun, "china" porcelain, "turkey" a
    // bird. Agents ("government", "troops") are common nouns and need no capital.
    if (actor.found() && !tok.capitalized && !tok.all_caps) actor = {};
    if (actor.found() && actor.length >= agent.length) {
      const auto& entry = lexicon_.actors().entry(actor.value);
      const lexicon::ActorCode* code = entry.CodeOn(date);
      ActorMention m;
      m.begin = static_cast<uint32_t>(i);
      m.end = static_cast<uint32_t>(i + actor.length);
      if (code != nullptr) {
        m.code = code->code;
        m.rule = code->where.ToString();
      } else {
        // No code covers the date (or the date is unknown): keep the country the entry's codes
        // agree on, so that "Obama" in 2030 is still American, if no longer the government.
        m.code = entry.CommonCountry();
        m.rule = entry.where.ToString();
      }
      if (!m.code.empty() && m.code != "---") mentions.push_back(std::move(m));
      i += actor.length;
      continue;
    }
    if (agent.found()) {
      const auto& entry = lexicon_.agents().entry(agent.value);
      ActorMention m;
      m.begin = static_cast<uint32_t>(i);
      m.end = static_cast<uint32_t>(i + agent.length);
      m.is_agent = true;
      m.code = entry.code;
      m.agent_prefix = entry.prefix;
      m.rule = entry.where.ToString();
      mentions.push_back(std::move(m));
      i += agent.length;
      continue;
    }
    ++i;
  }
  return mentions;
}

std::vector<ActorUnit> ActorRecognizer::BuildUnits(const text::Sentence& sentence,
                                                  const std::vector<ActorMention>& mentions,
                                                  const std::vector<parse::PosTag>& tags,
                                                  const std::string& locus) const {
  const auto& tokens = sentence.tokens;
  auto gap_allows_merge = [&](uint32_t from, uint32_t to) {
    if (to - from > 3) return false;
    for (uint32_t k = from; k < to; ++k) {
      const Token& t = tokens[k];
      if (IsLinkWord(t.norm)) continue;
      if (!tags.empty()) {
        PosTag tag = tags[k];
        if (parse::IsProperNoun(tag)) continue;
        if (IsNominalTag(tag) && t.kind == text::TokenKind::kWord) continue;
        return false;
      }
      if (IsNameLike(t)) continue;
      return false;
    }
    return true;
  };

  // "soldiers from Gondor", "lawmakers in Fornost": an agent is of the state named right after
  // "from"/"in" (as after "of", which gap_allows_merge already takes).
  auto agent_of_place = [&](const ActorMention& a, const ActorMention& b) {
    if (!a.is_agent || b.is_agent || b.code.size() != 3 || b.begin != a.end + 1) return false;
    std::string_view w = tokens[a.end].norm;
    return w == "FROM" || w == "IN";
  };
  std::vector<ActorUnit> units;
  std::vector<std::string> spread_agent;  // per unit: agent that its compound partners share
  // Per unit: the agent of a unit that names no country and no one ("lawmakers"), else null.
  std::vector<const ActorMention*> lone_agent;
  size_t m = 0;
  while (m < mentions.size()) {
    size_t last = m;
    bool agent_first = false;
    while (last + 1 < mentions.size()) {
      if (agent_of_place(mentions[last], mentions[last + 1])) {
        agent_first = true;
      } else if (!gap_allows_merge(mentions[last].end, mentions[last + 1].begin)) {
        break;
      }
      ++last;
    }
    if (!agent_first && last > m && mentions[m].is_agent &&
        tokens[mentions[m].end].norm == "OF") {
      agent_first = true;  // "the government of Gondor"
    }
    ActorUnit unit;
    unit.begin = mentions[m].begin;
    unit.end = mentions[last].end;
    // A title or name in the dictionary is often followed by the rest of a name it does not
    // hold: "Foreign Minister Shigeru Toshimitsu", "adviser Jake Sullivan".
    bool titled = false;
    for (size_t k = m; k <= last; ++k) {
      titled |= mentions[k].is_agent || mentions[k].code.size() > 3;
    }
    if (!tags.empty() && titled) {
      uint32_t next_begin = last + 1 < mentions.size() ? mentions[last + 1].begin
                                                        : static_cast<uint32_t>(tokens.size());
      while (unit.end < next_begin && parse::IsProperNoun(tags[unit.end]) &&
             tokens[unit.end].capitalized) {
        ++unit.end;
      }
    }
    // The code: an individual's or organisation's full code wins (the head of "Chinese Foreign
    // Minister Wang Yi" is Wang Yi, CHNGOV); otherwise country + the first agent, because in
    // English noun phrases the leftmost agent is the institution ("Foreign Ministry spokesperson").
    // The agent heads its noun phrase ("the police", not "police headquarters", "court
    // decisions", "prison term"): only then does it name people or an institution.
    // An unknown name before it ("Artsakh soldiers", "Berlin non-profit") means the agent
    // belongs to someone the dictionaries do not know.
    auto AgentIsHead = [&](const ActorMention& a) {
      if (tags.empty()) return true;  // before tagging, the prefilter is generous
      if (a.begin > 0 && parse::IsProperNoun(tags[a.begin - 1]) && tokens[a.begin - 1].capitalized)
        return false;
      if (a.end >= tokens.size()) return true;
      parse::PosTag next = tags[a.end];
      // An agent word used as an adjective before another modifier ("his first official/JJ
      // foreign visit") qualifies the noun that follows; it names no one.
      if (parse::IsAdjective(tags[a.end - 1]) && parse::IsAdjective(next)) return false;
      return !parse::IsNoun(next) && next != parse::PosTag::kPOS;
    };
    const ActorMention* full = nullptr;
    const ActorMention* country = nullptr;
    const ActorMention* agent = nullptr;
    for (size_t k = m; k <= last; ++k) {
      const ActorMention& x = mentions[k];
      if (x.is_agent) {
        if (agent == nullptr) agent = &x;
      } else if (x.code.size() > 3) {
        full = &x;
      } else if (country == nullptr) {
        country = &x;
      }
    }
    std::string rules;
    for (size_t k = m; k <= last; ++k) {
      if (!rules.empty()) rules += "+";
      rules += mentions[k].rule;
    }
    unit.rule = rules;
    if (full != nullptr) {
      unit.code = full->code;
      unit.person = true;
      // A full code with only a country role ("USAELI") keeps it; an agent before a person who
      // is coded by country alone adds nothing.
    } else if (country != nullptr) {
      unit.code = country->code;
      // An agent the actor's code already ends with adds nothing: "human rights activists
      // Amnesty International" is NGM, not NGMNGM.
      if (agent != nullptr && !country->code.ends_with(agent->code)) {
        unit.code = agent->agent_prefix ? agent->code + country->code
                                        : country->code + agent->code;
      }
    } else if (!locus.empty() && agent != nullptr && IsLocusAgent(agent->code) &&
               AgentIsHead(*agent)) {
      // "The government said": the state the document is about (see Locus()).
      unit.code = agent->agent_prefix ? agent->code + locus : locus + agent->code;
      rules += "+locus:" + locus;
      unit.rule = rules;
      unit.from_locus = true;
    } else if (null_actors_ && agent != nullptr) {
      // PETRARCH2's null-country actor. PETRARCH2 codes an agent word anywhere in the noun
      // phrase, heading it or not ("the official news agency WFNA" is ---GOV).
      unit.code = "---" + agent->code;
    } else if (convert_agents_ && agent != nullptr) {
      // TABARI's CONVERT AGENT: the agent as its dictionary writes it ("~MOS", "NGO~").
      unit.code = agent->agent_prefix ? agent->code + "~" : "~" + agent->code;
    } else {
      unit.code = "";  // agent without a country: not codable on its own
    }
    // A place name inside a longer proper name is not the place: "Paris Agreement", "Japan
    // Airlines", "Scientific American", "Costa Sur" (the neighbouring capitalised word is no
    // dictionary hit).
    if (!tags.empty() && full == nullptr && agent == nullptr && country != nullptr) {
      bool name_after = unit.end < tokens.size() && mentions[last].end == unit.end &&
                        parse::IsNoun(tags[unit.end]) && tokens[unit.end].capitalized &&
                        !IsCalendarWord(tokens[unit.end].norm) &&
                        (last + 1 >= mentions.size() || mentions[last + 1].begin != unit.end);
      bool name_before = unit.begin > 0 && parse::IsProperNoun(tags[unit.begin - 1]) &&
                         tokens[unit.begin - 1].capitalized && unit.begin - 1 > 0 &&
                         (m == 0 || mentions[m - 1].end != unit.begin);
      if (name_after || name_before) unit.code.clear();
    }
    // "the Gulf of Oman", "the Sea of Japan", "the Strait of Hormuz": a place named after a
    // state is not the state.
    if (full == nullptr && agent == nullptr && unit.begin >= 2 &&
        tokens[unit.begin - 1].norm == "OF" && IsGeographicFeature(tokens[unit.begin - 2].norm)) {
      unit.code.clear();
    }
    // "pro-Israel", "anti-China": a stance towards a state, not the state. "pro-X" names no
    // actor (supporters of X are not X); "anti-X" names what the stance is against, which is
    // the target of acts done to the stance ("broke up an anti-Gondor parade") but never
    // their source.
    if (full == nullptr && unit.begin >= 2 && tokens[unit.begin - 1].norm == "-") {
      if (tokens[unit.begin - 2].norm == "PRO") unit.code.clear();
      if (tokens[unit.begin - 2].norm == "ANTI") unit.stance = true;
    }
    unit.country = CountryOf(unit.code);
    if (unit.country.empty() && agent != nullptr && agent->agent_prefix && country != nullptr) {
      unit.country = country->code;
    }
    // "lawmakers in Fornost and Gondor": the agent goes with every state of the compound.
    // TABARI attaches an agent to its own actor only ("the ambassadors of Arnor, Osgiliath and
    // Gondor": ARNGOV, OSG, GON, as its validation records expect); PETRARCH2 carries it on.
    spread_agent.push_back(agent_first && full == nullptr && agent != nullptr && country != nullptr &&
                                   !agent->agent_prefix && !lexicon_.files().tabari
                               ? agent->code
                               : "");
    lone_agent.push_back(full == nullptr && country == nullptr ? agent : nullptr);
    units.push_back(std::move(unit));
    m = last + 1;
  }

  // Compound groups: units separated only by "and"/"or" or a list comma (optionally "the" or
  // "both"). A comma links only inside a list that ends in "and"/"or" ("Japan, Korea and China");
  // a lone comma is more often apposition or a clause break.
  enum class Link { kNone, kAnd, kComma };
  std::vector<Link> links(units.size(), Link::kNone);  // links[u]: between u-1 and u
  for (size_t u = 1; u < units.size(); ++u) {
    uint32_t from = units[u - 1].end, to = units[u].begin;
    if (to <= from || to - from > 5) continue;
    Link link = Link::kNone;
    bool clean = true;
    for (uint32_t k = from; k < to; ++k) {
      std::string_view n = tokens[k].norm;
      if (n == "AND" || n == "OR") link = Link::kAnd;
      else if (n == "," && link == Link::kNone) link = Link::kComma;
      // Adjectives may qualify a member: "Fornost and the evil awful Gondor".
      else if (!tags.empty() && parse::IsAdjective(tags[k]) && !tokens[k].capitalized) continue;
      // "Shoukry and his Greek counterpart", "China and its Belt and Road partners".
      else if (n != "THE" && n != "A" && n != "AN" && n != "BOTH" && n != "," && n != "HIS" &&
               n != "HER" && n != "ITS" && n != "THEIR") {
        clean = false;
      }
    }
    if (clean) links[u] = link;
  }
  for (size_t u = 1; u < units.size(); ++u) {
    if (links[u] != Link::kComma) continue;
    size_t w = u + 1;
    while (w < units.size() && links[w] == Link::kComma) ++w;
    if (w >= units.size() || links[w] != Link::kAnd) links[u] = Link::kNone;
  }
  int next_group = 0;
  for (size_t u = 0; u < units.size(); ++u) {
    if (u > 0 && links[u] != Link::kNone) {
      units[u].group = units[u - 1].group;
      if (!spread_agent[u - 1].empty() && units[u].code == units[u].country &&
          !units[u].code.empty()) {
        units[u].code += spread_agent[u - 1];
        units[u].rule += " compound-agent:" + spread_agent[u - 1];
        spread_agent[u] = spread_agent[u - 1];
      }
      continue;
    }
    units[u].group = next_group++;
  }
  // "Lawmakers and officials in Fornost and Gondor": an agent without a country, joined to an
  // agent that the states after it share, is of each of those states too (FORLEG and GONLEG;
  // the coder gives each member of a "/"-joined code its own event).
  for (size_t u = 0; u + 1 < units.size(); ++u) {
    const ActorMention* lone = lone_agent[u];
    if (lone == nullptr || links[u + 1] == Link::kNone || spread_agent[u + 1].empty()) continue;
    std::string codes;
    for (size_t w = u + 1; w < units.size() && units[w].group == units[u].group; ++w) {
      if (units[w].country.empty() || spread_agent[w].empty()) break;
      if (!codes.empty()) codes += "/";
      codes += lone->agent_prefix ? lone->code + units[w].country : units[w].country + lone->code;
    }
    if (codes.empty()) continue;
    units[u].code = codes;
    units[u].country = units[u + 1].country;
    units[u].from_locus = false;
    units[u].rule += " compound-country:" + units[u + 1].country;
  }
  return units;
}

std::string ActorRecognizer::Locus(
    const std::vector<std::vector<ActorMention>>& mentions_by_sentence) const {
  std::unordered_map<std::string, int> counts;
  int total = 0;
  for (const auto& mentions : mentions_by_sentence) {
    for (const ActorMention& m : mentions) {
      if (m.is_agent) continue;
      std::string c = CountryOf(m.code);
      if (c.empty()) continue;
      ++counts[c];
      ++total;
    }
  }
  std::string best;
  int best_count = 0;
  for (const auto& [country, n] : counts) {
    if (n > best_count || (n == best_count && country < best)) {
      best = country;
      best_count = n;
    }
  }
  if (best_count >= 2 && 2 * best_count >= total) return best;
  return "";
}

}  // namespace dyadwatch::coder
