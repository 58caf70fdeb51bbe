// A news document as read from the input: the unit of work of the pipeline.
#ifndef DYADWATCH_DOCUMENT_H_
#define DYADWATCH_DOCUMENT_H_

#include <string>

namespace dyadwatch {

struct Document {
  std::string id;      // from the record, or "<file>:<line>" when the record has none
  std::string date;    // "YYYY-MM-DD" (datetimes are cut to the day) or "" when unknown
  std::string text;    // UTF-8; the ingest stage has already validated/repaired it
  std::string title;
  std::string url;
  std::string source;
  std::string lang;
  std::string origin;  // "<file>:<line>" where the record was read, for messages
};

}  // namespace dyadwatch

#endif  // DYADWATCH_DOCUMENT_H_
