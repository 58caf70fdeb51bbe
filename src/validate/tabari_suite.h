// TABARI's validation suite: a .project file (lexicon/tabari_dictionaries.h) naming the
// dictionaries, an .options file and the records file (Validate.text):
//
//   950101  DEMO-01                       <- YYMMDD date, id (and for FBIS records a document id)
//   Arnor is about to restore full diplomatic ties with Gondor ...   <- text, up to "/*"
//   /*\n------------------------------------------------------------------
//   \n[Simple coding]
//   \n{ ARN / GON / 064 } */              <- the comment block holds the expectations:
//
//   { SRC / TGT / CODE } [date]  an expected event       -{ ... }  a disabled one (ignored)
//   {---}  no events     {###}  discarded     {+++}  too complex to code
//   { OPTION: COMMA: OFF }       an option change, in effect from the next record on
//
// A record with only OPTION lines is a directive, not a test. A record with no active {...} at
// all (only disabled ones) expects no events. {+++} wins over events listed with it (TABARI's
// complexity filter stops such a record before coding). The suite ends at the record whose id
// starts with FINAL ("This is the end of the standard validation records"); the records after
// it need other option files or crash TABARI, and are listed as inactive.
//
// Options: the .options file's lines up to its "~~~~~" end line, without comments ("//") and
// LABEL: lines, then the OPTION changes; a later line replaces an earlier one with the same
// keyword ("COMMA:", "SET: MINIMUM WORDS").
#ifndef DYADWATCH_VALIDATE_TABARI_SUITE_H_
#define DYADWATCH_VALIDATE_TABARI_SUITE_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyadwatch/status.h"
#include "validate/suite.h"

namespace dyadwatch::validate {

// The option lines of an .options file.
std::vector<std::string> ParseTabariOptions(std::string_view text);

// Parses records text; `options` are those in effect at its start.
Result<Suite> ParseTabariRecords(std::string_view text, const std::string& path,
                                 std::vector<std::string> options);

// Reads the project, its options file and its text file; Suite::dict_path is the project.
Result<Suite> ReadTabariSuite(const std::string& project_path);

}  // namespace dyadwatch::validate

#endif  // DYADWATCH_VALIDATE_TABARI_SUITE_H_
