#include "coder/coreference.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace dyadwatch::coder {
namespace {

bool IsPairNoun(std::string_view w) {
  static constexpr std::array<std::string_view, 5> kNouns = {"SIDES", "COUNTRIES", "NATIONS",
                                                             "GOVERNMENTS", "LEADERS"};
  return std::find(kNouns.begin(), kNouns.end(), w) != kNouns.end();
}

// Token range [begin, end) of the first pair phrase, or begin == end when there is none.
std::pair<uint32_t, uint32_t> FindPairPhrase(const text::Sentence& sentence) {
  const auto& t = sentence.tokens;
  for (uint32_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].norm == "BOTH" && IsPairNoun(t[i + 1].norm)) return {i, i + 2};
    if (i + 2 < t.size() && t[i].norm == "THE" && t[i + 1].norm == "TWO" &&
        IsPairNoun(t[i + 2].norm)) {
      return {i, i + 3};
    }
  }
  return {0, 0};
}

}  // namespace

void ResolveCounterparts(const text::Sentence& sentence, std::vector<ActorUnit>* units) {
  const auto& t = sentence.tokens;
  for (ActorUnit& u : *units) {
    if (u.code.empty() || u.code != u.country || u.end >= t.size()) continue;
    std::string_view next = t[u.end].norm;
    if (next != "COUNTERPART" && next != "COUNTERPARTS") continue;
    // Counterparts in news are officials of the other government: "his Chinese counterpart".
    u.code += "GOV";
    u.end += 1;
    u.rule += (u.rule.empty() ? "" : " ") + std::string("counterpart->GOV");
  }
}

void MarkLocatives(const text::Sentence& sentence, std::vector<ActorUnit>* units) {
  for (ActorUnit& u : *units) {
    if (u.begin == 0) continue;
    std::string_view w = sentence.tokens[u.begin - 1].norm;
    u.locative = w == "IN" || w == "AT" || w == "NEAR" || w == "INSIDE";
  }
}

void AddPairReferences(const text::Sentence& sentence, const std::vector<ActorUnit>& previous,
                       std::vector<ActorUnit>* units) {
  auto [begin, end] = FindPairPhrase(sentence);
  if (begin == end) return;
  // The phrase must not already be (part of) a named actor; an agent word without a country
  // ("countries", "leaders") is overridden: the pair units come later and take its tokens.
  for (const ActorUnit& u : *units) {
    if (u.begin < end && begin < u.end && !u.from_pronoun && !u.code.empty()) return;
  }
  // States named before the phrase, most recent last: the previous sentence, then this one.
  // A place ("talks in Bangkok") is where, not who.
  std::vector<const ActorUnit*> named;
  for (const ActorUnit& u : previous) {
    if (!u.code.empty() && !u.country.empty() && !u.locative && !u.stance) named.push_back(&u);
  }
  for (const ActorUnit& u : *units) {
    if (!u.code.empty() && !u.country.empty() && !u.from_pronoun && !u.locative && !u.stance &&
        u.end <= begin) {
      named.push_back(&u);
    }
  }
  std::vector<const ActorUnit*> last_of_country;  // one per country, its latest unit
  for (const ActorUnit* u : named) {
    auto it = std::find_if(last_of_country.begin(), last_of_country.end(),
                           [&](const ActorUnit* x) { return x->country == u->country; });
    if (it == last_of_country.end()) last_of_country.push_back(u);
    else *it = u;
  }
  if (last_of_country.size() != 2) return;
  int group = 0;
  for (const ActorUnit& u : *units) group = std::max(group, u.group + 1);
  // Copies first: the sources may live in *units, which the push_back below reallocates.
  std::vector<ActorUnit> sources;
  for (const ActorUnit* source : last_of_country) sources.push_back(*source);
  for (ActorUnit& pair : sources) {
    pair.begin = begin;
    pair.end = end;
    pair.group = group;
    pair.person = false;
    pair.from_pronoun = false;
    pair.rule = "pair->" + pair.code + (pair.rule.empty() ? "" : " " + pair.rule);
    units->push_back(std::move(pair));
  }
}

}  // namespace dyadwatch::coder
