#include "parse/chunker_words.h"

#include <algorithm>
#include <array>
#include <string>

namespace dyadwatch::parse {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Base forms of speech verbs; inflections are matched by stripping a regular ending.
constexpr std::array<std::string_view, 40> kReportingStems = {
    "SAY", "STATE", "ANNOUNCE", "CLAIM", "ADD", "NOTE", "WARN", "STRESS", "INSIST", "CONFIRM",
    "REVEAL", "DECLARE", "ARGUE", "REPORT", "ASSERT", "EMPHASIZE", "EMPHASISE", "REITERATE",
    "HINT", "INDICATE", "ALLEGE", "ACKNOWLEDGE", "ADMIT", "EXPLAIN", "WRITE", "REMARK", "COMMENT",
    "ACCUSE", "REPLY", "RESPOND", "TELL", "DENY", "PROCLAIM", "CONTEND", "MAINTAIN", "ASSURE",
    "UNDERLINE", "TWEET", "POINT", "OBSERVE",
};
constexpr std::array<std::string_view, 12> kIrregularReporting = {
    "SAID", "SAYS", "TOLD", "TELLS", "WROTE", "WRITTEN", "DENIED", "DENIES", "REPLIED", "REPLIES",
    "WRITES", "SAYING",
};

// Verbs whose object is the subject of a following infinitive ("asked other countries not to
// allow", "urged Japan to join"); with other verbs the infinitive's subject is the verb's subject.
constexpr std::array<std::string_view, 36> kObjectControlStems = {
    "ASK", "URGE", "WANT", "ALLOW", "TELL", "FORCE", "INVITE", "PERSUADE", "REQUIRE", "GET",
    "ENCOURAGE", "ORDER", "EXPECT", "HELP", "CALL", "PRESS", "PRESSURE", "COMPEL", "ADVISE",
    "WARN", "REQUEST", "ENABLE", "PERMIT", "CAUSE", "INSTRUCT", "DIRECT", "AUTHORIZE", "OBLIGE",
    "REMIND", "BEG", "CHALLENGE", "INDUCE", "PUSH", "LEAD", "WISH", "NEED",
};
constexpr std::array<std::string_view, 6> kIrregularObjectControl = {
    "TOLD", "TELLS", "GOT", "GOTTEN", "LED", "BEGGED"};

// Does w inflect one of `stems` regularly (stated -> STATE, warned -> WARN, stresses -> STRESS,
// announcing -> ANNOUNCE, urging -> URGE)?
template <size_t N>
bool InflectsStem(std::string_view w, const std::array<std::string_view, N>& stems) {
  if (In(stems, w)) return true;
  auto strip = [&](std::string_view suffix, std::string_view add) {
    if (w.size() <= suffix.size() + 2 || w.substr(w.size() - suffix.size()) != suffix) return false;
    std::string stem(w.substr(0, w.size() - suffix.size()));
    stem += add;
    return In(stems, std::string_view(stem));
  };
  return strip("D", "") || strip("ED", "") || strip("S", "") || strip("ES", "") ||
         strip("ING", "") || strip("ING", "E") || strip("IED", "Y") || strip("IES", "Y");
}

}  // namespace

bool IsBeForm(std::string_view w) {
  static constexpr std::array<std::string_view, 11> k = {
      "BE", "IS", "ARE", "WAS", "WERE", "BEEN", "BEING", "AM", "'S", "'RE", "'M"};
  return In(k, w);
}
bool IsHaveForm(std::string_view w) {
  static constexpr std::array<std::string_view, 6> k = {"HAVE", "HAS", "HAD", "HAVING", "'VE", "'D"};
  return In(k, w);
}
bool IsDoForm(std::string_view w) {
  static constexpr std::array<std::string_view, 3> k = {"DO", "DOES", "DID"};
  return In(k, w);
}
bool IsGetForm(std::string_view w) {
  static constexpr std::array<std::string_view, 5> k = {"GET", "GETS", "GOT", "GOTTEN", "GETTING"};
  return In(k, w);
}
bool IsFutureModal(std::string_view w) {
  static constexpr std::array<std::string_view, 4> k = {"WILL", "SHALL", "'LL", "WO"};
  return In(k, w);
}
bool IsSubordinator(std::string_view w) {
  static constexpr std::array<std::string_view, 8> k = {
      "IF", "BECAUSE", "ALTHOUGH", "THOUGH", "WHILE", "UNLESS", "WHEREAS", "WHETHER"};
  return In(k, w);
}
bool IsTemporalSubordinator(std::string_view w) {
  static constexpr std::array<std::string_view, 6> k = {"AFTER", "BEFORE", "SINCE", "UNTIL", "ONCE", "AS"};
  return In(k, w);
}
bool IsNpConjunction(std::string_view w) {
  return w == "AND" || w == "OR" || w == "NOR" || w == "&";
}
bool IsClauseConjunction(std::string_view w) {
  return w == "AND" || w == "OR" || w == "BUT" || w == "YET" || w == "NOR";
}

bool IsReportingVerb(std::string_view w) {
  return In(kIrregularReporting, w) || InflectsStem(w, kReportingStems);
}

bool IsObjectControlVerb(std::string_view w) {
  return In(kIrregularObjectControl, w) || InflectsStem(w, kObjectControlStems);
}

}  // namespace dyadwatch::parse
