// Escapes text for XML attribute values and character data (GraphML, GEXF, SVG).
#ifndef DYADWATCH_QUERY_XML_ESCAPE_H_
#define DYADWATCH_QUERY_XML_ESCAPE_H_

#include <string>

namespace dyadwatch::query {

std::string XmlEscape(const std::string& s);

}  // namespace dyadwatch::query

#endif  // DYADWATCH_QUERY_XML_ESCAPE_H_
