// Removal of content-farm debris before tokenization, keeping every byte offset valid.
#ifndef DYADWATCH_TEXT_DEBRIS_H_
#define DYADWATCH_TEXT_DEBRIS_H_

#include <string>
#include <string_view>

namespace dyadwatch::text {

// Returns a copy of `text` of the same byte length in which debris is overwritten with ASCII
// spaces (newlines are kept), so offsets into the result are offsets into `text`:
// - mask asterisks: "Kishida**" -> "Kishida  ", "a country with ** as its pillar";
// - calls to the reader ("Follow me ...", "Your attention is my motivation ...", "like and
//   share", "leave a comment", "thank you for reading", "all rights reserved"): the whole line
//   when it is short (<= 400 bytes), else only the sentence holding the call;
// - language-menu lines ("한어Русский языкEnglishFrançais..."): lines of at most 600 bytes that
//   glue three or more scripts together, or consist mostly of language names;
// - short boilerplate lines: "Share this:", "Copyright ...", "Related articles", "Read more",
//   "Source: ...", "Editor: ...", "Text | ...", "Tags: ...", "-END-", lines made only of
//   social-network names; also "reproduction without permission", "the pictures in this
//   article come from the Internet ... contact us to delete" notices;
// - picture credits: "Image: Nicholas Moreau." (up to the next period, within 100 bytes).
// Everything else, including headlines without final punctuation, is left untouched.
std::string BlankDebris(std::string_view text);

}  // namespace dyadwatch::text

#endif  // DYADWATCH_TEXT_DEBRIS_H_
