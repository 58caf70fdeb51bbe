#include "lexicon/actor_lookup.h"

#include <cstdio>

#include "lexicon/name_fold.h"
#include "text/tokenizer.h"

namespace dyadwatch::lexicon {
namespace {

std::string DateText(int date) {
  if (date == kUnknownDate) return "unknown date";
  if (date <= kMinDate || date >= kMaxDate) return "open";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date / 10000, date / 100 % 100, date % 100);
  return buffer;
}

std::string RangeText(const ActorCode& code) {
  if (!code.dated) return "undated";
  return DateText(code.start) + ".." + DateText(code.end);
}

}  // namespace

const char* PhraseOriginName(ActorDictionary::PhraseOrigin origin) {
  switch (origin) {
    case ActorDictionary::PhraseOrigin::kWritten: return "as written in the file";
    case ActorDictionary::PhraseOrigin::kSpacing: return "generated spacing/hyphenation variant";
    case ActorDictionary::PhraseOrigin::kNameOrder: return "generated name-order variant";
    case ActorDictionary::PhraseOrigin::kTitle: return "generated title + family name";
    case ActorDictionary::PhraseOrigin::kAbsent: return "absent";
  }
  return "?";
}

ActorLookup LookUpActor(const Lexicon& lexicon, std::string_view text, int date) {
  ActorLookup result;
  std::vector<text::Token> tokens = text::Tokenize(text);
  std::span<const text::Token> span(tokens);
  const std::vector<uint64_t> hashes = PhraseIndex::HashWords(span);
  const ActorDictionary& actors = lexicon.actors();
  size_t i = 0;
  while (i < tokens.size()) {
    const text::Token& token = tokens[i];
    if (token.kind != text::TokenKind::kWord) {
      ++i;
      continue;
    }
    PhraseMatch actor = actors.Match(span, hashes, i);
    PhraseMatch agent = lexicon.agents().Match(span, hashes, i);
    if (actor.found() && !token.capitalized && !token.all_caps) actor = {};  // "china", "us"
    ActorLookupMatch m;
    m.begin = static_cast<uint32_t>(i);
    if (actor.found() && actor.length >= agent.length) {
      const ActorEntry& entry = actors.entry(actor.value);
      m.end = static_cast<uint32_t>(i + actor.length);
      m.entry = actor.value;
      if (const ActorCode* code = entry.CodeOn(date)) {
        m.code = code->code;
        m.code_line = code->where;
        m.why = code->dated ? "dated code covers the date" : "undated code";
      } else {
        m.code = entry.CommonCountry();
        m.code_line = entry.where;
        m.why = "no code covers the date: the country all codes share";
      }
      std::vector<std::string> words;
      for (uint32_t k = m.begin; k < m.end; ++k) {
        words.push_back(tokens[k].norm);
        std::string folded;
        m.folded |= FoldDiacritics(tokens[k].norm, &folded);
      }
      m.origin = actors.OriginOf(words);
      if (m.code == "---") {
        m.why = "explicitly not an actor (---) on this date";
        m.code.clear();
      }
    } else if (agent.found()) {
      const AgentEntry& entry = lexicon.agents().entry(agent.value);
      m.end = static_cast<uint32_t>(i + agent.length);
      m.is_agent = true;
      m.entry = agent.value;
      m.code = entry.code;
      m.code_line = entry.where;
      m.why = "agent";
    } else {
      ++i;
      continue;
    }
    m.byte_begin = tokens[m.begin].begin;
    m.byte_end = tokens[m.end - 1].end;
    m.surface = std::string(text.substr(m.byte_begin, m.byte_end - m.byte_begin));
    i = m.end;
    result.matches.push_back(std::move(m));
  }
  // The answer: a full code (person, organisation, "Kremlin"), else country + agent, else country.
  int country = -1, agent = -1;
  for (size_t k = 0; k < result.matches.size(); ++k) {
    const ActorLookupMatch& m = result.matches[k];
    if (m.code.empty()) continue;
    if (m.is_agent) {
      if (agent < 0) agent = static_cast<int>(k);
    } else if (m.code.size() > 3) {
      result.code = m.code;
      result.head = static_cast<int>(k);
      return result;
    } else if (country < 0) {
      country = static_cast<int>(k);
    }
  }
  if (country >= 0) {
    result.head = country;
    result.code = result.matches[country].code;
    if (agent >= 0)
      result.code = AgentDictionary::Combine(result.code,
                                             lexicon.agents().entry(result.matches[agent].entry));
  }
  return result;
}

std::string DescribeLookup(const Lexicon& lexicon, const ActorLookup& lookup, int date) {
  std::string out;
  for (size_t k = 0; k < lookup.matches.size(); ++k) {
    const ActorLookupMatch& m = lookup.matches[k];
    out += (static_cast<int>(k) == lookup.head ? "* " : "  ");
    out += "\"" + m.surface + "\" -> " + (m.code.empty() ? "(none)" : m.code) + "\n";
    if (m.is_agent) {
      const AgentEntry& entry = lexicon.agents().entry(m.entry);
      out += "    agent " + entry.phrase + " [" + entry.raw_code + "] at " + m.code_line.ToString() +
             "\n";
      continue;
    }
    const ActorEntry& entry = lexicon.actors().entry(m.entry);
    out += "    entry " + entry.root + " at " + entry.where.ToString();
    if (!entry.comment.empty()) out += "  # " + entry.comment;
    out += "\n    variant: " + std::string(PhraseOriginName(m.origin));
    if (m.folded) out += ", diacritics folded";
    out += "\n    codes:";
    for (const ActorCode& code : entry.codes)
      out += " [" + code.code + " " + RangeText(code) + "]";
    out += "\n    on " + DateText(date) + ": " + m.why + " (" + m.code_line.ToString() + ")\n";
  }
  out += "code: " + (lookup.code.empty() ? std::string("(no actor)") : lookup.code) + "\n";
  return out;
}

}  // namespace dyadwatch::lexicon
