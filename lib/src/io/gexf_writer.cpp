// GEXF 1.3 writer (Gephi's native format): a dynamic graph whose node and edge
// spells come from the article dates, so Gephi's timeline replays the story.
// Valid against the official gexf.rng (which is why there is no xsi:schemaLocation).
#include <cmath>
#include <ostream>
#include <set>
#include <string>

#include "actorgraph/graph_format.hpp"
#include "resolve/entity_style.hpp"
#include "io/export_text.hpp"

namespace actorgraph {

namespace {

std::string attr(std::string_view text) { return detail::xml_escape(text, true); }

void declare(std::ostream& out, std::string_view id, std::string_view type) {
  out << "      <attribute id=\"" << attr(id) << "\" title=\"" << attr(id) << "\" type=\"" << type
      << "\"/>\n";
}

void value(std::ostream& out, std::string_view id, std::string_view text) {
  out << "          <attvalue for=\"" << attr(id) << "\" value=\"" << attr(text) << "\"/>\n";
}

// The span of an entity in time; a single known date gives a one-day spell.
void node_spells(std::ostream& out, const Entity& e) {
  bool first = detail::is_iso_date(e.first_date);
  bool last = detail::is_iso_date(e.last_date);
  if (!first && !last) return;
  const std::string& start = first ? e.first_date : e.last_date;
  const std::string& end = last ? e.last_date : e.first_date;
  if (end < start) return;  // inconsistent dates: better no spell than an empty interval
  out << "        <spells><spell start=\"" << start << "\" end=\"" << end << "\"/></spells>\n";
}

// Size grows with mentions but sub-linearly, so one dominant actor does not dwarf the rest.
double node_size(std::size_t mentions) { return 10.0 + 4.0 * std::sqrt(static_cast<double>(mentions)); }

}  // namespace

void write_gexf(const KnowledgeGraph& graph, std::ostream& out) {
  std::set<std::string> attribute_keys;
  for (const Entity* e : graph.entities())
    for (const auto& [k, v] : e->attributes) attribute_keys.insert(k);
  // No node attribute may be called "type" (graphology/sigma.js take it as the
  // renderer's name): the entity type is "actor_type"; see viewer_safe_name.

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>actorgraph " ACTORGRAPH_VERSION "</creator>\n";
  // GEXF has no graph attributes; the description carries them as "key: value" lines.
  std::string description;
  for (const auto& [k, v] : graph.attributes) description += (description.empty() ? "" : "\n") + k + ": " + v;
  if (!description.empty()) out << "    <description>" << detail::xml_escape(description, false) << "</description>\n";
  out << "  </meta>\n"
         "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
         "    <attributes class=\"node\">\n";
  declare(out, "actor_type", "string");
  declare(out, "aliases", "string");
  declare(out, "roles", "string");
  declare(out, "mentions", "integer");
  declare(out, "first_date", "string");
  declare(out, "last_date", "string");
  declare(out, "statements", "integer");
  for (const std::string& k : attribute_keys) declare(out, detail::viewer_safe_name(k), "string");
  out << "    </attributes>\n"
         "    <attributes class=\"edge\">\n";
  declare(out, "relation", "string");
  declare(out, "confidence", "double");
  declare(out, "documents", "string");
  declare(out, "dates", "string");
  declare(out, "evidence_count", "integer");
  // The spells again as plain values: viewers built on graphology drop <spells>.
  declare(out, "first_date", "string");
  declare(out, "last_date", "string");
  declare(out, "first_evidence", "string");
  declare(out, "first_rule", "string");
  out << "    </attributes>\n";

  out << "    <nodes count=\"" << std::to_string(graph.entity_count()) << "\">\n";
  for (const Entity* e : graph.entities()) {
    out << "      <node id=\"" << attr(e->id) << "\" label=\"" << attr(e->label) << "\">\n"
        << "        <attvalues>\n";
    value(out, "actor_type", to_string(e->type));
    value(out, "aliases", detail::join(e->aliases, "|"));
    value(out, "roles", detail::join(e->roles, "|"));
    value(out, "mentions", std::to_string(e->mentions));
    value(out, "first_date", e->first_date);
    value(out, "last_date", e->last_date);
    value(out, "statements", std::to_string(e->statements.size()));
    for (const auto& [k, v] : e->attributes) value(out, detail::viewer_safe_name(k), v);
    out << "        </attvalues>\n";
    node_spells(out, *e);
    detail::EntityStyle style = detail::entity_style(e->type);
    out << "        <viz:color r=\"" << std::to_string(style.r) << "\" g=\"" << std::to_string(style.g) << "\" b=\""
        << std::to_string(style.b) << "\"/>\n"
        << "        <viz:size value=\"" << detail::format_fixed(node_size(e->mentions), 2) << "\"/>\n"
        << "      </node>\n";
  }
  out << "    </nodes>\n";

  out << "    <edges count=\"" << std::to_string(graph.relation_count()) << "\">\n";
  std::size_t edge_number = 0;
  for (const Relation* r : graph.relations()) {
    // kind = relation type: Gephi merges parallel edges of the same kind, never of different ones.
    out << "      <edge id=\"e" << std::to_string(edge_number++) << "\" source=\"" << attr(r->source) << "\" target=\""
        << attr(r->target) << "\" kind=\"" << attr(r->type) << "\" label=\"" << attr(r->type)
        << "\" weight=\"" << detail::format_double(static_cast<double>(r->weight())) << "\">\n"
        << "        <attvalues>\n";
    value(out, "relation", r->type);
    value(out, "confidence", detail::format_double(r->confidence()));
    value(out, "documents", detail::join(r->documents(), "|"));
    value(out, "dates", detail::join(r->dates(), "|"));
    value(out, "evidence_count", std::to_string(r->evidence.size()));
    const auto edge_dates = r->dates();
    value(out, "first_date", edge_dates.empty() ? "" : *edge_dates.begin());
    value(out, "last_date", edge_dates.empty() ? "" : *edge_dates.rbegin());
    value(out, "first_evidence", r->evidence.empty() ? "" : r->evidence.begin()->text);
    value(out, "first_rule", r->evidence.empty() ? "" : r->evidence.begin()->rule);
    out << "        </attvalues>\n";
    std::set<std::string> dates;
    for (const std::string& d : r->dates())
      if (detail::is_iso_date(d)) dates.insert(d);
    if (!dates.empty()) {
      out << "        <spells>\n";
      for (const std::string& d : dates) out << "          <spell start=\"" << d << "\" end=\"" << d << "\"/>\n";
      out << "        </spells>\n";
    }
    out << "      </edge>\n";
  }
  out << "    </edges>\n"
         "  </graph>\n"
         "</gexf>\n";
}

}  // namespace actorgraph
