#include "text/sentence_splitter.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "text/abbreviations.h"
#include "text/char_class.h"
#include "text/normalize.h"
#include "text/tokenizer.h"

namespace dyadwatch::text {
namespace {

using internal::CharClass;
using internal::ClassAt;
using internal::RawToken;

// At most this many closing quotes/brackets/extra terminals are glued onto a sentence end
// ("?!\")"), so a run of thousands of "!" cannot defeat the length cap.
constexpr size_t kMaxGluedClosers = 8;

class Splitter {
 public:
  explicit Splitter(std::string_view text) : text_(text) {}

  std::vector<Sentence> Run() {
    // News averages 5-6 bytes per token; reserving for 4 avoids regrowth in practice.
    tokens_.reserve(text_.size() / 4 + 16);
    internal::TokenizeRaw(text_, &tokens_);
    hard_wrapped_ = LooksHardWrapped();
    sentences_.reserve(tokens_.size() / 16 + 1);
    const size_t n = tokens_.size();
    for (size_t i = 0; i < n; ++i) {
      size_t last = i;
      const bool ends = EndsSentence(i, &last);
      const size_t length = last + 1 - start_;
      if (length > kMaxSentenceTokens || (!ends && length == kMaxSentenceTokens)) {
        i = CapCut(last);
        Flush(i + 1);
        continue;
      }
      if (ends) Flush(last + 1);
      i = last;
    }
    Flush(n);
    return std::move(sentences_);
  }

 private:
  // Line breaks before token k as far as sentence boundaries are concerned: in hard-wrapped
  // text a single line break is just a space.
  int Newlines(size_t k) const {
    const int newlines = tokens_[k].newlines_before;
    return hard_wrapped_ && newlines == 1 ? 0 : newlines;
  }

  // Hard-wrapped text (lines cut at a fixed width, as in many UN speeches) breaks lines inside
  // sentences, often before a capitalised name, which the headline rule would split. A text is
  // taken as wrapped when at least 3, and at least a fifth, of its single line breaks fall
  // between a word and a lower-case word.
  bool LooksHardWrapped() const {
    size_t single_breaks = 0, mid_sentence = 0;
    for (size_t k = 1; k < tokens_.size(); ++k) {
      if (tokens_[k].newlines_before != 1) continue;
      ++single_breaks;
      if (tokens_[k - 1].kind == TokenKind::kWord && StartsLowercase(tokens_[k])) ++mid_sentence;
    }
    return mid_sentence >= 3 && mid_sentence * 5 >= single_breaks;
  }

  std::string_view Surface(const RawToken& token) const {
    return text_.substr(token.begin, token.end - token.begin);
  }

  // The norm of a token, built into a scratch buffer (valid until the next call).
  std::string_view Norm(const RawToken& token) {
    NormalizeWordInto(Surface(token), &norm_scratch_);
    return norm_scratch_;
  }

  CharClass FirstClass(const RawToken& token) const {
    const unsigned char b = static_cast<unsigned char>(text_[token.begin]);
    return b < 0x80 ? internal::kAsciiClass[b] : ClassAt(text_, token.begin);
  }

  bool StartsLowercase(const RawToken& token) const {
    size_t length = 0;
    return token.kind == TokenKind::kWord &&
           internal::IsLowerCase(internal::DecodeAt(text_, token.begin, &length));
  }

  bool StartsUppercase(const RawToken& token) const {
    size_t length = 0;
    return token.kind == TokenKind::kWord &&
           internal::IsUpperCase(internal::DecodeAt(text_, token.begin, &length));
  }

  bool IsTerminal(const RawToken& token) const {
    if (token.kind != TokenKind::kPunct) return false;
    const CharClass cls = FirstClass(token);
    return cls == CharClass::kPeriod || cls == CharClass::kTerminal;
  }

  // A closing quote or bracket glued to the previous token (no space between).
  bool IsGluedCloser(size_t j) const {
    const RawToken& token = tokens_[j];
    if (token.kind != TokenKind::kPunct || token.begin != tokens_[j - 1].end) return false;
    const CharClass cls = FirstClass(token);
    if (cls == CharClass::kClose) return true;
    if (cls != CharClass::kQuote && cls != CharClass::kApostrophe) return false;
    // A straight quote is closing only if no word follows it directly (`."The` opens one).
    return !internal::IsWordChar(ClassAt(text_, token.end));
  }

  // Tokens that may follow a sentence end; a lower-case word or , ; : ) continues it.
  bool CanStartSentence(const RawToken& next) const {
    if (StartsLowercase(next)) return false;
    if (next.kind != TokenKind::kPunct) return true;
    const CharClass cls = FirstClass(next);
    return !(cls == CharClass::kComma || cls == CharClass::kColon || cls == CharClass::kClose ||
             Surface(next) == ";");
  }

  // A line ending in one of these continues on the next line (wrapped text, not a headline).
  bool ContinuesAcrossLines(const RawToken& token) const {
    if (token.kind != TokenKind::kPunct) return false;
    const CharClass cls = FirstClass(token);
    return cls == CharClass::kComma || cls == CharClass::kColon || cls == CharClass::kHyphen ||
           cls == CharClass::kOpen || Surface(token) == ";";
  }

  // Decides whether a sentence ends after token i; *last is set to the sentence's last token
  // (beyond i when closing quotes are glued on).
  bool EndsSentence(size_t i, size_t* last) {
    const size_t n = tokens_.size();
    if (i + 1 == n) return true;
    const RawToken& token = tokens_[i];
    if (IsTerminal(token)) {
      size_t j = i + 1;
      while (j < n && j - i <= kMaxGluedClosers && Newlines(j) == 0 &&
             ((IsTerminal(tokens_[j]) && tokens_[j].begin == tokens_[j - 1].end) ||
              IsGluedCloser(j))) {
        ++j;
      }
      *last = j - 1;
      if (j == n || Newlines(j) > 0) return true;
      return CanStartSentence(tokens_[j]);
    }
    const RawToken& next = tokens_[i + 1];
    const int newlines = Newlines(i + 1);
    if (newlines >= 2) return true;  // blank line
    const std::string_view surface = Surface(token);
    if (token.kind == TokenKind::kWord && surface.size() >= 2 && surface.back() == '.') {
      switch (internal::ClassifyAbbreviation(Norm(token))) {
        case internal::AbbreviationKind::kTitle:
          return false;
        case internal::AbbreviationKind::kBeforeCapital:
          if (newlines == 1) return !StartsLowercase(next);
          return StartsUppercase(next);
        case internal::AbbreviationKind::kFlexible:
          if (newlines == 1) return !StartsLowercase(next);
          return StartsUppercase(next) && internal::IsCommonSentenceOpener(Norm(next));
        case internal::AbbreviationKind::kNone:
          break;
      }
    }
    if (newlines == 1) {  // headline rule: a line without terminal punctuation is a sentence
      return !StartsLowercase(next) && !ContinuesAcrossLines(token);
    }
    return false;
  }

  // The sentence from start_ to token i has reached the cap: returns the index of its new last
  // token, the last ; : or , in the final two thirds of the window, else a hard cut at the cap.
  size_t CapCut(size_t i) const {
    const size_t limit = std::min(i, start_ + kMaxSentenceTokens - 1);
    const size_t floor = start_ + kMaxSentenceTokens / 3;
    for (size_t k = limit; k > floor; --k) {
      const RawToken& token = tokens_[k];
      if (token.kind != TokenKind::kPunct) continue;
      const CharClass cls = FirstClass(token);
      if (cls == CharClass::kComma || cls == CharClass::kColon || Surface(token) == ";") return k;
    }
    return limit;
  }

  // Emits tokens [start_, end) as a sentence if it holds a word (not just numbers: "2." or
  // "146." numbering paragraphs is no sentence).
  void Flush(size_t end) {
    if (end <= start_) return;
    bool has_content = false;
    for (size_t k = start_; k < end && !has_content; ++k) {
      const CharClass cls = FirstClass(tokens_[k]);
      has_content = cls == CharClass::kLetter || cls == CharClass::kMark;
    }
    if (has_content) {
      Sentence& sentence = sentences_.emplace_back();
      sentence.begin = tokens_[start_].begin;
      sentence.end = tokens_[end - 1].end;
      sentence.tokens.reserve(end - start_);
      for (size_t k = start_; k < end; ++k) {
        internal::BuildToken(text_, tokens_[k], &sentence.tokens.emplace_back());
      }
    }
    start_ = end;
  }

  std::string_view text_;
  std::vector<RawToken> tokens_;
  std::string norm_scratch_;  // norms built on demand for the few tokens whose norm matters
  std::vector<Sentence> sentences_;
  size_t start_ = 0;
  bool hard_wrapped_ = false;
};

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text) { return Splitter(text).Run(); }

}  // namespace dyadwatch::text
