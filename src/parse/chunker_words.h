// Closed word classes the chunker recognises by their norm (upper-cased, quotes folded).
#ifndef DYADWATCH_PARSE_CHUNKER_WORDS_H_
#define DYADWATCH_PARSE_CHUNKER_WORDS_H_

#include <string_view>

namespace dyadwatch::parse {

bool IsBeForm(std::string_view w);      // be, is, was, been, 's (verb) ...
bool IsHaveForm(std::string_view w);    // have, has, had, 've ...
bool IsDoForm(std::string_view w);      // do, does, did
bool IsGetForm(std::string_view w);     // get, got, gotten (get-passive)
bool IsFutureModal(std::string_view w); // will, shall, 'll, wo (won't)
// if, because, although, though, while, unless, whereas, whether
bool IsSubordinator(std::string_view w);
// after, before, since, until, once, as: subordinators only when a clause follows
bool IsTemporalSubordinator(std::string_view w);
bool IsNpConjunction(std::string_view w);    // and, or, nor, &
bool IsClauseConjunction(std::string_view w);  // and, or, but, yet, nor
// Speech verbs in any inflection: say, said, state, announced, told, warns ...
bool IsReportingVerb(std::string_view w);
// Verbs whose object controls a following infinitive: ask, urge, want, allow, tell, force ...
bool IsObjectControlVerb(std::string_view w);

}  // namespace dyadwatch::parse

#endif  // DYADWATCH_PARSE_CHUNKER_WORDS_H_
