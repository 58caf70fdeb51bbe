#include "lexicon/name_variants.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "lexicon/actors.h"
#include "lexicon/dates.h"
#include "text/tokenizer.h"

namespace dyadwatch::lexicon {
namespace {

bool OneOf(std::string_view word, std::span<const std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Persons whose names news writes in both orders, and those among them whose family name comes
// first in the dictionary's spelling (Japanese names are listed given name first, as English
// news writes them).
constexpr std::array<std::string_view, 8> kEitherOrder = {"CHN", "TWN", "HKG", "MAC",
                                                          "JPN", "KOR", "PRK", "MNG"};
constexpr std::array<std::string_view, 8> kFamilyFirst = {"CHN", "TWN", "HKG", "MAC",
                                                          "KOR", "PRK", "SGP", "KHM"};
// News calls leaders here by their first name ("PM Anwar", "Prime Minister Prayut", "President
// Prabowo"): the first part counts as well as the last.
constexpr std::array<std::string_view, 4> kFirstNameUsed = {"MYS", "THA", "IDN", "BRN"};
// Two family names are common (López Obrador, Lula da Silva, Sánchez Pérez-Castejón).
constexpr std::array<std::string_view, 22> kTwoFamilyNames = {
    "ESP", "PRT", "MEX", "COL", "ARG", "CHL", "PER", "VEN", "ECU", "BOL", "PRY",
    "URY", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "DOM", "CUB", "BRA", "AGO"};
// Words that join a family name to what precedes it.
constexpr std::array<std::string_view, 22> kParticles = {
    "VON", "DER", "VAN", "DEN", "DE", "DA", "DAS", "DOS", "DI", "DEL", "DELLA",
    "LA", "LE", "AL", "EL", "BIN", "IBN", "BEN", "ABU", "ABD", "BINTI", "TER"};
// Words that never occur in a personal name as the dictionaries write one.
constexpr std::array<std::string_view, 40> kNotNameWords = {
    "PRESIDENT", "MINISTER", "PRIME", "SECRETARY", "ADMINISTRATION", "GOVERNMENT", "MR.",
    "MRS.", "MS.", "DR.", "MR", "MRS", "MS", "DR", "SENATOR", "GENERAL", "GEN.", "KING",
    "QUEEN", "PRINCE", "EMIR", "SHEIKH", "THE", "OF", "CHANCELLOR", "VICE", "DEPUTY", "CHIEF",
    "FOREIGN", "DEFENSE", "DEFENCE", "SPOKESMAN", "SPOKESWOMAN", "PREMIER", "AND", "FORMER",
    "LEADER", "REGIME", "CAMP", "FAMILY"};

bool IsWordToken(const std::string& word) {
  if (word.empty()) return false;
  for (unsigned char c : word)
    if (!(c >= 'A' && c <= 'Z') && c != '\'' && c != '.' && c < 0x80) return false;
  return true;
}

// A name's parts: runs of tokens joined by "-" ("AL - SUDANI", "JONG - UN").
std::vector<Words> Parts(const Words& name) {
  std::vector<Words> parts;
  bool join = false;
  for (const std::string& word : name) {
    if (word == "-") {
      join = !parts.empty();
      continue;
    }
    if (join) parts.back().push_back("-");
    else parts.emplace_back();
    parts.back().push_back(word);
    join = false;
  }
  return parts;
}

Words Concat(std::initializer_list<const Words*> pieces) {
  Words out;
  for (const Words* piece : pieces) out.insert(out.end(), piece->begin(), piece->end());
  return out;
}

// "JONG - UN" -> "JONG UN" and "JONGUN"; "JONG UN" (two parts) -> "JONG - UN" and "JONGUN".
std::vector<Words> GivenNameSpellings(const Words& hyphenated) {
  std::vector<Words> out;
  Words spaced, joined(1);
  for (const std::string& w : hyphenated) {
    if (w == "-") continue;
    spaced.push_back(w);
    joined[0] += w;
  }
  out.push_back(spaced);
  out.push_back(joined);
  return out;
}

}  // namespace

bool IsPersonalName(const Words& words) {
  size_t count = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "-") {
      if (i == 0 || i + 1 == words.size() || words[i + 1] == "-") return false;
      continue;
    }
    if (!IsWordToken(w) || OneOf(w, kNotNameWords)) return false;
    ++count;
  }
  return count >= 2 && count <= 6;
}

std::vector<Words> FamilyNames(const Words& name, std::string_view country) {
  std::vector<Words> parts = Parts(name);
  if (parts.size() < 2) return {};
  std::vector<Words> families;
  if (OneOf(country, kFamilyFirst)) {
    families.push_back(parts.front());
    return families;
  }
  size_t first = parts.size() - 1;
  while (first > 1 && parts[first - 1].size() == 1 && OneOf(parts[first - 1][0], kParticles))
    --first;
  Words family;
  for (size_t i = first; i < parts.size(); ++i) family.insert(family.end(), parts[i].begin(), parts[i].end());
  families.push_back(family);
  if (parts.size() >= 4 && first == parts.size() - 1 && OneOf(country, kTwoFamilyNames))
    families.push_back(Concat({&parts[parts.size() - 2], &parts.back()}));
  if (OneOf(country, kFirstNameUsed)) families.push_back(parts.front());
  return families;
}

std::vector<NameVariant> SpellingVariants(const Words& name, std::string_view country) {
  std::vector<NameVariant> out;
  std::vector<Words> parts = Parts(name);
  if (parts.size() < 2) return out;
  const bool either_order = OneOf(country, kEitherOrder);
  // Spacing: a hyphenated part respelled, or (East Asia) the two given-name syllables after a
  // family name hyphenated and joined.
  Words family = parts.front();
  Words rest;
  for (size_t i = 1; i < parts.size(); ++i) rest.insert(rest.end(), parts[i].begin(), parts[i].end());
  bool hyphen_inside = false;
  for (const Words& part : parts) hyphen_inside |= part.size() > 1;
  if (hyphen_inside) {
    // Every hyphen of the name dropped, or the hyphenated parts joined into one word.
    Words spaced, joined;
    for (const Words& part : parts) {
      Words s, j(1);
      for (const std::string& w : part) {
        if (w == "-") continue;
        s.push_back(w);
        j[0] += w;
      }
      spaced.insert(spaced.end(), s.begin(), s.end());
      joined.insert(joined.end(), j.begin(), j.end());
    }
    out.push_back({spaced, false});
    out.push_back({joined, false});
  } else if (either_order && parts.size() == 3 && OneOf(country, kFamilyFirst)) {
    // "KIM JONG UN" -> "KIM JONG - UN", "KIM JONGUN"
    Words hyphenated = {parts[1][0], "-", parts[2][0]};
    out.push_back({Concat({&family, &hyphenated}), false});
    Words joined = {parts[1][0] + parts[2][0]};
    out.push_back({Concat({&family, &joined}), false});
  }
  if (either_order) {
    // The family part moved to the other end, in every given-name spelling.
    std::vector<Words> rests = {rest};
    if (rest.size() > 1) {
      for (const Words& g : GivenNameSpellings(rest)) rests.push_back(g);
      if (std::find(rest.begin(), rest.end(), "-") == rest.end() && rest.size() == 2)
        rests.push_back({rest[0], "-", rest[1]});
    }
    Words last = parts.back();
    Words init;
    for (size_t i = 0; i + 1 < parts.size(); ++i) init.insert(init.end(), parts[i].begin(), parts[i].end());
    if (OneOf(country, kFamilyFirst)) {
      for (const Words& r : rests) out.push_back({Concat({&r, &family}), true});
    } else if (parts.size() == 2) {  // Japanese and Mongolian: two parts, either order
      out.push_back({Concat({&last, &init}), true});
    }
  }
  // Drop duplicates and the name itself.
  std::vector<NameVariant> unique;
  for (NameVariant& v : out) {
    if (v.words == name) continue;
    bool seen = false;
    for (const NameVariant& u : unique) seen |= u.words == v.words;
    if (!seen) unique.push_back(std::move(v));
  }
  return unique;
}

const std::vector<Words>& PersonTitles() {
  static const std::vector<Words> titles = [] {
    // Not "Judge": judges in news are mostly domestic ones the dictionaries do not hold, and a
    // family name alone then lands on whichever foreign official shares it ("Judge Miller" ->
    // Poland's Jerzy Miller).
    static constexpr std::array<std::string_view, 48> kTitles = {
        "PRESIDENT", "PRESIDENT-ELECT", "VICE PRESIDENT", "VICE-PRESIDENT", "PRIME MINISTER",
        "PM", "PREMIER", "CHANCELLOR", "DEPUTY PRIME MINISTER", "MR.", "MR", "MRS.", "MRS",
        "MS.", "MS", "DR.", "DR", "MADAM", "MINISTER", "FOREIGN MINISTER", "DEFENCE MINISTER",
        "DEFENSE MINISTER", "FOREIGN SECRETARY", "DEFENSE SECRETARY", "DEFENCE SECRETARY",
        "SECRETARY", "SECRETARY OF STATE", "SECRETARY-GENERAL", "KING", "QUEEN", "EMIR",
        "SULTAN", "SHEIKH", "CROWN PRINCE", "GENERAL", "GEN.", "MARSHAL", "CHAIRMAN", "LEADER",
        "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "SENATOR", "AYATOLLAH", "GENERAL SECRETARY",
        "NATIONAL SECURITY ADVISER", "PRINCE", "FIELD MARSHAL"};
    std::vector<Words> out;
    for (std::string_view title : kTitles) out.push_back(text::TokenizePhrase(title));
    return out;
  }();
  return titles;
}

// Builds the variants for ActorDictionary::Builder::AddNameVariants (a friend of the builder).
class NameVariantGenerator {
 public:
  explicit NameVariantGenerator(ActorDictionary::Builder& builder) : b_(builder) {}

  void Run() {
    const size_t entry_count = b_.entries_.size();
    std::vector<std::string> country(entry_count);
    for (size_t e = 0; e < entry_count; ++e)
      if (IsOfficeHolder(b_.entries_[e])) country[e] = PersonCountry(b_.entries_[e]);
    std::vector<bool> has_family(entry_count, false);
    // Phrases are visited in file order, so an entry's root comes before its synonyms.
    const size_t phrase_count = b_.phrase_words_.size();
    for (size_t p = 0; p < phrase_count; ++p) {
      const uint32_t entry = b_.phrase_words_[p].first;
      const Words& words = b_.phrase_words_[p].second;
      if (country[entry].empty() || !IsPersonalName(words)) continue;
      if (b_.index_.Find(words) != entry) continue;  // redefined by a later file
      for (NameVariant& v : SpellingVariants(words, country[entry]))
        spellings_.Propose(std::move(v.words), entry,
                           v.reordered ? ActorDictionary::PhraseOrigin::kNameOrder
                                       : ActorDictionary::PhraseOrigin::kSpacing);
      if (has_family[entry]) continue;  // the family name of the first (root) name only
      has_family[entry] = true;
      if (FromCountryInfoLists(b_.entries_[entry])) continue;
      for (Words& family : FamilyNames(words, country[entry]))
        families_.Propose(std::move(family), entry, ActorDictionary::PhraseOrigin::kTitle);
    }
    for (const Candidate& c : spellings_.list) {
      if (b_.index_.Find(c.words) != kNoValue) continue;  // a file defines it: the file wins
      b_.index_.Add(c.words, EntryFor(c));
      ++b_.phrases_;
      ++b_.variants_;
      b_.variant_kinds_.emplace_back(PhraseIndex::PhraseKey(c.words),
                                     static_cast<uint8_t>(c.origin));
    }
    for (const Candidate& c : families_.list) b_.families_.Add(c.words, FamilyEntryFor(c));
    const std::vector<Words>& titles = PersonTitles();
    for (size_t t = 0; t < titles.size(); ++t) b_.titles_.Add(titles[t], static_cast<uint32_t>(t));
    b_.phrase_words_.clear();
    b_.phrase_words_.shrink_to_fit();
  }

 private:
  struct Candidate {
    Words words;
    std::vector<uint32_t> entries;
    ActorDictionary::PhraseOrigin origin;
  };
  struct Candidates {
    std::vector<Candidate> list;
    std::unordered_map<uint64_t, uint32_t> by_key;
    void Propose(Words words, uint32_t entry, ActorDictionary::PhraseOrigin origin) {
      uint64_t key = PhraseIndex::PhraseKey(words);
      auto [it, inserted] = by_key.try_emplace(key, static_cast<uint32_t>(list.size()));
      if (inserted) {
        list.push_back(Candidate{std::move(words), {entry}, origin});
        return;
      }
      std::vector<uint32_t>& entries = list[it->second].entries;
      if (std::find(entries.begin(), entries.end(), entry) == entries.end())
        entries.push_back(entry);
    }
  };

  // Phoenix's person entries generated from CountryInfo.txt (comment "CountryInfo.txt") list
  // some 15,000 ministers of 2003-2011, many with terms left open when the list was made: as
  // family names after a title they would turn "Mr. Miller" or "Senator Miller" in 2025 into
  // Poland's Jerzy Miller (POLGOV >2009-12-01). Their full names still match; heads of state and
  // government come back through the knowledge base (kb/leaders.actors.txt) with closed terms.
  static bool FromCountryInfoLists(const ActorEntry& entry) {
    return entry.comment == "CountryInfo.txt";
  }

  // An entry for a person in office since 1990: some dated code (an office term) ends later.
  static bool IsOfficeHolder(const ActorEntry& entry) {
    for (const ActorCode& code : entry.codes)
      if (code.dated && code.code != "---" && code.end >= 19900101) return true;
    return false;
  }

  // The person's state: the prefix of the first code that names one (Ban Ki-moon: KOR, not
  // IGO), else of the first code. Decides the name order rules.
  static std::string PersonCountry(const ActorEntry& entry) {
    std::string first;
    for (const ActorCode& code : entry.codes) {
      if (code.code.size() < 3 || code.code == "---") continue;
      std::string prefix = code.code.substr(0, 3);
      if (prefix != "IGO" && prefix != "NGO" && prefix != "MNC") return prefix;
      if (first.empty()) first = prefix;
    }
    return first;
  }

  uint32_t EntryFor(const Candidate& c) {
    if (c.entries.size() == 1) return c.entries.front();
    b_.entries_.push_back(Merge(c));
    ++b_.merged_variants_;
    return static_cast<uint32_t>(b_.entries_.size() - 1);
  }

  // A title + family name holds only while its person is in office: "Mr. Miller" is no former
  // Jamaican prime minister's elite code (Portia Simpson Miller), so outside every term the
  // entry ends in an undated "---" (explicitly unresolved) instead of the person's ELI fallback.
  uint32_t FamilyEntryFor(const Candidate& c) {
    ActorEntry entry = Merge(c, /*keep_fallback=*/false);
    ActorCode unresolved;
    unresolved.code = "---";
    unresolved.where = entry.where;
    entry.codes.push_back(unresolved);
    b_.entries_.push_back(std::move(entry));
    if (c.entries.size() > 1) ++b_.merged_variants_;
    return static_cast<uint32_t>(b_.entries_.size() - 1);
  }

  // Open-ended terms count as ten years at most when several people share a name: the Phoenix
  // files leave open the terms of everyone in office when they were made (2011), and a stale
  // open term would otherwise make the name unresolvable forever.
  static ActorCode Capped(ActorCode code) {
    if (code.end == kMaxDate && code.start > kMinDate) code.end = PreviousDay(code.start + 100000);
    return code;
  }

  // One entry for a name several people share: "---" on the days two of them held different
  // codes, then every dated code of each (open ends capped), then an undated code all agree on.
  ActorEntry Merge(const Candidate& c, bool keep_fallback = true) const {
    ActorEntry merged;
    const ActorEntry& first = b_.entries_[c.entries.front()];
    merged.where = first.where;
    for (const std::string& w : c.words) merged.root += (merged.root.empty() ? "" : "_") + w;
    merged.comment = c.entries.size() == 1
                         ? std::string("generated: title + family name of")
                         : "generated: name shared by " + std::to_string(c.entries.size()) +
                               " people:";
    std::vector<ActorCode> dated;
    std::string undated;
    bool undated_agree = true;
    for (size_t k = 0; k < c.entries.size(); ++k) {
      const ActorEntry& entry = b_.entries_[c.entries[k]];
      if (k < 8) merged.comment += " " + entry.root + " (" + entry.where.ToString() + ")";
      else if (k == 8) merged.comment += " ...";
      bool has_undated = false;
      for (const ActorCode& code : entry.codes) {
        if (code.code == "---") continue;
        if (code.dated) {
          dated.push_back(c.entries.size() > 1 ? Capped(code) : code);
        } else if (!has_undated) {
          has_undated = true;
          if (undated.empty()) undated = code.code;
          else undated_agree &= undated == code.code;
        }
      }
      undated_agree &= has_undated;
    }
    // Elementary date segments between all range boundaries; a segment where two different
    // codes hold is unresolved. Adjacent unresolved segments are joined.
    std::vector<int> bounds;
    for (const ActorCode& code : dated) {
      bounds.push_back(code.start);
      bounds.push_back(NextDay(code.end));
    }
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    for (size_t i = 0; i + 1 < bounds.size(); ++i) {
      const int from = bounds[i], to = PreviousDay(bounds[i + 1]);
      const std::string* seen = nullptr;
      bool conflict = false;
      for (const ActorCode& code : dated) {
        if (code.start > from || code.end < to) continue;
        if (seen == nullptr) seen = &code.code;
        else conflict |= *seen != code.code;
      }
      if (!conflict) continue;
      if (!merged.codes.empty() && NextDay(merged.codes.back().end) == from) {
        merged.codes.back().end = to;
        continue;
      }
      ActorCode unresolved;
      unresolved.code = "---";
      unresolved.start = from;
      unresolved.end = to;
      unresolved.dated = true;
      unresolved.where = first.where;
      merged.codes.push_back(unresolved);
    }
    merged.codes.insert(merged.codes.end(), dated.begin(), dated.end());
    if (keep_fallback && undated_agree && !undated.empty()) {
      ActorCode fallback;
      fallback.code = undated;
      fallback.where = first.where;
      merged.codes.push_back(fallback);
    }
    return merged;
  }

  ActorDictionary::Builder& b_;
  Candidates spellings_;
  Candidates families_;
};

void ActorDictionary::Builder::AddNameVariants() { NameVariantGenerator(*this).Run(); }

}  // namespace dyadwatch::lexicon
