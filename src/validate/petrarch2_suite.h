// PETRARCH2's unit-test records (PETR.UnitTest.records.xml):
//
//   <Environment> <Verbfile>PETR.Validate.verbs.txt</Verbfile> ... <Include>valid DEMO ...</Include>
//   <Config option="require_dyad" value="false"></Config>      <- applies to the records after it
//   <Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
//     <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
//     <EventCoding noevents = "True"></EventCoding>   or   <EventCoding error="dateline">
//     <Text> ... </Text>  <Parse> ... </Parse>        <- the parse tree is ignored
//   </Sentence>
//
// A record runs unless sentence="false" (279 of the 284 records); the others are listed as
// inactive. <Include> is not applied: it leaves out the one COMPOUNDx record, which PETRARCH2's
// own count of 279 includes. <!-- comments --> are skipped, so is the commented-out <Stop>.
// Attribute values may use either quote ('"INJURY TOLL"' keeps its inner quotes).
#ifndef DYADWATCH_VALIDATE_PETRARCH2_SUITE_H_
#define DYADWATCH_VALIDATE_PETRARCH2_SUITE_H_

#include <string>
#include <string_view>

#include "dyadwatch/status.h"
#include "validate/suite.h"

namespace dyadwatch::validate {

// Parses the XML text; `path` is used in messages and as Suite::path.
Result<Suite> ParsePetrarch2Suite(std::string_view xml, const std::string& path);

// Reads the file. The dictionaries are those its <Environment> names, looked up in `dict_dir`
// ("" = the XML file's directory); an error names any that is missing.
Result<Suite> ReadPetrarch2Suite(const std::string& path, const std::string& dict_dir = "");

}  // namespace dyadwatch::validate

#endif  // DYADWATCH_VALIDATE_PETRARCH2_SUITE_H_
