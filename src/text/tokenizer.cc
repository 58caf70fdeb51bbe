#include "text/tokenizer.h"

#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/abbreviations.h"
#include "text/char_class.h"
#include "text/normalize.h"

namespace dyadwatch::text {
namespace {

using internal::CharClass;
using internal::ClassAt;

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Clitics split off a word after an apostrophe ("'s", "'re", ...); "n't" is handled apart.
bool IsClitic(std::string_view tail) {
  if (tail.size() == 1) {
    const char c = static_cast<char>(tail[0] | 0x20);
    return c == 's' || c == 'd' || c == 'm';
  }
  if (tail.size() == 2) {
    const char a = static_cast<char>(tail[0] | 0x20);
    const char b = static_cast<char>(tail[1] | 0x20);
    return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l');
  }
  return false;
}

// Per byte: bit 0 letter, bit 1 upper-case letter, bit 2 digit, bit 3 non-ASCII.
constexpr std::array<uint8_t, 256> MakeByteFlags() {
  std::array<uint8_t, 256> flags{};
  for (int b = 0; b < 256; ++b) {
    if (b >= 'a' && b <= 'z') flags[b] = 1;
    if (b >= 'A' && b <= 'Z') flags[b] = 1 | 2;
    if (b >= '0' && b <= '9') flags[b] = 4;
    if (b >= 0x80) flags[b] = 8;
  }
  return flags;
}
constexpr std::array<uint8_t, 256> kByteFlags = MakeByteFlags();

// Bits set in a 16-bit mask. Inline arithmetic: the builtin is a libgcc call on baseline x86-64.
inline uint32_t PopCount16(uint32_t x) {
  x = x - ((x >> 1) & 0x5555);
  x = (x & 0x3333) + ((x >> 2) & 0x3333);
  x = (x + (x >> 4)) & 0x0F0F;
  return (x + (x >> 8)) & 0x1F;
}

// Byte -> upper-case byte for ASCII letters, identity otherwise (branch-free norm building).
constexpr std::array<uint8_t, 256> MakeAsciiUpper() {
  std::array<uint8_t, 256> upper{};
  for (int b = 0; b < 256; ++b) upper[b] = static_cast<uint8_t>(b >= 'a' && b <= 'z' ? b - 32 : b);
  return upper;
}
constexpr std::array<uint8_t, 256> kAsciiUpper = MakeAsciiUpper();

// "10th", "21st", "2nd", "3rd", "1990s": digits followed by an ordinal or plural suffix.
bool IsNumberSuffix(std::string_view surface) {
  size_t i = 0;
  while (i < surface.size() && IsAsciiDigit(surface[i])) ++i;
  std::string_view suffix = surface.substr(i);
  if (suffix.size() == 1) return (suffix[0] | 0x20) == 's';
  if (suffix.size() != 2) return false;
  const char a = static_cast<char>(suffix[0] | 0x20), b = static_cast<char>(suffix[1] | 0x20);
  return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
         (a == 't' && b == 'h');
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::vector<internal::RawToken>* tokens)
      : text_(text), tokens_(tokens) {}

  void Run() {
    const size_t n = text_.size();
    size_t i = 0;
    while (i < n) {
      const unsigned char b = static_cast<unsigned char>(text_[i]);
      size_t length = 1;
      const CharClass cls =
          b < 0x80 ? internal::kAsciiClass[b]
                   : internal::ClassifyNonAscii(internal::DecodeAt(text_, i, &length));
      switch (cls) {
        case CharClass::kSpace:
        case CharClass::kJoiner:  // a stray zero-width joiner or soft hyphen is not a token
          i += length;
          break;
        case CharClass::kNewline:
          ++pending_newlines_;
          i += length;
          break;
        case CharClass::kLetter:
        case CharClass::kDigit:
        case CharClass::kMark:
          i = ScanWord(i);
          break;
        case CharClass::kTerminal: {
          // "?!", "!!!", "??" are one token: one sentence end, not a string of them.
          size_t end = i + length;
          if (b == '!' || b == '?') {
            while (end < n && (text_[end] == '!' || text_[end] == '?')) ++end;
          }
          Emit(i, end, TokenKind::kPunct);
          i = end;
          break;
        }
        case CharClass::kPeriod:
        case CharClass::kHyphen: {
          // A run of periods is one token ("...", "...."); so is a run of ASCII hyphens ("--").
          const char repeat = static_cast<char>(b);
          size_t end = i + length;
          if (b < 0x80) {
            while (end < n && text_[end] == repeat) ++end;
          }
          Emit(i, end, TokenKind::kPunct);
          i = end;
          break;
        }
        case CharClass::kApostrophe: {
          // A clitic glued to a token that ended without one: "U.S.'s" -> U.S. 'S.
          const size_t tail_end = SkipLetters(i + length);
          const bool glued = !tokens_->empty() && tokens_->back().end == i &&
                             tokens_->back().kind == TokenKind::kWord;
          if (glued && tail_end > i + length &&
              IsClitic(text_.substr(i + length, tail_end - i - length)) &&
              !internal::IsWordChar(ClassAt(text_, tail_end))) {
            Emit(i, tail_end, TokenKind::kWord);
            i = tail_end;
          } else {
            Emit(i, i + length, TokenKind::kPunct);
            i += length;
          }
          break;
        }
        case CharClass::kSymbol: {
          // "Dol_Amroth", "Al_Gore": an underscore joining two words separates them like a
          // space, as it does in dictionary phrases (see TokenizePhrase), so the text matches
          // the phrase "DOL AMROTH" or "DOL_AMROTH" either way.
          if (b == '_' && i > 0 && !tokens_->empty() && tokens_->back().end == i &&
              tokens_->back().kind == TokenKind::kWord && i + 1 < n &&
              internal::IsWordChar(ClassAt(text_, i + 1))) {
            i += length;
            break;
          }
          // Keep variation selectors and joiners with their symbol (emoji sequences).
          size_t end = i + length;
          size_t next_length = 0;
          while (end < n) {
            const CharClass next = ClassAt(text_, end, &next_length);
            if (next != CharClass::kMark && next != CharClass::kJoiner) break;
            end += next_length;
          }
          Emit(i, end, TokenKind::kSymbol);
          i = end;
          break;
        }
        default:
          Emit(i, i + length, TokenKind::kPunct);
          i += length;
          break;
      }
    }
  }

 private:
  // End of the run of letters, digits, marks and joiners starting at i. ASCII runs are
  // measured 16 bytes at a time (one predictable branch per word instead of one per byte).
  size_t SkipWordChars(size_t i) const {
    const size_t n = text_.size();
    const char* data = text_.data();
#if defined(__SSE2__)
    const __m128i k20 = _mm_set1_epi8(0x20);
    const __m128i kBeforeA = _mm_set1_epi8('a' - 1), kAfterZ = _mm_set1_epi8('z' + 1);
    const __m128i kBefore0 = _mm_set1_epi8('0' - 1), kAfter9 = _mm_set1_epi8('9' + 1);
    while (i + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
      const __m128i folded = _mm_or_si128(v, k20);
      const __m128i letter =
          _mm_and_si128(_mm_cmpgt_epi8(folded, kBeforeA), _mm_cmplt_epi8(folded, kAfterZ));
      const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, kBefore0), _mm_cmplt_epi8(v, kAfter9));
      // Stop at the first byte that is not an ASCII letter or digit (non-ASCII included).
      const uint32_t stops =
          ~static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(letter, digit))) & 0xFFFF;
      if (stops == 0) {
        i += 16;
        continue;
      }
      i += static_cast<size_t>(__builtin_ctz(stops));
      if (static_cast<unsigned char>(data[i]) < 0x80) return i;
      size_t length = 1;
      if (!internal::IsWordChar(internal::ClassifyNonAscii(internal::DecodeAt(text_, i, &length)))) {
        return i;
      }
      i += length;
    }
#endif
    while (i < n) {
      const unsigned char b = static_cast<unsigned char>(data[i]);
      if (b < 0x80) {
        const CharClass cls = internal::kAsciiClass[b];
        if (cls != CharClass::kLetter && cls != CharClass::kDigit) break;
        ++i;
      } else {
        size_t length = 1;
        if (!internal::IsWordChar(internal::Classify(internal::DecodeAt(text_, i, &length)))) {
          break;
        }
        i += length;
      }
    }
    return i;
  }

  // End of the run of letters and marks starting at i (no digits).
  size_t SkipLetters(size_t i) const {
    size_t length = 0;
    while (i < text_.size()) {
      const CharClass cls = ClassAt(text_, i, &length);
      if (cls != CharClass::kLetter && cls != CharClass::kMark) break;
      i += length;
    }
    return i;
  }

  bool IsDigitAt(size_t i) const { return i < text_.size() && IsAsciiDigit(text_[i]); }

  // "U.S.", "U.N.", "e.g.", "a.m.", "Ph.D.", "U.S.A", "U.S": segments of one or two letters
  // joined by periods. Returns the end of the abbreviation or 0 if there is none at start.
  size_t MatchDottedAbbreviation(size_t start) const {
    const size_t n = text_.size();
    // Quick rejection: the first segment is one or two letters (ASCII in practice) and a period.
    const bool candidate = (start + 1 < n && text_[start + 1] == '.') ||
                           (start + 2 < n && text_[start + 2] == '.') ||
                           static_cast<unsigned char>(text_[start]) >= 0x80;
    if (!candidate) return 0;
    size_t segment_start = start;
    int periods = 0;
    size_t first_segment_letters = 0;
    while (true) {
      size_t r = segment_start;
      size_t letters = 0;
      size_t length = 0;
      while (letters <= 2 && ClassAt(text_, r, &length) == CharClass::kLetter) {
        r += length;
        ++letters;
      }
      if (letters == 0 || letters > 2) break;
      if (periods == 0) first_segment_letters = letters;
      if (r < n && text_[r] == '.' && !(r + 1 < n && text_[r + 1] == '.')) {
        ++periods;
        segment_start = r + 1;
        continue;
      }
      // A last segment without its period: "U.S.A", "U.S" (but not "it.We").
      const bool ends_word = !internal::IsWordChar(ClassAt(text_, r));
      if (ends_word && (periods >= 2 || (periods == 1 && letters == 1 &&
                                         first_segment_letters == 1))) {
        return r;
      }
      break;
    }
    return periods >= 2 ? segment_start : 0;
  }

  // Does the period at `period` belong to the word [start, period)?
  bool TakesPeriod(size_t start, size_t period) const {
    const std::string_view word = text_.substr(start, period - start);
    if (internal::TakesAbbreviationPeriod(word)) {
      const bool is_number_sign =
          word.size() <= 3 && (word[0] | 0x20) == 'n' && (word[1] | 0x20) == 'o';
      if (!is_number_sign) return true;
      size_t k = period + 1;  // "No. 10", "Nos. 3 and 4": only before a number
      while (k < text_.size() && text_[k] == ' ') ++k;
      return IsDigitAt(k);
    }
    // A single capital initial: "George W. Bush", "J. R. R. Tolkien".
    return word.size() == 1 && IsAsciiUpper(word[0]) &&
           !internal::IsWordChar(ClassAt(text_, period + 1));
  }

  // "http://...", "https://...", "www....": the whole address is one symbol token, so its
  // periods neither split words nor end sentences. Trailing punctuation is left outside.
  size_t MatchUrl(size_t start) const {
    const char c = static_cast<char>(text_[start] | 0x20);
    if (c != 'h' && c != 'w') return 0;
    const std::string_view rest = text_.substr(start, 8);
    auto starts = [&](std::string_view prefix) {
      if (rest.size() < prefix.size()) return false;
      for (size_t k = 0; k < prefix.size(); ++k) {
        if (static_cast<char>(rest[k] | 0x20) != prefix[k]) return false;
      }
      return true;
    };
    if (!starts("http://") && !starts("https://") && !starts("www.")) return 0;
    size_t end = start;
    while (end < text_.size() && static_cast<unsigned char>(text_[end]) > ' ' &&
           text_[end] != '"' && text_[end] != '<' && text_[end] != '>') {
      ++end;
    }
    while (end > start && std::string_view(".,;:!?)]}'").find(text_[end - 1]) !=
                              std::string_view::npos) {
      --end;
    }
    return end - start > 4 ? end : 0;
  }

  // "first.last@example.com": one symbol token. Returns its end or 0.
  size_t MatchEmail(size_t start) const {
    auto is_local = [](char c) {
      return IsAsciiLetter(c) || IsAsciiDigit(c) || c == '.' || c == '_' || c == '-' || c == '+';
    };
    // Bounded as in RFC 5321 (64-byte local part, 255-byte domain), which also keeps a long
    // run like "ab-ab-ab-..." from being rescanned at every hyphen.
    const size_t local_limit = std::min(text_.size(), start + 65);
    size_t at = start;
    while (at < local_limit && is_local(text_[at])) ++at;
    if (at >= local_limit || text_[at] != '@' || at == start) return 0;
    const size_t domain_limit = std::min(text_.size(), at + 256);
    size_t end = at + 1;
    bool dot = false;
    while (end < domain_limit && (IsAsciiLetter(text_[end]) || IsAsciiDigit(text_[end]) ||
                                  text_[end] == '-' || text_[end] == '.')) {
      dot = dot || text_[end] == '.';
      ++end;
    }
    while (end > at + 1 && text_[end - 1] == '.') --end;  // a sentence-final period stays out
    return dot && end > at + 2 ? end : 0;
  }

  size_t ScanWord(size_t start) {
    if (size_t end = MatchUrl(start)) {
      Emit(start, end, TokenKind::kSymbol);
      return end;
    }
    if (size_t end = MatchDottedAbbreviation(start)) {
      Emit(start, end, TokenKind::kWord);
      return end;
    }
    const size_t n = text_.size();
    const bool numeric = IsAsciiDigit(text_[start]);
    size_t p = start;
    while (true) {
      p = SkipWordChars(p);
      if (p >= n) break;
      const char c = text_[p];
      if (c == '.' || c == ',' || c == ':' || c == '/') {
        // Separators inside numbers: 3.5, 2,000, 10:30, 12/05/2020.
        // A decimal point joins digits in any token ("EY4108.9", "v2.0"); the other separators
        // only inside numbers.
        if ((!numeric && c != '.') || !IsAsciiDigit(text_[p - 1]) || !IsDigitAt(p + 1)) break;
        if (c == ',' && !(IsDigitAt(p + 2) && IsDigitAt(p + 3) && !IsDigitAt(p + 4))) break;
        ++p;
        continue;
      }
      size_t apostrophe_length = 0;
      if (ClassAt(text_, p, &apostrophe_length) != CharClass::kApostrophe) break;
      const size_t tail_start = p + apostrophe_length;
      const size_t tail_end = SkipLetters(tail_start);
      if (tail_end == tail_start) break;  // "countries' " -> the apostrophe is its own token
      const std::string_view tail = text_.substr(tail_start, tail_end - tail_start);
      const bool tail_ends_word = !internal::IsWordChar(ClassAt(text_, tail_end)) &&
                                  ClassAt(text_, tail_end) != CharClass::kApostrophe;
      if (tail_ends_word && tail.size() == 1 && (tail[0] | 0x20) == 't' && p > start &&
          (text_[p - 1] | 0x20) == 'n') {
        // "didn't" -> did n't; "can't" -> ca n't; a bare "n't" stays one token.
        if (p - 1 > start) Emit(start, p - 1, TokenKind::kWord);
        Emit(p - 1 > start ? p - 1 : start, tail_end, TokenKind::kWord);
        return tail_end;
      }
      if (tail_ends_word && IsClitic(tail)) {
        Emit(start, p, TokenKind::kWord);
        Emit(p, tail_end, TokenKind::kWord);
        return tail_end;
      }
      p = tail_end;  // an apostrophe inside a name: O'Brien, Côte d'Ivoire, Qur'an
    }
    if (p < n && (text_[p] == '@' || text_[p] == '.' || text_[p] == '_' || text_[p] == '+' ||
                  text_[p] == '-')) {
      if (size_t email_end = MatchEmail(start)) {
        Emit(start, email_end, TokenKind::kSymbol);
        return email_end;
      }
    }
    size_t end = p;
    if (end < n && text_[end] == '.' && !(end + 1 < n && text_[end + 1] == '.') &&
        TakesPeriod(start, end)) {
      ++end;
    }
    Emit(start, end, TokenKind::kWord);
    return end;
  }

  void Emit(size_t begin, size_t end, TokenKind kind) {
    tokens_->push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end), kind,
                        static_cast<uint8_t>(std::min(pending_newlines_, 2))});
    pending_newlines_ = 0;
  }

  std::string_view text_;
  std::vector<internal::RawToken>* tokens_;
  int pending_newlines_ = 0;
};

}  // namespace

namespace internal {

void TokenizeRaw(std::string_view text, std::vector<RawToken>* tokens) {
  Tokenizer(text, tokens).Run();
}

void BuildToken(std::string_view text, const RawToken& raw, Token* token) {
  token->begin = raw.begin;
  token->end = raw.end;
  token->kind = raw.kind;
  const std::string_view surface = text.substr(raw.begin, raw.end - raw.begin);
  uint32_t letters = 0, upper = 0, digits = 0, high = 0, digit_after_letter = 0;
#if defined(__SSE2__)
  if (surface.size() <= 16 && raw.begin + 16 <= text.size()) {
    // Short token with 16 readable bytes: classify and upper-case all bytes at once.
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + raw.begin));
    const uint32_t in_token = (1u << surface.size()) - 1;
    auto range = [&](char low, char high_char) {
      return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(low - 1))),
                           _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(high_char + 1))));
    };
    const __m128i lower_bytes = range('a', 'z');
    const uint32_t lower_mask = static_cast<uint32_t>(_mm_movemask_epi8(lower_bytes)) & in_token;
    const uint32_t upper_mask =
        static_cast<uint32_t>(_mm_movemask_epi8(range('A', 'Z'))) & in_token;
    const uint32_t digit_mask =
        static_cast<uint32_t>(_mm_movemask_epi8(range('0', '9'))) & in_token;
    high = static_cast<uint32_t>(_mm_movemask_epi8(v)) & in_token;
    if (high == 0) {
      const uint32_t letter_mask = lower_mask | upper_mask;
      letters = PopCount16(letter_mask);
      upper = PopCount16(upper_mask);
      digits = PopCount16(digit_mask);
      // A digit after the first letter ("COVID19", not "10th").
      digit_after_letter =
          letter_mask != 0 && (digit_mask >> __builtin_ctz(letter_mask)) != 0 ? 1 : 0;
      alignas(16) char upper_bytes[16];
      _mm_store_si128(reinterpret_cast<__m128i*>(upper_bytes),
                      _mm_sub_epi8(v, _mm_and_si128(lower_bytes, _mm_set1_epi8(0x20))));
      token->norm.assign(upper_bytes, surface.size());
    }
  } else
#endif
  {
    // One pass builds the ASCII norm and counts letters, capitals and digits; the loop is
    // branch-free (table lookups) because word lengths and letter cases are unpredictable.
    // push_back beats assign-then-transform here: no memcpy call for these short strings.
    token->norm.clear();
    if (surface.size() > 15) token->norm.reserve(surface.size());
    for (const char c : surface) {
      const unsigned char b = static_cast<unsigned char>(c);
      const uint8_t flags = kByteFlags[b];
      token->norm.push_back(static_cast<char>(kAsciiUpper[b]));
      digit_after_letter |= (flags >> 2) & (letters != 0);
      letters += flags & 1;
      upper += (flags >> 1) & 1;
      digits += (flags >> 2) & 1;
      high |= flags >> 3;
    }
  }
  bool capitalized = (kByteFlags[static_cast<unsigned char>(surface[0])] & 2) != 0;
  if (high != 0) {  // non-ASCII: ICU norm, and count by code point
    NormalizeWordInto(surface, &token->norm);
    letters = upper = digits = digit_after_letter = 0;
    for (size_t i = 0; i < surface.size();) {
      size_t length = 1;
      const char32_t c = DecodeAt(surface, i, &length);
      const CharClass cls = Classify(c);
      if (cls == CharClass::kLetter) {
        ++letters;
        const bool is_upper = IsUpperCase(c);
        upper += is_upper ? 1 : 0;
        if (i == 0) capitalized = is_upper;
      } else if (cls == CharClass::kDigit) {
        ++digits;
        digit_after_letter |= letters != 0;
      }
      i += length;
    }
  }
  if (raw.kind != TokenKind::kWord) return;
  token->capitalized = capitalized;
  token->all_caps = letters >= 2 && upper == letters;
  if (digits > 0 && IsAsciiDigit(surface[0]) &&
      (letters == 0 || (!digit_after_letter && IsNumberSuffix(surface)))) {
    token->kind = TokenKind::kNumber;
  }
}

}  // namespace internal

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<internal::RawToken> raw;
  raw.reserve(text.size() / 4 + 8);
  internal::TokenizeRaw(text, &raw);
  std::vector<Token> tokens(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) internal::BuildToken(text, raw[i], &tokens[i]);
  return tokens;
}

std::vector<std::string> TokenizePhrase(std::string_view phrase) {
  std::string spaced(phrase);
  std::replace(spaced.begin(), spaced.end(), '_', ' ');
  const std::vector<Token> tokens = Tokenize(spaced);
  std::vector<std::string> norms;
  norms.reserve(tokens.size());
  for (const Token& token : tokens) norms.push_back(token.norm);
  return norms;
}

}  // namespace dyadwatch::text
