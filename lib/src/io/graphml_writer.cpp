// GraphML 1.1 writer. Valid against the official XSD: key names are NMTOKENs,
// node ids are the entity slugs (escaped only if a slug is not an NMTOKEN),
// edges carry a summary of their evidence rather than the whole list.
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "actorgraph/graph_format.hpp"
#include "io/export_text.hpp"

namespace actorgraph {

namespace {

bool is_plain_token_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-' || c == '_';
}

// GraphML ids are xs:NMTOKEN. Slugs already are; anything else is escaped
// injectively as ":HH" per byte (':' itself is escaped, so distinct ids stay distinct).
std::string graphml_id(std::string_view id) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : id) {
    auto c = static_cast<unsigned char>(ch);
    if (is_plain_token_char(c)) {
      out += ch;
    } else {
      out += ':';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

// attr.name is an NMTOKEN too (Gephi's "Edge Label" would not validate).
std::string graphml_name(std::string_view name) {
  std::string out;
  for (char ch : name) out += is_plain_token_char(static_cast<unsigned char>(ch)) ? ch : '_';
  return out.empty() ? "_" : out;
}

void key(std::ostream& out, std::string_view id, std::string_view domain, std::string_view name,
         std::string_view type) {
  out << "  <key id=\"" << id << "\" for=\"" << domain << "\" attr.name=\"" << name
      << "\" attr.type=\"" << type << "\"/>\n";
}

void data(std::ostream& out, std::string_view indent, std::string_view key_id, std::string_view value) {
  out << indent << "<data key=\"" << key_id << "\">" << detail::xml_escape(value, false) << "</data>\n";
}

}  // namespace

void write_graphml(const KnowledgeGraph& graph, std::ostream& out) {
  std::set<std::string> attribute_keys;
  for (const Entity* e : graph.entities())
    for (const auto& [k, v] : e->attributes) attribute_keys.insert(k);

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd\">\n";
  std::size_t graph_key = 0;
  for (const auto& [name, value] : graph.attributes)
    key(out, "g" + std::to_string(graph_key++), "graph", graphml_name(name), "string");
  key(out, "label", "node", "label", "string");
  // Not "type": graphology/sigma.js take a node's "type" as its renderer's name.
  key(out, "actor_type", "node", "actor_type", "string");
  key(out, "aliases", "node", "aliases", "string");
  key(out, "roles", "node", "roles", "string");
  key(out, "mentions", "node", "mentions", "int");
  key(out, "first_date", "node", "first_date", "string");
  key(out, "last_date", "node", "last_date", "string");
  key(out, "statements", "node", "statements", "int");
  for (const std::string& k : attribute_keys)
    key(out, "a_" + k, "node", detail::viewer_safe_name(k), "string");
  key(out, "e_label", "edge", "label", "string");
  key(out, "e_weight", "edge", "weight", "double");
  key(out, "e_relation", "edge", "relation", "string");
  key(out, "e_confidence", "edge", "confidence", "double");
  key(out, "e_documents", "edge", "documents", "string");
  key(out, "e_dates", "edge", "dates", "string");
  key(out, "e_evidence_count", "edge", "evidence_count", "int");
  key(out, "e_first_evidence", "edge", "first_evidence", "string");
  key(out, "e_first_rule", "edge", "first_rule", "string");

  out << "  <graph id=\"G\" edgedefault=\"directed\">\n";
  graph_key = 0;
  for (const auto& [name, value] : graph.attributes) data(out, "    ", "g" + std::to_string(graph_key++), value);
  for (const Entity* e : graph.entities()) {
    out << "    <node id=\"" << detail::xml_escape(graphml_id(e->id), true) << "\">\n";
    data(out, "      ", "label", e->label);
    data(out, "      ", "actor_type", to_string(e->type));
    data(out, "      ", "aliases", detail::join(e->aliases, "|"));
    data(out, "      ", "roles", detail::join(e->roles, "|"));
    data(out, "      ", "mentions", std::to_string(e->mentions));
    data(out, "      ", "first_date", e->first_date);
    data(out, "      ", "last_date", e->last_date);
    data(out, "      ", "statements", std::to_string(e->statements.size()));
    for (const auto& [k, v] : e->attributes) data(out, "      ", "a_" + k, v);
    out << "    </node>\n";
  }
  std::size_t edge_number = 0;
  for (const Relation* r : graph.relations()) {
    // Ids follow the sorted (source, type, target) order, so they are stable for a given graph.
    out << "    <edge id=\"e" << std::to_string(edge_number++) << "\" source=\""
        << detail::xml_escape(graphml_id(r->source), true) << "\" target=\""
        << detail::xml_escape(graphml_id(r->target), true) << "\">\n";
    data(out, "      ", "e_label", r->type);
    data(out, "      ", "e_weight", detail::format_double(static_cast<double>(r->weight())));
    data(out, "      ", "e_relation", r->type);
    data(out, "      ", "e_confidence", detail::format_double(r->confidence()));
    data(out, "      ", "e_documents", detail::join(r->documents(), "|"));
    data(out, "      ", "e_dates", detail::join(r->dates(), "|"));
    data(out, "      ", "e_evidence_count", std::to_string(r->evidence.size()));
    data(out, "      ", "e_first_evidence", r->evidence.empty() ? "" : r->evidence.begin()->text);
    data(out, "      ", "e_first_rule", r->evidence.empty() ? "" : r->evidence.begin()->rule);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace actorgraph
