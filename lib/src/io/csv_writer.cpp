// Gephi spreadsheet-import CSV: a nodes table and an edges table, plus the
// documents table (provenance: title, URL, source of each document id).
// RFC 4180: comma-separated, CRLF line ends, a field is quoted when it holds a
// comma, a quote, CR or LF (or leading/trailing space), quotes doubled.
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "actorgraph/graph_format.hpp"
#include "io/export_text.hpp"

namespace actorgraph {

namespace {

std::string field(std::string_view text) {
  std::string valid = detail::export_utf8(text);
  bool needs_quotes = valid.find_first_of(",\"\r\n") != std::string::npos ||
                      (!valid.empty() && (valid.front() == ' ' || valid.back() == ' '));
  if (!needs_quotes) return valid;
  std::string out = "\"";
  for (char ch : valid) {
    if (ch == '"') out += '"';
    out += ch;
  }
  out += '"';
  return out;
}

void row(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out << ',';
    out << field(fields[i]);
  }
  out << "\r\n";
}

}  // namespace

void write_csv_nodes(const KnowledgeGraph& graph, std::ostream& out) {
  std::set<std::string> attribute_keys;
  for (const Entity* e : graph.entities())
    for (const auto& [k, v] : e->attributes) attribute_keys.insert(k);
  // "Id" and "Label" are the column names Gephi maps to its own node id and label.
  std::vector<std::string> header = {"Id",        "Label",     "type",      "aliases", "roles",
                                     "mentions",  "first_date", "last_date", "statements"};
  header.insert(header.end(), attribute_keys.begin(), attribute_keys.end());
  row(out, header);
  for (const Entity* e : graph.entities()) {
    std::vector<std::string> fields = {e->id,
                                       e->label,
                                       std::string(to_string(e->type)),
                                       detail::join(e->aliases, "|"),
                                       detail::join(e->roles, "|"),
                                       std::to_string(e->mentions),
                                       e->first_date,
                                       e->last_date,
                                       std::to_string(e->statements.size())};
    for (const std::string& k : attribute_keys) {
      auto it = e->attributes.find(k);
      fields.push_back(it == e->attributes.end() ? std::string() : it->second);
    }
    row(out, fields);
  }
}

void write_csv_edges(const KnowledgeGraph& graph, std::ostream& out) {
  // Gephi reads Type as directed/undirected and Label as the edge label; the
  // relation type is also its own column so it survives as an edge attribute.
  row(out, {"Source", "Target", "Type", "Label", "Weight", "relation", "confidence", "documents", "dates",
            "evidence_count", "first_evidence"});
  for (const Relation* r : graph.relations()) {
    row(out, {r->source, r->target, "Directed", r->type,
              detail::format_double(static_cast<double>(r->weight())), r->type,
              detail::format_double(r->confidence()), detail::join(r->documents(), "|"),
              detail::join(r->dates(), "|"), std::to_string(r->evidence.size()),
              r->evidence.empty() ? std::string() : r->evidence.begin()->text});
  }
}

void write_csv_documents(const KnowledgeGraph& graph, std::ostream& out) {
  // The documents table; the edges' "documents" column holds these ids.
  row(out, {"id", "title", "url", "source", "date", "bytes"});
  for (const auto& [id, d] : graph.documents)
    row(out, {d.id, d.title, d.url, d.source, d.date, std::to_string(d.bytes)});
}

}  // namespace actorgraph
