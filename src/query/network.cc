#include "query/network.h"

#include <cstdio>
#include <map>

#include "query/xml_escape.h"
#include "store/calendar.h"

namespace dyadwatch::query {
namespace {

std::string Real(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

// Node -> (events as source, events as target).
std::map<std::string, std::pair<int64_t, int64_t>> Nodes(const std::vector<store::DyadRow>& dyads) {
  std::map<std::string, std::pair<int64_t, int64_t>> nodes;
  for (const store::DyadRow& d : dyads) {
    nodes[d.source].first += d.events;
    nodes[d.target].second += d.events;
  }
  return nodes;
}

struct EdgeAttribute {
  const char* name;
  const char* type;  // GraphML type; GEXF maps int -> integer
};
constexpr EdgeAttribute kEdgeAttributes[] = {
    {"events", "int"},        {"mentions", "int"},        {"goldstein_mean", "double"},
    {"cooperation", "int"},   {"conflict", "int"},        {"first_date", "string"},
    {"last_date", "string"}};

std::vector<std::string> EdgeValues(const store::DyadRow& d) {
  return {std::to_string(d.events), std::to_string(d.mentions), Real(d.goldstein_mean()),
          std::to_string(d.quad[0] + d.quad[1]), std::to_string(d.quad[2] + d.quad[3]),
          store::DateFromDay(d.first_day), store::DateFromDay(d.last_day)};
}

}  // namespace

std::string NetworkGraphml(const std::vector<store::DyadRow>& dyads) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
      "  <key id=\"n_out\" for=\"node\" attr.name=\"events_as_source\" attr.type=\"int\"/>\n"
      "  <key id=\"n_in\" for=\"node\" attr.name=\"events_as_target\" attr.type=\"int\"/>\n";
  for (size_t i = 0; i < std::size(kEdgeAttributes); ++i) {
    out += "  <key id=\"e" + std::to_string(i) + "\" for=\"edge\" attr.name=\"" + kEdgeAttributes[i].name +
           "\" attr.type=\"" + kEdgeAttributes[i].type + "\"/>\n";
  }
  out += "  <graph id=\"dyadwatch\" edgedefault=\"directed\">\n";
  for (const auto& [node, counts] : Nodes(dyads)) {
    out += "    <node id=\"" + XmlEscape(node) + "\"><data key=\"n_out\">" + std::to_string(counts.first) +
           "</data><data key=\"n_in\">" + std::to_string(counts.second) + "</data></node>\n";
  }
  for (const store::DyadRow& d : dyads) {
    out += "    <edge source=\"" + XmlEscape(d.source) + "\" target=\"" + XmlEscape(d.target) + "\">";
    const std::vector<std::string> values = EdgeValues(d);
    for (size_t i = 0; i < values.size(); ++i) {
      out += "<data key=\"e" + std::to_string(i) + "\">" + XmlEscape(values[i]) + "</data>";
    }
    out += "</edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

std::string NetworkGexf(const std::vector<store::DyadRow>& dyads) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
      "  <meta><creator>dyadwatch</creator><description>CAMEO relations network</description></meta>\n"
      "  <graph mode=\"static\" defaultedgetype=\"directed\">\n"
      "    <attributes class=\"node\">\n"
      "      <attribute id=\"n_out\" title=\"events_as_source\" type=\"integer\"/>\n"
      "      <attribute id=\"n_in\" title=\"events_as_target\" type=\"integer\"/>\n"
      "    </attributes>\n    <attributes class=\"edge\">\n";
  for (size_t i = 0; i < std::size(kEdgeAttributes); ++i) {
    const std::string type = std::string(kEdgeAttributes[i].type) == "int" ? "integer" : kEdgeAttributes[i].type;
    out += "      <attribute id=\"e" + std::to_string(i) + "\" title=\"" + kEdgeAttributes[i].name +
           "\" type=\"" + type + "\"/>\n";
  }
  out += "    </attributes>\n    <nodes>\n";
  for (const auto& [node, counts] : Nodes(dyads)) {
    out += "      <node id=\"" + XmlEscape(node) + "\" label=\"" + XmlEscape(node) + "\"><attvalues><attvalue for=\"n_out\" value=\"" +
           std::to_string(counts.first) + "\"/><attvalue for=\"n_in\" value=\"" + std::to_string(counts.second) +
           "\"/></attvalues></node>\n";
  }
  out += "    </nodes>\n    <edges>\n";
  for (size_t k = 0; k < dyads.size(); ++k) {
    const store::DyadRow& d = dyads[k];
    out += "      <edge id=\"" + std::to_string(k) + "\" source=\"" + XmlEscape(d.source) + "\" target=\"" + XmlEscape(d.target) +
           "\" weight=\"" + std::to_string(d.events) + "\"><attvalues>";
    const std::vector<std::string> values = EdgeValues(d);
    for (size_t i = 0; i < values.size(); ++i) {
      out += "<attvalue for=\"e" + std::to_string(i) + "\" value=\"" + XmlEscape(values[i]) + "\"/>";
    }
    out += "</attvalues></edge>\n";
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  return out;
}

}  // namespace dyadwatch::query
