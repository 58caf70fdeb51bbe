// Coder: the public entry point; wires text preparation, lexicon lookup, tagging and event coding.
//
// Per document: blank debris -> split sentences -> per sentence: find actor mentions; skip the
// sentence unless it names two actors (or one and a resolvable "he"/"she") -- the cheap
// prefilter that keeps tagging off most of the text -> tag -> actor units and verb groups ->
// code -> events with CAMEO attributes and evidence spans.
#include "dyadwatch/coder.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <cstdlib>
#include <filesystem>

#include "coder/actor_recognizer.h"
#include "coder/clause_roles.h"
#include "coder/coreference.h"
#include "coder/pattern_matcher.h"
#include "coder/pronouns.h"
#include "coder/sentence_coder.h"
#include "coder/sentence_filters.h"
#include "coder/verb_groups.h"
#include "lexicon/dates.h"
#include "lexicon/lexicon.h"
#include "parse/tagger.h"
#include "text/debris.h"
#include "text/sentence_splitter.h"

namespace dyadwatch {

struct Coder::Impl {
  CoderOptions options;
  std::shared_ptr<const lexicon::Lexicon> lexicon;
  std::shared_ptr<const parse::Tagger> tagger;
  std::unique_ptr<coder::ActorRecognizer> actors;
  std::unique_ptr<coder::PatternAnchors> anchors;
  std::string data_prefix;  // "<data_dir>/": stripped from rules so output is machine-independent
};

namespace {
// "…/data/dictionaries/petrarch2/CAMEO.2.0.txt:7916" -> "dictionaries/petrarch2/CAMEO.2.0.txt:7916"
std::string RelativeRule(std::string rule, const std::string& prefix) {
  if (prefix.empty()) return rule;
  for (size_t at = rule.find(prefix); at != std::string::npos; at = rule.find(prefix, at)) {
    rule.erase(at, prefix.size());
  }
  return rule;
}
}  // namespace

namespace {

// The member codes of a multi-code actor ("FRO/BIL/SAM"); {code} for any other code.
std::vector<std::string> CodeMembers(const std::string& code) {
  std::vector<std::string> members;
  size_t begin = 0;
  while (true) {
    size_t slash = code.find('/', begin);
    std::string member = code.substr(begin, slash == std::string::npos ? slash : slash - begin);
    if (!member.empty()) members.push_back(std::move(member));
    if (slash == std::string::npos) break;
    begin = slash + 1;
  }
  if (members.empty()) members.push_back(code);
  return members;
}

std::string Slice(std::string_view text, uint32_t b, uint32_t e) {
  if (b >= e || e > text.size()) return "";
  return std::string(text.substr(b, e - b));
}

Span TokenSpan(const text::Sentence& s, uint32_t b, uint32_t e) {
  if (b >= e || e > s.tokens.size()) return Span{};
  return Span{s.tokens[b].begin, s.tokens[e - 1].end};
}

bool IsHeShe(const text::Token& t) { return t.norm == "HE" || t.norm == "SHE"; }

// A full name the dictionaries do not know ("Tim Murtaugh", not sentence-initial, outside every
// actor mention): after it, "he"/"she" may well mean that person, so earlier ones are forgotten.
bool NamesUnknownPerson(const text::Sentence& s, const std::vector<coder::ActorMention>& mentions,
                        uint32_t before) {
  std::vector<bool> covered(s.tokens.size(), false);
  for (const auto& m : mentions) {
    for (uint32_t k = m.begin; k < m.end && k < covered.size(); ++k) covered[k] = true;
  }
  uint32_t limit = std::min<uint32_t>(before, static_cast<uint32_t>(s.tokens.size()));
  for (uint32_t k = 1; k + 1 < limit; ++k) {
    const auto& a = s.tokens[k];
    const auto& b = s.tokens[k + 1];
    if (a.capitalized && b.capitalized && !a.all_caps && !b.all_caps && !covered[k] &&
        !covered[k + 1] && a.kind == text::TokenKind::kWord && b.kind == text::TokenKind::kWord) {
      return true;
    }
  }
  return false;
}

bool IsYear(std::string_view w, int* year) {
  if (w.size() != 4) return false;
  for (char c : w) {
    if (c < '0' || c > '9') return false;
  }
  *year = std::atoi(std::string(w).c_str());
  return *year >= 1800 && *year <= 2100;
}

// The first discard phrase of the sentence. Phoenix's list holds bare years (1914-2013, written
// when the list was made) to drop historical chronology; a listed year counts only when it lies
// two or more years before the document's own year (a 2013 story may well say "in 2013").
// Without a document date the list is used as it is.
lexicon::DiscardHit FindDiscard(const lexicon::DiscardList& discards,
                                const text::Sentence& sentence, int doc_year) {
  std::span<const text::Token> tokens(sentence.tokens);
  size_t pos = 0;
  while (pos < tokens.size()) {
    lexicon::DiscardHit hit = discards.Find(tokens.subspan(pos));
    if (!hit.found()) break;
    int year = 0;
    if (doc_year == 0 || !IsYear(hit.entry->phrase, &year) || year <= doc_year - 2) {
      hit.begin += pos;
      hit.end += pos;
      return hit;
    }
    pos += hit.end;
  }
  return {};
}

// A person named in full earlier in the document ("Boris Johnson", coded GBRGOV) may later be
// called by surname alone ("Johnson said"); dictionaries list ambiguous surnames on purpose
// only in full, so the document supplies them. Only capitalised tokens outside every mention,
// after the full name, and only surnames that point to one code in the document.
void AddSurnameMentions(const std::vector<text::Sentence>& sentences,
                        std::vector<std::vector<coder::ActorMention>>* all) {
  std::unordered_map<std::string, coder::ActorMention> by_surname;
  std::unordered_set<std::string> ambiguous;
  for (size_t si = 0; si < sentences.size(); ++si) {
    const auto& tokens = sentences[si].tokens;
    auto& mentions = (*all)[si];
    // First, surname-only tokens of this sentence that earlier sentences introduced.
    if (!by_surname.empty()) {
      std::vector<coder::ActorMention> added;
      size_t m = 0;
      for (uint32_t k = 0; k < tokens.size(); ++k) {
        while (m < mentions.size() && mentions[m].end <= k) ++m;
        if (m < mentions.size() && mentions[m].begin <= k) continue;
        if (!tokens[k].capitalized || tokens[k].kind != text::TokenKind::kWord) continue;
        auto it = by_surname.find(tokens[k].norm);
        if (it == by_surname.end() || ambiguous.count(tokens[k].norm)) continue;
        coder::ActorMention x = it->second;
        x.begin = k;
        x.end = k + 1;
        x.rule += "+surname";
        added.push_back(std::move(x));
      }
      if (!added.empty()) {
        mentions.insert(mentions.end(), added.begin(), added.end());
        std::sort(mentions.begin(), mentions.end(),
                  [](const coder::ActorMention& a, const coder::ActorMention& b) {
                    return a.begin < b.begin;
                  });
      }
    }
    for (const auto& x : mentions) {
      if (x.is_agent || x.code.size() <= 3 || x.end - x.begin < 2) continue;
      const std::string& surname = tokens[x.end - 1].norm;
      if (surname.size() < 3) continue;
      auto it = by_surname.find(surname);
      if (it != by_surname.end() && it->second.code != x.code) ambiguous.insert(surname);
      else by_surname.emplace(surname, x);
    }
  }
}

// The last person actor named so far, for "he"/"she" in later sentences.
struct PersonMemory {
  coder::ActorUnit unit;
  bool valid = false;
  size_t sentence = 0;  // where the person was named
};
// "he"/"she" may point back this many sentences; further back the antecedent is too often a
// person the dictionaries do not know.
constexpr size_t kPronounReach = 2;

}  // namespace

Coder::Coder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Coder::~Coder() = default;

Result<std::shared_ptr<const Coder>> Coder::Open(const CoderOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  std::string data_dir = FindDataDir(options.data_dir);
  if (data_dir.empty()) {
    return Status::Error(
        "cannot find the dyadwatch data directory (set DYADWATCH_DATA or --data-dir)");
  }
  lexicon::LexiconConfig config;
  config.path = options.dict_path;
  config.data_dir = data_dir;
  config.accept_dictionary_codes = options.accept_dictionary_codes;
  auto lex = lexicon::Lexicon::Load(config);
  if (!lex.ok()) return lex.status();
  impl->lexicon = std::move(lex).value();
  auto tagger = parse::Tagger::Load(data_dir + "/models/pos_tagger.dwm");
  if (!tagger.ok()) return tagger.status();
  impl->tagger = std::move(tagger).value();
  impl->data_prefix = data_dir + "/";
  impl->actors = std::make_unique<coder::ActorRecognizer>(*impl->lexicon, options.null_actors,
                                                          options.convert_agents);
  impl->anchors = std::make_unique<coder::PatternAnchors>(impl->lexicon->verbs());
  return std::shared_ptr<const Coder>(new Coder(std::move(impl)));
}

CodeResult Coder::Code(const Document& document) const {
  CodeResult result;
  const bool explain = impl_->options.explain;
  const lexicon::Lexicon& lex = *impl_->lexicon;
  const std::string& text = document.text;
  std::string cleaned = text::BlankDebris(text);
  std::vector<text::Sentence> sentences = text::SplitSentences(cleaned);
  result.sentences = static_cast<int>(sentences.size());
  int date = lexicon::ParseIsoDate(document.date);
  auto say = [&](int s, const std::string& msg) {
    if (explain) result.explain.push_back("sentence " + std::to_string(s) + ": " + msg);
  };

  // Discards first: a story-level hit anywhere drops the whole document.
  std::vector<lexicon::DiscardHit> discard_hits(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    discard_hits[s] = FindDiscard(lex.discards(), sentences[s], date / 10000);
    const lexicon::DiscardHit& hit = discard_hits[s];
    if (hit.found() && hit.entry->story_level) {
      say(static_cast<int>(s), "story discarded by '" + hit.entry->phrase + "' (" +
                                   hit.entry->where.ToString() + ")");
      return result;
    }
  }

  // TABARI's minimum length counts the words as written, before comma clauses go.
  std::vector<int> words(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) words[s] = coder::CountWords(sentences[s]);
  // Comma-delimited clauses dropped by option (CoderOptions::comma), after the discards saw them.
  if (const CoderOptions::CommaClauses& c = impl_->options.comma;
      c.max > 0 || c.bmax > 0 || c.emax > 0) {
    for (text::Sentence& sentence : sentences) {
      std::vector<bool> starts_mention(sentence.tokens.size(), false);
      for (const coder::ActorMention& m : impl_->actors->FindMentions(sentence, date)) {
        starts_mention[m.begin] = true;
      }
      coder::DropCommaClauses(c.min, c.max, c.bmin, c.bmax, c.emin, c.emax, starts_mention,
                              &sentence);
    }
  }

  // Mentions of every sentence first: they give the document's locus country for agents named
  // without one.
  std::vector<std::vector<coder::ActorMention>> all_mentions(sentences.size());
  for (size_t si = 0; si < sentences.size(); ++si) {
    all_mentions[si] = impl_->actors->FindMentions(sentences[si], date);
  }
  AddSurnameMentions(sentences, &all_mentions);
  const std::string locus = impl_->actors->Locus(all_mentions);

  coder::SentenceCoderOptions sentence_options;
  sentence_options.require_dyad = impl_->options.require_dyad;
  sentence_options.one_sided_any_code = impl_->options.one_sided_any_code;
  sentence_options.peer_targets = impl_->options.peer_targets;
  parse::TaggerScratch scratch;
  std::vector<parse::PosTag> tags;
  PersonMemory last_person;
  std::vector<coder::ActorUnit> previous_units;  // of the sentence before, for "the two sides"
  std::vector<coder::ActorUnit> previous_subject;  // of the sentence before, for its pronouns
  for (size_t si = 0; si < sentences.size(); ++si) {
    const text::Sentence& sentence = sentences[si];
    const int s = static_cast<int>(si);
    const std::vector<coder::ActorMention>& mentions = all_mentions[si];
    const lexicon::DiscardHit& hit = discard_hits[si];
    if (hit.found()) {
      say(s, "discarded by '" + hit.entry->phrase + "' (" + hit.entry->where.ToString() + ")");
      previous_units.clear();
      previous_subject.clear();
      continue;
    }
    if (impl_->options.min_sentence_words > 0 &&
        words[si] < impl_->options.min_sentence_words) {
      say(s, "fewer than " + std::to_string(impl_->options.min_sentence_words) +
                 " words; not coded");
      previous_units.clear();
      previous_subject.clear();
      continue;
    }
    // Prefilter before tagging: a sentence without the actors an event needs is not tagged.
    std::vector<coder::ActorUnit> rough = impl_->actors->BuildUnits(sentence, mentions, {}, locus);
    coder::MarkLocatives(sentence, &rough);
    coder::AddPairReferences(sentence, previous_units, &rough);
    std::vector<coder::ActorUnit> before = std::move(previous_units);
    previous_units = rough;
    size_t codable = 0;
    for (const auto& u : rough) codable += u.code.empty() ? 0 : 1;
    int pronoun = -1;  // the first he/she
    bool any_pronoun = false;  // he/she/him/her/it/they/them
    for (size_t k = 0; k < sentence.tokens.size(); ++k) {
      any_pronoun |= coder::MayBeActorPronoun(sentence.tokens[k].norm);
      if (IsHeShe(sentence.tokens[k])) { pronoun = static_cast<int>(k); break; }
    }
    // An unknown person named before the pronoun (or anywhere, if there is none) ends the
    // reach of earlier antecedents.
    if (NamesUnknownPerson(sentence, mentions,
                           pronoun >= 0 ? static_cast<uint32_t>(pronoun)
                                        : static_cast<uint32_t>(sentence.tokens.size()))) {
      last_person.valid = false;
    }
    if (last_person.valid && si - last_person.sentence > kPronounReach) last_person.valid = false;
    bool person_known = last_person.valid;
    for (const auto& u : rough) person_known |= u.person;
    // An event needs a source, and a target too when dyads are required.
    size_t needed = impl_->options.require_dyad ? 2 : 1;
    // Default actors (TABARI's DEFAULT option) stand in for a missing side.
    needed -= std::min<size_t>(needed, (impl_->options.default_source.empty() ? 0 : 1) +
                                           (impl_->options.default_target.empty() ? 0 : 1));
    // A pronoun may stand for an actor of this sentence (counted already) or of the one before.
    bool carried = (pronoun >= 0 && person_known) || (any_pronoun && !previous_subject.empty());
    std::vector<coder::ActorUnit> subject_before = std::move(previous_subject);
    previous_subject.clear();
    if (codable + (carried ? 1 : 0) < needed) {
      for (const auto& u : rough) {
        if (u.person && !u.code.empty()) {
          last_person.unit = u;
          last_person.valid = true;
          last_person.sentence = si;
        }
      }
      if (codable > 0) say(s, "fewer than two actors; not coded");
      else if (explain && needed == 1) say(s, "no known actor; not coded");
      continue;
    }

    impl_->tagger->Tag(sentence, &scratch, &tags);
    coder::RetagNamesAsNouns(sentence, mentions, &tags);
    coder::RepairPastTense(sentence, &tags);
    if (explain) {
      std::string tagged;
      for (size_t k = 0; k < sentence.tokens.size(); ++k) {
        if (!tagged.empty()) tagged += ' ';
        tagged += std::string(text.substr(sentence.tokens[k].begin,
                                          sentence.tokens[k].end - sentence.tokens[k].begin));
        tagged += '/';
        tagged += parse::PosTagName(tags[k]);
      }
      say(s, "tagged: " + tagged);
    }
    std::vector<coder::ActorUnit> units = impl_->actors->BuildUnits(sentence, mentions, tags, locus);
    coder::ResolveCounterparts(sentence, &units);
    coder::MarkLocatives(sentence, &units);
    coder::AddPairReferences(sentence, before, &units);
    std::vector<coder::VerbGroup> groups = coder::FindVerbGroups(sentence, tags, lex.verbs());
    // Pronouns (coder/pronouns.h): resolved on a first view of the sentence, then seen like names.
    std::vector<std::string> notes;
    {
      coder::PronounContext context;
      context.last_person = last_person.valid ? &last_person.unit : nullptr;
      context.previous_subject = std::move(subject_before);
      context.untyped = lex.files().tabari;
      coder::SentenceView first = coder::MakeView(sentence, tags, units, groups);
      coder::ResolvePronouns(context, &first, &units, explain ? &notes : nullptr);
    }
    int default_source = -1, default_target = -1;
    // Default actors: units outside the tokens (from_pronoun keeps them out of unit_at).
    for (const std::string* code : {&impl_->options.default_source, &impl_->options.default_target}) {
      if (code->empty()) continue;
      coder::ActorUnit unit;
      unit.begin = unit.end = static_cast<uint32_t>(sentence.tokens.size());
      unit.code = *code;
      unit.from_pronoun = true;
      unit.rule = "default actor";
      units.push_back(std::move(unit));
      (code == &impl_->options.default_source ? default_source : default_target) =
          static_cast<int>(units.size() - 1);
    }
    if (impl_->options.complex_verbs > 0 || impl_->options.complex_conjunctions > 0) {
      std::string why = coder::TooComplex(coder::MeasureComplexity(sentence, tags, units, groups),
                                          impl_->options.complex_verbs,
                                          impl_->options.complex_conjunctions);
      if (!why.empty()) {
        say(s, "too complex to code: " + why);
        continue;
      }
    }
    coder::SentenceView view = coder::MakeView(sentence, tags, units, groups);
    view.default_source_unit = default_source;
    view.default_target_unit = default_target;
    std::vector<coder::ProtoEvent> protos =
        coder::CodeSentence(view, lex, *impl_->anchors, sentence_options,
                            explain ? &notes : nullptr);
    for (const auto& n : notes) say(s, n);
    previous_subject = coder::FirstSubject(view);

    // TABARI's special codes: an actor or verb coded [###] (read as DISCARD) discards the
    // sentence, one coded [+++] marks it too complex to code; either way nothing is coded.
    auto suppressing = [](const std::string& code) {
      return code == "DISCARD" || code == "+++";
    };
    std::string suppressed_by;
    for (const auto& u : units) {
      if (suppressing(u.code)) suppressed_by = u.code + " actor (" + u.rule + ")";
    }
    for (const auto& p : protos) {
      if (suppressing(p.code)) suppressed_by = p.code + " code (" + p.rule + ")";
    }
    if (!suppressed_by.empty()) {
      say(s, "sentence not coded: " + suppressed_by);
      protos.clear();
    }
    if (impl_->options.code_by != CoderOptions::CodeBy::kAll) {
      const bool per_clause = impl_->options.code_by == CoderOptions::CodeBy::kClause;
      size_t dropped = coder::KeepFirstCodedVerb(
          groups, coder::ClauseConjunctions(sentence, tags, units), per_clause, &protos);
      if (dropped > 0) {
        say(s, std::to_string(dropped) + " event(s) of later verbs dropped: one coded verb per " +
                   (per_clause ? "clause" : "sentence"));
      }
    }
    for (const auto& p : protos) {
      const lexicon::EventCodeInfo* info = lex.cameo().Find(p.code);
      if (info == nullptr) {
        say(s, "code " + p.code + " from " + p.rule + " is not in the CAMEO table; dropped");
        continue;
      }
      const coder::ActorUnit& src = units[p.source_unit];
      static const coder::ActorUnit kNoTarget;  // one-sided event: empty code, text and span
      const coder::ActorUnit& tgt = p.target_unit >= 0 ? units[p.target_unit] : kNoTarget;
      const coder::VerbGroup& g = groups[p.group];
      // An actor coded with several codes ("THE_SHIRE [FRO/BIL/SAM]", TABARI and PETRARCH2) is
      // all of them: one event per member (per pair of members when both sides have several).
      const std::vector<std::string> sources = CodeMembers(src.code);
      const std::vector<std::string> targets = CodeMembers(tgt.code);
      for (const std::string& source : sources) {
        for (const std::string& target : targets) {
          Event e;
          e.doc_id = document.id;
          e.sentence = s;
          e.date = document.date.size() >= 10 ? document.date.substr(0, 10) : document.date;
          e.source = source;
          e.target = target;
          e.source_country = sources.size() > 1 ? impl_->actors->CountryOf(source) : src.country;
          e.target_country = targets.size() > 1 ? impl_->actors->CountryOf(target) : tgt.country;
          e.source_span = TokenSpan(sentence, src.begin, src.end);
          if (p.target_unit >= 0) e.target_span = TokenSpan(sentence, tgt.begin, tgt.end);
          e.verb_span = TokenSpan(sentence, g.head, g.end);
          e.source_text = Slice(text, e.source_span.begin, e.source_span.end);
          e.target_text = Slice(text, e.target_span.begin, e.target_span.end);
          e.code = info->code;
          e.root = info->root;
          e.quad_class = info->quad_class;
          e.goldstein = info->goldstein;
          e.mood = p.mood;
          e.sentence_span = Span{sentence.begin, sentence.end};
          e.sentence_text = Slice(text, sentence.begin, sentence.end);
          e.rule = RelativeRule(p.rule, impl_->data_prefix);
          say(s, e.source + " " + e.code + " " + (e.target.empty() ? "-" : e.target) + " (" +
                     e.mood + ", " + e.rule + ")");
          result.events.push_back(std::move(e));
        }
      }
    }
    for (const auto& u : units) {
      if (u.person && !u.code.empty() && !u.from_pronoun) {
        last_person.unit = u;
        last_person.valid = true;
        last_person.sentence = si;
      }
    }
  }
  return result;
}

std::string FindDataDir(const std::string& hint) {
  namespace fs = std::filesystem;
  std::error_code ec;
  auto usable = [&](const fs::path& p) { return !p.empty() && fs::is_directory(p / "cameo", ec); };
  if (!hint.empty() && usable(hint)) return hint;
  if (const char* env = std::getenv("DYADWATCH_DATA"); env && usable(env)) return env;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (auto p : {exe.parent_path().parent_path() / "data",
                   exe.parent_path().parent_path() / "share" / "dyadwatch"}) {
      if (usable(p)) return p.string();
    }
  }
  if (usable(DYADWATCH_SOURCE_DATA_DIR)) return DYADWATCH_SOURCE_DATA_DIR;
  return "";
}

}  // namespace dyadwatch
