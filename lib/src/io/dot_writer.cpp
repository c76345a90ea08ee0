// Graphviz DOT writer. Our own rather than Boost's write_graphviz_dp, which leaves
// DOT keywords ("node", "graph"...) unquoted and does not escape backslashes:
// here every id and every value is a quoted, escaped string.
#include <cmath>
#include <ostream>
#include <string>

#include "actorgraph/graph_format.hpp"
#include "resolve/entity_style.hpp"
#include "io/export_text.hpp"

namespace actorgraph {

namespace {

// A DOT double-quoted string. Backslashes are doubled so that label escapes
// (\N, \l, \G...) never fire on user text and a trailing backslash cannot
// swallow the closing quote; newlines become the \n line break; other control
// characters are dropped (Graphviz cannot show them). Labels and tooltips read
// back exactly; in an id DOT keeps "\\" as two characters (only \" is an escape
// there), which is consistent within the file, so edges still find their nodes.
std::string dot_string(std::string_view text) {
  std::string valid = detail::export_utf8(text);
  std::string out = "\"";
  for (char ch : valid) {
    auto c = static_cast<unsigned char>(ch);
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += ch;
    } else if (ch == '\n') {
      out += "\\n";
    } else if (ch == '\t') {
      out += ' ';
    } else if (c >= 0x20 && c != 0x7f) {
      out += ch;
    }
  }
  out += '"';
  return out;
}

// Line width grows with the log of the evidence count: 1 mention -> 1, 8 -> 4.
double penwidth(std::size_t weight) {
  return weight <= 1 ? 1.0 : 1.0 + std::log2(static_cast<double>(weight));
}

std::string node_tooltip(const Entity& e) {
  std::string tip = e.label + "\n" + std::string(to_string(e.type)) + ", " + std::to_string(e.mentions) +
                    " mention" + (e.mentions == 1 ? "" : "s");
  if (!e.roles.empty()) tip += "\n" + detail::join(e.roles, "; ");
  if (!e.first_date.empty()) tip += "\n" + e.first_date + (e.last_date != e.first_date ? " .. " + e.last_date : "");
  return tip;
}

std::string edge_tooltip(const Relation& r) {
  std::string tip = r.type + " (" + std::to_string(r.weight()) + " evidence, confidence " +
                    detail::format_fixed(r.confidence(), 2) + ")";
  if (!r.evidence.empty()) tip += "\n" + r.evidence.begin()->text;
  return tip;
}

}  // namespace

void write_dot(const KnowledgeGraph& graph, std::ostream& out) {
  auto name_it = graph.attributes.find("name");
  std::string name = name_it == graph.attributes.end() ? "actorgraph" : name_it->second;
  out << "digraph " << dot_string(name) << " {\n"
      << "  graph [charset=\"UTF-8\", rankdir=\"LR\", overlap=\"false\"];\n";
  // Graph attributes get a prefix so that a key such as "layout" or "charset"
  // cannot change how Graphviz reads or draws the file.
  for (const auto& [key, value] : graph.attributes)
    out << "  graph [" << dot_string("actorgraph_" + key) << "=" << dot_string(value) << "];\n";
  out << "  node [style=\"filled\", fontname=\"Helvetica\"];\n"
      << "  edge [fontname=\"Helvetica\", fontsize=\"10\"];\n";
  for (const Entity* e : graph.entities()) {
    detail::EntityStyle style = detail::entity_style(e->type);
    out << "  " << dot_string(e->id) << " [label=" << dot_string(e->label) << ", shape=\"" << style.shape
        << "\", fillcolor=\"" << detail::hex_color(style) << "\", tooltip=" << dot_string(node_tooltip(*e))
        << "];\n";
  }
  for (const Relation* r : graph.relations()) {
    out << "  " << dot_string(r->source) << " -> " << dot_string(r->target) << " [label=" << dot_string(r->type)
        << ", penwidth=\"" << detail::format_fixed(penwidth(r->weight()), 3) << "\", weight=\""
        << std::to_string(r->weight()) << "\", tooltip=" << dot_string(edge_tooltip(*r)) << "];\n";
  }
  out << "}\n";
}

}  // namespace actorgraph
