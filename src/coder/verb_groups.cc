#include "coder/verb_groups.h"

#include <algorithm>
#include <array>

namespace dyadwatch::coder {
namespace {

using parse::PosTag;

template <size_t N>
bool In(const std::array<std::string_view, N>& set, std::string_view w) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

constexpr std::array<std::string_view, 11> kBe = {"BE", "IS", "ARE", "AM", "WAS", "WERE",
                                                  "BEEN", "BEING", "'S", "'RE", "'M"};
constexpr std::array<std::string_view, 8> kHave = {"HAVE", "HAS", "HAD", "HAVING", "'VE", "'D",
                                                   "'S", "GOT"};
constexpr std::array<std::string_view, 5> kDo = {"DO", "DOES", "DID", "DONE", "DOING"};
constexpr std::array<std::string_view, 4> kFutureModals = {"WILL", "SHALL", "'LL", "WOULD"};
constexpr std::array<std::string_view, 8> kHypotheticalModals = {
    "COULD", "MIGHT", "MAY", "CAN", "SHOULD", "MUST", "OUGHT", "CA"};
constexpr std::array<std::string_view, 5> kNegations = {"NOT", "N'T", "NEVER", "NO", "NEITHER"};
constexpr std::array<std::string_view, 23> kClauseOpeners = {"WHATEVER", "WHEREVER", "DESPITE",
    "THAT", "WHICH", "WHO", "WHOM", "WHOSE", "IF", "WHEN", "WHILE", "BECAUSE", "ALTHOUGH",
    "THOUGH", "UNLESS", "WHETHER", "SINCE", "WHERE", "AFTER", "BEFORE", "UNTIL", "WHEREAS", "AS"};
constexpr std::array<std::string_view, 3> kConditionals = {"IF", "UNLESS", "WHETHER"};
constexpr std::array<std::string_view, 24> kReporting = {
    "SAY", "SAID", "SAYS", "STATE", "STATED", "STATES", "CLAIM", "CLAIMED", "CLAIMS", "REPORT",
    "REPORTED", "REPORTS", "ANNOUNCE", "ANNOUNCED", "ANNOUNCES", "TELL", "TOLD", "TELLS",
    "ADDED", "ADD", "NOTED", "HINTED", "BELIEVE", "BELIEVED"};

// Adverbs and particles that may stand inside a verb group ("has repeatedly asked",
// "will certainly not give up").
bool IsGroupFiller(std::string_view norm, PosTag tag) {
  return parse::IsAdverb(tag) || In(kNegations, norm);
}

bool IsAuxiliaryWord(std::string_view norm) {
  return In(kBe, norm) || In(kHave, norm) || In(kDo, norm) || In(kFutureModals, norm) ||
         In(kHypotheticalModals, norm);
}

}  // namespace

bool IsClauseOpener(std::string_view norm) { return In(kClauseOpeners, norm); }
bool IsConditional(std::string_view norm) { return In(kConditionals, norm); }
bool IsReportingVerb(std::string_view norm) { return In(kReporting, norm); }
bool IsBeForm(std::string_view norm) { return In(kBe, norm); }

void RetagNamesAsNouns(const text::Sentence& sentence, const std::vector<ActorMention>& mentions,
                       std::vector<parse::PosTag>* tags) {
  for (const ActorMention& m : mentions) {
    if (m.end - m.begin < 3) continue;
    for (uint32_t k = m.begin; k < m.end; ++k) {
      if (!parse::IsVerb((*tags)[k])) continue;
      const text::Token& t = sentence.tokens[k];
      (*tags)[k] = t.capitalized ? PosTag::kNNP : t.norm.ends_with("S") ? PosTag::kNNS : PosTag::kNN;
    }
  }
}

void RepairPastTense(const text::Sentence& sentence, std::vector<parse::PosTag>* tags) {
  static constexpr std::array<std::string_view, 10> kNaming = {
      "CALLED", "NAMED", "DUBBED", "TITLED", "ENTITLED", "KNOWN", "LABELED", "LABELLED",
      "NICKNAMED", "HELD"};  // "held October 24" is a date, not an object
  const auto& tokens = sentence.tokens;
  std::vector<parse::PosTag>& t = *tags;
  for (size_t i = 1; i + 1 < tokens.size(); ++i) {
    if (t[i] != PosTag::kVBN || !parse::IsNoun(t[i - 1])) continue;
    PosTag next = t[i + 1];
    bool object_starts = next == PosTag::kDT || next == PosTag::kNNP || next == PosTag::kNNPS ||
                         next == PosTag::kPRP || next == PosTag::kPRPS || next == PosTag::kCD;
    if (!object_starts || In(kNaming, tokens[i].norm)) continue;
    // An auxiliary or "by"-phrase earlier in the clause makes it a true participle
    // ("has the court ruled", "was the bill approved"); look back a few words.
    bool auxiliary = false;
    for (size_t k = i; k > 0 && k + 4 > i; --k) {
      std::string_view w = tokens[k - 1].norm;
      if (IsAuxiliaryWord(w) || w == "," || w == "BY") { auxiliary = IsAuxiliaryWord(w); break; }
    }
    if (!auxiliary) t[i] = PosTag::kVBD;
  }
}

namespace {

// TABARI dictionaries (VerbDictionary::lexical_verbs): in a clause where no word tagged as a verb
// is a dictionary verb, the first word that matches a verb entry is its verb, whatever its tag
// ("Estonia departs/NNS from Libya", "Gondor and Osgiliath have postponed their meeting/NN").
// Clauses end at sentence punctuation, commas, subordinators and "and"/"but".
// TABARI also moves on to the next verb it finds by its word when the first one codes nothing:
// after a tagged verb whose own code is null ("RAISE [---]" in "raised its voice for Bree"), the
// next word-found verb of the clause (VOICE) is a head too, backing that verb up: `fallback[k]`
// is the token of the verb it backs up, and it is coded only if that verb matched no pattern.
// True when every pattern of the form's block needs nothing after the verb or a word glued to
// it ("RAISE [---] - *_HOPE"): a later verb of the clause then cannot be part of its object
// ("CALL [---] - * FOR BOYCOTT" keeps "called for a boycott" whole).
bool ObjectPatternsAdjacent(const lexicon::VerbDictionary& verbs, const lexicon::VerbForm& form) {
  for (uint32_t p : verbs.BlockOf(form).patterns) {
    const lexicon::VerbPattern& pattern = verbs.patterns()[p];
    if (!pattern.after.empty() && !pattern.after_glued) return false;
  }
  return true;
}

std::vector<bool> LexicalVerbHeads(const text::Sentence& sentence,
                                   const std::vector<parse::PosTag>& tags,
                                   const lexicon::VerbDictionary& verbs,
                                   std::vector<int>* fallback) {
  const auto& tokens = sentence.tokens;
  std::span<const text::Token> span(tokens);
  std::vector<bool> forced(tokens.size(), false);
  fallback->assign(tokens.size(), -1);
  size_t start = 0;
  for (size_t i = 0; i <= tokens.size(); ++i) {
    bool boundary = i == tokens.size();
    if (!boundary) {
      std::string_view w = tokens[i].norm;
      boundary = w == "," || w == ";" || w == ":" || w == "." || w == "?" || w == "!" ||
                 w == "AND" || w == "BUT" || IsClauseOpener(w);
    }
    if (!boundary) continue;
    bool has_verb = false;
    int first = -1;
    int null_verb = -1;  // the clause's tagged verb, when its entry's code is null
    for (size_t k = start; k < i; ++k) {
      std::string_view w = tokens[k].norm;
      if (IsAuxiliaryWord(w) || tags[k] == PosTag::kMD) continue;
      lexicon::VerbMatch m = verbs.MatchVerbWord(span, k);
      if (!m.found()) continue;
      if (null_verb >= 0) {
        // Only a word of the null verb's own object ("raised its voice"), not one behind a
        // preposition ("drawn into the peace process by its resumption").
        bool in_object = true;
        for (size_t x = static_cast<size_t>(null_verb) + 1; x < k; ++x) {
          if (tags[x] == PosTag::kIN || tags[x] == PosTag::kTO) in_object = false;
        }
        if (!parse::IsVerb(tags[k]) && in_object) {
          forced[k] = true;
          (*fallback)[k] = null_verb;
        }
        break;
      }
      if (parse::IsVerb(tags[k])) {
        has_verb = true;
        if (verbs.EntryOf(*m.form).code.is_null() && ObjectPatternsAdjacent(verbs, *m.form)) {
          null_verb = static_cast<int>(k);
          continue;
        }
        break;
      }
      if (first < 0) first = static_cast<int>(k);
    }
    if (!has_verb && first >= 0) forced[first] = true;
    start = i + 1;
  }
  return forced;
}

}  // namespace

std::vector<VerbGroup> FindVerbGroups(const text::Sentence& sentence,
                                      const std::vector<parse::PosTag>& tags,
                                      const lexicon::VerbDictionary& verbs) {
  const auto& tokens = sentence.tokens;
  std::span<const text::Token> span(tokens);
  std::vector<VerbGroup> groups;
  const size_t n = tokens.size();
  std::vector<int> fallback(n, -1);
  const std::vector<bool> forced = verbs.lexical_verbs()
                                       ? LexicalVerbHeads(sentence, tags, verbs, &fallback)
                                       : std::vector<bool>(n, false);
  for (size_t i = 0; i < n; ++i) {
    PosTag tag = tags[i];
    std::string_view norm = tokens[i].norm;
    // TABARI dictionaries may list a modal as a verb ("SHOULD [101]" with patterns such as
    // "- SUGGESTED * DEMAND CONVENTIONS"): TABARI finds verbs by their words, so the modal heads
    // its own group and the verb after it is read as that group's object (see below).
    const bool modal_verb = verbs.lexical_verbs() && (IsAuxiliaryWord(norm) || tag == PosTag::kMD) &&
                            verbs.MatchVerbWord(span, i).found();
    bool verb_tag = parse::IsVerb(tag) || forced[i] || modal_verb;
    if (!verb_tag) continue;
    if (forced[i] && !parse::IsVerb(tag)) tag = PosTag::kVBD;  // a finite verb, as TABARI reads it
    // A participle between a determiner/possessive/adjective and a noun is an adjective:
    // "China's leading telecommunications company".
    if ((tag == PosTag::kVBG || tag == PosTag::kVBN) && i > 0 && i + 1 < n) {
      PosTag prev = tags[i - 1];
      if ((prev == PosTag::kDT || prev == PosTag::kPOS || prev == PosTag::kPRPS ||
           parse::IsAdjective(prev)) &&
          (parse::IsNoun(tags[i + 1]) || parse::IsAdjective(tags[i + 1]))) {
        continue;
      }
    }
    // A gerund between two singular nouns inside a noun phrase modifies the second: "his
    // mushroom hunting trip", "an oil producing country" (not "leads to somebody getting shot").
    if (tag == PosTag::kVBG && i > 1 && i + 1 < n && tags[i - 1] == PosTag::kNN &&
        tags[i + 1] == PosTag::kNN &&
        (tags[i - 2] == PosTag::kDT || tags[i - 2] == PosTag::kPRPS ||
         tags[i - 2] == PosTag::kPOS || tags[i - 2] == PosTag::kNN ||
         parse::IsAdjective(tags[i - 2]))) {
      continue;
    }
    // A past participle between a preposition and a noun is an adjective: "an offensive
    // against besieged Osgiliath", "the release of detained activists".
    if (tag == PosTag::kVBN && i > 0 && i + 1 < n && tags[i - 1] == PosTag::kIN &&
        !IsClauseOpener(tokens[i - 1].norm) &&
        (parse::IsNoun(tags[i + 1]) || parse::IsAdjective(tags[i + 1]))) {
      continue;
    }
    // A participle between a verb and a plural noun or an adjective is an adjective too: "to
    // extradite accused criminals", "will abandon improved economic relations" (not after an
    // auxiliary: "has accused China").
    if (tag == PosTag::kVBN && i > 0 && i + 1 < n && parse::IsVerb(tags[i - 1]) &&
        !IsAuxiliaryWord(tokens[i - 1].norm) &&
        (tags[i + 1] == PosTag::kNNS || parse::IsAdjective(tags[i + 1]))) {
      continue;
    }
    // "according to X" reports a source; it is no verb of its own.
    if (norm == "ACCORDING" && i + 1 < n && tokens[i + 1].norm == "TO") continue;
    // An auxiliary followed (through adverbs/negation) by another verb is not a head.
    if ((IsAuxiliaryWord(norm) || tag == PosTag::kMD) && !modal_verb) {
      size_t j = i + 1;
      while (j < n && IsGroupFiller(tokens[j].norm, tags[j])) ++j;
      if (j < n && parse::IsVerb(tags[j])) continue;
      // "has been", "is" alone are copulas: they carry no event but still end clauses.
    }
    VerbGroup g;
    g.lexical = (forced[i] && !parse::IsVerb(tags[i])) || modal_verb;
    g.head = static_cast<uint32_t>(i);
    for (size_t p = 0; p < groups.size() && fallback[i] >= 0; ++p) {
      if (groups[p].head == static_cast<uint32_t>(fallback[i])) g.fallback_for = static_cast<int>(p);
    }
    g.match = verbs.MatchVerbWord(span, i);
    // A multi-word verb whose verb word the tagger took for a noun: "will not wire/VB tap/NN"
    // (WIRE_+TAP) starts at the tagged verb.
    if (!g.match.found()) {
      lexicon::VerbMatch at = verbs.MatchAt(span, i);
      if (at.found() && at.form->verb_offset > 0) g.match = at;
    }
    g.end = g.match.found() ? std::max<uint32_t>(g.match.end, g.head + 1) : g.head + 1;
    // Walk left over auxiliaries, adverbs, negation and "to".
    size_t b = i;
    bool saw_be = false;
    int modal_governor = -1;  // a TABARI modal verb this verb follows ("should demand")
    while (b > 0 && !modal_verb) {
      size_t k = b - 1;
      if (!groups.empty() && groups.back().head == k && groups.back().lexical &&
          (IsAuxiliaryWord(tokens[k].norm) || tags[k] == PosTag::kMD)) {
        modal_governor = static_cast<int>(groups.size()) - 1;
        break;
      }
      std::string_view w = tokens[k].norm;
      PosTag t = tags[k];
      if (IsGroupFiller(w, t)) {
        if (In(kNegations, w)) g.negated = true;
        b = k;
        continue;
      }
      if (t == PosTag::kMD || In(kFutureModals, w) || In(kHypotheticalModals, w)) {
        g.finite = true;
        if (In(kFutureModals, w)) {
          if (g.modality == Modality::kNone) g.modality = Modality::kFuture;
        } else {
          g.modality = Modality::kHypothetical;
        }
        b = k;
        continue;
      }
      if (IsAuxiliaryWord(w) && parse::IsVerb(t)) {
        if (In(kBe, w)) saw_be = true;
        if (t != PosTag::kVB && t != PosTag::kVBN && t != PosTag::kVBG) g.finite = true;
        b = k;
        continue;
      }
      if (w == "TO" && t == PosTag::kTO) {
        g.infinitival = true;
        b = k;
        break;
      }
      break;
    }
    g.begin = static_cast<uint32_t>(b);
    // A bare participle right after a noun modifies it ("hush money paid to two women", "the
    // system established between ..."): it is no predicate, and has no subject of its own.
    if (tag == PosTag::kVBN && b == i && i > 0 && parse::IsNoun(tags[i - 1])) continue;
    if (tag == PosTag::kVBD || tag == PosTag::kVBZ || tag == PosTag::kVBP || modal_verb) {
      g.finite = true;
    }
    if (modal_governor >= 0) g.governor = modal_governor;
    // "be going to V" is future; handled when the governor is GOING.
    g.passive = saw_be && tag == PosTag::kVBN;
    if (g.infinitival) {
      // The governor: the nearest earlier verb group, if only its object (or nothing) stands
      // between it and "to" ("refused to join", "asked other countries not to allow").
      for (int p = static_cast<int>(groups.size()) - 1; p >= 0; --p) {
        if (groups[p].end <= g.begin && g.begin - groups[p].end <= 8) {
          bool clause_break = false;
          for (uint32_t k = groups[p].end; k < g.begin; ++k) {
            std::string_view w = tokens[k].norm;
            if (w == ";" || w == ":" || w == "." || IsClauseOpener(w)) clause_break = true;
          }
          if (!clause_break) g.governor = p;
        }
        break;
      }
    }
    groups.push_back(std::move(g));
  }
  return groups;
}

}  // namespace dyadwatch::coder
