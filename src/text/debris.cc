#include "text/debris.h"

#include <array>
#include <cstdint>
#include <cstring>

#include <unicode/uscript.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/char_class.h"

namespace dyadwatch::text {
namespace {

constexpr size_t kShortCallLine = 400;   // a reader call blanks the whole line up to this size
constexpr size_t kMaxMenuLine = 600;     // language menus are short lines
constexpr size_t kMaxBoilerplateLine = 200;
constexpr size_t kMaxCreditLength = 100;  // "Image: <credit>." must end within this many bytes

inline bool IsAsciiLetter(char c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
inline char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
inline bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Case-insensitive: does text at i start with the lower-case ASCII `word`?
bool StartsWithAt(std::string_view text, size_t i, std::string_view word) {
  if (i + word.size() > text.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (AsciiLower(text[i + k]) != word[k]) return false;
  }
  return true;
}

// Like StartsWithAt, but a match that ends inside a word ("tweet" in "tweeted") does not count.
bool StartsWithWordAt(std::string_view text, size_t i, std::string_view word) {
  if (!StartsWithAt(text, i, word)) return false;
  const size_t end = i + word.size();
  return !IsAsciiLetter(word.back()) || end >= text.size() || !IsAsciiLetter(text[end]);
}

void Blank(std::string* text, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if ((*text)[i] != '\n') (*text)[i] = ' ';
  }
}

// ---- Calls to the reader and picture credits, found by a phrase scan at word starts. ----

enum class MarkerAction : uint8_t {
  kReaderCall,         // blank the line (short) or the sentence (long line)
  kReaderCallOpening,  // the same, but only where it reads as a call ("Follow me and ...")
  kCredit,             // blank the picture credit (see BlankCredit)
};

struct Marker {
  std::string_view phrase;  // lower case
  MarkerAction action;
};

constexpr Marker kMarkers[] = {
    {"your attention is my motivation", MarkerAction::kReaderCall},
    {"follow me", MarkerAction::kReaderCallOpening},
    {"follow us", MarkerAction::kReaderCallOpening},
    {"click to follow", MarkerAction::kReaderCall},
    {"click follow", MarkerAction::kReaderCall},
    {"click on follow", MarkerAction::kReaderCall},
    {"click the follow", MarkerAction::kReaderCall},
    {"click like", MarkerAction::kReaderCall},
    {"click here", MarkerAction::kReaderCall},
    {"welcome to follow", MarkerAction::kReaderCall},
    {"welcome to like", MarkerAction::kReaderCall},
    {"welcome to pay attention", MarkerAction::kReaderCall},
    {"welcome to comment", MarkerAction::kReaderCall},
    {"welcome to leave", MarkerAction::kReaderCall},
    {"please like", MarkerAction::kReaderCall},
    {"please follow", MarkerAction::kReaderCall},
    {"please subscribe", MarkerAction::kReaderCall},
    {"please share", MarkerAction::kReaderCall},
    {"please comment", MarkerAction::kReaderCall},
    {"please leave a", MarkerAction::kReaderCall},
    {"subscribe to my channel", MarkerAction::kReaderCall},
    {"subscribe to our channel", MarkerAction::kReaderCall},
    {"subscribe to me", MarkerAction::kReaderCall},
    {"subscribe to us", MarkerAction::kReaderCall},
    {"subscribe to this channel", MarkerAction::kReaderCall},
    {"subscribe to the channel", MarkerAction::kReaderCall},
    {"subscribe for more", MarkerAction::kReaderCall},
    {"like and share", MarkerAction::kReaderCall},
    {"like and follow", MarkerAction::kReaderCall},
    {"like and subscribe", MarkerAction::kReaderCall},
    {"like and comment", MarkerAction::kReaderCall},
    {"like, share", MarkerAction::kReaderCall},
    {"like, comment", MarkerAction::kReaderCall},
    {"likes and comments", MarkerAction::kReaderCall},
    {"likes and shares", MarkerAction::kReaderCall},
    {"give me a like", MarkerAction::kReaderCall},
    {"give us a like", MarkerAction::kReaderCall},
    {"give it a like", MarkerAction::kReaderCall},
    {"share this article", MarkerAction::kReaderCall},
    {"share this post", MarkerAction::kReaderCall},
    {"share it with your friends", MarkerAction::kReaderCall},
    {"forward this article", MarkerAction::kReaderCall},
    {"leave a comment", MarkerAction::kReaderCall},
    {"leave your comment", MarkerAction::kReaderCall},
    {"leave your opinion", MarkerAction::kReaderCall},
    {"leave your thoughts", MarkerAction::kReaderCall},
    {"comment below", MarkerAction::kReaderCall},
    {"comments below", MarkerAction::kReaderCall},
    {"comment section", MarkerAction::kReaderCall},
    {"comments section", MarkerAction::kReaderCall},
    {"comment area", MarkerAction::kReaderCall},
    {"comments area", MarkerAction::kReaderCall},
    {"thank you for reading", MarkerAction::kReaderCall},
    {"thanks for reading", MarkerAction::kReaderCall},
    {"thank you for watching", MarkerAction::kReaderCall},
    {"thanks for watching", MarkerAction::kReaderCall},
    {"rights reserved", MarkerAction::kReaderCall},
    {"every bit of yours", MarkerAction::kReaderCall},
    {"latest articles", MarkerAction::kReaderCall},
    {"more exciting content", MarkerAction::kReaderCall},
    {"latest and hottest", MarkerAction::kReaderCall},
    {"please click", MarkerAction::kReaderCall},
    {"before reading this article", MarkerAction::kReaderCall},
    {"reproduction without permission", MarkerAction::kReaderCall},
    {"reprint without permission", MarkerAction::kReaderCall},
    {"reprinted without permission", MarkerAction::kReaderCall},
    {"infringement, please contact", MarkerAction::kReaderCall},
    {"contact us to delete", MarkerAction::kReaderCall},
    {"contact us for deletion", MarkerAction::kReaderCall},
    {"pictures in this article", MarkerAction::kReaderCall},
    {"images in this article", MarkerAction::kReaderCall},
    {"pictures are from the internet", MarkerAction::kReaderCall},
    {"pictures come from the internet", MarkerAction::kReaderCall},
    {"images are from the internet", MarkerAction::kReaderCall},
    {"image: ", MarkerAction::kCredit},
    {"photo: ", MarkerAction::kCredit},
    {"image source", MarkerAction::kCredit},
    {"photo source", MarkerAction::kCredit},
    {"picture source", MarkerAction::kCredit},
    {"image credit", MarkerAction::kCredit},
    {"photo credit", MarkerAction::kCredit},
};

// Every marker is at least kKeyLength bytes long; its first kKeyLength bytes (lower case) are
// its key. A 4096-bit filter over the keys rejects almost every other word start with one
// test ("following", "than", "more" do not reach the phrase comparisons).
constexpr size_t kKeyLength = 7;

constexpr uint64_t MakeKey(const char* p) {
  uint64_t key = 0;
  for (size_t k = 0; k < kKeyLength; ++k) key = (key << 8) | uint8_t(p[k]);
  return key;
}
constexpr uint32_t FilterBit(uint64_t key) {
  return static_cast<uint32_t>((key * 0x9E3779B97F4A7C15ull) >> 52);  // 12 bits
}

constexpr size_t kMarkerCount = sizeof(kMarkers) / sizeof(kMarkers[0]);

struct MarkerFilter {
  std::array<uint64_t, 64> bits{};
  std::array<uint64_t, kMarkerCount> keys{};
  bool MayContain(uint64_t key) const {
    const uint32_t bit = FilterBit(key);
    return (bits[bit >> 6] >> (bit & 63)) & 1;
  }
};

constexpr MarkerFilter MakeFilter() {
  MarkerFilter filter;
  for (size_t m = 0; m < kMarkerCount; ++m) {
    const uint64_t key = MakeKey(kMarkers[m].phrase.data());
    filter.keys[m] = key;
    const uint32_t bit = FilterBit(key);
    filter.bits[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  return filter;
}
constexpr MarkerFilter kMarkerFilter = MakeFilter();

constexpr bool AllMarkersFillTheKey() {
  for (const Marker& marker : kMarkers) {
    if (marker.phrase.size() < kKeyLength) return false;
  }
  return true;
}
static_assert(AllMarkersFillTheKey(), "every marker needs at least kKeyLength bytes");

// "Follow me/us" is a call to the reader only when it opens a sentence (or follows "please")
// and goes on like one: "Follow me and you can see...", "Follow us for more!". Speeches say
// "the speakers who follow me" and "follow us down this path".
// `floor` (>= begin) bounds backward scans: text before it in the line is already blanked.
bool IsFollowCall(std::string_view text, size_t begin, size_t floor, size_t end, size_t i,
                  size_t length) {
  size_t k = i;
  while (k > floor && IsBlank(text[k - 1])) --k;
  bool opens = k == floor;
  if (opens && floor > begin) {
    // right after blanked debris: a sentence start
  } else if (opens) {
    // At a line start: not if the previous line runs on into this one ("those who\nfollow us").
    size_t p = begin;
    while (p > 0 && (IsBlank(text[p - 1]) || text[p - 1] == '\n')) --p;
    opens = p == 0 || !(IsAsciiLetter(text[p - 1]) || text[p - 1] == ',');
  } else {
    const char before = text[k - 1];
    opens = before == '.' || before == '!' || before == '?' || before == ':' || before == ';' ||
            before == '"';
  }
  if (!opens && k - begin >= 6 && StartsWithAt(text, k - 6, "please") &&
      (k - 6 == begin || !IsAsciiLetter(text[k - 7]))) {
    opens = true;
  }
  if (!opens) return false;
  const size_t after = i + length;
  if (after >= end) return true;
  for (std::string_view next : {std::string_view(" and "), std::string_view(" to "),
                                std::string_view(" for "), std::string_view(" on "),
                                std::string_view(" if "), std::string_view("!"),
                                std::string_view(","), std::string_view(".")}) {
    if (StartsWithAt(text, after, next)) return true;
  }
  return false;
}

// The sentence around position i in [begin, end): from after the previous . ! ? (followed by a
// space) to the next one, inclusive.
void SentenceAround(std::string_view text, size_t begin, size_t end, size_t i, size_t* from,
                    size_t* to) {
  auto is_stop = [&](size_t k) {
    const char c = text[k];
    return (c == '.' || c == '!' || c == '?') && (k + 1 >= end || IsBlank(text[k + 1]));
  };
  size_t s = i;
  while (s > begin && !is_stop(s - 1)) --s;
  size_t e = i;
  while (e < end && !is_stop(e)) ++e;
  *from = s;
  *to = e < end ? e + 1 : end;
}

// Blanks a picture credit starting at i: "Image: Nicholas Moreau." up to the period that ends
// it (one after a word of two or more letters, so "Image: U.S. Navy." is blanked whole), or
// "(Image: CDCR)" up to the closing parenthesis. Credits are capitalised ("Image:"), so a
// speech's "image: our image." is left alone. Nothing is blanked without an end in sight.
void BlankCredit(std::string* out, size_t floor, size_t end, size_t i, size_t length,
                 size_t* blanked_end) {
  const std::string_view text(*out);
  if (text[i] < 'A' || text[i] > 'Z') return;
  size_t k = i;
  while (k > floor && IsBlank(text[k - 1])) --k;
  const bool in_parentheses = k > floor && text[k - 1] == '(';
  const size_t limit = std::min(end, i + kMaxCreditLength);
  for (size_t stop = i + length; stop < limit; ++stop) {
    const char c = text[stop];
    if (in_parentheses && c == ')') {
      Blank(out, i, stop);
      *blanked_end = stop;
      return;
    }
    // The final period follows a word of two or more letters or a parenthesis, and ends the
    // line or is followed by a space.
    const bool final_period =
        c == '.' && (text[stop - 1] == ')' ||
                     (IsAsciiLetter(text[stop - 1]) && IsAsciiLetter(text[stop - 2])));
    if (!in_parentheses && final_period && (stop + 1 >= end || IsBlank(text[stop + 1]))) {
      Blank(out, i, stop + 1);
      *blanked_end = stop + 1;
      return;
    }
  }
  if (!in_parentheses && end <= i + kMaxCreditLength) {
    Blank(out, i, end);
    *blanked_end = end;
  }
}

// Checks for a marker at word start i of the line [begin, end) and blanks what it covers.
// Returns false if the whole line was blanked (nothing more to look for).
inline uint64_t LowerKeyAt(std::string_view text, size_t i) {
  uint64_t key = 0;
  for (size_t k = 0; k < kKeyLength; ++k) key = (key << 8) | uint8_t(AsciiLower(text[i + k]));
  return key;
}

// *floor is where unblanked text starts; it moves past everything this blanks, so no scan
// walks back over blanked text twice (a long line of repeated debris stays linear).
bool BlankMarkerAt(std::string* out, size_t begin, size_t end, size_t i, uint64_t key,
                   size_t* floor) {
  const std::string_view text(*out);
  for (size_t m = 0; m < kMarkerCount; ++m) {
    const Marker& marker = kMarkers[m];
    if (kMarkerFilter.keys[m] != key || i + marker.phrase.size() > end ||
        !StartsWithWordAt(text, i, marker.phrase)) {
      continue;
    }
    if (marker.action == MarkerAction::kCredit) {
      BlankCredit(out, *floor, end, i, marker.phrase.size(), floor);
      return true;
    }
    if (marker.action == MarkerAction::kReaderCallOpening &&
        !IsFollowCall(text, begin, *floor, end, i, marker.phrase.size())) {
      continue;
    }
    if (end - begin <= kShortCallLine) {
      Blank(out, begin, end);
      return false;
    }
    size_t from = 0, to = 0;
    SentenceAround(text, *floor, end, i, &from, &to);
    Blank(out, from, to);
    *floor = to;
    return true;
  }
  return true;
}

// What the word scan learns about a line, for the (rarer) language-menu test.
struct LineFlags {
  bool non_latin = false;  // a lead byte >= 0xCE other than 0xE2: Greek and later scripts
  bool camel = false;      // an ASCII capital glued to a lower-case letter ("EnglishFrançais")
};

// Calls visit(i) for every i in [begin, end) that starts an ASCII word or is a capital glued to
// a lower-case letter (captions run into credits: "Jo JorgensenImage: ..."), and fills *flags.
// Stops early, returning false, when visit returns false. SSE2 finds word starts 16 bytes at a
// time; this scan is most of BlankDebris's cost.
template <typename Visit>
bool ForEachWordStart(const std::string& text, size_t begin, size_t end, LineFlags* flags,
                      Visit visit) {
  size_t i = begin;
  uint32_t previous_letter = 0, previous_lower = 0;  // bit for the byte before the block
#if defined(__SSE2__)
  const __m128i k20 = _mm_set1_epi8(0x20);
  const __m128i kBeforeLowerA = _mm_set1_epi8('a' - 1), kAfterLowerZ = _mm_set1_epi8('z' + 1);
  const __m128i kCE = _mm_set1_epi8(static_cast<char>(0xCE));
  const __m128i kE2 = _mm_set1_epi8(static_cast<char>(0xE2));
  for (; i + 16 <= end; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i folded = _mm_or_si128(v, k20);  // bytes >= 0x80 stay negative: no letter
    const uint32_t letter = static_cast<uint32_t>(_mm_movemask_epi8(_mm_and_si128(
        _mm_cmpgt_epi8(folded, kBeforeLowerA), _mm_cmplt_epi8(folded, kAfterLowerZ))));
    const uint32_t lower = static_cast<uint32_t>(_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpgt_epi8(v, kBeforeLowerA), _mm_cmplt_epi8(v, kAfterLowerZ))));
    const uint32_t upper = letter & ~lower;
    const __m128i high = _mm_cmpeq_epi8(_mm_max_epu8(v, kCE), v);  // v >= 0xCE (unsigned)
    if (_mm_movemask_epi8(_mm_andnot_si128(_mm_cmpeq_epi8(v, kE2), high))) {
      flags->non_latin = true;
    }
    const uint32_t camel = upper & ((lower << 1) | previous_lower);
    if (camel) flags->camel = true;
    uint32_t candidates = ((letter & ~((letter << 1) | previous_letter)) | camel) & 0xFFFF;
    while (candidates) {
      if (!visit(i + static_cast<size_t>(__builtin_ctz(candidates)))) return false;
      candidates &= candidates - 1;
    }
    previous_letter = (letter >> 15) & 1;
    previous_lower = (lower >> 15) & 1;
  }
#endif
  for (; i < end; ++i) {
    const char c = text[i];
    const unsigned char b = static_cast<unsigned char>(c);
    if (b >= 0xCE && b != 0xE2 && (b & 0xC0) == 0xC0) flags->non_latin = true;
    const uint32_t is_lower = (c >= 'a' && c <= 'z') ? 1 : 0;
    const uint32_t is_letter = IsAsciiLetter(c) ? 1 : 0;
    const bool camel = is_letter && !is_lower && previous_lower;
    if (camel) flags->camel = true;
    if (is_letter && (!previous_letter || camel) && !visit(i)) return false;
    previous_letter = is_letter;
    previous_lower = is_lower;
  }
  return true;
}

// ---- Short boilerplate lines. ----

// Line openings that mark a whole short line as boilerplate. Those ending in ':' are specific
// enough on their own; the others must also start with a capital (or symbol) and the line be
// short, because hard-wrapped speeches have lines like "share this vision and long for...".
constexpr std::string_view kLabelPrefixes[] = {
    "share:", "like this:", "related:", "source:", "sources:", "editor:", "editors:",
    "reporter:", "author:", "statement:", "tags:", "tag:", "keywords:", "see also:",
    "also read:", "read more:", "read also:", "original title:", "\xC2\xA9", "(c) 19", "(c) 20",
    "references:", "reference:", "[source:", "(source:", "editor in charge", "editor-in-charge",
    "text |", "text/", "text:", "edit |", "editor |", "author |", "author/", "proofreading:",
    "typesetting:", "original statement"};

constexpr std::string_view kPhrasePrefixes[] = {
    "share this", "share on", "share to", "tweet", "copyright", "all rights reserved",
    "related news", "related articles", "related posts", "related stories", "related reading",
    "recommended for you", "recommended reading", "read more", "read also", "also read",
    "read next", "advertisement", "sponsored content", "loading...", "edited by",
    "responsible editor", "written by", "this article is", "this article was",
    "this article has", "you may also like", "previous post", "next post", "previous article",
    "next article", "back to top", "scan the qr", "scan qr", "download the app",
    "(this article", "[this article", "disclaimer"};

constexpr size_t kMaxPhrasePrefixLine = 100;

constexpr std::string_view kSocialWords[] = {
    "share", "facebook", "twitter", "whatsapp", "linkedin", "email", "e", "mail", "print",
    "pinterest", "reddit", "telegram", "wechat", "weibo", "tumblr", "vk", "copy", "link", "x",
    "messenger", "line", "sms", "more", "tweet"};

bool IsSocialWord(std::string_view word) {
  for (std::string_view social : kSocialWords) {
    if (word.size() == social.size() && StartsWithAt(word, 0, social)) return true;
  }
  return false;
}

bool IsBoilerplateLine(std::string_view line) {
  for (std::string_view prefix : kLabelPrefixes) {
    if (StartsWithWordAt(line, 0, prefix)) return true;
  }
  const bool starts_capital_or_symbol = !(line[0] >= 'a' && line[0] <= 'z');
  if (starts_capital_or_symbol && line.size() <= kMaxPhrasePrefixLine) {
    for (std::string_view prefix : kPhrasePrefixes) {
      if (StartsWithWordAt(line, 0, prefix)) return true;
    }
  }
  // End marks: "END", "-END-", "— The End —" (upper case or set off by dashes; a wrapped
  // speech line "end." is text).
  if (line.size() <= 24) {
    std::string letters;
    bool lower = false;
    for (const char c : line) {
      if (IsAsciiLetter(c)) letters.push_back(AsciiLower(c));
      lower = lower || (c >= 'a' && c <= 'z');
    }
    const bool set_off = line.find('-') != std::string_view::npos ||
                         line.find("\xE2\x80\x94") != std::string_view::npos;
    if ((letters == "end" || letters == "theend") && (!lower || set_off)) return true;
  }
  // Share bars: "Facebook Twitter WhatsApp Email", "Share | Tweet | Print".
  size_t words = 0;
  for (size_t i = 0; i < line.size();) {
    if (!IsAsciiLetter(line[i])) {
      const char c = line[i];
      if (!(IsBlank(c) || c == '|' || c == '/' || c == '-' || c == ',' || c == '.')) return false;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < line.size() && IsAsciiLetter(line[j])) ++j;
    if (!IsSocialWord(line.substr(i, j - i))) return false;
    ++words;
    i = j;
  }
  return words >= 2;
}

// ---- Language menus. ----

constexpr std::string_view kLanguageNames[] = {
    "English", "Fran\xC3\xA7" "ais", "Deutsch", "Espa\xC3\xB1ol", "espa\xC3\xB1ol", "Italiano",
    "Portugu\xC3\xAAs", "\xD0\xA0\xD1\x83\xD1\x81\xD1\x81\xD0\xBA\xD0\xB8\xD0\xB9",  // Русский
    "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E",                                      // 日本語
    "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4", "\xED\x95\x9C\xEC\x96\xB4",          // 한국어 한어
    "\xE4\xB8\xAD\xE6\x96\x87",                                                  // 中文
    "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9",                  // العربية
    "\xCE\x95\xCE\xBB\xCE\xBB\xCE\xB7\xCE\xBD\xCE\xB9\xCE\xBA\xCE\xAC",          // Ελληνικά
    "\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\xA8\xE0\xA5\x8D\xE0\xA4\xA6\xE0\xA5\x80",  // हिन्दी
    "Nederlands", "Polski", "T\xC3\xBCrk\xC3\xA7" "e", "Ti\xE1\xBA\xBFng Vi\xE1\xBB\x87t",
    "Indonesian", "Indonesia", "Bahasa", "Melayu", "Suomi", "Suomalainen", "Latina", "Sanskrit",
    "Svenska", "Norsk", "Dansk", "\xC4\x8C" "e\xC5\xA1tina", "Magyar", "Rom\xC3\xA2n\xC4\x83",
    "Filipino", "Kiswahili", "Hrvatski", "Srpski", "Catal\xC3\xA0", "Afrikaans", "Esperanto",
    "\xD0\xA3\xD0\xBA\xD1\x80\xD0\xB0\xD1\x97\xD0\xBD\xD1\x81\xD1\x8C\xD0\xBA\xD0\xB0",  // Українська
    "\xD9\x81\xD8\xA7\xD8\xB1\xD8\xB3\xDB\x8C",                                  // فارسی
    "\xD7\xA2\xD7\x91\xD7\xA8\xD7\x99\xD7\xAA",                                  // עברית
};

// Full test for a line the word scan flagged (non-Latin letters or glued capitals).
bool IsLanguageMenu(std::string_view line) {
  int scripts_seen = 0;
  UScriptCode scripts[8];
  int script_switches = 0;  // a letter directly followed by a letter of another script
  int camel_joins = 0;      // a lower-case letter directly followed by an upper-case one
  size_t letter_bytes = 0;
  UScriptCode previous_script = USCRIPT_INVALID_CODE;
  bool previous_lower = false;
  bool any_non_ascii = false;
  for (size_t i = 0; i < line.size();) {
    size_t length = 1;
    const char32_t c = internal::DecodeAt(line, i, &length);
    i += length;
    if (c >= 0x80) any_non_ascii = true;
    const internal::CharClass cls = internal::Classify(c);
    if (cls == internal::CharClass::kMark) continue;
    if (cls != internal::CharClass::kLetter) {
      previous_script = USCRIPT_INVALID_CODE;
      previous_lower = false;
      continue;
    }
    letter_bytes += length;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script =
        c < 0x80 ? USCRIPT_LATIN : uscript_getScript(static_cast<UChar32>(c), &status);
    if (previous_script != USCRIPT_INVALID_CODE && script != previous_script) ++script_switches;
    if (previous_lower && internal::IsUpperCase(c)) ++camel_joins;
    previous_script = script;
    previous_lower = internal::IsLowerCase(c);
    bool known = false;
    for (int k = 0; k < scripts_seen; ++k) known = known || scripts[k] == script;
    if (!known && scripts_seen < 8) scripts[scripts_seen++] = script;
  }
  if (letter_bytes == 0 || (!any_non_ascii && camel_joins == 0)) return false;
  if (scripts_seen >= 3 && script_switches + camel_joins >= 3) return true;
  // A menu glues its names together; text whose words are all separated is none.
  if (script_switches + camel_joins < 2) return false;
  size_t name_hits = 0, name_bytes = 0;
  for (std::string_view name : kLanguageNames) {
    for (size_t at = line.find(name); at != std::string_view::npos;
         at = line.find(name, at + name.size())) {
      ++name_hits;
      name_bytes += name.size();
    }
  }
  return name_hits >= 3 && name_bytes * 2 >= letter_bytes;
}

// ---- Asterisks. ----

void BlankAsterisks(std::string* out) {
  char* data = out->data();
  const size_t n = out->size();
  for (void* hit = std::memchr(data, '*', n); hit != nullptr;) {
    char* p = static_cast<char*>(hit);
    *p = ' ';
    hit = std::memchr(p + 1, '*', n - static_cast<size_t>(p + 1 - data));
  }
  // U+FF0A FULLWIDTH ASTERISK, three bytes.
  for (size_t at = out->find("\xEF\xBC\x8A"); at != std::string::npos;
       at = out->find("\xEF\xBC\x8A", at + 3)) {
    out->replace(at, 3, "   ");
  }
}

void ProcessLine(std::string* out, size_t begin, size_t end) {
  const std::string_view text(*out);
  while (begin < end && IsBlank(text[begin])) ++begin;
  while (end > begin && IsBlank(text[end - 1])) --end;
  if (begin == end) return;
  const std::string_view line = text.substr(begin, end - begin);
  if (line.size() <= kMaxBoilerplateLine && IsBoilerplateLine(line)) {
    Blank(out, begin, end);
    return;
  }
  LineFlags flags;
  size_t floor = begin;
  const bool line_kept = ForEachWordStart(
      *out, begin, end, &flags, [&](size_t i) {
        if (i + kKeyLength > end || i < floor) return true;
        const uint64_t key = LowerKeyAt(*out, i);
        return !kMarkerFilter.MayContain(key) || BlankMarkerAt(out, begin, end, i, key, &floor);
      });
  if (line_kept && line.size() <= kMaxMenuLine && (flags.non_latin || flags.camel) &&
      IsLanguageMenu(line)) {
    Blank(out, begin, end);
  }
}

}  // namespace

std::string BlankDebris(std::string_view text) {
  std::string out(text);
  BlankAsterisks(&out);
  const size_t n = out.size();
  size_t begin = 0;
  while (begin < n) {
    const void* newline = std::memchr(out.data() + begin, '\n', n - begin);
    const size_t end = newline ? static_cast<size_t>(static_cast<const char*>(newline) - out.data())
                               : n;
    ProcessLine(&out, begin, end);
    begin = end + 1;
  }
  return out;
}

}  // namespace dyadwatch::text
