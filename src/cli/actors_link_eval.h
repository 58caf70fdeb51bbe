// `dyadwatch actors link-eval CORPUS.jsonl --gold PAGES.tsv [-v]`: how many gold-linked entity
// mentions the actor dictionaries resolve to the right country.
//
// CORPUS: JSON Lines with `text`, `date` and `entities` [{"text": span, "wiki": page}] (the WCEP
// corpus). PAGES: `page<TAB>ISO3<TAB>kind` rows, kind "country" (the page of a state) or "office"
// (a person who held national office in that state); pages as the corpus writes them.
// Each document's text is scanned once with LookUpActor on its date; a gold mention counts as
// right when an actor match overlapping its span has a code whose first three letters are the
// page's country. Mentions are reported per kind: right, wrong country, unresolved.
#ifndef DYADWATCH_CLI_ACTORS_LINK_EVAL_H_
#define DYADWATCH_CLI_ACTORS_LINK_EVAL_H_

#include <CLI/CLI.hpp>

namespace dyadwatch::cli {

void RegisterLinkEvalCommand(CLI::App& actors);

}  // namespace dyadwatch::cli

#endif  // DYADWATCH_CLI_ACTORS_LINK_EVAL_H_
