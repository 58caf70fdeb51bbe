// Name variants of office holders, generated when the actor dictionaries load, so that the
// dictionary files hold each name once and news can still write it its own way:
//
//   spacing      KIM_JONG-UN  ->  KIM JONG UN, KIM JONGUN (and the reverse for 3-part Korean and
//                Chinese names written with spaces: "Lai Ching Te" -> "Lai Ching-te")
//   name order   FUMIO_KISHIDA -> KISHIDA FUMIO; XI_JINPING -> JINPING XI (East Asian persons only:
//                CHN, TWN, HKG, MAC, JPN, KOR, PRK, MNG, whose names appear in either order)
//   titles       PRESIDENT YOON, PM KISHIDA, MR. XI, FOREIGN MINISTER WANG ... : a title (from
//                PersonTitles) followed by an office holder's family name (the first part for
//                CHN, TWN, HKG, MAC, KOR, PRK, SGP, KHM; the last otherwise, with particles kept:
//                "VON DER LEYEN", "AL - SUDANI"; also the first for MYS, THA, IDN, BRN, where
//                news uses given names: "PM Anwar"). Matched by ActorDictionary::Match through
//                two small side indexes (titles, family names) rather than title x name phrases.
//   diacritics   not generated: PhraseIndex::HashWord folds them on both sides (name_fold.h)
//   possessives  not needed: the tokenizer splits "Xi's" into XI 'S
//
// Only person entries get variants: entries with a dated code (an office term) that reaches 1990
// or later; Phoenix's CountryInfo.txt minister lists get spelling variants but no family-name
// entry (their open-ended 2011 terms would claim "Mr. Miller" forever). A variant never replaces a phrase some file defines. When one variant or family name
// belongs to several people ("KIM"), it gets an entry of its own: each person's dated codes (open
// ends capped at ten years), with "---" (explicitly unresolved) first for the days on which two
// of them held different codes, so "President Lee" resolves in 2015 (Lee Hsien Loong) and stays
// unresolved on a day two Lees held office. A title + family name holds only during its
// person's terms ("Mr. Kishida" after 2024 is unresolved, not JPNELI: the family name may be
// anyone's). Family names alone never match: within a document the coder resolves them.
#ifndef DYADWATCH_LEXICON_NAME_VARIANTS_H_
#define DYADWATCH_LEXICON_NAME_VARIANTS_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyadwatch::lexicon {

using Words = std::vector<std::string>;  // token norms of one phrase

// True when `words` look like a personal name: 2-6 word tokens (a "-" may join two), none of
// them a title, function word or institution word ("PRESIDENT", "OF", "ADMINISTRATION").
bool IsPersonalName(const Words& words);

// The family name as token norms ("KISHIDA"; "XI"; "VON", "DER", "LEYEN"; "AL", "-", "SUDANI"),
// given the person's 3-letter country code; for names of four parts or more also the last two
// parts ("LOPEZ", "OBRADOR"), since Spanish and Portuguese names carry two family names. Empty
// when the name has a single part.
std::vector<Words> FamilyNames(const Words& name, std::string_view country);

// Spacing and order variants of a personal name (never the name itself).
struct NameVariant {
  Words words;
  bool reordered = false;  // name order swapped (else only spacing/hyphenation changed)
};
std::vector<NameVariant> SpellingVariants(const Words& name, std::string_view country);

// Titles as token norms, each to be followed by a family name.
const std::vector<Words>& PersonTitles();

}  // namespace dyadwatch::lexicon

#endif  // DYADWATCH_LEXICON_NAME_VARIANTS_H_
