#include "lexicon/actors.h"

#include <algorithm>

#include "lexicon/reader_util.h"

namespace dyadwatch::lexicon {

using internal::LineError;
using internal::Trim;

const ActorCode* ActorEntry::CodeOn(int date) const {
  // A restriction covering the date beats the entry's default ("SAM_GAMGEE [HOB]" followed by
  // "[HOBGOV 20121109-20130119]": HOBGOV on 2012-12-01); the undated default holds otherwise,
  // including on unknown dates.
  if (date != kUnknownDate) {
    for (const ActorCode& code : codes) {
      if (code.dated && code.Covers(date)) return &code;
    }
  }
  for (const ActorCode& code : codes) {
    if (!code.dated) return &code;
  }
  return nullptr;
}

std::string ActorEntry::CommonCountry() const {
  std::string country;
  for (const ActorCode& code : codes) {
    if (code.code.size() < 3 || code.code == "---") continue;
    std::string prefix = code.code.substr(0, 3);
    if (country.empty()) country = prefix;
    else if (country != prefix) return "";
  }
  return country;
}

Status ActorDictionary::Builder::Problem(std::string message) {
  if (options_.strict) return Status::Error(std::move(message));
  warnings_.push_back(std::move(message));
  return Status::OK();
}

namespace {

bool IsCodeChar(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'; }

// A date in a restriction: YYMMDD or YYYYMMDD. Longer digit strings are cut to their first eight
// digits as PETRARCH2 does (the Phoenix files contain "201005011"); `note` explains repairs.
int RestrictionDate(std::string_view text, std::string* note) {
  if (text.size() > 8) {
    bool digits = true;
    for (char c : text) digits = digits && c >= '0' && c <= '9';
    if (digits) {
      *note = "date '" + std::string(text) + "' has more than 8 digits; read as " +
              std::string(text.substr(0, 8));
      text = text.substr(0, 8);
    }
  }
  return ParseDictionaryDate(text);
}

}  // namespace

// Parses every "[CODE restriction]" group in `text` into `out`.
Status ActorDictionary::Builder::ParseCodes(std::string_view text, std::string_view file,
                                            uint32_t line, std::vector<ActorCode>* out) {
  size_t pos = 0;
  while (true) {
    size_t open = text.find('[', pos);
    // Text after the last code is a comment: the Phoenix MNC entries end in "Sector $amount".
    if (open == std::string_view::npos && pos > 0) return Status::OK();
    std::string_view between = Trim(text.substr(pos, open == std::string_view::npos
                                                        ? std::string_view::npos
                                                        : open - pos));
    if (!between.empty())
      return Problem(LineError(file, line, "unexpected text '" + std::string(between) +
                                               "' outside [...] codes"));
    if (open == std::string_view::npos) return Status::OK();
    size_t close = text.find(']', open);
    if (close == std::string_view::npos)
      return Problem(LineError(file, line, "missing ']' after '['"));
    pos = close + 1;
    std::vector<std::string_view> parts =
        internal::SplitWhitespace(text.substr(open + 1, close - open - 1));
    if (parts.empty()) {
      if (Status s = Problem(LineError(file, line, "empty code []")); !s.ok()) return s;
      continue;
    }
    ActorCode code;
    code.code = internal::ToUpper(parts[0]);
    code.where = SourceLine{file, line};
    bool usual = true;
    for (char c : code.code) usual = usual && IsCodeChar(c);
    if (!usual) {
      // Kept as written, like PETRARCH2 (its validation dictionaries use "ELR/GAL", "+++").
      if (Status s = Problem(LineError(file, line, "unusual actor code '" + code.code +
                                                       "' kept as written"));
          !s.ok())
        return s;
    }
    // The restriction may be split by blanks ("> 140301" occurs in the Phoenix files).
    std::string spec;
    for (size_t i = 1; i < parts.size(); ++i) spec += parts[i];
    if (!spec.empty()) {
      std::string note;
      bool ok = true;
      code.dated = true;
      if (spec[0] == '<' || spec[0] == '>') {
        int date = RestrictionDate(std::string_view(spec).substr(1), &note);
        ok = date != 0;
        if (spec[0] == '<') code.end = ok ? PreviousDay(date) : kMaxDate;  // strictly before
        else code.start = date;                                              // on or after
      } else if (size_t dash = spec.find('-'); dash != std::string::npos) {
        // PETRARCH2: start <= date < end. Stored inclusive, so the end moves back one day.
        int start = RestrictionDate(std::string_view(spec).substr(0, dash), &note);
        int end = RestrictionDate(std::string_view(spec).substr(dash + 1), &note);
        ok = start != 0 && end != 0;
        code.start = start;
        code.end = ok ? PreviousDay(end) : kMaxDate;
      } else {
        // A bare date: read as "on or after", like '>'.
        code.start = RestrictionDate(spec, &note);
        ok = code.start != 0;
      }
      if (!ok) {
        if (Status s = Problem(LineError(file, line, "invalid date restriction '" + spec +
                                                         "' for " + code.code));
            !s.ok())
          return s;
        continue;
      }
      if (!note.empty())
        if (Status s = Problem(LineError(file, line, note)); !s.ok()) return s;
      if (code.start > code.end)
        if (Status s = Problem(LineError(file, line, "empty date range '" + spec + "'"));
            !s.ok())
          return s;
    }
    out->push_back(std::move(code));
  }
}

Status ActorDictionary::Builder::AddPhrase(std::string_view phrase, std::string_view file,
                                           uint32_t line) {
  internal::PhraseWords words = internal::DictionaryPhrase(phrase, options_.stems);
  if (words.words.empty())
    return Problem(LineError(file, line, "phrase '" + std::string(phrase) + "' has no words"));
  uint32_t index = static_cast<uint32_t>(entries_.size() - 1);
  // TABARI: a space between words lets other words come between (see the file comment).
  const bool spaced = options_.stems == StemMode::kTabari &&
                      internal::SplitWhitespace(Trim(phrase)).size() > 1;
  if (spaced) {
    GappedPhrase gapped;
    gapped.entry = index;
    for (std::string_view run : internal::SplitWhitespace(Trim(phrase))) {
      internal::PhraseWords segment = internal::DictionaryPhrase(run, options_.stems);
      if (!segment.words.empty()) gapped.segments.push_back(std::move(segment.words));
    }
    gapped.last_word_is_stem = words.stem;
    gapped_.push_back(std::move(gapped));
    // An all-'_' phrase of the same words keeps the consecutive match ("AL_GORE" over "AL GORE").
    if (consecutive_keys_.count(PhraseIndex::PhraseKey(words.words))) return Status::OK();
  } else if (options_.stems == StemMode::kTabari) {
    consecutive_keys_.insert(PhraseIndex::PhraseKey(words.words));
  }
  uint32_t previous = index_.Add(words.words, index, words.stem);
  // TABARI's "LIBYA_": the word and its regular noun endings ("Libyas"; "Libya's" is tokenised
  // apart already), as its validation suite's NOUNEND records check.
  if (options_.stems == StemMode::kTabari && words.exact_end) {
    for (const char* ending : {"S", "ES"}) {
      std::vector<std::string> plural = words.words;
      plural.back() += ending;
      index_.Add(plural, index, false);
    }
  }
  phrase_words_.emplace_back(index, words.words);
  if (previous == kNoValue) ++phrases_;
  else if (previous != index) ++overridden_;
  return Status::OK();
}

Status ActorDictionary::Builder::AddFile(const std::string& path) {
  Result<std::string> text = internal::ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return AddText(text.value(), path);
}

Status ActorDictionary::Builder::AddText(std::string_view text, std::string_view file_name) {
  std::string_view file = files_.Intern(std::string(file_name));
  internal::LineReader reader(text);
  std::string_view raw;
  bool have_entry = false;  // entries from a previous file must not receive this file's codes
  while (reader.Next(&raw)) {
    const uint32_t line = reader.line_number();
    std::string_view content, comment;
    internal::SplitComment(raw, &content, &comment);
    if (content.empty() || content.starts_with("<!")) continue;
    if (content[0] == '[') {  // code line of the current entry
      if (!have_entry) {
        if (Status s = Problem(LineError(file, line, "code line before any actor")); !s.ok())
          return s;
        continue;
      }
      if (Status s = ParseCodes(content, file, line, &entries_.back().codes); !s.ok()) return s;
      continue;
    }
    bool synonym = content[0] == '+';
    if (synonym) content.remove_prefix(1);
    size_t bracket = content.find('[');
    std::string_view phrase = Trim(content.substr(0, bracket));
    std::string_view codes =
        bracket == std::string_view::npos ? std::string_view() : content.substr(bracket);
    if (synonym && !have_entry) {
      if (Status s = Problem(LineError(file, line, "synonym before any actor")); !s.ok()) return s;
      continue;
    }
    // A root right after a root that has no codes yet continues that entry: the Phoenix files
    // list name variants this way ("LEONID_BREZHNEV_" / "LEONID_ILYICH_BREZHNEV" / [codes]),
    // which PETRARCH2 would leave uncoded.
    if (!synonym && have_entry && entries_.back().codes.empty()) {
      synonym = true;
      ++continued_roots_;
    }
    if (!synonym) {
      ActorEntry entry;
      entry.root = std::string(phrase);
      entry.where = SourceLine{file, line};
      entry.comment = std::string(comment);
      entries_.push_back(std::move(entry));
      have_entry = true;
    }
    if (Status s = AddPhrase(phrase, file, line); !s.ok()) return s;
    if (!codes.empty())
      if (Status s = ParseCodes(codes, file, line, &entries_.back().codes); !s.ok()) return s;
  }
  return Status::OK();
}

ActorDictionary ActorDictionary::Builder::Build() && {
  ActorDictionary dictionary;
  dictionary.files_ = std::move(files_);
  dictionary.entries_ = std::move(entries_);
  dictionary.warnings_ = std::move(warnings_);
  dictionary.index_ = std::move(index_).Build();
  dictionary.phrases_ = phrases_;
  dictionary.overridden_ = overridden_;
  dictionary.continued_roots_ = continued_roots_;
  std::sort(variant_kinds_.begin(), variant_kinds_.end());
  dictionary.variant_kinds_ = std::move(variant_kinds_);
  dictionary.variants_ = variants_;
  dictionary.titles_ = std::move(titles_).Build();
  dictionary.families_ = std::move(families_).Build();
  dictionary.merged_variants_ = merged_variants_;
  dictionary.gapped_ = std::move(gapped_);
  return dictionary;
}

PhraseMatch ActorDictionary::WithGapped(std::span<const text::Token> tokens, size_t start,
                                        PhraseMatch contiguous) const {
  auto word_at = [&](size_t k, const std::string& word, bool stem) {
    if (k >= tokens.size()) return false;
    const std::string& norm = tokens[k].norm;
    return stem ? norm.starts_with(word) : norm == word;
  };
  // Tokens a gap may hold: words other than conjunctions, quotes and hyphens.
  auto gap_token = [&](size_t k) {
    const text::Token& t = tokens[k];
    if (t.kind == text::TokenKind::kWord || t.kind == text::TokenKind::kNumber)
      return t.norm != "AND" && t.norm != "OR";
    return t.norm == "\"" || t.norm == "-" || t.norm == "'" || t.norm == "``" || t.norm == "''";
  };
  PhraseMatch best = contiguous;
  for (const GappedPhrase& phrase : gapped_) {
    if (phrase.segments.front().front() != tokens[start].norm) continue;
    // Segments in order; each starts at the first place within kMaxGap tokens where it matches.
    size_t at = start;
    bool ok = true;
    for (size_t s = 0; s < phrase.segments.size() && ok; ++s) {
      const auto& segment = phrase.segments[s];
      const bool last_segment = s + 1 == phrase.segments.size();
      auto segment_at = [&](size_t k) {
        for (size_t w = 0; w < segment.size(); ++w) {
          bool stem = last_segment && w + 1 == segment.size() && phrase.last_word_is_stem;
          if (!word_at(k + w, segment[w], stem)) return false;
        }
        return true;
      };
      if (s == 0) {
        ok = segment_at(at);
      } else {
        size_t k = at;
        while (k < tokens.size() && k - at <= kMaxGap && !segment_at(k)) {
          if (!gap_token(k)) { k = tokens.size(); break; }
          ++k;
        }
        ok = k < tokens.size() && k - at <= kMaxGap;
        at = k;
      }
      at += segment.size();
    }
    if (ok && at - start > best.length) {
      best = PhraseMatch{phrase.entry, static_cast<uint32_t>(at - start), false};
    }
  }
  return best;
}

const ActorEntry* ActorDictionary::FindPhrase(std::string_view phrase) const {
  internal::PhraseWords words = internal::DictionaryPhrase(phrase, StemMode::kExact);
  uint32_t index = index_.Find(words.words);
  return index == kNoValue ? nullptr : &entries_[index];
}

ActorDictionary::PhraseOrigin ActorDictionary::OriginOf(std::span<const std::string> words) const {
  if (index_.Find(words) == kNoValue) {
    // Not a phrase: a title + family name match, if the words start with a title.
    PhraseMatch title = titles_.LongestMatch(words, 0);
    if (!title.found()) return PhraseOrigin::kAbsent;
    PhraseMatch family = families_.LongestMatch(words, title.length);
    return family.found() && title.length + family.length == words.size() ? PhraseOrigin::kTitle
                                                                           : PhraseOrigin::kAbsent;
  }
  uint64_t key = PhraseIndex::PhraseKey(words);
  auto it = std::lower_bound(variant_kinds_.begin(), variant_kinds_.end(),
                             std::pair<uint64_t, uint8_t>(key, 0));
  if (it == variant_kinds_.end() || it->first != key) return PhraseOrigin::kWritten;
  return static_cast<PhraseOrigin>(it->second);
}

size_t ActorDictionary::memory_bytes() const {
  size_t bytes = index_.memory_bytes() + entries_.capacity() * sizeof(ActorEntry) +
                 variant_kinds_.capacity() * sizeof(variant_kinds_[0]) +
                 titles_.memory_bytes() + families_.memory_bytes();
  for (const ActorEntry& entry : entries_)
    bytes += entry.codes.capacity() * sizeof(ActorCode) + entry.root.capacity() +
             entry.comment.capacity();
  return bytes;
}

}  // namespace dyadwatch::lexicon
